// Range.values is taken the way a user's typing is: the Office.js reference for Range.values says a value
// starting with "+", "-" or "=" is interpreted as a formula, "@" starts a formula as well in Excel, and
// text such as "1.234", "01/02/2024", "10%", "TRUE", "#N/A" or "Mar-24" turns into a number, date, boolean
// or error. A SheetPlan promises that strings stay text, so such strings are written into cells whose
// number format is Text ("@"), set in the same batch before the value: Excel keeps what is written into a
// Text cell as typed.
//
// Why "@" and not a leading apostrophe: "@" is an ordinary number format that Range.numberFormat documents
// and that goes into the same 2D numberFormat write as every other format of the block; the apostrophe is
// an entry convention of the grid UI that the API reference does not describe, and Range.formulas drops it
// on a read/write round trip (office-js issue #6687), after which the text would become a formula. The cost
// of "@": such a cell keeps the Text format instead of its style's number format; for text that is moot.

export const TEXT_FORMAT = '@';

const MONTH_WORD = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/gi;

/** True when Excel would not keep `s` as the same text if it were written into a General cell. */
export function needsTextFormat(s: string): boolean {
  if (s === '') return false;
  if (/^[=+\-@]/.test(s)) return true;
  // Without a letter a string can only be a number, date, time, percentage, fraction or amount to Excel.
  if (!/\p{L}/u.test(s)) return true;
  if (/^\s*(true|false)\s*$/i.test(s) || /^\s*#/.test(s)) return true;
  if (/^\s*[-+]?[\d.,]+\s*e\s*[-+]?\d+\s*$/i.test(s)) return true;
  if (/^\s*\d{1,2}(:\d{1,2}){0,2}\s*(am|pm|a|p)\s*$/i.test(s)) return true;
  // "Mar-24", "5 March 2024": a month name with digits and nothing else that is a letter.
  const rest = s.replace(MONTH_WORD, '');
  return rest !== s && /\d/.test(rest) && !/\p{L}/u.test(rest);
}
