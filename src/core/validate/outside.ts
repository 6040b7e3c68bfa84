// Figures on a register's sheet outside every register found there (figures-outside-registers). A layout detection
// cannot read (a second register whose header sits lower, beside the first one's rows) must not lose
// its figures silently: they are counted and said. Linear, and O(1) for a row that ends inside the
// registers' columns (nearly every row of a large register).
import { a1, boxOfA1 } from '../base/a1';
import type { SheetInput } from '../model';
import { figuresOutsideRegisters } from '../rules/table/figuresOutsideRegisters';
import type { RunContext, TableCtx } from './context';

/** Fewer figures than this outside the registers are a note's date or a lone sum, not a table. */
const MIN_FIGURES = 3;

/** `width`: cells in the sheet's longest row (the detection's pass found it). */
export function noteFiguresOutside(ctx: RunContext, sheet: SheetInput, tables: readonly TableCtx[], width: number): void {
  let top = Infinity, bottom = -1, left = Infinity, right = -1;
  for (const t of tables) {
    const box = t.info.range ? boxOfA1(t.info.range) : null;
    if (!box) return; // a register without a known region: nothing can be said to lie outside it
    top = Math.min(top, box.row);
    bottom = Math.max(bottom, box.row + box.rows - 1, ...(t.info.totalRows ?? []).map((r) => r - 1), (t.info.totalsRow ?? 0) - 1);
    left = Math.min(left, box.col);
    right = Math.max(right, box.col + box.cols - 1);
  }
  if (bottom < 0) return;
  let count = 0, r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  const see = (r: number, c: number): void => {
    count++;
    if (r < r0) r0 = r;
    if (r > r1) r1 = r;
    if (c < c0) c0 = c;
    if (c > c1) c1 = c;
  };
  const rows = sheet.rows;
  // No row reaches right of registers that begin at column A: the rows among them need no look
  // (another pass over every row of a large register, for nothing).
  const insideNeedsNoLook = left === 0 && width <= right + 1;
  for (let r = 0; r < rows.length; r++) {
    const inside = r >= top && r <= bottom;
    if (inside && insideNeedsNoLook) { r = bottom; continue; }
    const row = rows[r];
    if (!row) continue;
    if (inside && left === 0 && row.length <= right + 1) continue;
    for (let c = 0; c < row.length; c++) {
      if (inside && c >= left && c <= right) { c = right; continue; }
      const v = row[c];
      if (typeof v === 'number' || v instanceof Date) see(r, c);
    }
  }
  if (count < MIN_FIGURES) return;
  ctx.sink.add(figuresOutsideRegisters.id, sheet.name, r0, c0, { count, range: `${a1(r0, c0)}:${a1(r1, c1)}` });
}
