// Words that say an amount is not exact: "khoảng 4 tỷ", "trên 12 triệu USD", "approx. 3,500".
// Keys are folded (lower case, no tone marks, đ → d). Only the amount parser reads them.
export type Approx = 'over' | 'under' | 'about' | 'nearly';

export const QUALIFIER_WORDS: Readonly<Record<Approx, readonly string[]>> = {
  over: ['tren', 'hon', 'nhieu hon', 'over', 'more than', '>'],
  under: ['duoi', 'it hon', 'under', 'less than', '<'],
  about: [
    'khoang', 'khoang chung', 'chung', 'xap xi', 'uoc', 'uoc tinh', 'uoc khoang', 'about', 'approx',
    'approximately', 'around', 'roughly', 'circa', 'some', '~', '≈',
  ],
  nearly: ['gan', 'gan nhu', 'nearly', 'almost'],
};

/** Qualifiers only English text uses; they switch amount rule 5d to the English reading. */
export const ENGLISH_QUALIFIERS: ReadonlySet<string> = new Set([
  'over', 'more than', 'under', 'less than', 'about', 'approx', 'approximately', 'around', 'roughly',
  'circa', 'some', 'nearly', 'almost',
]);
