// A plan cut into printed pages: each page that continues a table begins with that table's header rows
// written again (the same cells, styles, merges and heights), and the page breaks are the plan's manual
// row breaks. The header rows are inserted as Excel inserts rows: every cell, merge, height, border,
// chart and reference of the sheet to its own cells moves down with its row; references to other
// sheets stay. A total's SUM over a column then spans the header written again, whose cells are text,
// which SUM leaves out: the figure stays the same.
import { a1 } from '../base/a1';
import { formulaAfterInsert } from './formulaRows';
import type { PageStart, PrintTable } from './printPages';
import type { PlanCell, PlanChart, PlanRange, SheetPlan } from './sheetPlan';
import { STYLE_FORMATS } from './styles';

interface Insertion { before: number; table: PrintTable }

/**
 * `plan` with the pages beginning at `starts` (rows of `plan`): header rows inserted where a page
 * continues a table, `page.rowBreaks` at the first row of every page after the first. A chart whose
 * rows a header now interrupts reads a copy of them, written beside the print area under `copyTitle`,
 * so that no header becomes one of its categories.
 */
export function withPages(plan: SheetPlan, starts: readonly PageStart[], copyTitle: (chart: PlanChart) => string): SheetPlan {
  if (!plan.page) throw new Error('A plan without page setup has no pages');
  if ((plan.tables?.length ?? 0) + (plan.validations?.length ?? 0) + (plan.conditionalFormats?.length ?? 0) > 0) {
    throw new Error('Pages are cut only in plans of cells (no tables, validations or conditional formats)');
  }
  const insertions: Insertion[] = starts.filter((s) => s.repeat).map((s) => ({ before: s.row, table: s.repeat! }));
  // Rows inserted at or above old row r.
  const shiftAt = (r: number): number => {
    let n = 0;
    for (const i of insertions) if (i.before <= r) n += i.table.headerRows;
    return n;
  };
  const to = (r: number): number => r + shiftAt(r);
  const range = (x: PlanRange): PlanRange => ({ ...x, row: to(x.row), rows: to(x.row + x.rows - 1) - to(x.row) + 1 });
  for (const m of plan.merges ?? []) {
    if (insertions.some((i) => i.before > m.row && i.before < m.row + m.rows)) throw new Error(`A page would cut the merged cells at row ${m.row + 1}`);
  }

  const cells: PlanCell[] = plan.cells.map((c) => {
    const moved: PlanCell = { ...c, row: to(c.row) };
    if (c.formula !== undefined) moved.formula = formulaAfterInsert(c.formula, (r) => to(r - 1) + 1);
    return moved;
  });
  const merges = (plan.merges ?? []).map(range);
  const heights = (plan.rowHeights ?? []).map((h) => ({ row: to(h.row), height: h.height }));

  // The header written again above each continued page: the table's header rows as they stand after the move.
  for (const ins of insertions) {
    const at = to(ins.before) - ins.table.headerRows;
    const from = to(ins.table.header);
    const offset = at - from;
    for (const c of plan.cells) {
      if (c.row < ins.table.header || c.row >= ins.table.header + ins.table.headerRows) continue;
      if (c.formula !== undefined) throw new Error('A header row written again holds no formulas');
      cells.push({ ...c, row: to(c.row) + offset });
    }
    for (const m of plan.merges ?? []) {
      if (m.row >= ins.table.header && m.row < ins.table.header + ins.table.headerRows) merges.push({ ...m, row: to(m.row) + offset });
    }
    for (const h of plan.rowHeights ?? []) {
      if (h.row >= ins.table.header && h.row < ins.table.header + ins.table.headerRows) heights.push({ row: to(h.row) + offset, height: h.height });
    }
  }
  heights.sort((a, b) => a.row - b.row);

  const charts = (plan.charts ?? []).map((c, k) => {
    const anchor = range(c.anchor);
    const split = insertions.some((i) => i.before > c.categories.row && i.before < c.categories.row + c.categories.rows);
    if (!split) return { ...c, categories: range(c.categories), series: c.series.map((s) => ({ ...s, values: range(s.values) })), anchor };
    return chartOnCopy(c, k, anchor, cells, plan.cells, to, plan.page!.printArea, copyTitle(c));
  });

  const page = { ...plan.page };
  if (page.printArea) page.printArea = range(page.printArea);
  const breaks = starts.map((s) => (s.repeat ? to(s.row) - s.repeat.headerRows : to(s.row)));
  if (breaks.length > 0) page.rowBreaks = breaks;
  else delete page.rowBreaks;

  const out: SheetPlan = { ...plan, cells, page };
  if (plan.merges) out.merges = merges;
  if (plan.rowHeights) out.rowHeights = heights;
  if (plan.borders) out.borders = plan.borders.map(range);
  if (plan.charts) out.charts = charts;
  return out;
}

/**
 * The chart on a copy of its rows: a title line, then one row per category, each cell a formula reading
 * the table's cell (so the chart follows the registers as the table does), in columns beside the print
 * area, one block of columns per chart.
 */
function chartOnCopy(c: PlanChart, k: number, anchor: PlanRange, cells: PlanCell[], old: readonly PlanCell[], to: (r: number) => number,
  printArea: PlanRange | undefined, title: string): PlanChart {
  const width = 1 + c.series.length;
  const col = (printArea ? printArea.col + printArea.cols : 0) + 1 + k * (width + 1);
  const at = new Map(old.map((x) => [`${x.row}:${x.col}`, x]));
  cells.push({ row: anchor.row, col, value: title, style: 'note' });
  const sources = [c.categories, ...c.series.map((s) => s.values)];
  sources.forEach((src, j) => {
    for (let i = 0; i < src.rows; i++) {
      const from = at.get(`${src.row + i}:${src.col}`);
      // What the copied cell shows; an empty cell reads as 0.
      const shown = from === undefined ? 0 : from.formula !== undefined ? from.expected : from.value;
      if (typeof shown === 'boolean') throw new Error('A chart reads numbers and labels, not TRUE/FALSE');
      const expected = shown ?? 0;
      const copy: PlanCell = { row: anchor.row + 1 + i, col: col + j, formula: a1(to(src.row + i), src.col), expected };
      const numFmt = from?.numFmt ?? (from?.style ? STYLE_FORMATS[from.style].numFmt : undefined);
      if (numFmt && numFmt !== '@') copy.numFmt = numFmt;
      cells.push(copy);
    }
  });
  const rows = c.categories.rows;
  return {
    ...c,
    categories: { row: anchor.row + 1, col, rows, cols: 1 },
    series: c.series.map((s, j) => ({ ...s, values: { row: anchor.row + 1, col: col + 1 + j, rows, cols: 1 } })),
    anchor,
  };
}
