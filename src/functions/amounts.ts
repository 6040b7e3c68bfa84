// AID.AMOUNT, AID.CURRENCY, AID.TEXT and AID.WORDS: thin wrappers over the engine's amount parser,
// currency list and report wording.
import { CURRENCIES } from '../core/codes';
import { formatNumber } from '../core/i18n/format';
import { amountWordsVi, MAX_WORDS_AMOUNT } from '../core/i18n/words';
import { detectCurrencyWord, parseAmount } from '../core/parse/amount';
import { moneyWords } from '../core/i18n/moneyWords';
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

export function AMOUNT(text: unknown, currency: unknown, env: FnEnv): Matrix {
  const cur = optionalCurrency(currency, env);
  return lift(text, (v) => readAmount(v, cur, env));
}

export function CURRENCY(text: unknown, env: FnEnv): Matrix {
  return lift(text, (v) => (isBlankCell(v) ? '' : currencyCode(v, env)));
}

const STYLES = ['short', 'full'] as const;
type Style = (typeof STYLES)[number];

/** The language argument of TEXT: "vi" or "en"; default the display language. */
function langArg(arg: unknown, env: FnEnv): FnEnv {
  const lang = option(arg, 'language', ['vi', 'en'] as const, env.lang, env.lang);
  return lang === env.lang ? env : { ...env, lang };
}

/** "3,7 triệu USD" (short) or "3.700.000 USD" (full), in the report's language. */
export function TEXT(amount: unknown, currency: unknown, style: unknown, language: unknown, env: FnEnv): Matrix {
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

export function WORDS(amount: unknown, currency: unknown, env: FnEnv): Matrix {
  const cur = optionalCurrency(currency, env) ?? 'VND';
  return lift(amount, (v) => {
    const n = readAmount(v, cur, env);
    if (n === '') return '';
    if (Math.abs(n) > MAX_WORDS_AMOUNT) return fail(env.lang, 'num', 'words-range');
    return amountWordsVi(n, cur);
  });
}
