// AID-T001 missing-column: cases that must raise the rule, at the right cell, and near misses that must not.
import { missingColumn } from '../../src/core/rules/table/missingColumn';
import { AID_HEADER, aidRow, sheet, hits } from './fixtures';

describe(`${missingColumn.id} ${missingColumn.name}`, () => {
  it('is the rule this file tests', () => expect([missingColumn.id, missingColumn.name]).toEqual(['AID-T001', 'missing-column']));
  it('reports a missing required column for the whole table', () => {
    const rows = [AID_HEADER.filter((h) => h !== 'Lĩnh vực'), aidRow(1).filter((_, i) => i !== 4)];
    expect(hits('AID-T001', sheet('Aid', rows))).toEqual(['Aid!-']);
  });
  it('accepts a currency named in the amount header instead of a currency column', () => {
    const header = AID_HEADER.map((h) => (h === 'Giá trị cam kết' ? 'Giá trị cam kết (USD)' : h)).filter((h) => h !== 'Loại tiền');
    const row = aidRow(1).filter((_, i) => i !== 8);
    expect(hits('AID-T001', sheet('Aid', [header, row]))).toEqual([]);
  });
});
