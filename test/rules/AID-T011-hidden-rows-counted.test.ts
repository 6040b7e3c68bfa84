// AID-T011 hidden-rows-counted: hidden or filtered data rows are counted and said once per register, with their row numbers.
import { hiddenRowsCounted } from '../../src/core/rules/table/hiddenRowsCounted';
import { aidRow, aidSheet, run } from './fixtures';

describe(`${hiddenRowsCounted.id} ${hiddenRowsCounted.name}`, () => {
  it('is the rule this file tests', () => expect([hiddenRowsCounted.id, hiddenRowsCounted.name, hiddenRowsCounted.severity]).toEqual(['AID-T011', 'hidden-rows-counted', 'warning']));
  it('says once per register how many data rows are hidden, and which; the rows stay counted', () => {
    const r = run({ ...aidSheet(aidRow(1), aidRow(2), aidRow(3), aidRow(4)), hiddenRows: [2, 4] });
    const found = r.issues.filter((i) => i.rule === 'AID-T011');
    expect(found.map((i) => [i.sheet, i.cell, i.params.count, i.params.rows])).toEqual([['Aid', null, 2, '3, 5']]);
    expect(found[0].message).toContain('2 data rows are hidden or filtered out (rows 3, 5)');
    expect(r.tables[0].info.rows).toBe(4);
    expect(r.tables[0].info.hiddenRows).toEqual([3, 5]);
  });
  it('is silent for hidden rows outside the data (a hidden title row) and for sheets without hidden rows', () => {
    const r = run({ ...aidSheet(aidRow(1)), hiddenRows: [0, 9] });
    expect(r.issues.filter((i) => i.rule === 'AID-T011')).toEqual([]);
    expect(r.tables[0].info.hiddenRows).toBeUndefined();
    expect(run(aidSheet(aidRow(1))).issues.filter((i) => i.rule === 'AID-T011')).toEqual([]);
  });
  it('lists ten rows, then "…"', () => {
    const rows = Array.from({ length: 12 }, (_, k) => aidRow(k + 1));
    const r = run({ ...aidSheet(...rows), hiddenRows: rows.map((_, k) => k + 1) });
    expect(r.issues.find((i) => i.rule === 'AID-T011')!.params.rows).toBe('2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …');
  });
});
