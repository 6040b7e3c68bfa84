// Legacy Vietnamese encodings (TCVN3/ABC and VNI-Windows) seen through a Windows-1252 lens.
//
// Workbooks typed before Unicode stored Vietnamese as 8-bit codes that only looked right in a
// matching font. Excel now hands us those bytes as Windows-1252 characters ("Gi¸o dôc",
// "Giaùo duïc"). This module recognises such text and turns it back into Unicode NFC.
//
// Detection is deliberately conservative: a false repair of good text is worse than a missed one,
// because a reviewer can spot "Gi¸o dôc" at a glance but not a silently mangled "Café".

import { nfc } from '../base/text';

export type LegacyEncoding = 'tcvn3' | 'vni';

// Tone marks in the order both legacy tables list them: huyền, hỏi, ngã, sắc, nặng.
const TONE_MARKS = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

function withTone(base: string, tone: number): string {
  return (base + TONE_MARKS[tone]).normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993, VN3 = the ABC fonts). One code per lowercase letter; the only capitals
// are the seven bare letters below. Toned capitals were drawn by the separate "…H" fonts, which
// reuse the lowercase codes, so case can only be recovered from the font name (or context).
// Columns: Unicode base, its TCVN3 code, then the five toned forms in TONE_MARKS order.
// The VN1 variant also packs toned capitals into 0x80–0xFF gaps and the C0 range; the ABC fonts
// never used those slots, so they are left alone rather than risk rewriting Latin-1 text.

const TCVN3_VOWELS: ReadonlyArray<readonly [string, string, string]> = [
  ['a', 'a', 'µ¶·¸¹'],
  ['ă', '¨', '»¼½¾Æ'],
  ['â', '©', 'ÇÈÉÊË'],
  ['e', 'e', 'ÌÎÏÐÑ'],
  ['ê', 'ª', 'ÒÓÔÕÖ'],
  ['i', 'i', '×ØÜÝÞ'],
  ['o', 'o', 'ßáâãä'],
  ['ô', '«', 'åæçèé'],
  ['ơ', '¬', 'êëìíî'],
  ['u', 'u', 'ïñòóô'],
  ['ư', '\u00ad', 'õö÷øù'],
  ['y', 'y', 'úûüýþ'],
];
const TCVN3_EXTRA: ReadonlyArray<readonly [string, string]> = [
  ['đ', '®'],
  ['Ă', '¡'],
  ['Â', '¢'],
  ['Ê', '£'],
  ['Ô', '¤'],
  ['Ơ', '¥'],
  ['Ư', '¦'],
  ['Đ', '§'],
];

const TCVN3_DECODE = new Map<string, string>();
const TCVN3_ENCODE = new Map<string, string>();
for (const [base, code, toned] of TCVN3_VOWELS) {
  if (code !== base) {
    TCVN3_DECODE.set(code, base);
    TCVN3_ENCODE.set(base, code);
  }
  for (let t = 0; t < 5; t++) {
    TCVN3_DECODE.set(toned[t], withTone(base, t));
    TCVN3_ENCODE.set(withTone(base, t), toned[t]);
  }
}
for (const [letter, code] of TCVN3_EXTRA) {
  TCVN3_DECODE.set(code, letter);
  TCVN3_ENCODE.set(letter, code);
}
const TCVN3_CAPITAL_CODES = /[\u00a1-\u00a7]/g;

// ---------------------------------------------------------------------------------------------
// VNI-Windows: a letter is an ASCII base followed by at most one mark code; ơ, ư, đ and the
// toned i / ỵ forms are single codes. Circumflex + tone and breve + tone each fold into one code.
// Columns: Unicode base, VNI spelling of the bare letter, then the five toned spellings.

const VNI_VOWELS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['a', 'a', ['aø', 'aû', 'aõ', 'aù', 'aï']],
  ['ă', 'aê', ['aè', 'aú', 'aü', 'aé', 'aë']],
  ['â', 'aâ', ['aà', 'aå', 'aã', 'aá', 'aä']],
  ['e', 'e', ['eø', 'eû', 'eõ', 'eù', 'eï']],
  ['ê', 'eâ', ['eà', 'eå', 'eã', 'eá', 'eä']],
  ['i', 'i', ['ì', 'æ', 'ó', 'í', 'ò']],
  ['o', 'o', ['oø', 'oû', 'oõ', 'où', 'oï']],
  ['ô', 'oâ', ['oà', 'oå', 'oã', 'oá', 'oä']],
  ['ơ', 'ô', ['ôø', 'ôû', 'ôõ', 'ôù', 'ôï']],
  ['u', 'u', ['uø', 'uû', 'uõ', 'uù', 'uï']],
  ['ư', 'ö', ['öø', 'öû', 'öõ', 'öù', 'öï']],
  ['y', 'y', ['yø', 'yû', 'yõ', 'yù', 'î']],
];

const VNI_DECODE = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();
function addVni(letter: string, spelling: string): void {
  for (const [u, v] of [
    [letter, spelling],
    [letter.toUpperCase(), spelling.toUpperCase()],
  ]) {
    VNI_ENCODE.set(u, v);
    if (u !== v) VNI_DECODE.set(v, u);
  }
}
for (const [base, bare, toned] of VNI_VOWELS) {
  addVni(base, bare);
  for (let t = 0; t < 5; t++) addVni(withTone(base, t), toned[t]);
}
addVni('đ', 'ñ');

// ---------------------------------------------------------------------------------------------
// Raw table conversion (no case handling, no NFC).

function decodeTcvn3(s: string): string {
  let out = '';
  for (const ch of s) out += TCVN3_DECODE.get(ch) ?? ch;
  return out;
}

function decodeVni(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    // Two-code spellings win over their one-code prefixes ("ôù" is ớ, not ơ + ù).
    const pair = i + 1 < s.length ? VNI_DECODE.get(s.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i += 2;
    } else {
      out += VNI_DECODE.get(s[i]) ?? s[i];
      i += 1;
    }
  }
  return out;
}

function decode(s: string, enc: LegacyEncoding): string {
  return enc === 'tcvn3' ? decodeTcvn3(s) : decodeVni(s);
}

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
// Vietnamese syllable shape, used to judge whether a conversion produced real words.

const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
];

// Rimes as spelled (medial glide included, tone removed).
const RIMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay
   ăc ăm ăn ăng ăp ăt
   âc âm ân âng âp ât âu ây
   e ec em en eng eo ep et
   ê êch êm ên ênh êp êt êu
   i ia ich im in inh ip it iu
   iêc iêm iên iêng iêp iêt iêu
   y yêm yên yêng yêt yêu
   o oc oi om on ong op ot oong ooc
   ak ăk ek êk ok ôk uk ưk
   oa oac oach oai oam oan oang oanh oao oap oat oay
   oăc oăm oăn oăng oăt
   oe oen oeo oet
   ô ôc ôi ôm ôn ông ôp ôt
   ơ ơi ơm ơn ơp ơt
   u ua uc ui um un ung up ut
   uân uâng uât uây
   uê uêch uênh
   uy uya uych uyn uynh uyt uyu uyên uyêt
   uơ
   uôc uôi uôm uôn uông uôt
   ư ưa ưc ưi ưm ưn ưng ưt ưu
   ươc ươi ươm ươn ương ươp ươt ươu`.split(/\s+/).filter(Boolean),
);

const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ACUTE = '\u0301';
const DOT = '\u0323';
const STOP_CODA = /(?:c|ch|k|p|t)$/;
const HATTED = 'ăâêôơư';

function onsetFits(onset: string, rime: string): boolean {
  const front = /^[eêiy]/.test(rime);
  switch (onset) {
    case 'k':
    case 'gh':
    case 'ngh':
      return front;
    case 'c':
    case 'ng':
      return !front;
    case 'g':
      // "gì", "gìn" are spelled g + i.
      return !/^[eê]/.test(rime);
    case 'qu':
      return !/^[uo]/.test(rime);
    default:
      return true;
  }
}

// Where the tone mark may sit inside a rime. This is what separates the two readings of
// ambiguous codes: "Ngheä" is VNI "Nghệ", while its TCVN3 reading "Ngheọ" puts the tone on a glide.
function toneFits(rime: string, pos: number): boolean {
  const vowels = /^[aăâeêioôơuưy]+/.exec(rime)?.[0] ?? '';
  if (pos >= vowels.length) return false;
  if (vowels.length === 1) return pos === 0;
  let hatted = -1;
  for (let i = 0; i < vowels.length; i++) if (HATTED.includes(vowels[i])) hatted = i;
  if (hatted >= 0) return pos === hatted;
  // Both placements are in use: hoà/hòa, khoẻ/khỏe, thuý/thúy.
  if (vowels === 'oa' || vowels === 'oe' || vowels === 'uy') return true;
  if (vowels.length < rime.length) return pos === vowels.length - 1;
  return pos === (vowels.length === 2 ? 0 : 1);
}

/** Lower-cased word split into toneless letters and the tone mark with its position. */
function splitTone(word: string): { bare: string; tone: string; at: number } | null {
  let bare = '';
  let tone = '';
  let at = -1;
  for (const ch of word.toLowerCase().normalize('NFC')) {
    const d = ch.normalize('NFD');
    const marks = d.match(TONE_RE);
    if (marks) {
      if (tone !== '' || marks.length > 1) return null;
      tone = marks[0];
      at = bare.length;
      bare += d.replace(TONE_RE, '').normalize('NFC');
    } else {
      bare += ch;
    }
  }
  return { bare, tone, at };
}

// Rimes found only in loanwords, place names or interjections: valid, but weak evidence.
const RARE_RIMES = new Set(
  'oong ooc ak ăk ek êk ok ôk uk ưk ec eng oao oap oăm uyu uych uêch uênh yêng ưm ưn'.split(' '),
);
// Bare "y" follows only a handful of onsets (ly, mỹ, kỳ, hy, tỷ, sỹ, quy, vy).
const Y_ONSETS = new Set(['', 'h', 'k', 'l', 'm', 'qu', 's', 't', 'v']);

/** 0 when the word cannot be one Vietnamese syllable, 0.5 when it is a rare shape, else 1. */
function syllableWeight(word: string): number {
  const parts = splitTone(word);
  if (!parts || !/^[a-zăâđêôơư]+$/.test(parts.bare)) return 0;
  const { bare, tone, at } = parts;
  let best = 0;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rime = bare.slice(onset.length);
    if (!RIMES.has(rime) || !onsetFits(onset, rime)) continue;
    // Syllables closed by a stop consonant only take the sắc or nặng tone.
    if (STOP_CODA.test(rime) && tone !== ACUTE && tone !== DOT) continue;
    if (tone !== '' && !toneFits(rime, at - onset.length)) continue;
    const rare = RARE_RIMES.has(rime) || (rime === 'y' && !Y_ONSETS.has(onset));
    best = Math.max(best, rare ? 0.5 : 1);
  }
  return best;
}

function isSyllable(word: string): boolean {
  return syllableWeight(word) > 0;
}

/** Casing a person could have typed: lower, UPPER or Capitalised (not "tÕ", "ViÖn"). */
function naturalCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
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
  // Unicode typed into an old template keeps the legacy font name; if every changed word is
  // already valid Vietnamese as it stands ("Hoà Bình", "Lê") and nothing improves, keep it.
  const t = tally(s, fromFont);
  return t.good > 0 || t.foreign ? fromFont : null;
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
