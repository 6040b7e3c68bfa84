// The cells of the summary sheet as they are laid down: text, figures (a live formula when its
// simulation gives the engine's exact figure, else the printed value in the 'engine' look, with a plain
// number format so a copied cell is a number), and figures
// derived from other cells of the sheet (rates, changes, totals), which are formulas only when the
// cells they read give the engine's figure. It remembers what each cell shows for those checks.
import type { WorkbookInput } from '../../model';
import { a1 } from '../../base/a1';
import { needsTextFormat } from '../textLiteral';
import type { PrintTable } from '../printPages';
import type { PlanCell, PlanChart, PlanRange, PlanStyle } from '../sheetPlan';
import { renderFormula, sameFigure, simulateFormula, type Candidates } from './formula';

/** Columns of the sheet: labels, then up to four figures (this period, last year, change, rate). */
export const COLS = { label: 0, a: 1, b: 2, c: 3, d: 4 };

export type NumKind = 'count' | 'money' | 'percent';

const FORMATS: Record<'count' | 'money' | 'moneyVnd' | 'percent', string> = {
  count: '#,##0',
  money: '#,##0.00',
  moneyVnd: '#,##0',
  percent: '0.0%',
};

export class Builder {
  readonly cells: PlanCell[] = [];
  readonly merges: PlanRange[] = [];
  readonly charts: PlanChart[] = [];
  /** The tables drawn with borders: header row to last row, all columns. */
  readonly boxes: PlanRange[] = [];
  /** How the sheet may be cut into printed pages: its tables, headings and blocks (printPages.ts). */
  readonly print: { tables: PrintTable[]; keepWithNext: number[]; keepTogether: { first: number; last: number }[]; newPageBefore: number[] } =
    { tables: [], keepWithNext: [], keepTogether: [], newPageBefore: [] };
  private boxStart: number | null = null;
  /** The value each numeric cell shows: the engine's figure for formulas, the printed value for literals. */
  private readonly values = new Map<string, number | null>();
  row = 0;
  formulas = 0;

  constructor(readonly input: WorkbookInput, private readonly moneyStyle: (cur: string) => 'money' | 'moneyVnd') {}

  private fmtKey(kind: NumKind, cur: string): 'count' | 'money' | 'moneyVnd' | 'percent' {
    return kind === 'money' ? this.moneyStyle(cur) : kind;
  }

  text(row: number, col: number, value: string, style?: PlanStyle, span = 1): void {
    const cell: PlanCell = { row, col, value };
    if (style) cell.style = style;
    // Text Excel would read as a number or a date if typed ("(1)", "……, 23 November 2026"): a Text
    // format keeps it text, the same in both writers.
    if (needsTextFormat(value)) cell.numFmt = '@';
    this.cells.push(cell);
    if (span > 1) this.merges.push({ row, col, rows: 1, cols: span });
  }

  /**
   * A table's header row and, under it, the row of column numbers administrative tables carry: (A) for
   * the label column, (1), (2)… for the figures. Opens the table's bordered box.
   */
  tableHeader(heads: readonly string[]): void {
    const h = this.row++;
    heads.forEach((x, i) => this.text(h, i, x, 'header'));
    const n = this.row++;
    heads.forEach((_, i) => this.text(n, i, i === 0 ? '(A)' : `(${i})`, 'colNumber'));
    this.boxStart = h;
  }

  /** Closes the open table's box after its last row (the row before `this.row`). */
  closeTable(cols = 5): void {
    if (this.boxStart === null) return;
    if (this.row > this.boxStart) {
      this.boxes.push({ row: this.boxStart, col: 0, rows: this.row - this.boxStart, cols });
      // Its header (the headings and the column numbers) is written again on every page it continues on.
      this.print.tables.push({ header: this.boxStart, headerRows: 2, last: this.row - 1 });
    }
    this.boxStart = null;
  }

  /** A row that never ends a printed page (a heading, a table's title): it goes with the next one. */
  keepWithNext(row: number): void {
    this.print.keepWithNext.push(row);
  }

  valueAt(row: number, col: number): number | null | undefined {
    return this.values.get(`${row}:${col}`);
  }

  private put(row: number, col: number, kind: NumKind, cur: string, total: boolean, content: { formula: string; expected: number | string } | { value: number | null }): void {
    const key = this.fmtKey(kind, cur);
    const cell: PlanCell = { row, col };
    if ('formula' in content) {
      cell.formula = content.formula;
      cell.expected = content.expected;
      cell.style = total ? 'total' : key === 'count' ? 'number' : key;
      if (total) cell.numFmt = FORMATS[key];
      this.values.set(`${row}:${col}`, typeof content.expected === 'number' ? content.expected : null);
      this.formulas++;
    } else if (content.value === null) {
      cell.value = '–';
      if (total) cell.style = 'total';
      this.values.set(`${row}:${col}`, null);
    } else {
      cell.value = content.value;
      cell.style = total ? 'engineTotal' : 'engine';
      cell.numFmt = FORMATS[key];
      this.values.set(`${row}:${col}`, content.value);
    }
    this.cells.push(cell);
  }

  /**
   * A figure: the first candidate formula whose simulation gives the engine's exact figure, else the
   * printed value. `exact` is the unrounded engine figure (null when unknown: no formula then).
   */
  figure(row: number, col: number, kind: NumKind, cur: string, shown: number | null, exact: number | null, candidates: Candidates, total = false): void {
    if (exact !== null) {
      for (const terms of candidates) {
        if (terms === null || terms.length === 0) continue;
        const sim = simulateFormula(terms, this.input);
        if (sim !== null && sameFigure(sim, exact)) {
          this.put(row, col, kind, cur, total, { formula: renderFormula(terms), expected: exact });
          return;
        }
      }
    }
    this.put(row, col, kind, cur, total, { value: shown });
  }

  /** A literal figure (never a formula). */
  literal(row: number, col: number, kind: NumKind, cur: string, shown: number | null, total = false): void {
    this.put(row, col, kind, cur, total, { value: shown });
  }

  /**
   * A figure computed from other cells of this sheet: `formula` over them, `compute` over their values
   * (null = the formula shows ""). Written when that gives the engine's figure; else the printed value.
   */
  derived(row: number, col: number, kind: NumKind, cur: string, shown: number | null, exact: number | null,
    formula: string, compute: () => number | null | undefined, total = false): void {
    const got = compute();
    if (got !== undefined) {
      if (got === null && exact === null) {
        this.put(row, col, kind, cur, total, { formula, expected: '' });
        return;
      }
      if (got !== null && exact !== null && sameFigure(got, exact)) {
        this.put(row, col, kind, cur, total, { formula, expected: exact });
        return;
      }
    }
    this.put(row, col, kind, cur, total, { value: shown });
  }

  /** disbursed ÷ committed as IFERROR(num/den,""). */
  ratio(row: number, col: number, num: [number, number], den: [number, number], shown: number | null, exact: number | null, total = false): void {
    const formula = `IFERROR(${a1(...num)}/${a1(...den)},"")`;
    this.derived(row, col, 'percent', '', shown, exact, formula, () => {
      const n = this.valueAt(...num);
      const d = this.valueAt(...den);
      if (n === undefined || d === undefined || n === null || d === null) return undefined;
      return d === 0 ? null : n / d;
    }, total);
  }

  /** Change against last year: (current − previous) ÷ |previous|, "" when previous is 0. */
  change(row: number, col: number, cur: [number, number], prev: [number, number], shown: number | null, exact: number | null): void {
    const formula = `IFERROR((${a1(...cur)}-${a1(...prev)})/ABS(${a1(...prev)}),"")`;
    this.derived(row, col, 'percent', '', shown, exact, formula, () => {
      const c = this.valueAt(...cur);
      const p = this.valueAt(...prev);
      if (c === undefined || p === undefined || c === null || p === null) return undefined;
      return p === 0 ? null : (c - p) / Math.abs(p);
    });
  }

  /** The total row of a breakdown table: SUM over the rows `first`..`last` of one column. */
  columnTotal(row: number, col: number, first: number, last: number, kind: NumKind, cur: string, shown: number, exact: number | null): void {
    const refs: [number, number][] = [];
    for (let i = first; i <= last; i++) refs.push([i, col]);
    this.sum(row, col, kind, cur, shown, exact, refs, `SUM(${a1(first, col)}:${a1(last, col)})`);
  }

  /** A sum of cells of this sheet (a column of a table, or items 1–3). */
  sum(row: number, col: number, kind: NumKind, cur: string, shown: number, exact: number | null, refs: [number, number][], formula: string, total = true): void {
    this.derived(row, col, kind, cur, shown, exact, formula, () => {
      let s = 0;
      for (const r of refs) {
        const v = this.valueAt(...r);
        if (v === undefined || v === null) return undefined;
        s += v;
      }
      return s;
    }, total);
  }
}
