// Duplicate rows compare their cells as text: blank is "", text is trimmed, anything else is its
// String() form (so the number 5 and the text "5" are the same cell). Building that text for every
// cell of every row costs more than the rest of the rule; instead each row gets a 30-bit hash that
// respects the same equality, and only rows whose hashes meet are compared cell by cell.
// Texts hash without regard to ASCII case: a coarser hash is still a valid one (equal cells hash
// alike), and a plain id's cell hash is then its id-key hash too (idTable.ts), so ids are hashed
// once, while they are read.
import { isBlank } from '../../base/cell';
import type { RawValue } from '../../model';
import { codeAt } from '../../base/chars';

const FNV_OFFSET = 0x811c9dc5 | 0;
/** Hash of a blank cell (and of blank text). */
export const EMPTY_HASH = FNV_OFFSET & 0x7fffffff;
const FNV_PRIME = 0x01000193;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

// Cell hashes are 31-bit and non-negative, which leaves -1 free for plainTextHash.
export function numberHash(x: number): number {
  if (x !== x) return 0x7ff80000; // every NaN prints as "NaN"
  f64[0] = x + 0; // -0 prints as "0"
  return (u32[0] ^ Math.imul(u32[1], 0x9e3779b1)) & 0x7fffffff;
}

/** FNV-1a over the text with ASCII capitals as small letters; idTable.ts hashes id keys with it too. */
export function foldedCharsHash(t: string): number {
  let h = FNV_OFFSET;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const ch = codeAt(t, i);
    h = Math.imul(h ^ (ch >= 65 && ch <= 90 ? ch + 32 : ch), FNV_PRIME);
  }
  return h & 0x7fffffff;
}
const charsHash = foldedCharsHash;

/** Precomposed Vietnamese letters, each already NFC: 1 for those in Windows-1252, 2 for the rest. */
const VIETNAMESE = (() => {
  const marks = new Uint8Array(0x1f00);
  const letters = 'àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';
  for (const ch of letters + letters.toUpperCase()) marks[codeAt(ch, 0)] = codeAt(ch, 0) < 0x100 ? 1 : 2;
  return marks;
})();

/** foldedCharsHash of the text plainTextHash last found plain (see plainCharsHash). */
let plainChars = -1;

/**
 * foldedCharsHash of the text the last plainTextHash call found plain; -1 after a text it did not.
 * For an id, that is its id-key hash (idTable.ts) even when its cell hash is a number's ("573043000005").
 */
export function plainCharsHash(): number {
  return plainChars;
}

/**
 * textHash of a plain text, found in the same pass that checks it; -1 for other text. Plain: single
 * inner spaces and none at either end, printable ASCII and, with `vietnamese`, precomposed Vietnamese
 * letters, as long as one of them lies outside Windows-1252 (text that only uses letters Windows-1252
 * has may be TCVN3 or VNI under a legacy font). Such text is already clean, NFC and never legacy.
 */
export function plainTextHash(s: string, vietnamese = false): number {
  plainChars = -1;
  const n = s.length;
  let h = FNV_OFFSET;
  let prevSpace = true; // a leading space is stray
  let letters = 0; // the highest VIETNAMESE mark seen
  // The leading digits and their value, for the text that prints as a number (see below).
  let lead = 0;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const ch = codeAt(s, i);
    if (lead === i && ch >= 48 && ch <= 57) {
      lead++;
      value = value * 10 + (ch - 48);
    }
    if (ch === 32) {
      if (prevSpace) return -1;
      prevSpace = true;
    } else if (ch < 33 || ch > 126) {
      const mark = vietnamese && ch < 0x1f00 ? VIETNAMESE[ch] : 0;
      if (mark === 0) return -1;
      if (mark > letters) letters = mark;
      prevSpace = false;
    } else prevSpace = false;
    h = Math.imul(h ^ (ch >= 65 && ch <= 90 ? ch + 32 : ch), FNV_PRIME);
  }
  if (prevSpace || letters === 1) return -1;
  plainChars = h & 0x7fffffff;
  // Text that may be how a number prints hashes as textHash hashes it, which is this hash unless the
  // text reads as a number; settled here without a second pass over the text in the common cases:
  // digits only (ids, codes), digits then a letter or sign ("1928/QĐ-UBND"), "N…" and "I…" words.
  if (lead > 0) return digitsFirstHash(s, lead, value, h & 0x7fffffff);
  const c0 = codeAt(s, 0);
  if (c0 === 45) return textHash(s);
  if (c0 === 73 || c0 === 78) return s === 'Infinity' || s === 'NaN' ? textHash(s) : h & 0x7fffffff;
  return h & 0x7fffffff;
}

/** A text starting with this character may be how a number prints: a digit, "-", "Infinity", "NaN". */
export function mayReadAsNumber(c0: number): boolean {
  return (c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 73 || c0 === 78;
}

/**
 * Hash of a trimmed text, as a cell holding it hashes. Text that is exactly how some number prints
 * ("5", "2100000000", "1.5") hashes as that number, so that it meets the number cell it equals.
 */
export function textHash(t: string): number {
  const n = t.length;
  if (n === 0) return EMPTY_HASH;
  const c0 = codeAt(t, 0);
  if (c0 >= 48 && c0 <= 57) {
    // The leading digits and their value; plainTextHash finds them in its own pass.
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const d = codeAt(t, i) - 48;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
    }
    return digitsFirstHash(t, i, v, -1);
  }
  // Other texts a number can print as: "-5", "Infinity", "NaN".
  if (c0 === 45 || c0 === 73 || c0 === 78) return numericText(t);
  return charsHash(t);
}

/**
 * textHash of a text that starts with `lead` digits (lead ≥ 1) whose value is `value`; `chars` is its
 * charsHash when the caller has it, else -1.
 */
function digitsFirstHash(t: string, lead: number, value: number, chars: number): number {
  const n = t.length;
  // Digits only, no leading zero, at most 15 of them: an integer that prints back as itself.
  if (lead === n && n <= 15) return codeAt(t, 0) === 48 && n > 1 ? (chars >= 0 ? chars : charsHash(t)) : numberHash(value);
  // After the leading digits a printed number goes on only with a point, an exponent or more digits.
  const next = codeAt(t, lead);
  if (next === 46 || next === 101 || lead === n) return numericText(t);
  return chars >= 0 ? chars : charsHash(t);
}

function numericText(t: string): number {
  const v = Number(t);
  return String(v) === t ? numberHash(v) : charsHash(t);
}

export function cellHash(x: RawValue): number {
  if (x === null || x === undefined) return EMPTY_HASH;
  if (typeof x === 'number') return numberHash(x);
  return textHash(typeof x === 'string' ? x.trim() : String(x));
}

export const ROW_SEED = 0x2545f491;

/** Adds the next cell's hash to a row hash started at ROW_SEED; order matters. */
export function mixHash(h: number, cell: number): number {
  const m = Math.imul(h ^ cell, 0x9e3779b1);
  return m ^ (m >>> 15);
}

/** A row hash as stored: non-negative and below 2^30, a small integer for V8. */
export function finalHash(h: number): number {
  return h & 0x3fffffff;
}

/** Hash of a row's cells in the given columns, in that order (RowScanner hashes as it reads). */
export function rowHash(row: readonly RawValue[], cols: readonly number[]): number {
  let h = ROW_SEED;
  for (let i = 0; i < cols.length; i++) h = mixHash(h, cellHash(row[cols[i]]));
  return finalHash(h);
}

/** The text a duplicate-row comparison sees for a cell. */
export function cellKey(x: RawValue): string {
  return isBlank(x) ? '' : typeof x === 'string' ? x.trim() : String(x);
}

export function sameRow(a: readonly RawValue[], b: readonly RawValue[], cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) {
    const x = a[cols[i]];
    const y = b[cols[i]];
    if (x !== y && cellKey(x) !== cellKey(y)) return false;
  }
  return true;
}
