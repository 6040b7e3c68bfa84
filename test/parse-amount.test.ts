// The amount parser: figures, currencies, magnitude words and qualifiers as registers write them.
// Separators, failures and currency words alone are in parse-amount-edges.test.ts.
import { parseAmount, type AmountResult, type Approx } from '../src/core/parse/amount';

type Expect = {
  value: number;
  currency?: string | null;
  approx?: Approx | null;
  alternative?: number;
  scaled?: boolean;
};

function expectOk(r: AmountResult, e: Expect, fromText = true): void {
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value).toBe(e.value);
  expect(r.currency).toBe(e.currency ?? null);
  expect(r.approx).toBe(e.approx ?? null);
  expect(r.fromText).toBe(fromText);
  expect(r.ambiguous).toBe(e.alternative !== undefined);
  expect(r.alternative).toBe(e.alternative);
  if (e.scaled !== undefined) expect(r.scaled ?? false).toBe(e.scaled);
}

describe('parseAmount: non-string input', () => {
  it.each([0, 1, -1, 1.5, 2345678.5, -0.001, 1e15, Number.MAX_SAFE_INTEGER])('number %p passes through', (n) => {
    expectOk(parseAmount(n), { value: n }, false);
  });

  it('a number keeps the caller currency', () => {
    expectOk(parseAmount(5, { currency: 'USD' }), { value: 5, currency: 'USD' }, false);
  });

  it('-0 becomes 0', () => {
    const r = parseAmount(-0);
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });

  it.each([NaN, Infinity, -Infinity])('%p is not finite: refused, never counted', (v) => {
    expect(parseAmount(v)).toEqual({ ok: false, reason: 'not-finite' });
  });

  it.each(['1e309', '-1e309', '9'.repeat(400)])('%p is not finite: refused, not read as Infinity', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason: 'not-finite' });
  });

  it.each(['12345678901234567890', '9007199254740993', 1.2345678901234567e19, '-9.007.199.254.740.993', '10.000.000 tỷ đồng'])(
    '%p is beyond 2^53: refused, not rounded to a nearby figure',
    (v) => {
      expect(parseAmount(v)).toEqual({ ok: false, reason: 'too-large' });
    },
  );

  it('2^53 - 1 is the largest figure read', () => {
    expectOk(parseAmount('9007199254740991'), { value: Number.MAX_SAFE_INTEGER });
    expectOk(parseAmount(Number.MAX_SAFE_INTEGER), { value: Number.MAX_SAFE_INTEGER }, false);
  });

  it('says when the text wrote a magnitude, whose value is then in whole units', () => {
    expectOk(parseAmount('5 tỷ'), { value: 5e9, scaled: true });
    expectOk(parseAmount('1 tỷ 250 triệu'), { value: 1.25e9, scaled: true });
    expectOk(parseAmount('3,7 triệu USD'), { value: 3.7e6, scaled: true, currency: 'USD' });
    const plain = parseAmount('5.000');
    expect(plain.ok && plain.scaled).toBeFalsy();
  });

  it.each([true, false, {}, [], [1], new Date(0), 10n, Symbol('x'), () => 1])(
    '%p is not a number',
    (v) => {
      expect(parseAmount(v)).toEqual({ ok: false, reason: 'not-a-number' });
    },
  );

  it.each([null, undefined, '', '   ', '\u00a0', '\t\n'])('%p is empty', (v) => {
    expect(parseAmount(v)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('parseAmount: plain and grouped figures', () => {
  it.each<[string, number]>([
    ['2345678', 2345678],
    ['  2345678  ', 2345678],
    ['-42', -42],
    ['+42', 42],
    ['007', 7],
    ['2.345.678,5', 2345678.5],
    ['2.345.678,50', 2345678.5],
    ['2,345,678.50', 2345678.5],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['2.345.678', 2345678],
    ['2,345,678', 2345678],
    ['1.000.000.000', 1e9],
    ['2 345 678', 2345678],
    ['2\u00a0345\u00a0678', 2345678],
    ['2\u202f345\u202f678', 2345678],
    ['2 345 678,5', 2345678.5],
    ['2 345 678.25', 2345678.25],
    ['1,5', 1.5],
    ['1.25', 1.25],
    ['0,5', 0.5],
    ['12,3456', 12.3456],
    ['1234.567', 1234.567],
    ['1234,567', 1234.567],
    ['0.500', 0.5],
    ['0,500', 0.5],
    ['1.5E+06', 1500000],
    ['2e3', 2000],
    ['-1.234', -1234],
    ['(1.234)', -1234],
    ['(2.345.678,5)', -2345678.5],
    ['- 1.234', -1234],
    ['\u22121.234', -1234],
  ])('%p → %p', (text, value) => {
    expectOk(parseAmount(text), { value });
  });

  it('reads text in NFD the same as NFC', () => {
    expectOk(parseAmount('1,5 tỷ đồng'.normalize('NFD')), { value: 1.5e9, currency: 'VND' });
  });
});

describe('parseAmount: currencies', () => {
  it.each<[string, number, string]>([
    ['3.500 USD', 3500, 'USD'],
    ['$3,500', 3500, 'USD'],
    ['$ 3,500.75', 3500.75, 'USD'],
    ['US$ 1,234', 1234, 'USD'],
    ['1.200.000 đ', 1200000, 'VND'],
    ['1.200.000đ', 1200000, 'VND'],
    ['1.200.000 Đ', 1200000, 'VND'],
    ['VNĐ 5.000.000', 5000000, 'VND'],
    ['5.000.000 VND', 5000000, 'VND'],
    ['5.000.000 vnđ', 5000000, 'VND'],
    ['5.000.000 ₫', 5000000, 'VND'],
    ['5.000.000 đồng', 5000000, 'VND'],
    ['5.000.000 dong', 5000000, 'VND'],
    ['200 đô la Mỹ', 200, 'USD'],
    ['200 đô', 200, 'USD'],
    ['€ 1.500', 1500, 'EUR'],
    ['1.500 euro', 1500, 'EUR'],
    ['10.000 Yên', 10000, 'JPY'],
    ['¥10.000', 10000, 'JPY'],
    ['50.000 Won', 50000, 'KRW'],
    ['₩50.000', 50000, 'KRW'],
    ['700 AUD', 700, 'AUD'],
    ['700 đô la Úc', 700, 'AUD'],
    ['80 bảng Anh', 80, 'GBP'],
    ['£80', 80, 'GBP'],
    ['90 CHF', 90, 'CHF'],
    ['90 CAD', 90, 'CAD'],
    ['90 SGD', 90, 'SGD'],
    ['90 THB', 90, 'THB'],
    ['90 nhân dân tệ', 90, 'CNY'],
    ['90 CNY', 90, 'CNY'],
    ['90 tệ', 90, 'CNY'],
    ['90 Mỹ kim', 90, 'USD'],
    ['90 MXN', 90, 'MXN'],
    ['200 đô-la', 200, 'USD'],
    ['5 Ơ-rô', 5, 'EUR'],
    ['5円', 5, 'JPY'],
    ['JP¥ 5', 5, 'JPY'],
    ['5 zł', 5, 'PLN'],
    ['-$5', -5, 'USD'],
    ['$-5', -5, 'USD'],
    ['($5)', -5, 'USD'],
    ['(1.234) USD', -1234, 'USD'],
    ['(1.234 USD)', -1234, 'USD'],
    ['$5 USD', 5, 'USD'],
    ['3.500 USD.', 3500, 'USD'],
  ])('%p → %p %s', (text, value, currency) => {
    expectOk(parseAmount(text), { value, currency });
  });

  it('the currency in the text wins over the caller currency', () => {
    expectOk(parseAmount('3.500 USD', { currency: 'VND' }), { value: 3500, currency: 'USD' });
  });

  it('without a currency in the text the caller currency is reported', () => {
    expectOk(parseAmount('3.500', { currency: 'EUR' }), { value: 3500, currency: 'EUR' });
    expectOk(parseAmount('3.500'), { value: 3500, currency: null });
    expectOk(parseAmount('42', { currency: 'EUR' }), { value: 42, currency: 'EUR' });
  });

  it('two different currencies are not a number', () => {
    expect(parseAmount('USD 5 EUR')).toEqual({ ok: false, reason: 'not-a-number' });
  });
});

describe('parseAmount: magnitude words', () => {
  it.each<[string, number, string | null]>([
    ['1,5 tỷ', 1.5e9, null],
    ['1,5 ty', 1.5e9, null],
    ['1,5 tỉ', 1.5e9, null],
    ['1,5 ti', 1.5e9, null],
    ['1,5tỷ', 1.5e9, null],
    ['1,25 tỷ USD', 1.25e9, 'USD'],
    ['3,7 triệu USD', 3700000, 'USD'],
    ['3,7 trieu', 3700000, null],
    ['3,7 tr', 3700000, null],
    ['3,7tr', 3700000, null],
    ['3.7 tr.', 3700000, null],
    ['850 nghìn', 850000, null],
    ['850 ngàn', 850000, null],
    ['850 ngan', 850000, null],
    ['850 nghin', 850000, null],
    ['850 nghìn đồng', 850000, 'VND'],
    ['5 nghìn tỷ', 5e12, null],
    ['5 ngàn tỷ đồng', 5e12, 'VND'],
    ['1,2 nghìn tỷ', 1.2e12, null],
    ['2.500 tỷ đồng', 2.5e12, 'VND'],
    ['1.000 tỷ', 1e12, null],
    ['1,234 tỷ', 1.234e9, null],
    ['1,234 tỷ đồng', 1.234e9, 'VND'],
    ['12.500 triệu', 12.5e9, null],
    ['1.5 million', 1.5e6, null],
    ['1.250 million', 1.25e6, null],
    ['1,250 million', 1.25e9, null],
    ['2 thousand', 2000, null],
    ['2 billion USD', 2e9, 'USD'],
    ['2.5bn', 2.5e9, null],
    ['2.5 bn', 2.5e9, null],
    ['500k', 500000, null],
    ['500 k', 500000, null],
    ['5m', 5e6, null],
    ['5M USD', 5e6, 'USD'],
    ['$2.5m', 2.5e6, 'USD'],
    ['0,1 triệu', 100000, null],
    ['-1,5 tỷ', -1.5e9, null],
    ['1 tỷ 250 triệu', 1.25e9, null],
    ['1 tỷ 250 triệu đồng', 1.25e9, 'VND'],
    ['2 triệu 500 nghìn', 2.5e6, null],
    ['3 tỷ 5 triệu 200 nghìn', 3005200000, null],
    ['1 nghìn tỷ 500 tỷ', 1.5e12, null],
  ])('%p → %p', (text, value, currency) => {
    expectOk(parseAmount(text), { value, currency });
  });

  it.each<[string, number]>([
    ['0,7 triệu', 700000],
    ['1,1 triệu', 1100000],
    ['2,3 triệu', 2300000],
    ['4,35 tỷ', 4350000000],
    ['0,29 tỷ', 290000000],
    ['9,99 nghìn', 9990],
    ['1,005 triệu', 1005000],
  ])('no binary noise: %p is exactly %p', (text, value) => {
    expectOk(parseAmount(text), { value });
  });

  it('"m" is a magnitude only directly after the digits', () => {
    expect(parseAmount('5 m')).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it.each(['tỷ 5', 'triệu 5 USD', '5 triệu triệu', '1 triệu 2 tỷ', '1 triệu 5 triệu', '1 tỷ 1500 triệu'])(
    '%p is a bad magnitude',
    (text) => {
      expect(parseAmount(text)).toEqual({ ok: false, reason: 'bad-magnitude' });
    },
  );
});

describe('parseAmount: qualifiers', () => {
  it.each<[string, number, string | null, Approx]>([
    ['khoảng 4 tỷ đồng', 4e9, 'VND', 'about'],
    ['khoang 4 ty dong', 4e9, 'VND', 'about'],
    ['Khoảng chừng 4 tỷ', 4e9, null, 'about'],
    ['xấp xỉ 2 triệu', 2e6, null, 'about'],
    ['ước 2 triệu', 2e6, null, 'about'],
    ['ước tính 2 triệu USD', 2e6, 'USD', 'about'],
    ['~ 2 triệu', 2e6, null, 'about'],
    ['trên 12 triệu USD', 12e6, 'USD', 'over'],
    ['tren 12 trieu USD', 12e6, 'USD', 'over'],
    ['hơn 12 triệu', 12e6, null, 'over'],
    ['Hon 12 trieu', 12e6, null, 'over'],
    ['gần 900.000 USD', 900000, 'USD', 'nearly'],
    ['gan 900.000 USD', 900000, 'USD', 'nearly'],
    ['dưới 500 triệu', 5e8, null, 'under'],
    ['duoi 500 trieu', 5e8, null, 'under'],
    ['over 2 million', 2e6, null, 'over'],
    ['about $3,500', 3500, 'USD', 'about'],
    ['approx. 3,500 USD', 3500, 'USD', 'about'],
    ['approx 3,500', 3500, null, 'about'],
    ['nearly 1 billion', 1e9, null, 'nearly'],
    ['almost 1 billion', 1e9, null, 'nearly'],
    ['under 200', 200, null, 'under'],
  ])('%p → %p %s %s', (text, value, currency, approx) => {
    expectOk(parseAmount(text), { value, currency, approx });
  });
});
