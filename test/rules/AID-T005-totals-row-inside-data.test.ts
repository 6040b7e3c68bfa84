// AID-T005 totals-row-inside-data: cases that must raise the rule, at the right cell, and near misses that must not.
import { totalsRowInsideData } from '../../src/core/rules/table/totalsRowInsideData';
import { aidRow, aidSheet, run, hits } from './fixtures';

describe(`${totalsRowInsideData.id} ${totalsRowInsideData.name}`, () => {
  it('is the rule this file tests', () => expect([totalsRowInsideData.id, totalsRowInsideData.name]).toEqual(['AID-T005', 'totals-row-inside-data']));
  it('reports a totals row followed by more data, and leaves it out', () => {
    const r = run(aidSheet(aidRow(1), ['Cộng'], aidRow(2)));
    expect(r.issues.filter((i) => i.rule === 'AID-T005').map((i) => i.cell)).toEqual(['A3']);
    expect(r.tables[0].rows).toHaveLength(2);
  });
  it('does not mistake a company name starting with "Công ty" for a totals row', () => {
    expect(hits('AID-T005', aidSheet(aidRow(1, { donor: 'Công ty ABC' }), aidRow(2)))).toEqual([]);
  });
  it('does not mistake a state corporation ("Tổng công ty …") for a totals row', () => {
    const r = run(aidSheet(aidRow(1), aidRow(2, { donor: 'Tổng công ty Viglacera' }), aidRow(3)));
    expect(r.issues.filter((i) => i.rule === 'AID-T005' || i.rule === 'AID-T006')).toEqual([]);
    expect(r.tables[0].rows).toHaveLength(3);
  });
});
