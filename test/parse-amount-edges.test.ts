// The amount parser, continued: a lone separator before three digits (rule 5), failures, a round trip
// through formatted text, and currency words alone.
import { detectCurrencyWord, parseAmount, type AmountOptions } from '../src/core/parse/amount';

describe('parseAmount: a lone separator before three digits (rule 5)', () => {
  const cases: [string, AmountOptions | undefined, number, number | undefined][] = [
    // locale vi (default): "." groups, "," is decimal but flagged
    ['1.234', undefined, 1234, undefined],
    ['1.234', { locale: 'vi' }, 1234, undefined],
    ['1,234', { locale: 'vi' }, 1.234, 1234],
    ['-1,234', { locale: 'vi' }, -1.234, -1234],
    ['(1,234)', { locale: 'vi' }, -1.234, -1234],
    ['1,234 USD', { locale: 'vi' }, 1.234, 1234],
    ['1,234', { locale: 'vi', currency: 'USD' }, 1.234, 1234],
    ['trên 1,234 triệu', { locale: 'vi' }, 1234000, undefined],
    // locale en: the mirror image
    ['1,234', { locale: 'en' }, 1234, undefined],
    ['1.234', { locale: 'en' }, 1.234, 1234],
    ['1.234 USD', { locale: 'en' }, 1.234, 1234],
    ['gần 900.000 USD', { locale: 'en' }, 900, 900000],
    // VND has no minor unit: grouping, whatever the locale or separator
    ['1,234', { currency: 'VND' }, 1234, undefined],
    ['1.234', { locale: 'en', currency: 'VND' }, 1234, undefined],
    ['1,234 đ', { locale: 'vi' }, 1234, undefined],
    ['1.234 VND', { locale: 'en' }, 1234, undefined],
    ['1,234', { currency: 'vnd' }, 1234, undefined],
    // a magnitude word decides by its language, before the VND rule
    ['1,234 tỷ', { locale: 'en' }, 1.234e9, undefined],
    ['1.234 tỷ', { locale: 'en' }, 1.234e12, undefined],
    ['1,234 tỷ đồng', { locale: 'en' }, 1.234e9, undefined],
    ['1.234 million', { locale: 'vi' }, 1.234e6, undefined],
    ['1,234 million', { locale: 'vi' }, 1.234e9, undefined],
    ['1,500k', { locale: 'en' }, 1.5e6, undefined],
    ['1,500k', { locale: 'vi' }, 1500, 1.5e6],
    ['1,500k đồng', { locale: 'vi' }, 1.5e6, undefined],
    // visibly English text reads English
    ['$1,234', { locale: 'vi' }, 1234, undefined],
    ['$1.234', { locale: 'vi' }, 1.234, 1234],
    ['1,234 US$', { locale: 'vi' }, 1234, undefined],
    ['1,234 dollars', { locale: 'vi' }, 1234, undefined],
    ['about 1,234', { locale: 'vi' }, 1234, undefined],
    ['khoảng 1,234', { locale: 'vi' }, 1.234, 1234],
    // not ambiguous by form
    ['0.500', { locale: 'vi' }, 0.5, undefined],
    ['0,500', { locale: 'en' }, 0.5, undefined],
    ['1234.567', { locale: 'vi' }, 1234.567, undefined],
    ['1,5', { locale: 'en' }, 1.5, undefined],
    ['1.25', { locale: 'vi' }, 1.25, undefined],
    ['1.2345', { locale: 'vi' }, 1.2345, undefined],
  ];
  it.each(cases)('%p %j → %p (alternative %p)', (text, opts, value, alternative) => {
    const r = parseAmount(text, opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBe(value);
    expect(r.ambiguous).toBe(alternative !== undefined);
    expect(r.alternative).toBe(alternative);
  });
});

describe('parseAmount: failures', () => {
  it.each<[string, string]>([
    ['1.23.456', 'ambiguous-separators'],
    ['1,2,3', 'ambiguous-separators'],
    ['12,34,567', 'ambiguous-separators'],
    ['1.234,5,6', 'ambiguous-separators'],
    ['1,234.567,8', 'ambiguous-separators'],
    ['1.2345,6', 'ambiguous-separators'],
    ['1,23.5', 'ambiguous-separators'],
    ['1234.567,8', 'ambiguous-separators'],
    ['2 345.678.9', 'ambiguous-separators'],
    ['1.000 - 2.000', 'multiple-numbers'],
    ['1.000 – 2.000', 'multiple-numbers'],
    ['5 USD và 3 EUR', 'multiple-numbers'],
    ['1 tỷ 250', 'multiple-numbers'],
    ['2022 500', 'multiple-numbers'],
    ['Năm 2021: 5 tỷ', 'multiple-numbers'],
    ['10/5', 'multiple-numbers'],
    ['không', 'not-a-number'],
    ['n/a', 'not-a-number'],
    ['N/A', 'not-a-number'],
    ['-', 'not-a-number'],
    ['—', 'not-a-number'],
    ['USD', 'not-a-number'],
    ['triệu', 'not-a-number'],
    ['Dự án 135', 'not-a-number'],
    ['12%', 'not-a-number'],
    ['1.234-', 'not-a-number'],
    ['(1.234', 'not-a-number'],
    ['1.234)', 'not-a-number'],
    ['--5', 'not-a-number'],
    ['5 USD đã quy đổi', 'not-a-number'],
  ])('%p fails with %s', (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });
});

describe('parseAmount: round trip through formatted text', () => {
  const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  const values = [0.5, 1, 12, 999, 1000, 1234.5, 12345.67, 999999, 1234567.89, 2345678901, 98765432.1];
  it.each(values)('%p formatted vi-VN and en-US reads back', (v) => {
    // Intl may use a non-breaking space or dot; either way the parser must get the value back.
    const viText = vi.format(v);
    const enText = en.format(v);
    const rVi = parseAmount(viText, { locale: 'vi' });
    const rEn = parseAmount(enText, { locale: 'en' });
    expect(rVi.ok && rVi.value).toBe(v);
    expect(rEn.ok && rEn.value).toBe(v);
  });
});

describe('detectCurrencyWord', () => {
  it.each<[string, string]>([
    ['đồng', 'VND'],
    ['Đồng', 'VND'],
    ['VNĐ', 'VND'],
    ['VND', 'VND'],
    ['vnd', 'VND'],
    ['vnđ', 'VND'],
    ['₫', 'VND'],
    ['đ', 'VND'],
    ['USD', 'USD'],
    ['US$', 'USD'],
    ['$', 'USD'],
    ['đô la Mỹ', 'USD'],
    ['Đô la mỹ', 'USD'],
    ['do la my', 'USD'],
    ['đô', 'USD'],
    ['EUR', 'EUR'],
    ['€', 'EUR'],
    ['euro', 'EUR'],
    ['Euro', 'EUR'],
    ['Yên', 'JPY'],
    ['yen', 'JPY'],
    ['JPY', 'JPY'],
    ['¥', 'JPY'],
    ['Won', 'KRW'],
    ['KRW', 'KRW'],
    ['₩', 'KRW'],
    ['AUD', 'AUD'],
    ['đô la Úc', 'AUD'],
    ['GBP', 'GBP'],
    ['bảng Anh', 'GBP'],
    ['£', 'GBP'],
    ['CHF', 'CHF'],
    ['CAD', 'CAD'],
    ['SGD', 'SGD'],
    ['THB', 'THB'],
    ['CNY', 'CNY'],
    ['nhân dân tệ', 'CNY'],
    ['Nhân Dân Tệ', 'CNY'],
    ['  USD  ', 'USD'],
    ['đô  la   Mỹ', 'USD'],
    ['đô la Mỹ'.normalize('NFD'), 'USD'],
  ])('%p → %s', (word, code) => {
    expect(detectCurrencyWord(word)).toBe(code);
  });

  it.each(['', 'xyz', 'triệu', 'khoảng', '5 USD', 'USD EUR'])('%p → null', (word) => {
    expect(detectCurrencyWord(word)).toBeNull();
  });
});
