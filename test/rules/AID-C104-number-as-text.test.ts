// AID-C104 number-as-text: cases that must raise the rule, at the right cell, and near misses that must not.
import { numberAsText } from '../../src/core/rules/cell/numberAsText';
import { aidRow, aidSheet, run, hits, fixOf } from './fixtures';

describe(`${numberAsText.id} ${numberAsText.name}`, () => {
  it('is the rule this file tests', () => expect([numberAsText.id, numberAsText.name]).toEqual(['AID-C104', 'number-as-text']));
  it('reports a number stored as text with the number as fix', () => {
    const s = aidSheet(aidRow(1, { currency: 'VND', committed: '2.345.678.000' }));
    expect(hits('AID-C104', s)).toEqual(['Aid!J2']);
    expect(fixOf('AID-C104', s)).toBe(2_345_678_000);
  });
  it('reads "1,5 tỷ" as one and a half billion, not 15', () => {
    const r = run(aidSheet(aidRow(1, { currency: 'VND', committed: '1,5 tỷ' })));
    expect(r.tables[0].rows[0].v.committed).toBe(1_500_000_000);
  });
});
