// Every way a register writes a currency: ISO codes, Vietnamese and English names, words, symbols.
// Three uses read this one list and must agree (test/vocab.test.ts checks every word):
//  - the amount parser: "5 tệ", "3.500 USD", "$2.5m" (parse/amount.ts);
//  - the unit in a header's brackets: "Giá trị (triệu USD)" (parse/headerUnit.ts);
//  - the currency code list: a currency column, AID.CURRENCY (codes/currencies.ts, matchCode).
// The spellings themselves are the code list's entries, so a spelling added there is understood by
// all three; this module only says where a spelling may NOT be read, and which ones are English.
import { fold } from '../base/text';
import { CURRENCIES } from '../codes/currencies';

export interface CurrencyWord {
  /** As written in the list ("Đô la Mỹ", "tệ", "US$"). */
  readonly text: string;
  /** fold(text): lower case, no tone marks, đ → d, punctuation → one space. */
  readonly key: string;
  /** ISO 4217 code. */
  readonly code: string;
  /** Only English text writes it: beside it "1,234" is read the English way (amount rule 5d). */
  readonly english: boolean;
  /** Read after or before a figure in an amount cell. */
  readonly inAmounts: boolean;
  /** Read inside a header's brackets, among whatever other words the brackets hold. */
  readonly inHeaders: boolean;
  /** Matched as a whole cell of a currency column and by AID.CURRENCY. */
  readonly inCodeList: boolean;
}

/**
 * Everyday Vietnamese (or English) words that are also a currency's name. Beside a figure they can
 * only mean the currency ("5 tệ", "200 đô"); inside a header's brackets they are just words:
 * "(do UBND tỉnh cấp)" is "by", "(xem bảng 2)" a table, "(kinh tế)" the economy, "(kịp thời)" in time.
 * Keys are folded.
 */
const ORDINARY_WORDS = new Set(['do', 'bang', 'te', 'bat', 'kip', 'cup', 'top', 'bam', 'mop', 'all']);

/**
 * Spellings that are English although the list does not mark them so (a currency's English name,
 * `en`, always is, unless it is also its Vietnamese name: "Euro"). Words with "$" are English too.
 * Borrowed words Vietnamese uses as well ("yuan", "ruble", "baht", "won") are not listed.
 */
const ENGLISH_SPELLINGS = new Set([
  'dollar', 'dollars', 'us dollars', 'united states dollar', 'australian dollars', 'canadian dollars',
  'singapore dollars', 'taiwan dollar', 'pound', 'pounds', 'british pound', 'sterling', 'swiss francs',
  'korean won', 'vietnam dong', 'chinese renminbi', 'special drawing rights', 'mongolian tugrik', 'polish zloty',
]);

/**
 * Words read only in a header's unit. "US" alone in a cell is the country; in "(triệu US)" it has
 * always meant US dollars.
 */
const HEADER_ONLY: readonly { text: string; code: string }[] = [{ text: 'US', code: 'USD' }];

function build(): CurrencyWord[] {
  const byKey = new Map<string, CurrencyWord>();
  const add = (w: CurrencyWord): void => {
    const seen = byKey.get(w.key);
    // Two spellings of one currency may fold alike ("Yên", "yen"): one word, English if either is.
    if (!seen) byKey.set(w.key, w);
    else if (seen.code === w.code && w.english && !seen.english) byKey.set(w.key, { ...seen, english: true });
  };
  for (const e of CURRENCIES.entries) {
    const viKey = fold(e.vi);
    for (const text of [e.code, e.vi, e.en, ...(e.aliases ?? [])]) {
      const key = fold(text);
      if (!key) continue;
      const english = text.includes('$') || ENGLISH_SPELLINGS.has(key) || (text === e.en && key !== viKey);
      add({
        text, key, code: e.code, english,
        // A spelling carrying its code in brackets ("Quyền rút vốn đặc biệt (SDR)") labels a column;
        // nobody writes it after a figure.
        inAmounts: !/[()]/.test(text),
        inHeaders: !ORDINARY_WORDS.has(key),
        inCodeList: true,
      });
    }
  }
  for (const { text, code } of HEADER_ONLY) {
    add({ text, key: fold(text), code, english: false, inAmounts: false, inHeaders: true, inCodeList: false });
  }
  return [...byKey.values()];
}

/** One word per folded key. */
export const CURRENCY_WORDS: readonly CurrencyWord[] = build();

const CODE_LIST_KEYS = new Map(CURRENCY_WORDS.filter((w) => w.inCodeList).map((w) => [w.key, w.code]));

/**
 * ISO code for a currency word, symbol or code ("đô la Mỹ", "VNĐ", "₫", "US$", "Yên", "tệ"), ignoring
 * case, tone marks and spacing; null when the whole text is not one.
 */
export function currencyOfWord(text: string): string | null {
  return CODE_LIST_KEYS.get(fold(text)) ?? null;
}
