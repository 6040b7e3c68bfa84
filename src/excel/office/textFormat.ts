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

// The test itself is the engine's (core/plan/textLiteral.ts): plans use it to give such text a Text
// format of their own, so both writers write the same cell.
export { needsTextFormat } from '../../core/plan/textLiteral';
