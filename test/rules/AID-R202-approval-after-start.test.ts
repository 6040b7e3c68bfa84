// AID-R202 approval-after-start: cases that must raise the rule, at the right cell, and near misses that must not.
import { approvalAfterStart } from '../../src/core/rules/row/approvalAfterStart';
import { d, aidRow, aidSheet, hits } from './fixtures';

describe(`${approvalAfterStart.id} ${approvalAfterStart.name}`, () => {
  it('is the rule this file tests', () => expect([approvalAfterStart.id, approvalAfterStart.name]).toEqual(['AID-R202', 'approval-after-start']));
  it('warns when approval comes after the start', () => {
    expect(hits('AID-R202', aidSheet(aidRow(1, { start: d(2024, 2, 1) })))).toEqual(['Aid!F2']);
  });
});
