// AID-C108 negative-amount: cases that must raise the rule, at the right cell, and near misses that must not.
import { negativeAmount } from '../../src/core/rules/cell/negativeAmount';
import { FDI_HEADER, aidRow, aidSheet, d, fdiRow, hits, run, sheet } from './fixtures';

describe(`${negativeAmount.id} ${negativeAmount.name}`, () => {
  it('is the rule this file tests', () => expect([negativeAmount.id, negativeAmount.name]).toEqual(['AID-C108', 'negative-amount']));
  it('reports a negative amount', () => {
    expect(hits('AID-C108', aidSheet(aidRow(1, { committed: -5 })))).toEqual(['Aid!J2']);
  });
  it('names the kind a minus contradicts in an FDI capital change (the rest of it: AID-C120\'s test)', () => {
    const changes = sheet('Changes', [['Mã số dự án', 'Ngày điều chỉnh', 'Loại điều chỉnh', 'Số vốn (USD)'], ['A', d(2024, 5, 1), 'Tăng vốn', -3_000_000]]);
    const i = run(sheet('FDI', [FDI_HEADER, fdiRow('A')]), changes).issues.find((x) => x.rule === 'AID-C108')!;
    expect([i.sheet, i.cell, i.severity]).toEqual(['Changes', 'D2', 'error']);
    expect(i.message).toContain('"Tăng vốn"');
  });
});
