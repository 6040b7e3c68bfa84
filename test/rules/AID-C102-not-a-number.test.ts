// AID-C102 not-a-number: cases that must raise the rule, at the right cell, and near misses that must not.
import { notANumber } from '../../src/core/rules/cell/notANumber';
import { aidRow, aidSheet, hits } from './fixtures';

describe(`${notANumber.id} ${notANumber.name}`, () => {
  it('is the rule this file tests', () => expect([notANumber.id, notANumber.name]).toEqual(['AID-C102', 'not-a-number']));
  it('reports text where an amount is expected', () => {
    expect(hits('AID-C102', aidSheet(aidRow(1, { committed: 'chưa rõ' })))).toEqual(['Aid!J2']);
  });
});
