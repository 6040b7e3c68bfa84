// The engine's per-cell and per-character loops read characters through codeAt (src/core/base/chars.ts):
// on sheet texts of many string layouts a `s.charCodeAt(i)` turns megamorphic, and the loop then looks the
// method up and calls it for every character (the bench sample's id columns read 2–3× slower per cell).
// Speed is not asserted here; this keeps the hot files from slipping back to the slow form.
import * as fs from 'fs';
import * as path from 'path';
import { codeAt } from '../src/core/base/chars';

const CORE = path.join(__dirname, '..', 'src', 'core');
const ENGINE = path.join(CORE, 'validate', 'engine');
/** Files whose loops run on every cell, or every character of a cell's text, of a register. */
const HOT = [
  ...fs.readdirSync(ENGINE).filter((f) => f.endsWith('.ts')).map((f) => path.join(ENGINE, f)),
  path.join(CORE, 'validate', 'rowClass.ts'),
  path.join(CORE, 'detect', 'regions.ts'),
  path.join(CORE, 'base', 'text.ts'),
  path.join(CORE, 'rates', 'rateTable.ts'),
];

describe('character reads in the hot loops', () => {
  it('codeAt reads what charCodeAt reads, past the end included', () => {
    for (const s of ['VT-2024-001', 'Dự án Đồng Hới', '', 'a\u0300', '𝔸x']) {
      for (let i = 0; i <= s.length; i++) expect(Object.is(codeAt(s, i), s.charCodeAt(i))).toBe(true);
    }
  });

  it.each(HOT.map((f) => [path.relative(CORE, f), f]))('%s calls codeAt, not .charCodeAt', (_name, file) => {
    const code = fs.readFileSync(file, 'utf8').split('\n').filter((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*'));
    expect(code.filter((line) => line.includes('.charCodeAt('))).toEqual([]);
  });
});
