// AID.AMOUNT, AID.CURRENCY, AID.TEXT and AID.WORDS: thin wrappers over the engine's amount parser,
// currency list and report wording, each declared with its docs (see define.ts).
import { CURRENCIES } from '../core/codes';
import { formatNumber } from '../core/i18n/format';
import { amountWordsVi, MAX_WORDS_AMOUNT } from '../core/i18n/words';
import { detectCurrencyWord, parseAmount } from '../core/parse/amount';
import { moneyWords } from '../core/i18n/moneyWords';
import { defineFunction } from './define';
import type { FnEnv } from './env';
import { fail } from './errors';
import { isBlankCell, lift, option, scalarArg, type Cell, type Matrix } from './matrix';

/** ISO code of a currency written as a code, a name or a symbol; throws when unknown. */
export function currencyCode(v: Cell, env: FnEnv): string {
  if (typeof v !== 'string') return fail(env.lang, 'value', 'not-text', { value: String(v) });
  const text = v.trim();
  const m = CURRENCIES.match(text);
  if (m.kind === 'exact' || m.kind === 'matched') return m.entry.code;
  if (m.kind === 'ambiguous') return fail(env.lang, 'value', 'ambiguous-code', { text, candidates: m.entries.map((e) => e.code).join(', ') });
  return detectCurrencyWord(text) ?? fail(env.lang, 'na', 'currency-unknown', { text });
}

/** An optional currency argument: null when omitted or blank. */
export function optionalCurrency(arg: unknown, env: FnEnv): string | null {
  const v = scalarArg(arg, 'currency', env.lang);
  return isBlankCell(v) ? null : currencyCode(v, env);
}

/** One amount: numbers pass through; text is read the Vietnamese or English way. */
export function readAmount(v: Cell, currency: string | null, env: FnEnv): number | '' {
  if (typeof v === 'number') return v;
  if (isBlankCell(v)) return '';
  if (typeof v !== 'string') return fail(env.lang, 'value', 'not-a-number', { value: String(v) });
  const text = v.trim();
  const r = parseAmount(text, { locale: env.lang, currency });
  if (!r.ok) return fail(env.lang, 'value', `amount-${r.reason}`, { text });
  if (currency && r.currency && r.currency !== currency) {
    return fail(env.lang, 'value', 'amount-currency-conflict', { text, found: r.currency, wanted: currency });
  }
  if (r.ambiguous && r.alternative !== undefined) {
    return fail(env.lang, 'value', 'amount-ambiguous', {
      text, value: formatNumber(r.value, env.lang), alternative: formatNumber(r.alternative, env.lang),
    });
  }
  return r.value;
}

export const AMOUNT = defineFunction({
  name: 'AMOUNT',
  en: 'Reads an amount written the Vietnamese or English way. Example: =AID.AMOUNT("3,7 triệu USD") returns 3700000; =AID.AMOUNT("2.345.678,5") returns 2345678.5.',
  vi: 'Đọc số tiền viết kiểu Việt Nam hoặc kiểu Anh. Ví dụ: =AID.AMOUNT("3,7 triệu USD") cho 3700000; =AID.AMOUNT("2.345.678,5") cho 2345678,5.',
  params: [
    {
      name: 'text', type: 'range',
      en: 'Amount as text or a number, or a range of them. Example: "1,25 tỷ đồng".',
      vi: 'Số tiền dạng chữ hoặc số, hoặc một vùng. Ví dụ: "1,25 tỷ đồng".',
    },
    {
      name: 'currency', type: 'value', optional: true,
      en: 'Currency the amount is in, when the text does not say: an ISO code or a name. Example: "VND".',
      vi: 'Loại tiền của số tiền khi chữ không ghi: mã ISO hoặc tên. Ví dụ: "VND".',
    },
  ],
  returns: 'The amount as a number, one per cell of the range.',
  run: ([text, currency], env) => {
    const cur = optionalCurrency(currency, env);
    return lift(text, (v) => readAmount(v, cur, env));
  },
});

export const CURRENCY = defineFunction({
  name: 'CURRENCY',
  en: 'ISO 4217 code of a currency written as a code, a name or a symbol. Example: =AID.CURRENCY("đồng") returns VND; =AID.CURRENCY("đô la Mỹ") returns USD.',
  vi: 'Mã ISO 4217 của loại tiền viết bằng mã, tên hoặc ký hiệu. Ví dụ: =AID.CURRENCY("đồng") cho VND; =AID.CURRENCY("đô la Mỹ") cho USD.',
  params: [
    {
      name: 'text', type: 'range',
      en: 'Currency name, symbol or code, or a range of them. Example: "VNĐ".',
      vi: 'Tên, ký hiệu hoặc mã loại tiền, hoặc một vùng. Ví dụ: "VNĐ".',
    },
  ],
  returns: 'The ISO code.',
  run: ([text], env) => lift(text, (v) => (isBlankCell(v) ? '' : currencyCode(v, env))),
});

const STYLES = ['short', 'full'] as const;
type Style = (typeof STYLES)[number];

/** The language argument of TEXT: "vi" or "en"; default the display language. */
function langArg(arg: unknown, env: FnEnv): FnEnv {
  const lang = option(arg, 'language', ['vi', 'en'] as const, env.lang, env.lang);
  return lang === env.lang ? env : { ...env, lang };
}

/** "3,7 triệu USD" (short) or "3.700.000 USD" (full), in the report's language. */
function reportText(amount: unknown, currency: unknown, style: unknown, language: unknown, env: FnEnv): Matrix {
  const out = langArg(language, env);
  const cur = optionalCurrency(currency, env) ?? 'VND';
  const st: Style = option(style, 'style', STYLES, 'short', env.lang);
  return lift(amount, (v) => {
    const n = readAmount(v, cur, env);
    if (n === '') return '';
    if (st === 'short') return moneyWords(n, cur, out.lang);
    const decimals = cur === 'VND' ? 0 : Number.isInteger(n) ? 0 : 2;
    const figure = formatNumber(n, out.lang, decimals);
    if (out.lang === 'en') return `${cur} ${figure}`;
    return `${figure} ${cur === 'VND' ? 'đồng' : cur}`;
  });
}

export const TEXT = defineFunction({
  name: 'TEXT',
  en: 'An amount as reports write it. Example: =AID.TEXT(3700000,"USD") returns 3,7 triệu USD; =AID.TEXT(2345678,"USD","full") returns 2.345.678 USD.',
  vi: 'Số tiền viết theo kiểu báo cáo. Ví dụ: =AID.TEXT(3700000;"USD") cho 3,7 triệu USD; =AID.TEXT(2345678;"USD";"full") cho 2.345.678 USD.',
  params: [
    {
      name: 'amount', type: 'range',
      en: 'Amount, or a range. Example: 3700000.',
      vi: 'Số tiền, hoặc một vùng. Ví dụ: 3700000.',
    },
    {
      name: 'currency', type: 'value', optional: true,
      en: 'Currency; default VND. Example: "USD".',
      vi: 'Loại tiền; mặc định VND. Ví dụ: "USD".',
    },
    {
      name: 'style', type: 'value', optional: true,
      en: '"short" (3,7 triệu USD, default) or "full" (3.700.000 USD). Example: "full".',
      vi: '"short" (3,7 triệu USD, mặc định) hoặc "full" (3.700.000 USD). Ví dụ: "full".',
    },
    {
      name: 'language', type: 'value', optional: true,
      en: `"vi" or "en"; default: Excel's language. Example: "vi".`,
      vi: '"vi" hoặc "en"; mặc định theo ngôn ngữ Excel. Ví dụ: "vi".',
    },
  ],
  returns: 'The amount as text.',
  run: ([amount, currency, style, language], env) => reportText(amount, currency, style, language, env),
});

export const WORDS = defineFunction({
  name: 'WORDS',
  en: 'An amount in Vietnamese words, as written on vouchers. Example: =AID.WORDS(125000000) returns Một trăm hai mươi lăm triệu đồng.',
  vi: 'Đọc số tiền thành chữ tiếng Việt như trên chứng từ. Ví dụ: =AID.WORDS(125000000) cho Một trăm hai mươi lăm triệu đồng.',
  params: [
    {
      name: 'amount', type: 'range',
      en: 'Amount, or a range. Example: 125000000.',
      vi: 'Số tiền, hoặc một vùng. Ví dụ: 125000000.',
    },
    {
      name: 'currency', type: 'value', optional: true,
      en: 'Currency; default VND. Example: "USD".',
      vi: 'Loại tiền; mặc định VND. Ví dụ: "USD".',
    },
  ],
  returns: 'The amount in words.',
  run: ([amount, currency], env) => {
    const cur = optionalCurrency(currency, env) ?? 'VND';
    return lift(amount, (v) => {
      const n = readAmount(v, cur, env);
      if (n === '') return '';
      if (Math.abs(n) > MAX_WORDS_AMOUNT) return fail(env.lang, 'num', 'words-range');
      return amountWordsVi(n, cur);
    });
  },
});
