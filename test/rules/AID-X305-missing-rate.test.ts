// AID-X305 missing-rate: cases that must raise the rule, at the right cell, and near misses that must not.
import { missingRate } from '../../src/core/rules/cross/missingRate';
import { d, aidRow, sheet, aidSheet, disbSheet, hits } from './fixtures';

describe(`${missingRate.id} ${missingRate.name}`, () => {
  it('is the rule this file tests', () => expect([missingRate.id, missingRate.name]).toEqual(['AID-X305', 'missing-rate']));
  const rates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['USD', d(2024, 1, 1), null, 24_000]]);
  it('reports an amount in a currency with no rate valid on its date', () => {
    expect(hits('AID-X305', aidSheet(aidRow(1), aidRow(2, { currency: 'EUR' })), rates)).toEqual(['Aid!I3']);
  });
  it('accepts VND amounts when the USD rate in VND is known', () => {
    expect(hits('AID-X305', aidSheet(aidRow(1), aidRow(2, { currency: 'VND', committed: 5e9 })), rates)).toEqual([]);
  });
  it('answers each day alike however many days a register names (typed-array cache past a few days)', () => {
    // Disbursements over 300 days around the day a EUR rate takes effect: only the days before it lack a rate.
    const eurFrom = d(2024, 6, 1);
    const euroRates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['EUR', eurFrom, 1.1, null]]);
    const days = Array.from({ length: 300 }, (_, k) => eurFrom - 150 + ((k * 7) % 300));
    const disb = disbSheet(...days.map((day) => ['VT-1', day, 10, 'EUR']), ['VT-1', eurFrom - 0.5, 10, 'EUR']);
    const want = days.flatMap((day, k) => (day < eurFrom ? [`Disb!D${k + 2}`] : []));
    expect(hits('AID-X305', aidSheet(aidRow(1, { approval: d(2023, 1, 1) })), disb, euroRates)).toEqual([...want, `Disb!D${days.length + 2}`]);
  });
});
