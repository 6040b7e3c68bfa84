// A plan table's calculated columns in Office.js: the column's formula written into every data row, moved
// down row by row. Excel makes a table column whose cells all hold the same (relative) formula a
// calculated column, and fills it into rows users add.
import { formulaAtRow } from '../../core/plan/formulaRows';
import type { PlanTable, PlanValue } from '../../core/plan/sheetPlan';
import { cellBytes, COMMAND_BYTES } from './payload';

export interface FormulaColumn { col: number; formula: string }

export function formulaColumns(t: PlanTable, width: number): FormulaColumn[] {
  const out: FormulaColumn[] = [];
  t.formulas?.forEach((f, col) => {
    if (f && col < width) out.push({ col, formula: f.replace(/^\s*=/, '') });
  });
  return out;
}

/** The rows with the calculated columns' cells blank. */
export function withoutColumns(rows: readonly (readonly PlanValue[])[], columns: readonly FormulaColumn[]): PlanValue[][] {
  const blank = new Set(columns.map((c) => c.col));
  return rows.map((r) => r.map((v, j) => (blank.has(j) ? null : v)));
}

/** Range.formulas for data rows from..to (exclusive) of one column. */
export function formulaGrid(c: FormulaColumn, from: number, to: number): string[][] {
  const grid: string[][] = [];
  for (let i = from; i < to; i++) grid.push([`=${formulaAtRow(c.formula, i)}`]);
  return grid;
}

/**
 * What the calculated columns add to a request per data row, at most (row numbers only grow down the
 * table), and per slice of rows (one command per column).
 */
export function formulaCost(columns: readonly FormulaColumn[], rows: number): { perRow: number; perSlice: number } {
  let perRow = 0;
  // A one-cell row of the grid: brackets and two commas (payload.ts, gridBytes).
  for (const c of columns) perRow += cellBytes(`=${formulaAtRow(c.formula, Math.max(0, rows - 1))}`) + 4;
  return { perRow, perSlice: columns.length * (COMMAND_BYTES + 2) };
}
