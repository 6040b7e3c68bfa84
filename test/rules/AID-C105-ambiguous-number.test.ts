// AID-C105 ambiguous-number: cases that must raise the rule, at the right cell, and near misses that must not.
import { ambiguousNumber } from '../../src/core/rules/cell/ambiguousNumber';
import { aidRow, aidSheet, run, hits } from './fixtures';

describe(`${ambiguousNumber.id} ${ambiguousNumber.name}`, () => {
  it('is the rule this file tests', () => expect([ambiguousNumber.id, ambiguousNumber.name]).toEqual(['AID-C105', 'ambiguous-number']));
  it('reports "1,250" in a USD row as ambiguous and leaves the row out', () => {
    const r = run(aidSheet(aidRow(1, { committed: '1,250' })));
    expect(r.issues.map((i) => [i.rule, i.cell])).toEqual([['AID-C105', 'J2']]);
    expect(r.tables[0].rows[0].hasError).toBe(true);
  });
  it('reads "1.250" in a VND row as 1250 without doubt', () => {
    expect(hits('AID-C105', aidSheet(aidRow(1, { currency: 'VND', committed: '1.250' })))).toEqual([]);
  });
});
