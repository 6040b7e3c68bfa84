// AID-C108 negative-amount: cases that must raise the rule, at the right cell, and near misses that must not.
import { negativeAmount } from '../../src/core/rules/cell/negativeAmount';
import { aidRow, aidSheet, hits } from './fixtures';

describe(`${negativeAmount.id} ${negativeAmount.name}`, () => {
  it('is the rule this file tests', () => expect([negativeAmount.id, negativeAmount.name]).toEqual(['AID-C108', 'negative-amount']));
  it('reports a negative amount', () => {
    expect(hits('AID-C108', aidSheet(aidRow(1, { committed: -5 })))).toEqual(['Aid!J2']);
  });
});
