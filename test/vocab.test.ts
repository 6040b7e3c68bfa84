// The three readers of the currency and magnitude vocabulary agree on every word: the amount parser,
// the header unit and the currency code list (with AID.CURRENCY's detectCurrencyWord).
import { headerUnit } from '../src/core/detect';
import { detectCurrencyWord, parseAmount } from '../src/core/parse/amount';
import { phraseKey } from '../src/core/parse/amountScan';
import { CURRENCIES } from '../src/core/codes';
import { CURRENCY_WORDS_VI } from '../src/core/i18n/currencyWords';
import { moneyWords } from '../src/core/i18n/moneyWords';
import { matchCode } from '../src/core/validate/codeLookup';
import { CURRENCY_WORDS } from '../src/core/vocab/currencies';
import { MAGNITUDE_WORDS, magnitudeName } from '../src/core/vocab/magnitudes';
import { QUALIFIER_WORDS } from '../src/core/vocab/qualifiers';

const amountWords = CURRENCY_WORDS.filter((w) => w.inAmounts);
const headerWords = CURRENCY_WORDS.filter((w) => w.inHeaders);
const codeListWords = CURRENCY_WORDS.filter((w) => w.inCodeList);

describe('every currency word reads the same in all three uses', () => {
  it.each(amountWords.map((w) => [w.text, w.code]))('amount "5 %s" is %s', (text, code) => {
    const r = parseAmount(`5 ${text}`);
    expect(r.ok && [r.value, r.currency]).toEqual([5, code]);
  });

  it.each(amountWords.map((w) => [w.text, w.code]))('amount "%s 5" is %s', (text, code) => {
    const r = parseAmount(`${text} 5`);
    expect(r.ok && [r.value, r.currency]).toEqual([5, code]);
  });

  it.each(headerWords.map((w) => [w.text, w.code]))('header "Giá trị (%s)" is %s', (text, code) => {
    expect(headerUnit(`Giá trị (${text})`)).toEqual({ currency: code });
  });

  it.each(codeListWords.map((w) => [w.text, w.code]))('code list and detectCurrencyWord read "%s" as %s', (text, code) => {
    const m = matchCode('currencies', text);
    expect(m.kind === 'ok' && m.code).toBe(code);
    expect(detectCurrencyWord(text)).toBe(code);
  });

  it.each(Object.entries(CURRENCY_WORDS_VI).map(([code, w]) => [w.major, code]))('AID.WORDS writes "%s" for %s, a word of the vocabulary', (major, code) => {
    expect(detectCurrencyWord(major)).toBe(code);
    const r = parseAmount(`5 ${major}`);
    expect(r.ok && r.currency).toBe(code);
  });

  it('the code list is the vocabulary: every spelling of every entry is a word of it', () => {
    const keys = new Set(codeListWords.map((w) => `${w.code} ${w.text}`));
    for (const e of CURRENCIES.entries) expect(keys.has(`${e.code} ${e.code}`)).toBe(true);
    expect(codeListWords.length).toBeGreaterThan(CURRENCIES.entries.length * 3);
  });
});

describe('words allowed in one use and not another say so', () => {
  it('the exceptions are exactly these', () => {
    const where = (w: (typeof CURRENCY_WORDS)[number]): string =>
      `${w.text}:${w.inAmounts ? 'A' : ''}${w.inHeaders ? 'H' : ''}${w.inCodeList ? 'C' : ''}`;
    expect(CURRENCY_WORDS.filter((w) => !(w.inAmounts && w.inHeaders && w.inCodeList)).map(where)).toEqual([
      'đô:AC', 'bảng:AC', 'tệ:AC', 'bạt:AC', 'Kíp:AC', 'Quyền rút vốn đặc biệt (SDR):HC',
      'ALL:AC', 'BAM:AC', 'CUP:AC', 'MOP:AC', 'TOP:AC', 'US:H',
    ]);
  });

  it.each([
    'Giá trị (do UBND tỉnh cấp)', 'Giá trị (xem bảng 2)', 'Vốn (kinh tế)', 'Vốn (kịp thời)', 'Giá (bát)',
    'Tổng (all)', 'Vốn (top 10)', 'Diện tích (m2)', 'Tỷ lệ (%)', 'Vốn (nếu có)',
  ])('ordinary words in brackets name no unit: %p', (header) => {
    expect(headerUnit(header)).toEqual({});
  });

  it('"US" alone is a unit in a header, not a currency in a cell', () => {
    expect(headerUnit('Vốn (triệu US)')).toEqual({ multiplier: 1e6, currency: 'USD' });
    expect(parseAmount('5 US')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(matchCode('currencies', 'US').kind).toBe('none');
  });

  it('a word leads to one currency, and no currency word is a magnitude or a qualifier', () => {
    const owner = new Map<string, string>();
    for (const w of amountWords) {
      const key = phraseKey(w.text)!;
      expect([key, owner.get(key) ?? w.code]).toEqual([key, w.code]);
      owner.set(key, w.code);
    }
    for (const m of MAGNITUDE_WORDS) expect(owner.get(phraseKey(m.text)!)).toBeUndefined();
    for (const q of Object.values(QUALIFIER_WORDS).flat()) expect(owner.get(phraseKey(q)!)).toBeUndefined();
  });

  it('the English words the amount parser knew stay English, and their Vietnamese neighbours do not', () => {
    const english = new Set(CURRENCY_WORDS.filter((w) => w.english).map((w) => w.key));
    for (const k of [
      'dollar', 'dollars', 'us dollar', 'us dollars', 'australian dollar', 'australian dollars', 'canadian dollar',
      'canadian dollars', 'singapore dollar', 'singapore dollars', 'hong kong dollar', 'new zealand dollar', 'pound',
      'pounds', 'pound sterling', 'swiss franc', 'swiss francs', 'japanese yen', 'korean won', 'vietnam dong',
      'vietnamese dong', 'us$', '$', 'a$', 'hk$',
    ]) expect([k, english.has(k)]).toEqual([k, true]);
    for (const k of ['euro', 'euros', 'yuan', 'ruble', 'baht', 'won', 'yen', 'dong', 'do la my', 'franc thuy si', 'usd']) {
      expect([k, english.has(k)]).toEqual([k, false]);
    }
  });
});

describe('every magnitude word reads the same in amounts and headers', () => {
  it.each(MAGNITUDE_WORDS.map((m) => [m.text, m.exp, m.glued]))('amount with "%s" is 5×10^%i EUR', (text, exp, glued) => {
    const r = parseAmount(glued ? `5${text} EUR` : `5 ${text} EUR`);
    expect(r.ok && [r.value, r.currency]).toEqual([5 * 10 ** exp, 'EUR']);
  });

  it.each(MAGNITUDE_WORDS.filter((m) => !m.glued).map((m) => [m.text, m.exp]))('header "(%s EUR)" is ×10^%i EUR', (text, exp) => {
    expect(headerUnit(`Vốn (${text} EUR)`)).toEqual({ multiplier: 10 ** exp, currency: 'EUR' });
  });

  it('a magnitude only glued to digits is no unit in a header, nor apart from its figure in a cell', () => {
    for (const m of MAGNITUDE_WORDS.filter((w) => w.glued)) {
      expect(headerUnit(`Vốn (${m.text} EUR)`)).toEqual({ currency: 'EUR' });
      expect(parseAmount(`5 ${m.text} EUR`)).toEqual({ ok: false, reason: 'not-a-number' });
    }
  });

  it.each([['vi', 3.7e6], ['en', 3.7e6], ['vi', 1.25e9], ['en', 1.25e9], ['vi', 850e3], ['vi', 45.3e9]] as const)(
    'what a report writes in %s reads back: %p', (lang, amount) => {
      const r = parseAmount(moneyWords(amount, 'USD', lang), { locale: lang });
      expect(r.ok && [r.value, r.currency, r.ambiguous]).toEqual([amount, 'USD', false]);
    });

  it('reports write the first word of a size', () => {
    expect([9, 6, 3].map((e) => magnitudeName(e, 'vi'))).toEqual(['tỷ', 'triệu', 'nghìn']);
    expect([9, 6, 3].map((e) => magnitudeName(e, 'en'))).toEqual(['billion', 'million', 'thousand']);
  });
});

describe('the disagreements of issue 15, fixed', () => {
  it('"5 tệ" is 5 CNY, as the code list reads "tệ"', () => {
    const r = parseAmount('5 tệ');
    expect(r.ok && [r.value, r.currency]).toEqual([5, 'CNY']);
  });

  it('a "(GBP)" header is pounds, as GBP cells are', () => {
    expect(headerUnit('Giá trị (GBP)')).toEqual({ currency: 'GBP' });
  });

  it('a "(mio EUR)" header is millions of euros, as the cell "5 mio EUR" is', () => {
    expect(headerUnit('Amount (mio EUR)')).toEqual({ multiplier: 1e6, currency: 'EUR' });
  });
});

describe('headerUnit', () => {
  it.each<[string, { currency?: string; multiplier?: number }]>([
    ['Vốn cam kết (triệu USD)', { multiplier: 1e6, currency: 'USD' }],
    ['Giá trị (tỷ đồng)', { multiplier: 1e9, currency: 'VND' }],
    ['Giá trị (Đơn vị: nghìn tỷ đồng)', { multiplier: 1e12, currency: 'VND' }],
    ['Giá trị (tr.đ)', { multiplier: 1e6, currency: 'VND' }],
    ['Giá trị (USD)', { currency: 'USD' }],
    ['Giá trị (US$)', { currency: 'USD' }],
    ['Giá trị ($US)', { currency: 'USD' }],
    ['Giá trị (HK$)', { currency: 'HKD' }],
    ['Giá trị (triệu$)', { multiplier: 1e6, currency: 'USD' }],
    ['Giá trị (tỷđồng)', { multiplier: 1e9, currency: 'VND' }],
    ['Giá trị (€m)', { currency: 'EUR' }],
    ['Giá trị (USD) (triệu)', { multiplier: 1e6, currency: 'USD' }],
    ['Giá trị (triệu đồng, làm tròn nghìn)', { multiplier: 1e6, currency: 'VND' }],
    ['Giá trị (VND/USD)', { currency: 'VND' }],
    ['Giá trị', {}],
    ['Giá trị (triệu USD', {}],
  ])('%p → %j', (header, unit) => {
    expect(headerUnit(header)).toEqual(unit);
  });

  it('reads long runs of brackets in one pass', () => {
    expect(headerUnit('('.repeat(32_000))).toEqual({});
    expect(headerUnit(`${'('.repeat(32_000)}USD)`)).toEqual({ currency: 'USD' });
    expect(headerUnit(`(${'đơn vị '.repeat(16_000)}USD)`)).toEqual({ currency: 'USD' });
    expect(headerUnit(`(${'a '.repeat(16_000)}USD)`)).toEqual({});
    expect(headerUnit(`(${'tỷ'.repeat(16_000)})`)).toEqual({});
  });
});
