// Text that Excel would not keep as written if it were typed into a General cell: "(1)" becomes -1,
// "5 March 2024" a date, "#N/A" an error. The Office.js writer gives such text a Text format before
// writing it (excel/office/textFormat.ts); plans mark it Text themselves where both writers must agree.

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
