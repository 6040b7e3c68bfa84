// Legacy Vietnamese encodings (TCVN3/ABC and VNI-Windows) seen through a Windows-1252 lens.
//
// Workbooks typed before Unicode stored Vietnamese as 8-bit codes that only looked right in a
// matching font. Excel now hands us those bytes as Windows-1252 characters ("Gi¸o dôc",
// "Giaùo duïc"). This module recognises such text and turns it back into Unicode NFC.
//
// Detection is deliberately conservative: a false repair of good text is worse than a missed one,
// because a reviewer can spot "Gi¸o dôc" at a glance but not a silently mangled "Café".
//
// The rooms: legacyTables.ts holds the two encodings' tables, legacySyllables.ts the shape of a
// Vietnamese syllable; this file reads fonts, weighs the evidence and repairs.

import { nfc } from '../base/text';
import { CODE_LISTS } from '../codes';
import { decode, TCVN3_CAPITAL_CODES, TCVN3_ENCODE, VNI_ENCODE, type LegacyEncoding } from './legacyTables';
import { isSyllable, naturalCase, syllableWeight } from './legacySyllables';

export type { LegacyEncoding } from './legacyTables';

// ---------------------------------------------------------------------------------------------
// Fonts.

/** Encoding implied by a font name alone: '.VnTime', '.VnArialH', 'VNI-Times', 'VNI-Helve-Condense' … (case-insensitive), else null. */
export function encodingFromFont(font: string | null | undefined): LegacyEncoding | null {
  if (!font) return null;
  const name = font.trim().replace(/^["']|["']$/g, '');
  if (/^vni[-_ ]/i.test(name)) return 'vni';
  // Every ABC font name starts with ".Vn" (.VnTime, .VnArial Narrow, .VnTimeH …).
  if (/^\.vn/i.test(name)) return 'tcvn3';
  return null;
}

function isCapitalsFont(font: string | null | undefined): boolean {
  if (encodingFromFont(font) !== 'tcvn3') return false;
  return /h$/i.test((font ?? '').trim().replace(/["']$/, ''));
}

// ---------------------------------------------------------------------------------------------
// Detection.

// Most cells are ASCII or real Unicode; these ranges deliberately include control characters so
// that one regex test settles a cell.
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;
// Everything a Windows-1252 decode can yield (plus raw C1 controls, for Latin-1 decoders).
// Text holding anything else was typed in Unicode and is never legacy.
const CP1252_ONLY =
  // eslint-disable-next-line no-control-regex
  /^[\x00-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*$/;
// Word characters: ASCII letters plus every Latin-1 code either table uses (and Latin-1 letters).
const WORD = /[A-Za-z\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00c0-\u00ff]+/g;
// Latin-1 letters that Unicode Vietnamese itself uses: a token made only of these and ASCII may
// already be correct Unicode, so on its own it cannot prove a legacy encoding.
const UNICODE_LOOKALIKE = /^[A-Za-zàáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]+$/;
const HAS_VOWEL = /[aeiouyàáâãèéêìíòóôõùúýăĩũơưạ-ỹ]/i;

// Common foreign words that happen to spell a Vietnamese syllable in one table (French "où" is
// VNI "ó", Portuguese "mãe" is TCVN3 "móe"); they must not tip a text into a repair.
const FOREIGN_COLLISIONS = new Set(['où', 'dû', 'mãe', 'mães']);

interface Tally {
  /** Changed words that only make sense after conversion (rare syllable shapes count half). */
  good: number;
  /** Changed words that are not Vietnamese after conversion. */
  bad: number;
  /** Words (with a vowel, acronyms aside) and how many read as Vietnamese after conversion. */
  words: number;
  plausible: number;
  /** Some changed word holds a code that good Unicode Vietnamese never contains. */
  foreign: boolean;
}

function tally(text: string, enc: LegacyEncoding): Tally {
  const t: Tally = { good: 0, bad: 0, words: 0, plausible: 0, foreign: false };
  for (const token of text.match(WORD) ?? []) {
    const conv = decode(token, enc);
    const changed = conv !== token;
    if (changed && !UNICODE_LOOKALIKE.test(token)) t.foreign = true;
    // Consonant-only tokens (UBND, Q§ = QĐ, §T = ĐT) and unchanged acronyms carry no vote.
    if (!HAS_VOWEL.test(conv)) continue;
    if (!changed && /^[A-Z]{2,}$/.test(token)) continue;
    if (FOREIGN_COLLISIONS.has(token.toLowerCase())) continue;
    // A VNI reading must come out in natural case ("vÒ" is TCVN3 "về", not VNI "vỊ"); TCVN3 has
    // no toned capitals, so all-caps source legitimately mixes in lowercase codes ("GI¸O").
    const cased = naturalCase(conv) || (enc === 'tcvn3' && !/[a-z]/.test(token));
    const weight = cased ? syllableWeight(conv) : 0;
    t.words++;
    if (weight > 0) t.plausible++;
    if (!changed) continue;
    if (weight === 0) t.bad++;
    // A lone code ("¶" reads as TCVN3 "ả") is too thin to count as evidence.
    else if (token.length > 1 && (!naturalCase(token) || !isSyllable(token))) t.good += weight;
  }
  return t;
}

function fromCharacters(text: string): LegacyEncoding | null {
  let best: LegacyEncoding | null = null;
  let bestScore = 0;
  let tie = false;
  for (const enc of ['tcvn3', 'vni'] as const) {
    const t = tally(text, enc);
    const convincing = t.good >= 1 && t.good >= 2 * t.bad && t.plausible >= 0.6 * t.words;
    if (!convincing) continue;
    const score = t.good - t.bad;
    if (best === null || score > bestScore) {
      best = enc;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/** One font of each kind the repair tells apart: none or another font, ABC, ABC capitals (…H), VNI. */
const FONT_KINDS = [undefined, '.VnTime', '.VnTimeH', 'VNI-Times'] as const;

/**
 * True when repairLegacy would repair the text under some font. When false the cell's font cannot
 * matter, and a caller may skip looking it up: nearly all Unicode Vietnamese holds a character no
 * Windows-1252 decode yields, and most of the rest ("Xã Khe Sanh") reads as itself in every table.
 */
export function legacyUnderSomeFont(text: string): boolean {
  if (ASCII_ONLY.test(text) || !CP1252_ONLY.test(text.normalize('NFC'))) return false;
  return FONT_KINDS.some((font) => repairLegacy(text, font) !== null);
}

/** Best guess for one text: uses the font when given (strongest signal) else the characters. Returns null for text that is plain ASCII or already good Unicode Vietnamese. Must NOT flag ordinary Unicode Vietnamese ("Giáo dục", "Hoà Bình", "Đà Nẵng") or plain English/French/German text with occasional Latin-1 letters ("Café", "Müller", "São Paulo", "50 €", "½") as legacy. */
export function detectLegacy(text: string, font?: string | null): LegacyEncoding | null {
  if (ASCII_ONLY.test(text)) return null;
  const s = text.normalize('NFC');
  if (!CP1252_ONLY.test(s)) return null;
  const fromFont = encodingFromFont(font);
  if (fromFont === null) return fromCharacters(s);
  if (decode(s, fromFont) === s) return null;
  const t = tally(s, fromFont);
  if (t.good > 0 || t.foreign) return fromFont;
  // A name our lists know, written as they write it, is Unicode typed into an old template ("Hoà
  // Bình" in a VNI cell would otherwise read as "Hồ Bình").
  if (knownNames().has(toneKey(s))) return null;
  // The font is known, so the text shows on screen as its conversion: short texts whose every word
  // is Vietnamese both as written and converted ("Y TÕ" = "Y TẾ", "Ghi chó" = "Ghi chú", VNI "Sôn La"
  // = "Sơn La") are converted too, when every word reads as Vietnamese after conversion. Unicode typed
  // into an old template mostly converts into something that is not ("Hoà Bình" in .VnTime would be
  // "Hoà Bỡnh") and is kept.
  return t.bad === 0 && t.words > 0 && t.plausible === t.words ? fromFont : null;
}

// Old and new tone placement ("hoà"/"hòa", "khoẻ"/"khỏe", "thuỳ"/"thùy") name the same word.
const OLD_STYLE_TONE = /([oO])([àáảãạ])|([oO])([èéẻẽẹ])|([uU])([ỳýỷỹỵ])/g;
const TONE_MOVED: Record<string, string> = {
  'à': 'òa', 'á': 'óa', 'ả': 'ỏa', 'ã': 'õa', 'ạ': 'ọa', 'è': 'òe', 'é': 'óe', 'ẻ': 'ỏe', 'ẽ': 'õe', 'ẹ': 'ọe',
  'ỳ': 'ùy', 'ý': 'úy', 'ỷ': 'ủy', 'ỹ': 'ũy', 'ỵ': 'ụy',
};

/** A name with its tone marks, lower-cased, spaces squeezed, tones placed the new way. */
function toneKey(text: string): string {
  const lower = text.normalize('NFC').toLowerCase().trim().split(/\s+/).join(' ');
  return lower.replace(OLD_STYLE_TONE, (_m, _o1, t1: string | undefined, _o2, t2: string | undefined, _u, t3: string | undefined) =>
    TONE_MOVED[(t1 ?? t2 ?? t3)!]);
}

let names: Set<string> | null = null;
/** Vietnamese names of the built-in code lists (provinces with their former names, countries, sectors…). */
function knownNames(): Set<string> {
  if (names) return names;
  names = new Set<string>();
  for (const list of Object.values(CODE_LISTS)) {
    for (const e of list.entries) {
      const formerNames = 'formerNames' in e ? (e.formerNames as readonly string[]) : [];
      for (const n of [e.vi, ...(e.aliases ?? []), ...formerNames]) names.add(toneKey(n));
    }
  }
  return names;
}

/** Convert to Unicode NFC. Font name passed so '…H' TCVN3 fonts give capitals. */
export function legacyToUnicode(text: string, enc: LegacyEncoding, font?: string | null): string {
  const s = text.normalize('NFC');
  let out = decode(s, enc);
  if (enc === 'tcvn3') {
    // TCVN3 has no toned capitals, so all-caps text typed without an H font still arrives with
    // lowercase codes ("GI¸O DôC"); an all-capital source means the whole text was meant in capitals.
    const upper = (s.match(/[A-Z]/g)?.length ?? 0) + (s.match(TCVN3_CAPITAL_CODES)?.length ?? 0);
    if (isCapitalsFont(font) || (upper >= 2 && !/[a-z]/.test(s))) out = out.toUpperCase();
  }
  return nfc(out);
}

/** Convenience: detect + convert; returns null when the text is not legacy. */
export function repairLegacy(
  text: string,
  font?: string | null,
): { encoding: LegacyEncoding; text: string } | null {
  const encoding = detectLegacy(text, font);
  if (encoding === null) return null;
  const fixed = legacyToUnicode(text, encoding, font);
  return fixed === text ? null : { encoding, text: fixed };
}

/**
 * Unicode → legacy text as Excel would show it without the font (for tests and sample workbooks).
 * TCVN3 cannot hold toned capitals; they come out as the lowercase code, which is what an H font
 * user typed, so only all-caps text or an H font restores them.
 */
export function unicodeToLegacy(text: string, enc: LegacyEncoding): string {
  const table = enc === 'tcvn3' ? TCVN3_ENCODE : VNI_ENCODE;
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = table.get(ch) ?? (enc === 'tcvn3' ? TCVN3_ENCODE.get(ch.toLowerCase()) : undefined);
    out += code ?? ch;
  }
  return out;
}
