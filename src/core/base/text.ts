// Text normalisation shared by every matcher in the engine.
// Vietnamese names arrive with and without tone marks, with both tone placements (Hòa/Hoà),
// in NFC or NFD, with stray spaces and assorted dashes; `fold` maps all of those to one key.
import { codeAt } from './chars';

const COMBINING = /[\u0300-\u036f]/g;
const PUNCT = /[\s\u00a0\u2000-\u200b\u202f\u3000.,;:()[\]{}'"`‘’“”«»/\\|_\-\u2010-\u2015–—]+/g;

/** Unicode NFC: the form every comparison and every written value uses. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Matching key: lower case, no tone or vowel marks, đ → d, punctuation and runs of spaces → one space.
 * "TP. Hồ Chí Minh" and "tp ho chi minh" fold to the same key, as do "Hòa" and "Hoà".
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(PUNCT, ' ')
    .trim();
}

/** True when the text has leading/trailing spaces, doubled inner spaces or non-breaking spaces. */
export function hasStraySpaces(s: string): boolean {
  return s !== s.trim() || /\s{2,}|\u00a0/.test(s);
}

/** The text with stray spaces removed (the certain fix for a stray-space problem). */
export function cleanSpaces(s: string): string {
  if (!hasStraySpaces(s) && !/[\t\n\r]/.test(s)) return s;
  return s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Join key of an id: NFC, single spaces, case-insensitive. Ids are codes ("VT-2024-001"), not
 * words, so tone marks still count. Plain ASCII ids (nearly all) skip normalisation: printable
 * ASCII that starts with a non-space and never holds two spaces in a row.
 */
export function idKey(s: string): string {
  const n = s.length;
  let plain = n > 0 && codeAt(s, 0) !== 32;
  let upper = false;
  for (let i = 0; plain && i < n; i++) {
    const ch = codeAt(s, i);
    if (ch === 32) plain = codeAt(s, i + 1) !== 32;
    else if (ch < 0x21 || ch > 0x7e) plain = false;
    else if (ch >= 65 && ch <= 90) upper = true;
  }
  if (plain) return upper ? s.toLowerCase() : s;
  return cleanSpaces(nfc(s)).toLowerCase();
}
