// AID-C110 approximate-amount: cases that must raise the rule, at the right cell, and near misses that must not.
import { approximateAmount } from '../../src/core/rules/cell/approximateAmount';
import { aidRow, aidSheet, run } from './fixtures';

describe(`${approximateAmount.id} ${approximateAmount.name}`, () => {
  it('is the rule this file tests', () => expect([approximateAmount.id, approximateAmount.name]).toEqual(['AID-C110', 'approximate-amount']));
  it('keeps the approximate flag of "khoảng 4 tỷ đồng" and offers no fix', () => {
    const r = run(aidSheet(aidRow(1, { currency: 'VND', committed: 'khoảng 4 tỷ đồng' })));
    const i = r.issues.find((x) => x.rule === 'AID-C110')!;
    expect(i.cell).toBe('J2');
    expect(i.fix).toBeNull();
    expect(r.tables[0].rows[0].v.committed).toBe(4e9);
    expect(r.tables[0].rows[0].meta?.approx).toBe('about');
  });
});
