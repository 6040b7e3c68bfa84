/*
 * Money amounts as people type them in provincial aid and FDI registers.
 *
 * SEPARATOR RULE (how "." and "," inside a number are read)
 *  1. Both "." and "," present ("2.345.678,5", "2,345,678.50"): the last one is the decimal mark
 *     and may occur once; every other separator must be the other kind and group the digits in
 *     threes (first group 1–3 digits). Anything else fails with 'ambiguous-separators'.
 *  2. One kind repeated ("2.345.678", "2,345,678"): thousands grouping, checked the same way
 *     ("1.23.456" fails with 'ambiguous-separators').
 *  3. Spaces group thousands too ("2 345 678", "2 345 678,5"): a single space followed by exactly
 *     three digits joins the groups; a "." or "," after space groups is the decimal mark.
 *  4. A single separator followed by anything but exactly three digits ("1,5", "1.25"): decimal mark.
 *  5. A single separator followed by exactly three digits ("1.234", "1,234") is ambiguous by form:
 *     a. leading zero ("0.500") or four or more digits before it ("1234.567"): decimal mark;
 *     b. a magnitude word follows: the word's language decides. Vietnamese words (nghìn, triệu,
 *        tỷ…) take the vi-VN reading, "." groups and "," is decimal: "2.500 tỷ" = 2 500 tỷ as the
 *        Vietnamese press writes it, "1,234 tỷ" = 1,234 tỷ. English words (thousand, million,
 *        billion, bn, m) take the en-US reading: "1.250 million" = 1 250 000. "k" is in both
 *        languages and falls through to c/d. None of these is flagged ambiguous;
 *     c. the currency (written in the text, else the caller's) is VND: grouping, since the đồng has
 *        no minor unit, so "1,234 đ" = 1 234, not ambiguous;
 *     d. otherwise the locale decides. vi: "." groups ("1.234" = 1 234, not ambiguous: that is how
 *        vi-VN users type it) and "," is the decimal mark ("1,234" = 1.234) flagged ambiguous with
 *        alternative 1 234, because English-style text is common in the same workbooks.
 *        en: the mirror image ("1,234" = 1 234; "1.234" = 1.234, ambiguous, alternative 1 234).
 *        Text that is visibly English is read by the en rule whatever the locale: a dollar sign
 *        ("$3,500", "3,500 US$"), an English currency name ("3,500 dollars") or an English
 *        qualifier ("about 3,500", "approx. 1.250"). Vietnamese words prove nothing, since vi-VN
 *        users also type English-style figures.
 */
import { fold } from '../base/text';

export type Approx = 'over' | 'under' | 'about' | 'nearly';
export type NumberLocale = 'vi' | 'en';
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
    }
  | { ok: false; reason: AmountFailure };
export type AmountFailure = 'empty' | 'not-a-number' | 'ambiguous-separators' | 'multiple-numbers' | 'bad-magnitude';

type Failure = { ok: false; reason: AmountFailure };
const FAIL_EMPTY: Failure = Object.freeze({ ok: false, reason: 'empty' }) as Failure;
const FAIL_NAN: Failure = Object.freeze({ ok: false, reason: 'not-a-number' }) as Failure;
const FAIL_SEPARATORS: Failure = Object.freeze({ ok: false, reason: 'ambiguous-separators' }) as Failure;
const FAIL_MULTIPLE: Failure = Object.freeze({ ok: false, reason: 'multiple-numbers' }) as Failure;
const FAIL_MAGNITUDE: Failure = Object.freeze({ ok: false, reason: 'bad-magnitude' }) as Failure;

// ---------------------------------------------------------------------------------------------
// Vocabulary. Keys are folded: lower case, no tone marks, đ → d, words separated by one space.

const CURRENCY_WORDS: Record<string, readonly string[]> = {
  VND: ['vnd', 'd', 'dong', '₫', 'vn dong', 'dong viet nam', 'viet nam dong', 'vietnam dong', 'vietnamese dong'],
  USD: ['usd', 'us$', '$', 'do', 'do la', 'do la my', 'do my', 'dola', 'my kim', 'dollar', 'dollars', 'us dollar', 'us dollars'],
  EUR: ['eur', '€', 'euro', 'euros'],
  JPY: ['jpy', '¥', 'yen', 'yen nhat', 'yen nhat ban', 'japanese yen'],
  KRW: ['krw', '₩', 'won', 'won han quoc', 'korean won'],
  AUD: ['aud', 'a$', 'au$', 'do la uc', 'do uc', 'australian dollar', 'australian dollars'],
  GBP: ['gbp', '£', 'bang anh', 'pound', 'pounds', 'pound sterling'],
  CHF: ['chf', 'franc thuy si', 'swiss franc', 'swiss francs'],
  CAD: ['cad', 'c$', 'ca$', 'do la canada', 'do canada', 'canadian dollar', 'canadian dollars'],
  SGD: ['sgd', 's$', 'do la singapore', 'do singapore', 'singapore dollar', 'singapore dollars'],
  THB: ['thb', '฿', 'baht', 'bat', 'bat thai', 'bat thai lan'],
  CNY: ['cny', 'rmb', 'nhan dan te', 'yuan'],
  HKD: ['hkd', 'hk$', 'do la hong kong', 'hong kong dollar'],
  TWD: ['twd', 'nt$', 'dai te', 'tan dai te'],
  NZD: ['nzd', 'nz$', 'do la new zealand', 'new zealand dollar'],
  MYR: ['myr', 'ringgit'],
  LAK: ['lak', '₭', 'kip'],
  KHR: ['khr', 'riel'],
  INR: ['inr', '₹', 'rupee', 'rupees'],
  IDR: ['idr', 'rupiah'],
  PHP: ['php', '₱'],
  RUB: ['rub', '₽', 'rup', 'ruble', 'rouble'],
  SEK: ['sek'],
  NOK: ['nok'],
  DKK: ['dkk'],
};

const QUALIFIER_WORDS: Record<Approx, readonly string[]> = {
  over: ['tren', 'hon', 'nhieu hon', 'over', 'more than', '>'],
  under: ['duoi', 'it hon', 'under', 'less than', '<'],
  about: [
    'khoang', 'khoang chung', 'chung', 'xap xi', 'uoc', 'uoc tinh', 'uoc khoang', 'about', 'approx',
    'approximately', 'around', 'roughly', 'circa', 'some', '~', '≈',
  ],
  nearly: ['gan', 'gan nhu', 'nearly', 'almost'],
};

/** lang 'vi'/'en' decides how "1.234" before the word is read (rule 5b); null leaves it open. */
interface Magnitude {
  readonly exp: number;
  readonly lang: NumberLocale | null;
  /** Only valid glued to the digits ("5m"), since a lone "m" is too often something else. */
  readonly attachedOnly: boolean;
}
const MAGNITUDE_WORDS: Record<string, Magnitude> = {};
function addMagnitudes(words: readonly string[], exp: number, lang: NumberLocale | null, attachedOnly = false): void {
  for (const w of words) MAGNITUDE_WORDS[w] = { exp, lang, attachedOnly };
}
addMagnitudes(['nghin', 'ngan', 'ngin'], 3, 'vi');
addMagnitudes(['trieu', 'tr'], 6, 'vi');
addMagnitudes(['ty', 'ti'], 9, 'vi');
addMagnitudes(['nghin ty', 'ngan ty'], 12, 'vi');
addMagnitudes(['thousand', 'thousands'], 3, 'en');
addMagnitudes(['million', 'millions', 'mn', 'mio', 'mil'], 6, 'en');
addMagnitudes(['billion', 'billions', 'bn'], 9, 'en');
addMagnitudes(['trillion', 'trillions', 'tn'], 12, 'en');
addMagnitudes(['k'], 3, null);
addMagnitudes(['m'], 6, 'en', true);

/** Words that only English text uses; they switch rule 5d to the en reading. */
const ENGLISH_WORDS = new Set([
  'over', 'more than', 'under', 'less than', 'about', 'approx', 'approximately', 'around', 'roughly',
  'circa', 'some', 'nearly', 'almost',
  'dollar', 'dollars', 'us dollar', 'us dollars', 'australian dollar', 'australian dollars',
  'canadian dollar', 'canadian dollars', 'singapore dollar', 'singapore dollars', 'hong kong dollar',
  'new zealand dollar', 'pound', 'pounds', 'pound sterling', 'swiss franc', 'swiss francs',
  'japanese yen', 'korean won', 'vietnam dong', 'vietnamese dong',
]);

interface CurrencyEntry {
  readonly code: string;
  readonly english: boolean;
}
const CURRENCY_INDEX = new Map<string, CurrencyEntry>();
for (const [code, words] of Object.entries(CURRENCY_WORDS)) {
  for (const w of words) CURRENCY_INDEX.set(w, { code, english: w.includes('$') || ENGLISH_WORDS.has(w) });
}
interface QualifierEntry {
  readonly approx: Approx;
  readonly english: boolean;
}
const QUALIFIER_INDEX = new Map<string, QualifierEntry>();
for (const [approx, words] of Object.entries(QUALIFIER_WORDS) as [Approx, readonly string[]][]) {
  for (const w of words) QUALIFIER_INDEX.set(w, { approx, english: ENGLISH_WORDS.has(w) });
}
const MAGNITUDE_INDEX = new Map<string, Magnitude>(Object.entries(MAGNITUDE_WORDS));

function longestPhrase(keys: Iterable<string>): number {
  let max = 1;
  for (const k of keys) max = Math.max(max, k.split(' ').length);
  return max;
}
const MAX_CURRENCY_WORDS = longestPhrase(CURRENCY_INDEX.keys());
const MAX_QUALIFIER_WORDS = longestPhrase(QUALIFIER_INDEX.keys());
const MAX_MAGNITUDE_WORDS = longestPhrase(MAGNITUDE_INDEX.keys());

/**
 * ISO code for a currency word, symbol or code ("đô la Mỹ", "VNĐ", "₫", "US$", "Yên"), ignoring case,
 * tone marks and spacing; null when the text is not one.
 */
export function detectCurrencyWord(text: string): string | null {
  const key = fold(text);
  return CURRENCY_INDEX.get(key)?.code ?? null;
}

// ---------------------------------------------------------------------------------------------
// Scanning. The text is folded first (keeping "." "," "-" "(" ")" intact, unlike text.fold) so
// that every vocabulary lookup is a plain string compare.

// Folding one character at a time from a table beats normalize('NFD') plus three regex passes by
// a wide margin, and Vietnamese amounts are nearly all short strings full of marked letters.
const COMBINING = /[\u0300-\u036f]/g;
const FOLD_RANGES: readonly [number, number][] = [
  [0x00, 0x24f], // ASCII, Latin-1, Latin Extended-A/B (đ, ơ, ư and the accented vowels)
  [0x300, 0x36f], // combining marks, when the text arrives in NFD
  [0x1e00, 0x1eff], // Latin Extended Additional (ạ, ả, ấ, … ỹ)
  [0x2000, 0x206f], // odd spaces and dashes
  [0x3000, 0x3000], // ideographic space
];
const FOLD_TABLE: string[] = [];
for (const [from, to] of FOLD_RANGES) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    FOLD_TABLE[c] = ch.normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }
}
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x202f, 0x3000]) FOLD_TABLE[c] = ' ';
for (let c = 0x2000; c <= 0x200b; c++) FOLD_TABLE[c] = ' ';
for (const c of [0x2012, 0x2013, 0x2212, 0xfe63, 0xff0d]) FOLD_TABLE[c] = '-';
const PLAIN_INTEGER = /^[+-]?\d+$/;
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;
const HAS_DIGIT = /\d/;
const BARE_FIGURE = /^([+-]?)(\d+(?:[.,]\d+)+)$/;

// Single characters that stand for a whole word: currency symbols and approximation marks.
const SYMBOL_WORDS = new Set(['$', '₫', '€', '¥', '₩', '£', '฿', '₭', '₹', '₱', '₽', '~', '≈', '>', '<']);

interface NumToken {
  readonly kind: 'num';
  /** Digit runs; separators[i] sits between runs[i] and runs[i + 1]. */
  readonly runs: string[];
  readonly separators: string[];
}
interface WordToken {
  readonly kind: 'word';
  readonly word: string;
  /** No space between this word and the number before it ("5m", "1,5tỷ"). */
  readonly attached: boolean;
}
interface SymToken {
  readonly kind: 'sym';
  readonly char: string;
}
type Token = NumToken | WordToken | SymToken;

function prefold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) out += s[i];
    else out += FOLD_TABLE[c] ?? s[i];
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function scanDigits(f: string, i: number): number {
  while (i < f.length && isDigit(f.charCodeAt(i))) i++;
  return i;
}

function scanNumber(f: string, start: number): { token: NumToken; end: number } {
  let i = scanDigits(f, start);
  const runs = [f.slice(start, i)];
  const separators: string[] = [];
  let onlySpaces = true;
  for (;;) {
    const c = f[i];
    if ((c === '.' || c === ',') && isDigit(f.charCodeAt(i + 1))) {
      const end = scanDigits(f, i + 1);
      separators.push(c);
      runs.push(f.slice(i + 1, end));
      onlySpaces = false;
      i = end;
      continue;
    }
    // A space joins digit groups only when it cannot be read as a gap between two numbers:
    // a 1–3 digit lead, exactly three digits after, and no "." or "," met yet.
    if (
      c === ' ' &&
      onlySpaces &&
      runs[0].length <= 3 &&
      isDigit(f.charCodeAt(i + 1)) &&
      isDigit(f.charCodeAt(i + 2)) &&
      isDigit(f.charCodeAt(i + 3)) &&
      !isDigit(f.charCodeAt(i + 4))
    ) {
      separators.push(' ');
      runs.push(f.slice(i + 1, i + 4));
      i += 4;
      continue;
    }
    return { token: { kind: 'num', runs, separators }, end: i };
  }
}

function scan(f: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaced = true;
  while (i < f.length) {
    const ch = f[i];
    const c = f.charCodeAt(i);
    if (ch === ' ') {
      spaced = true;
      i++;
      continue;
    }
    if (isDigit(c)) {
      const { token, end } = scanNumber(f, i);
      tokens.push(token);
      i = end;
    } else if (isLetter(c)) {
      let end = i + 1;
      while (end < f.length && isLetter(f.charCodeAt(end))) end++;
      if (f[end] === '$') end++; // US$, S$, HK$
      const prev = tokens[tokens.length - 1];
      tokens.push({ kind: 'word', word: f.slice(i, end), attached: !spaced && prev?.kind === 'num' });
      i = end;
    } else if (SYMBOL_WORDS.has(ch)) {
      tokens.push({ kind: 'word', word: ch, attached: false });
      i++;
    } else {
      tokens.push({ kind: 'sym', char: ch });
      i++;
    }
    spaced = false;
  }
  return tokens;
}

interface PhraseMatch<T> {
  value: T;
  next: number;
  first: WordToken;
}

/** Longest run of word tokens from `at` that is a key of `index`. */
function matchPhrase<T>(
  tokens: readonly Token[],
  at: number,
  index: ReadonlyMap<string, T>,
  maxWords: number,
): PhraseMatch<T> | null {
  const first = tokens[at];
  if (first?.kind !== 'word') return null;
  let key = '';
  let best: PhraseMatch<T> | null = null;
  for (let n = 0; n < maxWords; n++) {
    const t = tokens[at + n];
    if (t?.kind !== 'word') break;
    key = n === 0 ? t.word : `${key} ${t.word}`;
    const value = index.get(key);
    if (value !== undefined) best = { value, next: at + n + 1, first };
  }
  return best;
}

function matchMagnitude(tokens: readonly Token[], at: number): { value: Magnitude; next: number } | null {
  const m = matchPhrase(tokens, at, MAGNITUDE_INDEX, MAX_MAGNITUDE_WORDS);
  if (!m || (m.value.attachedOnly && !m.first.attached)) return null;
  return m;
}

function isSym(t: Token | undefined, char: string): boolean {
  return t?.kind === 'sym' && t.char === char;
}

// ---------------------------------------------------------------------------------------------
// Reading one number token under the separator rule.

interface Digits {
  int: string;
  frac: string;
  /** Set when rule 5d chose a decimal reading: the digits read as one grouped integer. */
  alternative?: string;
}

interface Context {
  magnitudeLang: NumberLocale | null;
  currency: string | null;
  locale: NumberLocale;
}

function groupsOk(runs: readonly string[], from: number, to: number): boolean {
  if (runs[from].length > 3) return false;
  for (let k = from + 1; k < to; k++) if (runs[k].length !== 3) return false;
  return true;
}

function readDigits(tok: NumToken, ctx: Context): Digits | null {
  const { runs, separators } = tok;
  const n = separators.length;
  if (n === 0) return { int: runs[0], frac: '' };

  // Space groups always come first (the scanner never joins a space after "." or ",").
  let spaces = 0;
  while (spaces < n && separators[spaces] === ' ') spaces++;
  const marks = n - spaces;
  if (spaces > 0) {
    if (marks === 0) return { int: runs.join(''), frac: '' };
    if (marks === 1) return { int: runs.slice(0, n).join(''), frac: runs[n] };
    return null;
  }

  const last = separators[n - 1];
  const other = last === '.' ? ',' : '.';
  if (separators.includes(other)) {
    for (let k = 0; k < n - 1; k++) if (separators[k] !== other) return null;
    if (!groupsOk(runs, 0, n)) return null;
    return { int: runs.slice(0, n).join(''), frac: runs[n] };
  }
  if (n > 1) {
    if (!groupsOk(runs, 0, n + 1)) return null;
    return { int: runs.join(''), frac: '' };
  }

  const [head, tail] = runs;
  const decimal: Digits = { int: head, frac: tail };
  if (tail.length !== 3 || head[0] === '0' || head.length > 3) return decimal;
  const grouped: Digits = { int: head + tail, frac: '' };
  const readAs = (locale: NumberLocale): Digits => ((last === '.') === (locale === 'vi') ? grouped : decimal);
  if (ctx.magnitudeLang) return readAs(ctx.magnitudeLang);
  if (ctx.currency === 'VND') return grouped;
  const chosen = readAs(ctx.locale);
  return chosen === grouped ? grouped : { int: head, frac: tail, alternative: head + tail };
}

function toNumber(int: string, frac: string, exp: number): number {
  // Let the engine's correctly rounded decimal conversion do the scaling: "3.7e6" is exactly 3700000.
  return Number(frac ? `${int}.${frac}e${exp}` : `${int}e${exp}`);
}

// ---------------------------------------------------------------------------------------------

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
): AmountResult {
  const v = value === 0 ? 0 : value;
  if (alternative === undefined) return { ok: true, value: v, currency, approx, fromText, ambiguous: false };
  return { ok: true, value: v, currency, approx, fromText, ambiguous: true, alternative };
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
  const q = matchPhrase(tokens, 0, QUALIFIER_INDEX, MAX_QUALIFIER_WORDS);
  if (q) {
    approx = q.value.approx;
    english = q.value.english;
    i = q.next;
    if (isSym(tokens[i], '.')) i++; // "approx."
  }

  let negative = false;
  let signSeen = false;
  let paren = false;
  let currency: CurrencyEntry | null = null;
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
      const c: PhraseMatch<CurrencyEntry> | null = currency ? null : matchPhrase(tokens, i, CURRENCY_INDEX, MAX_CURRENCY_WORDS);
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
    const c = matchPhrase(tokens, i, CURRENCY_INDEX, MAX_CURRENCY_WORDS);
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
  const ctx: Context = { magnitudeLang: null, currency: currency?.toUpperCase() ?? null, locale };
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
  if (!Number.isFinite(value) || !Number.isFinite(other)) return FAIL_MAGNITUDE;
  if (parts.length > 1) {
    // A sum of correctly rounded parts can pick up binary noise; 15 significant digits is below it.
    value = Number(value.toPrecision(15));
    other = Number(other.toPrecision(15));
  }
  const sign = negative ? -1 : 1;
  return okResult(sign * value, currency, approx, true, ambiguous ? sign * other : undefined);
}

/**
 * Reads a cell value or typed text as an amount. Numbers pass through (fromText false); strings
 * follow the separator rule above and may carry a qualifier, a sign or parentheses, a currency
 * and magnitude words. Never throws.
 */
export function parseAmount(input: unknown, opts?: AmountOptions): AmountResult {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return FAIL_NAN;
    return okResult(input, opts?.currency ?? null, null, false);
  }
  if (typeof input === 'string') return parseText(input, opts);
  if (input === null || input === undefined) return FAIL_EMPTY;
  return FAIL_NAN;
}
