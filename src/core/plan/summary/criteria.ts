// Criteria of the summary sheet's SUMIFS/COUNTIFS: dates as serial bounds, group keys as the
// spellings typed in the registers (Excel compares text, not the engine's codes), and the assembly
// of one term per register table. Null anywhere means "no formula can describe this figure".
import type { ParsedRow, ParsedTable, RawValue, WorkbookInput } from '../../model';
import { dayToExcelSerial, parseDate } from '../../parse/date';
import type { RegisterKind } from '../../schema/registers';
import type { SummaryCurrency } from '../../summary';
import { nfc } from '../../base/text';
import { MAX_FORMULA_LENGTH, MAX_TERMS, renderFormula, type Criterion, type FormulaModel } from './formula';

/** Excel refuses a criterion (and a text constant in a formula) longer than this: #VALUE!. */
export const MAX_CRITERION_LENGTH = 255;

/** The criterion as the formula spells it: "=" and the text with its wildcards escaped by "~". */
export function criterionLength(s: string): number {
  let n = 1;
  for (const ch of s) n += ch === '~' || ch === '*' || ch === '?' ? 2 : 1;
  return n;
}

/**
 * Text Excel would take as written in an "=text" criterion: not a number, date, boolean, operator or
 * error value ("#N/A" as a criterion matches errors, not the text), and short enough to be a criterion.
 * Anything else falls back to the engine's value.
 */
export function safeCriterionText(s: string): boolean {
  if (s.trim() === '' || criterionLength(s) > MAX_CRITERION_LENGTH) return false;
  if (/^[=<>]/.test(s)) return false;
  if (s.trimStart().startsWith('#')) return false;
  if (/^[\d\s.,:/\-+%$()]+$/.test(s)) return false;
  if (/^(true|false)$/i.test(s.trim())) return false;
  return !parseDate(s).ok;
}

/** What every term builder reads: the raw grid, the parsed tables and the report's currency. */
export interface Ctx {
  input: WorkbookInput;
  tables: ParsedTable[];
  cur: SummaryCurrency;
}

const serialFrom = (day: number): number => dayToExcelSerial(day);
/** Dates are compared as "< the next day's serial", so a time of day on the last day still counts. */
const serialAfter = (day: number): number => dayToExcelSerial(day) + 1;

/** A period, or everything up to its end when `from` is null (cumulative figures, item 6). */
export type Span = { from: number | null; to: number };

/** Criteria of a date column: dated in `p` (or up to `p.to`). */
export function dateIn(col: number, p: Span): Criterion[] {
  const before: Criterion = { col, op: '<', value: serialAfter(p.to) };
  return p.from === null ? [before] : [{ col, op: '>=', value: serialFrom(p.from) }, before];
}

export function tablesOf(ctx: Ctx, kind: RegisterKind): ParsedTable[] {
  return ctx.tables.filter((t) => t.info.kind === kind);
}

function multiplier(t: ParsedTable, key: string): number {
  return t.info.columns.find((c) => c.key === key)?.multiplier ?? 1;
}

export function headerCurrency(t: ParsedTable, key: string): string | undefined {
  return t.info.columns.find((c) => c.key === key)?.headerCurrency;
}

function rawCell(ctx: Ctx, t: ParsedTable, row: ParsedRow, col: number): RawValue {
  return ctx.input.sheets.find((s) => s.name === t.info.sheet)?.rows[row.r]?.[col];
}

/**
 * The spellings, as typed, of `col` on the rows that `pick` selects: one criterion text each
 * (case-insensitively distinct, as Excel compares). Null when a cell is not usable criterion text.
 */
export function spellings(ctx: Ctx, t: ParsedTable, col: number | undefined, pick: (row: ParsedRow) => boolean): string[] | null {
  if (col === undefined) return null;
  const seen = new Map<string, string>();
  for (const row of t.rows) {
    if (!pick(row)) continue;
    const raw = rawCell(ctx, t, row, col);
    if (typeof raw !== 'string' || !safeCriterionText(raw)) return null;
    const k = raw.toLowerCase();
    const prev = seen.get(k);
    if (prev === undefined) {
      // Spellings equal but for composed/decomposed tone marks: hosts may count them once or twice.
      for (const other of seen.keys()) if (nfc(other) === nfc(k)) return null;
      seen.set(k, raw);
    }
  }
  return [...seen.values()];
}

export interface TermSpec { criteria: Criterion[]; sign?: 1 | -1 }

/**
 * Terms over every table of `kind` (the engine adds up all sheets of a register). `parts` gives a
 * table's terms, or null when the table cannot be described. Null overall when there is no such
 * register, a table cannot be described or the formula would be too long; [] when no table has data.
 */
export function termsOver(
  ctx: Ctx, kind: RegisterKind, fn: FormulaModel['fn'], sumKey: string | null,
  parts: (t: ParsedTable) => TermSpec[] | null, scale = 1,
): FormulaModel[] | null {
  const out: FormulaModel[] = [];
  const tables = tablesOf(ctx, kind);
  if (tables.length === 0) return null;
  for (const t of tables) {
    if (t.rows.length === 0) continue;
    let sumCol: number | undefined;
    if (sumKey !== null) {
      sumCol = t.colOf[sumKey];
      if (sumCol === undefined) return null;
    }
    const specs = parts(t);
    if (specs === null) return null;
    let firstRow = Infinity;
    let lastRow = -Infinity;
    for (const r of t.rows) {
      if (r.r < firstRow) firstRow = r.r;
      if (r.r > lastRow) lastRow = r.r;
    }
    const s = (sumKey !== null ? multiplier(t, sumKey) : 1) * scale;
    for (const spec of specs) {
      const m: FormulaModel = { fn, sheet: t.info.sheet, firstRow, lastRow, criteria: spec.criteria };
      if (sumCol !== undefined) m.sumCol = sumCol;
      if (s !== 1) m.scale = s;
      if (spec.sign === -1) m.sign = -1;
      out.push(m);
    }
  }
  // No terms at all (registers without data rows): the figure is 0 and there is nothing to describe.
  if (out.length > MAX_TERMS) return null;
  if (renderFormula(out).length > MAX_FORMULA_LENGTH) return null;
  return out;
}

/** Concatenation of term lists; null when any is null. */
export function join(...lists: (FormulaModel[] | null)[]): FormulaModel[] | null {
  if (lists.some((l) => l === null)) return null;
  const out = lists.flatMap((l) => l ?? []);
  return out.length === 0 || out.length > MAX_TERMS ? null : out;
}
