// Amount text to tokens: numbers (digit runs and the separators between them), words and symbols.
// The text is folded first (lower case, no tone marks, đ → d, keeping "." "," "-" "(" ")" intact,
// unlike text.fold) so that every vocabulary lookup is a plain string compare. Header units
// (headerUnit.ts) read their brackets with the same scanner, so both see the same words.
import { CURRENCY_WORDS } from '../vocab/currencies';
import { QUALIFIER_WORDS } from '../vocab/qualifiers';

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
    // ł has no decomposition either; folded to l, "złoty" is one plain word like any other.
    FOLD_TABLE[c] = ch.normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').replace(/[łŁ]/g, 'l').toLowerCase();
  }
}
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x202f, 0x3000]) FOLD_TABLE[c] = ' ';
for (let c = 0x2000; c <= 0x200b; c++) FOLD_TABLE[c] = ' ';
for (const c of [0x2012, 0x2013, 0x2212, 0xfe63, 0xff0d]) FOLD_TABLE[c] = '-';

export function prefold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) out += s[i];
    else out += FOLD_TABLE[c] ?? s[i];
  }
  return out;
}

export interface NumToken {
  readonly kind: 'num';
  /** Digit runs; separators[i] sits between runs[i] and runs[i + 1]. */
  readonly runs: string[];
  readonly separators: string[];
}
export interface WordToken {
  readonly kind: 'word';
  readonly word: string;
  /** No space between this word and the number before it ("5m", "1,5tỷ"). */
  readonly attached: boolean;
}
export interface SymToken {
  readonly kind: 'sym';
  readonly char: string;
}
export type Token = NumToken | WordToken | SymToken;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}
/** Inside a name, "-" and "'" only split syllables: "Ơ-rô", "đô-la", "pa'anga". */
function isWordJoiner(ch: string): boolean {
  return ch === '-' || ch === "'" || ch === '\u2019';
}

// Single characters that stand for a whole word: currency symbols ("$", "₫", "円") and approximation
// marks ("~", ">"), taken from the vocabularies.
const SYMBOL_WORDS = new Set<string>();
for (const text of [...CURRENCY_WORDS.filter((w) => w.inAmounts).map((w) => w.text), ...Object.values(QUALIFIER_WORDS).flat()]) {
  const f = prefold(text);
  if (f.length === 1 && !isDigit(f.charCodeAt(0)) && !isLetter(f.charCodeAt(0))) SYMBOL_WORDS.add(f);
}

function scanDigits(f: string, i: number): number {
  while (i < f.length && isDigit(f.charCodeAt(i))) i++;
  return i;
}

export function scanNumber(f: string, start: number): { token: NumToken; end: number } {
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

/** Tokens of folded text (see prefold). */
export function scan(f: string): Token[] {
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
    } else if (isWordJoiner(ch) && isLetter(f.charCodeAt(i - 1)) && isLetter(f.charCodeAt(i + 1))) {
      i++; // a syllable break inside a name: the next word is a new word, as after a space
      spaced = true;
      continue;
    } else {
      tokens.push({ kind: 'sym', char: ch });
      i++;
    }
    spaced = false;
  }
  return tokens;
}

/**
 * The lookup key of a vocabulary phrase as the scanner splits it ("Đô la Mỹ" → "do la my",
 * "JP¥" → "jp ¥"), or null when the phrase is not made of words alone.
 */
export function phraseKey(text: string): string | null {
  const tokens = scan(prefold(text));
  if (tokens.length === 0) return null;
  let key = '';
  for (const t of tokens) {
    if (t.kind !== 'word') return null;
    key = key === '' ? t.word : `${key} ${t.word}`;
  }
  return key;
}
