// AID-R207 rate-missing-values: cases that must raise the rule, at the right cell, and near misses that must not.
import { rateMissingValues } from '../../src/core/rules/row/rateMissingValues';
import { d, sheet, hits } from './fixtures';

describe(`${rateMissingValues.id} ${rateMissingValues.name}`, () => {
  it('is the rule this file tests', () => expect([rateMissingValues.id, rateMissingValues.name]).toEqual(['AID-R207', 'rate-missing-values']));
  it('reports a rate row with neither rate', () => {
    const rates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['JPY', d(2024, 1, 1), null, null]]);
    expect(hits('AID-R207', rates)).toEqual(['Rates!D2']);
  });
});
