// Each AID.* function is declared once (src/functions/define.ts): what Excel is told about it is
// derived from that declaration. Here, without a build: the declarations are well formed, the
// committed functions.ts is what they write, and custom-functions-metadata reads back from it
// exactly the declared names, texts and parameters. (The build's own output: test/manifest.test.ts.)
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { defineFunction } from '../src/functions/define';
import { ENTRY_MARK, entryStubs, vietnameseTexts, withEntryStubs } from '../src/functions/metadata';
import { AID_FUNCTIONS } from '../src/functions/registry';
import { declaredMetadata } from './helpers/functionsMetadata';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

const ROOT = path.join(__dirname, '..');
const FUNCTIONS_TS = path.join(ROOT, 'src', 'functions', 'functions.ts');
const source = fs.readFileSync(FUNCTIONS_TS, 'utf8');

describe('the declarations', () => {
  test.each(AID_FUNCTIONS.map((f) => [f.name, f]))('AID.%s: parameters named once, optional ones last, texts in both languages with an example', (_n, fn) => {
    expect(fn.name).toMatch(/^[A-Z]+$/);
    const names = fn.params.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    const firstOptional = fn.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(fn.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    expect(fn.en).toContain(`Example: =AID.${fn.name}(`);
    expect(fn.vi).toContain(`Ví dụ: =AID.${fn.name}(`);
    for (const p of fn.params) {
      expect({ param: p.name, en: p.en.includes('Example: '), vi: p.vi.includes('Ví dụ: ') }).toEqual({ param: p.name, en: true, vi: true });
    }
    expect(fn.returns.trim()).not.toBe('');
  });

  test('run receives one argument per declared parameter: reading another is a compile error', () => {
    const ECHO = defineFunction({
      name: 'ECHO',
      en: 'Example: =AID.ECHO(1).',
      vi: 'Ví dụ: =AID.ECHO(1).',
      params: [{ name: 'value', type: 'value', en: 'Example: 1.', vi: 'Ví dụ: 1.' }],
      returns: 'The value.',
      // @ts-expect-error -- ECHO declares one parameter, so there is no second argument to read.
      run: ([value, extra]) => [[value, extra]],
    });
    expect(ECHO.run([1], { lang: 'en', today: 0 })).toEqual([[1, undefined]]);
  });

  test('a text that would end or break a JSDoc comment is refused', () => {
    const broken = { ...AID_FUNCTIONS[0], en: 'Ends the comment */ early. Example: =AID.AMOUNT(1).' };
    expect(() => entryStubs([broken])).toThrow(/AID\.AMOUNT/);
    const twoLines = { ...AID_FUNCTIONS[0], params: [{ ...AID_FUNCTIONS[0].params[0], vi: 'x', en: 'one\ntwo' }] };
    expect(() => entryStubs([twoLines])).toThrow(/AID\.AMOUNT\.text/);
  });

  test('the Vietnamese texts for functions.vi.json are the declared ones', () => {
    const texts = vietnameseTexts(AID_FUNCTIONS);
    expect(Object.keys(texts)).toEqual(AID_FUNCTIONS.map((f) => f.name));
    const rate = AID_FUNCTIONS.find((f) => f.name === 'RATE')!;
    expect(texts.RATE).toEqual({ description: rate.vi, params: { disbursed: rate.params[0].vi, committed: rate.params[1].vi } });
  });
});

describe('functions.ts, Excel\'s entry', () => {
  test('below its mark it is exactly what the declarations write (else run `node tools/functions-ts.js`)', () => {
    expect(source.split(ENTRY_MARK).length).toBe(2);
    expect(source).toBe(withEntryStubs(source, AID_FUNCTIONS));
  });

  test('each stub forwards its own arguments, in order, to its own function', () => {
    for (const fn of AID_FUNCTIONS) {
      expect(source).toContain(`  return run('${fn.name}', [${fn.params.map((p) => p.name).join(', ')}]);\n`);
    }
  });

  test('custom-functions-metadata reads back the declared names, texts and parameters', async () => {
    const generated = await generateCustomFunctionsMetadata([FUNCTIONS_TS], true);
    expect(generated.errors).toEqual([]);
    expect(JSON.parse(generated.metadataJson).functions).toEqual(declaredMetadata(AID_FUNCTIONS, 'en'));
  });

  test('the writer runs under plain Node, as the add-in build uses it, and finds the file up to date', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'tools', 'functions-ts.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });
});
