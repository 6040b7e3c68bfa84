// AID-X304 disbursed-before-approval: cases that must raise the rule, at the right cell, and near misses that must not.
import { disbursedBeforeApproval } from '../../src/core/rules/cross/disbursedBeforeApproval';
import { d, aidRow, aidSheet, disbSheet, hits } from './fixtures';

describe(`${disbursedBeforeApproval.id} ${disbursedBeforeApproval.name}`, () => {
  it('is the rule this file tests', () => expect([disbursedBeforeApproval.id, disbursedBeforeApproval.name]).toEqual(['AID-X304', 'disbursed-before-approval']));
  it('warns about a disbursement dated before approval', () => {
    expect(hits('AID-X304', aidSheet(aidRow(1)), disbSheet(['VT-1', d(2024, 2, 1), 500, 'USD']))).toEqual(['Disb!B2']);
  });
});
