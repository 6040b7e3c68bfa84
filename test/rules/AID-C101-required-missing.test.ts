// AID-C101 required-missing: cases that must raise the rule, at the right cell, and near misses that must not.
import { requiredMissing } from '../../src/core/rules/cell/requiredMissing';
import { aidRow, aidSheet, hits } from './fixtures';

describe(`${requiredMissing.id} ${requiredMissing.name}`, () => {
  it('is the rule this file tests', () => expect([requiredMissing.id, requiredMissing.name]).toEqual(['AID-C101', 'required-missing']));
  it('reports a missing required value', () => {
    expect(hits('AID-C101', aidSheet(aidRow(1, { donor: null })))).toEqual(['Aid!C2']);
  });
  it('does not report a missing optional value', () => {
    expect(hits('AID-C101', aidSheet(aidRow(1, { status: null })))).toEqual([]);
  });
});
