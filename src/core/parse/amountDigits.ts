/*
 * One number token read under the SEPARATOR RULE (how "." and "," inside a number are read):
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
 * Which words are Vietnamese or English is the vocabularies' business (vocab/).
 */
import type { NumToken } from './amountScan';

export type NumberLocale = 'vi' | 'en';

export interface Digits {
  int: string;
  frac: string;
  /** Set when rule 5d chose a decimal reading: the digits read as one grouped integer. */
  alternative?: string;
}

export interface ReadingContext {
  /** Language of the magnitude word after the number (rule 5b), or null. */
  magnitudeLang: NumberLocale | null;
  /** Upper-case ISO code, or null. */
  currency: string | null;
  locale: NumberLocale;
}

function groupsOk(runs: readonly string[], from: number, to: number): boolean {
  if (runs[from].length > 3) return false;
  for (let k = from + 1; k < to; k++) if (runs[k].length !== 3) return false;
  return true;
}

/** Integer and fraction digits of a number token, or null when its separators break rule 1–3. */
export function readDigits(tok: NumToken, ctx: ReadingContext): Digits | null {
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

export function toNumber(int: string, frac: string, exp: number): number {
  // Let the engine's correctly rounded decimal conversion do the scaling: "3.7e6" is exactly 3700000.
  return Number(frac ? `${int}.${frac}e${exp}` : `${int}e${exp}`);
}
