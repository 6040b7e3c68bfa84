// AID-T004 blank-row: cases that must raise the rule, at the right cell, and near misses that must not.
import { blankRow } from '../../src/core/rules/table/blankRow';
import { aidRow, aidSheet, hits } from './fixtures';

describe(`${blankRow.id} ${blankRow.name}`, () => {
  it('is the rule this file tests', () => expect([blankRow.id, blankRow.name]).toEqual(['AID-T004', 'blank-row']));
  it('reports a blank row between data rows but not trailing blank rows', () => {
    expect(hits('AID-T004', aidSheet(aidRow(1), [], aidRow(2), [], []))).toEqual(['Aid!A3']);
  });
});
