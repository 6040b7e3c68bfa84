// AID-C116 rate-not-positive: cases that must raise the rule, at the right cell, and near misses that must not.
import { rateNotPositive } from '../../src/core/rules/cell/rateNotPositive';
import { d, sheet, hits } from './fixtures';

describe(`${rateNotPositive.id} ${rateNotPositive.name}`, () => {
  it('is the rule this file tests', () => expect([rateNotPositive.id, rateNotPositive.name]).toEqual(['AID-C116', 'rate-not-positive']));
  it('reports a zero exchange rate', () => {
    const rates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['EUR', d(2024, 1, 1), 0, null]]);
    expect(hits('AID-C116', rates)).toEqual(['Rates!C2']);
  });
});
