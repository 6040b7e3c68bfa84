import { a1, colLetter } from '../../core/base/a1';
import type { PlanRange } from '../../core/plan/sheetPlan';

/** A1 address of a plan range within its sheet ("B3", "A3:S1003"). */
export function rangeAddress(r: PlanRange): string {
  const tl = a1(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? tl : `${tl}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Whole columns ("A:C"), for column widths. */
export function columnsAddress(col: number, cols: number): string {
  return `${colLetter(col)}:${colLetter(col + cols - 1)}`;
}
