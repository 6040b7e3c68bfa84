// The formula model of the summary sheet: each candidate figure is a sum of SUMIFS/COUNTIFS terms
// over the register tables, rendered as an en-US formula and SIMULATED on the raw grid with Excel's
// semantics before it is written. A formula goes on the sheet only when its simulation gives the
// engine's own figure, so what Excel (or LibreOffice) recalculates is what the engine computed.
import type { RawValue, WorkbookInput } from '../../model';
import { dateToSerial } from '../../parse/date';
import { nfc } from '../../base/text';
import { colLetter, quoteSheet } from '../../base/a1';

export type CriterionOp = '>=' | '<=' | '<' | '>' | '=';

/** One criteria pair of a SUMIFS/COUNTIFS; `col` is 0-based within the sheet. Text is compared for equality. */
export interface Criterion {
  col: number;
  op: CriterionOp;
  value: number | string;
}

/** One SUMIFS/COUNTIFS over the data rows (0-based firstRow..lastRow) of one register table. */
export interface FormulaModel {
  fn: 'SUMIFS' | 'COUNTIFS';
  sheet: string;
  firstRow: number;
  lastRow: number;
  sumCol?: number;
  criteria: Criterion[];
  /** Multiplier of the result: a header unit ("(triệu USD)") or the USD→VND rate of a VND FDI report. */
  scale?: number;
  /** -1 subtracts the term (capital decreases). */
  sign?: 1 | -1;
}

/** Beyond these a formula is too long to read or to trust to every host: the engine's value is written instead. */
export const MAX_FORMULA_LENGTH = 8000;
export const MAX_TERMS = 24;

function numberLiteral(n: number): string {
  return String(n).replace('e+', 'E+').replace('e-', 'E-');
}

function criterionText(c: Criterion): string {
  if (typeof c.value === 'number') return `"${c.op}"&${numberLiteral(c.value)}`;
  // ~ * ? are wildcards in criteria: escaped with ~ so the text is matched as written.
  const text = c.value.replace(/[~*?]/g, (ch) => `~${ch}`).replace(/"/g, '""');
  return `"${c.op}${text}"`;
}

function renderTerm(t: FormulaModel): string {
  const range = (col: number): string => {
    const L = colLetter(col);
    return `${quoteSheet(t.sheet)}!$${L}$${t.firstRow + 1}:$${L}$${t.lastRow + 1}`;
  };
  const args: string[] = [];
  if (t.fn === 'SUMIFS') args.push(range(t.sumCol ?? 0));
  for (const c of t.criteria) args.push(range(c.col), criterionText(c));
  const call = `${t.fn}(${args.join(',')})`;
  return t.scale !== undefined && t.scale !== 1 ? `${call}*${numberLiteral(t.scale)}` : call;
}

/** The en-US formula (without '=') adding up the terms, e.g. `SUMIFS('Dự án FDI'!$J$4:$J$33,…)-SUMIFS(…)`. */
export function renderFormula(terms: readonly FormulaModel[]): string {
  return terms.map((t, i) => {
    const body = renderTerm(t);
    if (t.sign === -1) return `-${body}`;
    return i === 0 ? body : `+${body}`;
  }).join('');
}

type Cell =
  | { k: 'num'; n: number }
  | { k: 'text'; s: string }
  | { k: 'bool' }
  | { k: 'error' }
  | { k: 'blank' };

function cellOf(v: RawValue): Cell {
  if (v === null || v === undefined) return { k: 'blank' };
  if (typeof v === 'number') return Number.isFinite(v) ? { k: 'num', n: v } : { k: 'error' };
  if (typeof v === 'string') return v === '' ? { k: 'blank' } : { k: 'text', s: v };
  if (typeof v === 'boolean') return { k: 'bool' };
  if (v instanceof Date) return { k: 'num', n: dateToSerial(v) };
  return { k: 'error' };
}

/**
 * Does a cell meet a criterion, as Excel decides; 'unsafe' where hosts may differ: a boolean under a
 * numeric criterion (LibreOffice takes TRUE as 1, Excel does not) or text equal only after NFC.
 */
function meets(cell: Cell, c: Criterion): boolean | 'unsafe' {
  if (typeof c.value === 'number') {
    if (cell.k === 'bool') return 'unsafe';
    // Numeric criteria only ever match real numbers: text "1000" and blanks never do.
    if (cell.k !== 'num') return false;
    const x = cell.n;
    const y = c.value;
    switch (c.op) {
      case '>=': return x >= y;
      case '<=': return x <= y;
      case '<': return x < y;
      case '>': return x > y;
      default: return x === y;
    }
  }
  if (c.op !== '=') return 'unsafe';
  if (cell.k !== 'text') return false;
  const a = cell.s.toLowerCase();
  const b = c.value.toLowerCase();
  if (a === b) return true;
  // Composed and decomposed Vietnamese ("ế" as one or two code points): hosts may or may not equate them.
  return nfc(a) === nfc(b) ? 'unsafe' : false;
}

/**
 * What Excel would compute for the terms on the raw grid: SUMIFS adds only real numbers of the sum
 * range on rows meeting every criterion; COUNTIFS counts those rows. Null when the result cannot be
 * trusted to be the same in every spreadsheet: a missing sheet, an error in a summed cell (the
 * formula would show the error), or a boolean in a range (LibreOffice counts TRUE as 1, Excel does not).
 */
export function simulateFormula(terms: readonly FormulaModel[], input: WorkbookInput): number | null {
  let total = 0;
  for (const t of terms) {
    const sheet = input.sheets.find((s) => s.name === t.sheet);
    if (!sheet) return null;
    let acc = 0;
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const row = sheet.rows[r] ?? [];
      let ok = true;
      for (const c of t.criteria) {
        const m = meets(cellOf(row[c.col]), c);
        if (m === 'unsafe') return null;
        if (!m) { ok = false; break; }
      }
      if (t.fn === 'SUMIFS') {
        if (!ok) continue;
        const v = cellOf(row[t.sumCol ?? 0]);
        if (v.k === 'bool' || v.k === 'error') return null;
        if (v.k === 'num') acc += v.n;
      } else if (ok) {
        acc++;
      }
    }
    total += (t.sign ?? 1) * acc * (t.scale ?? 1);
  }
  return total;
}

/** Agreement of a spreadsheet's figure with the engine's: 1e-6 relative (absolute below 1). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

/** Ways to write one figure, tried in order; null where a way cannot describe the figure. */
export type Candidates = (FormulaModel[] | null)[];
