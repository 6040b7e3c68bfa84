// AID-T013 hidden-columns-read: hidden register columns are read all the same, and said once per register.
import { hiddenColumnsRead } from '../../src/core/rules/table/hiddenColumnsRead';
import { aidRow, aidSheet, run } from './fixtures';

describe(`${hiddenColumnsRead.id} ${hiddenColumnsRead.name}`, () => {
  it('is the rule this file tests', () => expect([hiddenColumnsRead.id, hiddenColumnsRead.name]).toEqual(['AID-T013', 'hidden-columns-read']));
  it('names the hidden columns the register reads, and reads them', () => {
    const r = run({ ...aidSheet(aidRow(1, { committed: 'x' })), hiddenCols: [3, 9, 20] });
    expect(r.issues.filter((i) => i.rule === 'AID-T013').map((i) => [i.cell, i.params.columns])).toEqual([[null, 'D, J']]);
    expect(r.tables[0].info.hiddenColumns).toEqual(['D', 'J']);
    // The hidden amount column is still checked.
    expect(r.issues.some((i) => i.rule === 'AID-C102' && i.cell === 'J2')).toBe(true);
  });
  it('is silent when no register column is hidden', () => {
    expect(run({ ...aidSheet(aidRow(1)), hiddenCols: [20] }).issues.filter((i) => i.rule === 'AID-T013')).toEqual([]);
  });
});
