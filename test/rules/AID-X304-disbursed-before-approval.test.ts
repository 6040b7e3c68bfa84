// AID-X304 disbursed-before-approval: cases that must raise the rule, at the right cell, and near misses that must not.
import { disbursedBeforeApproval } from '../../src/core/rules/cross/disbursedBeforeApproval';
import { d, aidRow, aidSheet, disbSheet, hits } from './fixtures';

describe(`${disbursedBeforeApproval.id} ${disbursedBeforeApproval.name}`, () => {
  it('is the rule this file tests', () => expect([disbursedBeforeApproval.id, disbursedBeforeApproval.name]).toEqual(['AID-X304', 'disbursed-before-approval']));
  it('warns about a disbursement dated before approval', () => {
    expect(hits('AID-X304', aidSheet(aidRow(1)), disbSheet(['VT-1', d(2024, 2, 1), 500, 'USD']))).toEqual(['Disb!B2']);
  });
});

describe('AID-X304 with a disbursement dated by a month, quarter or year (AID-C121)', () => {
  it('warns only when the whole span lies before the approval', () => {
    const aid = aidSheet(aidRow(1, { approval: d(2024, 3, 1), start: d(2024, 4, 1) }));
    expect(hits('AID-X304', aid, disbSheet(['VT-1', '2024', 10, 'USD']))).toEqual([]);
    expect(hits('AID-X304', aid, disbSheet(['VT-1', 'Quý I/2024', 10, 'USD']))).toEqual([]);
    expect(hits('AID-X304', aid, disbSheet(['VT-1', 'tháng 2/2024', 10, 'USD']))).toEqual(['Disb!B2']);
    expect(hits('AID-X304', aid, disbSheet(['VT-1', 2023, 10, 'USD']))).toEqual(['Disb!B2']);
  });
});
