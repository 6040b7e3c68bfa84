// Plan cells as few rectangular writes. Office.js leaves a cell alone where a 2D values, formulas or
// numberFormat array holds null ("Blank and null values in Excel add-ins"), so nearby cells share one
// rectangle and the gaps cost four bytes each instead of one request command per cell.
import type { PlanCell, PlanRange, PlanValue } from '../../core/plan/sheetPlan';
import { STYLE_FORMATS } from '../../core/plan/styles';
import { gridBytes, PAYLOAD_BUDGET } from './payload';
import { needsTextFormat, TEXT_FORMAT } from './textFormat';

export type GridValue = string | number | boolean | null;

export interface CellBlock extends PlanRange {
  /** null when no cell of the block has a number format (nothing to write). */
  numberFormat: (string | null)[][] | null;
  values: GridValue[][] | null;
  formulas: (string | null)[][] | null;
  /** Estimated payload of the three arrays. */
  bytes: number;
}

interface Slot { numFmt?: string; value?: GridValue; formula?: string }

/** Typing "#NUM!" gives Excel's error value: the same cell ExcelJS writes for a non-finite number. */
const NON_FINITE = '#NUM!';

/** A literal as Range.values takes it, and the number format it needs to stay what the plan says. */
export function literalCell(v: PlanValue | undefined): { value: GridValue; textFormat: boolean } {
  if (v === undefined || v === null) return { value: null, textFormat: false };
  if (typeof v === 'number' && !Number.isFinite(v)) return { value: NON_FINITE, textFormat: false };
  if (typeof v === 'string') return { value: v, textFormat: needsTextFormat(v) };
  return { value: v, textFormat: false };
}

/** What each position ends up holding, applying cells in plan order as the ExcelJS writer does. */
function slots(cells: readonly PlanCell[]): Map<number, Map<number, Slot>> {
  const rows = new Map<number, Map<number, Slot>>();
  for (const pc of cells) {
    let row = rows.get(pc.row);
    if (!row) rows.set(pc.row, (row = new Map()));
    const slot = row.get(pc.col) ?? {};
    const styleFmt = pc.style ? STYLE_FORMATS[pc.style].numFmt : undefined;
    if (styleFmt) slot.numFmt = styleFmt;
    if (pc.numFmt) slot.numFmt = pc.numFmt;
    if (pc.formula !== undefined && pc.formula !== '') {
      slot.formula = `=${pc.formula.replace(/^\s*=/, '')}`;
      slot.value = undefined;
    } else {
      const lit = literalCell(pc.value);
      slot.value = lit.value;
      slot.formula = undefined;
      if (lit.textFormat) slot.numFmt = TEXT_FORMAT;
    }
    row.set(pc.col, slot);
  }
  return rows;
}

interface Run { row: number; col: number; cols: number; filled: number }

/** Columns further apart than this start a new run within a row. */
const COL_GAP = 8;
/** Rows further apart than this never share a block. */
const ROW_GAP = 2;
/** A block stays at least this dense, unless it is small anyway. */
const MIN_DENSITY = 0.5;
const SMALL_AREA = 64;

function runsOf(row: number, cols: number[]): Run[] {
  const runs: Run[] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && c - (last.col + last.cols - 1) <= COL_GAP) {
      last.cols = c - last.col + 1;
      last.filled++;
    } else runs.push({ row, col: c, cols: 1, filled: 1 });
  }
  return runs;
}

interface Open { row: number; col: number; rows: number; cols: number; filled: number }

function intersects(a: PlanRange, b: PlanRange): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function rectangles(rows: Map<number, Map<number, Slot>>): Open[] {
  const done: Open[] = [];
  let open: Open[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const still: Open[] = [];
    for (const b of open) (b.row + b.rows - 1 >= r - ROW_GAP - 1 ? still : done).push(b);
    open = still;
    for (const run of runsOf(r, [...rows.get(r)!.keys()].sort((a, b) => a - b))) {
      const near = open.find((b) => run.col <= b.col + b.cols - 1 + COL_GAP && b.col <= run.col + run.cols - 1 + COL_GAP);
      if (near) {
        const col = Math.min(near.col, run.col);
        const cols = Math.max(near.col + near.cols, run.col + run.cols) - col;
        const rowsSpan = r - near.row + 1;
        const filled = near.filled + run.filled;
        const grown = { row: near.row, col, rows: rowsSpan, cols };
        const dense = rowsSpan * cols <= SMALL_AREA || filled / (rowsSpan * cols) >= MIN_DENSITY;
        if (dense && !open.some((b) => b !== near && intersects(b, grown))) {
          Object.assign(near, { col, cols, rows: rowsSpan, filled });
          continue;
        }
        open.splice(open.indexOf(near), 1);
        done.push(near);
      }
      open.push({ row: r, col: run.col, rows: 1, cols: run.cols, filled: run.filled });
    }
  }
  return [...done, ...open].sort((a, b) => a.row - b.row || a.col - b.col);
}

function grid<T>(rect: PlanRange, rows: Map<number, Map<number, Slot>>, pick: (s: Slot) => T | undefined): T[][] | null {
  let any = false;
  const out: T[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const line: T[] = [];
    const row = rows.get(rect.row + i);
    for (let j = 0; j < rect.cols; j++) {
      const slot = row?.get(rect.col + j);
      const v = slot ? pick(slot) : undefined;
      if (v !== undefined && v !== null) any = true;
      line.push((v ?? null) as T);
    }
    out.push(line);
  }
  return any ? out : null;
}

/**
 * Past this estimate a rectangle is cut into bands of rows: a sheet of many literal cells (a province's
 * list of problems, one row each) would otherwise go out as one command over Excel's request limit.
 */
export const BLOCK_BYTES = PAYLOAD_BUDGET / 4;

function blockOf(rect: PlanRange, rows: Map<number, Map<number, Slot>>): CellBlock {
  const numberFormat = grid(rect, rows, (s) => s.numFmt);
  const values = grid<GridValue>(rect, rows, (s) => s.value);
  const formulas = grid(rect, rows, (s) => s.formula);
  const bytes = [numberFormat, values, formulas].reduce((n, g) => n + (g ? gridBytes(g) : 0), 0);
  return { row: rect.row, col: rect.col, rows: rect.rows, cols: rect.cols, numberFormat, values, formulas, bytes };
}

/** The plan's cells as rectangles, each with the arrays to write into it (null where nothing is to be set), none over `maxBytes` unless one row is. */
export function cellBlocks(cells: readonly PlanCell[], maxBytes: number = BLOCK_BYTES): CellBlock[] {
  const rows = slots(cells);
  const out: CellBlock[] = [];
  // Halving keeps the work n log n and the bands in row order.
  const add = (rect: PlanRange): void => {
    const block = blockOf(rect, rows);
    if (block.bytes <= maxBytes || rect.rows === 1) { out.push(block); return; }
    const half = Math.ceil(rect.rows / 2);
    add({ ...rect, rows: half });
    add({ ...rect, row: rect.row + half, rows: rect.rows - half });
  };
  for (const rect of rectangles(rows)) add(rect);
  return out;
}
