// Words that scale a figure: "1,5 tỷ", "3,7 triệu USD", "2.5bn", "(mio EUR)". Read by the amount
// parser after a figure and by header units in brackets (test/vocab.test.ts checks both on every word);
// the report wording (i18n/moneyWords.ts) writes with the first Vietnamese and English word of a size.
import { fold } from '../base/text';

export type WordLang = 'vi' | 'en';

export interface MagnitudeWord {
  readonly text: string;
  /** fold(text). */
  readonly key: string;
  /** The word multiplies by 10^exp. */
  readonly exp: number;
  /**
   * Which language writes it. Before a Vietnamese word "2.500" groups (2 500 tỷ, as the press
   * writes it), before an English one it is a decimal mark (2.5 million): amount rule 5b.
   * null: both languages use it ("k"), so it decides nothing.
   */
  readonly lang: WordLang | null;
  /** Only glued to the digits ("5m"): a lone "m" is metres or anything else, so never in a header. */
  readonly glued: boolean;
}

const WORDS: MagnitudeWord[] = [];
function add(texts: readonly string[], exp: number, lang: WordLang | null, glued = false): void {
  for (const text of texts) WORDS.push({ text, key: fold(text), exp, lang, glued });
}
// Written forms first: moneyWords takes the first word of each size and language.
add(['nghìn', 'ngàn', 'ngìn'], 3, 'vi');
add(['triệu', 'tr'], 6, 'vi');
add(['tỷ', 'tỉ'], 9, 'vi');
add(['nghìn tỷ', 'ngàn tỷ'], 12, 'vi');
add(['thousand', 'thousands'], 3, 'en');
add(['million', 'millions', 'mn', 'mio', 'mil'], 6, 'en');
add(['billion', 'billions', 'bn'], 9, 'en');
add(['trillion', 'trillions', 'tn'], 12, 'en');
add(['k'], 3, null);
add(['m'], 6, 'en', true);

export const MAGNITUDE_WORDS: readonly MagnitudeWord[] = WORDS;

/** The word reports write for 10^exp in a language ("tỷ", "billion"). */
export function magnitudeName(exp: number, lang: WordLang): string {
  const w = WORDS.find((m) => m.exp === exp && m.lang === lang && !m.glued);
  if (!w) throw new Error(`no ${lang} word for 1e${exp}`);
  return w.text;
}
