// AID-R208 code-from-section: cases that must raise the rule, at the right cell, and near misses that must not.
import type { RawValue } from '../../src/core/model';
import { codeFromSection } from '../../src/core/rules/row/codeFromSection';
import { aidRow, aidSheet, run, sheet, AID_HEADER, FDI_HEADER, fdiRow } from './fixtures';

describe(`${codeFromSection.id} ${codeFromSection.name}`, () => {
  it('is the rule this file tests', () => expect([codeFromSection.id, codeFromSection.name]).toEqual(['AID-R208', 'code-from-section']));
  const heading = (text: string): RawValue[] => [text];

  it('fills a blank sector from the section heading above, with a warning and the fix at the cell', () => {
    const r = run(aidSheet(heading('I. Y tế'), aidRow(1, { sector: null }), aidRow(2)));
    const hits = r.issues.filter((i) => i.rule === 'AID-R208');
    expect(hits.map((i) => [i.cell, i.fix?.value, i.severity])).toEqual([['E3', 'Y tế', 'warning']]);
    expect(hits[0].message).toContain('"Y tế"');
    // The blank cell is not "required value missing", and the row counts in the heading's group.
    expect(r.issues.map((i) => i.rule)).toEqual(['AID-R208']);
    expect(r.tables[0].rows.map((x) => x.v.sector)).toEqual(['YT', 'YT']);
    expect(r.tables[0].rows[0].hasError).toBe(false);
  });

  it('reads "Lĩnh vực …" and a Roman marker with the name beside it, and names countries too', () => {
    const s = sheet('Aid', [['STT', ...AID_HEADER], ['II', 'Lĩnh vực giáo dục - đào tạo'], [1, ...aidRow(1, { sector: null })], ['A', 'Hàn Quốc'], [2, ...aidRow(2, { country: null })]]);
    const hits = run(s).issues.filter((i) => i.rule === 'AID-R208');
    expect(hits.map((i) => [i.cell, i.params.column])).toEqual([['F3', 'sector'], ['E5', 'donorCountry']]);
  });

  it('leaves filled cells alone, and a heading that names no code fills nothing', () => {
    expect(run(aidSheet(heading('I. Y tế'), aidRow(1, { sector: 'Giáo dục - Đào tạo' }))).issues).toEqual([]);
    const r = run(aidSheet(heading('I. Dự án chuyển tiếp'), aidRow(1, { sector: null })));
    expect(r.issues.map((i) => `${i.rule} ${i.cell}`)).toEqual(['AID-C101 E3']);
  });

  it('stops at the subtotal that closes the section', () => {
    const r = run(aidSheet(heading('I. Y tế'), aidRow(1), ['Cộng I', null, null, null, null, null, null, null, null, 100_000], aidRow(2, { sector: null })));
    expect(r.issues.map((i) => `${i.rule} ${i.cell}`)).toEqual(['AID-C101 E5']);
  });

  it('fills an FDI project\'s blank country from its heading', () => {
    const s = sheet('FDI', [FDI_HEADER, ['I. Hàn Quốc'], fdiRow('1234567890').map((v, c) => (c === 3 ? null : v))]);
    expect(run(s).issues.map((i) => `${i.rule} ${i.cell}`)).toEqual(['AID-R208 D3']);
  });
});
