// AID-X302 duplicate-row: cases that must raise the rule, at the right cell, and near misses that must not.
import { duplicateRow } from '../../src/core/rules/cross/duplicateRow';
import { d, aidRow, aidSheet, disbSheet, run } from './fixtures';

describe(`${duplicateRow.id} ${duplicateRow.name}`, () => {
  it('is the rule this file tests', () => expect([duplicateRow.id, duplicateRow.name]).toEqual(['AID-X302', 'duplicate-row']));
  it('reports an identical row once, as a duplicate row', () => {
    const r = run(aidSheet(aidRow(1)), disbSheet(['VT-1', d(2024, 5, 1), 500, 'USD'], ['VT-1', d(2024, 5, 1), 500, 'USD']));
    expect(r.issues.map((i) => [i.rule, i.cell])).toEqual([['AID-X302', 'A3']]);
  });
});
