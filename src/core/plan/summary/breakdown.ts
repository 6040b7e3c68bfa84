// One breakdown table (aid by sector, donor, donor country, province; FDI by country, VSIC section),
// the same way for both sections: title and header, one row per group, a chart of it when asked (on
// the charts' page), and a total row that sums the column when the sum gives the engine's total.
import type { Breakdown } from '../../summary/request';
import { COLS, type Builder, type NumKind } from './builder';
import type { Section } from './sectionRows';
import { groupLabel, T, type Texts } from './texts';

export interface BreakdownTable<R extends { key: string }> {
  /** Which breakdown this is: the table is left out unless asked for, and names its groups by it. */
  breakdown: Breakdown;
  title: Texts;
  heads: readonly Texts[];
  rows: readonly R[];
  /** The same rows unrounded (Summary.exact), matched by key. */
  exactRows: readonly R[];
  /** Rows to flag with "(!)" after their label (aid: a group whose period rate shows over-disbursement). */
  flag?: (row: R) => boolean;
  /** Rows whose figures include amounts written as approximate: "(≈)" after their label (the section's note says so). */
  approx?: (row: R) => boolean;
  /** Writes a row's figures from column A on; `exact` is undefined when the group has no exact twin. */
  figures: (r: number, row: R, exact: R | undefined) => void;
  /** A chart of two money columns (on the charts' page). */
  chart?: { title: string; series: [Texts, number][] };
  /** The total row's column sums: column, kind, printed and exact total. */
  totals: [number, NumKind, number, number | null][];
  /** Anything else on the total row (the aid table's rate of the totals). */
  totalRow?: (r: number) => void;
}

export function breakdownTable<R extends { key: string }>(s: Section, cur: string, table: BreakdownTable<R>): void {
  const { b, t } = s;
  if (!s.breakdowns.has(table.breakdown)) return;
  if (!tableHead(b, t, table.title, table.heads, table.rows.length)) return;
  const exact = new Map<string, R>();
  for (const x of table.exactRows) if (!exact.has(x.key)) exact.set(x.key, x);
  // Totals first: the total row stands under the header, the groups below it. The groups are laid down
  // first either way, since the total's formula is checked against their figures.
  const tr = s.totalsFirst ? b.row++ : b.row + table.rows.length;
  const first = b.row;
  for (const row of table.rows) {
    const r = b.row++;
    b.text(r, 0, `${groupLabel(table.breakdown, row.key, s.lang)}${table.approx?.(row) ? ' (≈)' : ''}${table.flag?.(row) ? ' (!)' : ''}`, 'label');
    table.figures(r, row, exact.get(row.key));
  }
  const last = b.row - 1;
  if (table.chart) chart(b, table.chart.title, first, last, table.chart.series.map(([x, col]) => [t(x), col]));
  if (!s.totalsFirst) b.row++;
  b.text(tr, 0, t(T.total), 'total');
  for (const [col, kind, shown, exactTotal] of table.totals) b.columnTotal(tr, col, first, last, kind, cur, shown, exactTotal);
  table.totalRow?.(tr);
  b.closeTable(table.heads.length);
}

/** Title and header row of a breakdown table; false (after a "none" note) when it has no rows. */
function tableHead(b: Builder, t: (x: Texts) => string, title: Texts, heads: readonly Texts[], rows: number): boolean {
  b.row++;
  b.keepWithNext(b.row);
  b.text(b.row++, 0, t(title), 'subtitle');
  b.tableHeader(heads.map(t));
  if (rows > 0) return true;
  b.text(b.row++, 0, t(T.none), 'note');
  b.closeTable(heads.length);
  return false;
}

/**
 * A clustered column chart of a breakdown table's rows (labels in column A, two money columns). It is
 * placed with the others on the charts' own page (chartsPage in index.ts).
 */
function chart(b: Builder, title: string, first: number, last: number, series: [string, number][]): void {
  const rows = last - first + 1;
  b.charts.push({
    kind: 'clusteredColumn',
    title,
    categories: { row: first, col: COLS.label, rows, cols: 1 },
    series: series.map(([name, col]) => ({ name, values: { row: first, col, rows, cols: 1 } })),
    anchor: { row: 0, col: 0, rows: 0, cols: 0 },
  });
}
