/*
 * Money amounts as people type them in provincial aid and FDI registers: "2.345.678,5",
 * "1,5 tỷ đồng", "khoảng 4 tỷ", "$2.5m", "1 tỷ 250 triệu", "(1.234) USD".
 * The rooms: amountScan.ts turns text into tokens, amountWords.ts looks words up in the shared
 * vocabularies (vocab/: currencies, magnitudes, qualifiers), amountDigits.ts reads one number under
 * the SEPARATOR RULE (documented there); this file puts the pieces together.
 */
import { currencyOfWord } from '../vocab/currencies';
import type { Approx } from '../vocab/qualifiers';
import { readDigits, toNumber, type NumberLocale, type ReadingContext } from './amountDigits';
import { prefold, scan, scanNumber, type NumToken, type Token } from './amountScan';
import {
  CURRENCY_INDEX, QUALIFIER_INDEX, matchMagnitude, matchPhrase, type CurrencyHit, type PhraseMatch,
} from './amountWords';

export type { Approx } from '../vocab/qualifiers';
export type { NumberLocale } from './amountDigits';
export interface AmountOptions {
  /** How to read a lone separator followed by three digits; default 'vi'. */
  locale?: NumberLocale;
  /** ISO code already known from a column or an argument, e.g. 'VND'. */
  currency?: string | null;
}
export type AmountResult =
  | {
      ok: true;
      value: number;
      currency: string | null;
      approx: Approx | null;
      fromText: boolean;
      ambiguous: boolean;
      alternative?: number;
      /**
       * The text wrote a magnitude word ("5 tỷ", "3,7 triệu USD"): the value is then in whole units of
       * its currency, whatever unit the column's header or unit line states.
       */
      scaled?: boolean;
    }
  | { ok: false; reason: AmountFailure };
export type AmountFailure =
  | 'empty' | 'not-a-number' | 'ambiguous-separators' | 'multiple-numbers' | 'bad-magnitude'
  /** "1e309", Infinity, NaN: no figure to count. */
  | 'not-finite'
  /** Beyond 2^53 (Number.MAX_SAFE_INTEGER): a double no longer holds every unit, so the figure typed is not the one counted. */
  | 'too-large';

type Failure = { ok: false; reason: AmountFailure };
const FAIL_EMPTY: Failure = Object.freeze({ ok: false, reason: 'empty' }) as Failure;
const FAIL_NAN: Failure = Object.freeze({ ok: false, reason: 'not-a-number' }) as Failure;
const FAIL_SEPARATORS: Failure = Object.freeze({ ok: false, reason: 'ambiguous-separators' }) as Failure;
const FAIL_MULTIPLE: Failure = Object.freeze({ ok: false, reason: 'multiple-numbers' }) as Failure;
const FAIL_MAGNITUDE: Failure = Object.freeze({ ok: false, reason: 'bad-magnitude' }) as Failure;
const FAIL_NOT_FINITE: Failure = Object.freeze({ ok: false, reason: 'not-finite' }) as Failure;
const FAIL_TOO_LARGE: Failure = Object.freeze({ ok: false, reason: 'too-large' }) as Failure;

/**
 * Why a number cannot be counted as it stands, or null when it can: not finite, or so large that a
 * double cannot hold each unit of it (12345678901234567890 is stored as 12345678901234567000).
 */
export function uncountable(n: number): 'not-finite' | 'too-large' | null {
  if (!Number.isFinite(n)) return 'not-finite';
  return Math.abs(n) > Number.MAX_SAFE_INTEGER ? 'too-large' : null;
}
const failureOf = (why: 'not-finite' | 'too-large'): Failure => (why === 'not-finite' ? FAIL_NOT_FINITE : FAIL_TOO_LARGE);

const PLAIN_INTEGER = /^[+-]?\d+$/;
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;
const HAS_DIGIT = /\d/;
const BARE_FIGURE = /^([+-]?)(\d+(?:[.,]\d+)+)$/;

/**
 * ISO code for a currency word, symbol or code ("đô la Mỹ", "VNĐ", "₫", "US$", "Yên"), ignoring case,
 * tone marks and spacing; null when the text is not one.
 */
export function detectCurrencyWord(text: string): string | null {
  return currencyOfWord(text);
}

function isSym(t: Token | undefined, char: string): boolean {
  return t?.kind === 'sym' && t.char === char;
}

interface Component {
  tok: NumToken;
  exp: number;
  lang: NumberLocale | null;
}

function okResult(
  value: number,
  currency: string | null,
  approx: Approx | null,
  fromText: boolean,
  alternative?: number,
  scaled = false,
): AmountResult {
  const v = value === 0 ? 0 : value;
  const why = uncountable(v);
  if (why) return failureOf(why);
  const out: AmountResult = alternative === undefined
    ? { ok: true, value: v, currency, approx, fromText, ambiguous: false }
    : { ok: true, value: v, currency, approx, fromText, ambiguous: true, alternative };
  if (scaled) out.scaled = true;
  return out;
}

/** Text left unread: a second number makes it a range or a list, anything else is just not an amount. */
function leftoverFailure(tokens: readonly Token[]): Failure {
  let numbers = 0;
  for (const t of tokens) if (t.kind === 'num' && ++numbers > 1) return FAIL_MULTIPLE;
  return FAIL_NAN;
}

function parseText(raw: string, opts: AmountOptions | undefined): AmountResult {
  const s = raw.trim();
  if (s === '') return FAIL_EMPTY;
  const optCurrency = opts?.currency ?? null;
  // "12345678901234567890" and "1e309" are refused by okResult, not rounded or made Infinity.
  if (PLAIN_INTEGER.test(s) || SCIENTIFIC.test(s)) return okResult(Number(s), optCurrency, null, true);
  // Numbers stored as text ("2.345.678,5") are the bulk of text cells: skip the tokenizer.
  const bare = BARE_FIGURE.exec(s);
  if (bare) {
    const tok = scanNumber(bare[2], 0).token;
    return evaluate([{ tok, exp: 0, lang: null }], bare[1] === '-', optCurrency, opts?.locale ?? 'vi', null);
  }
  if (!HAS_DIGIT.test(s)) return FAIL_NAN;

  const tokens = scan(prefold(s));
  let i = 0;

  let approx: Approx | null = null;
  let english = false;
  const q = matchPhrase(tokens, 0, QUALIFIER_INDEX);
  if (q) {
    approx = q.value.approx;
    english = q.value.english;
    i = q.next;
    if (isSym(tokens[i], '.')) i++; // "approx."
  }

  let negative = false;
  let signSeen = false;
  let paren = false;
  let currency: CurrencyHit | null = null;
  for (;;) {
    const t = tokens[i];
    if (!signSeen && !paren && (isSym(t, '-') || isSym(t, '+'))) {
      negative = isSym(t, '-');
      signSeen = true;
      i++;
      continue;
    }
    if (!signSeen && !paren && isSym(t, '(')) {
      paren = true;
      i++;
      continue;
    }
    if (t?.kind === 'word') {
      const c: PhraseMatch<CurrencyHit> | null = currency ? null : matchPhrase(tokens, i, CURRENCY_INDEX);
      if (c) {
        currency = c.value;
        i = c.next;
        continue;
      }
      if (matchMagnitude(tokens, i)) return FAIL_MAGNITUDE; // "tỷ 5"
    }
    break;
  }
  if (tokens[i]?.kind !== 'num') return leftoverFailure(tokens);

  // One number, or a spoken-style compound "1 tỷ 250 triệu" with falling magnitudes.
  const parts: Component[] = [];
  while (tokens[i]?.kind === 'num') {
    const tok = tokens[i] as NumToken;
    const m = matchMagnitude(tokens, i + 1);
    if (!m) {
      if (parts.length === 0) {
        parts.push({ tok, exp: 0, lang: null });
        i++;
      }
      break;
    }
    const prev = parts[parts.length - 1];
    if (prev && m.value.exp >= prev.exp) return FAIL_MAGNITUDE;
    parts.push({ tok, exp: m.value.exp, lang: m.value.lang });
    i = m.next;
    if (matchMagnitude(tokens, i)) return FAIL_MAGNITUDE; // "5 triệu triệu"
  }

  let closed = !paren;
  for (;;) {
    const t = tokens[i];
    if (!closed && isSym(t, ')')) {
      closed = true;
      i++;
      continue;
    }
    const c = matchPhrase(tokens, i, CURRENCY_INDEX);
    if (c) {
      if (currency && currency.code !== c.value.code) return FAIL_NAN;
      currency ??= c.value;
      i = c.next;
      continue;
    }
    break;
  }
  // A full stop after a closing word: "5 tr.", "3.500 USD."
  if (i === tokens.length - 1 && isSym(tokens[i], '.') && tokens[i - 1].kind === 'word') i++;
  if (i < tokens.length) return leftoverFailure(tokens);
  if (!closed) return FAIL_NAN;

  const code = currency?.code ?? null;
  const locale = english || currency?.english ? 'en' : (opts?.locale ?? 'vi');
  return evaluate(parts, negative || paren, code ?? optCurrency, locale, approx);
}

/** Value of the number parts under the separator rule, with the sign and labels applied. */
function evaluate(
  parts: readonly Component[],
  negative: boolean,
  currency: string | null,
  locale: NumberLocale,
  approx: Approx | null,
): AmountResult {
  const ctx: ReadingContext = { magnitudeLang: null, currency: currency?.toUpperCase() ?? null, locale };
  let value = 0;
  let other = 0; // the same sum, taking the other reading wherever rule 5d had to guess
  let ambiguous = false;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    ctx.magnitudeLang = p.lang;
    const d = readDigits(p.tok, ctx);
    if (!d) return FAIL_SEPARATORS;
    if (k > 0 && toNumber(d.int, d.frac, p.exp - parts[k - 1].exp) >= 1) return FAIL_MAGNITUDE; // "1 tỷ 1500 triệu"
    const part = toNumber(d.int, d.frac, p.exp);
    value += part;
    if (d.alternative === undefined) other += part;
    else {
      other += toNumber(d.alternative, '', p.exp);
      ambiguous = true;
    }
  }
  if (!Number.isFinite(value) || !Number.isFinite(other)) return FAIL_NOT_FINITE;
  if (parts.length > 1) {
    // A sum of correctly rounded parts can pick up binary noise; 15 significant digits is below it.
    value = Number(value.toPrecision(15));
    other = Number(other.toPrecision(15));
  }
  const sign = negative ? -1 : 1;
  return okResult(sign * value, currency, approx, true, ambiguous ? sign * other : undefined, parts.some((p) => p.exp !== 0));
}

/**
 * Reads a cell value or typed text as an amount. Numbers pass through (fromText false); strings
 * follow the separator rule above and may carry a qualifier, a sign or parentheses, a currency
 * and magnitude words. Never throws.
 */
export function parseAmount(input: unknown, opts?: AmountOptions): AmountResult {
  if (typeof input === 'number') return okResult(input, opts?.currency ?? null, null, false);
  if (typeof input === 'string') return parseText(input, opts);
  if (input === null || input === undefined) return FAIL_EMPTY;
  return FAIL_NAN;
}
