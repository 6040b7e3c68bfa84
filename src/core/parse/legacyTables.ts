// The two legacy Vietnamese encodings as Excel shows them through Windows-1252: TCVN3 (ABC) and
// VNI-Windows, each a table from Unicode letters to codes and back. Only the tables and the raw
// conversion live here; deciding whether a text IS legacy is legacy.ts's job.

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
export const TCVN3_ENCODE = new Map<string, string>();
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
export const TCVN3_CAPITAL_CODES = /[\u00a1-\u00a7]/g;

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
export const VNI_ENCODE = new Map<string, string>();
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

/** Legacy codes to Unicode letters, one table lookup per code (no case handling, no NFC). */
export function decode(s: string, enc: LegacyEncoding): string {
  return enc === 'tcvn3' ? decodeTcvn3(s) : decodeVni(s);
}
