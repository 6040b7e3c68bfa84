// What a sheet holds besides values, from what sheet.ts collected, in the engine's terms and as the
// ExcelJS host gives them (src/excel/exceljs/sheetFacts.ts): merged areas with the top-left value shown
// in every cell, hidden rows and columns up to the values' extent, and list validations as boxes.
import type { CellBox, RawValue, SheetList } from '../../core/model';
import { boxOfA1 } from '../../core/base/a1';
import { type NameTable, resolveListSource, sourceFromFormula1 } from '../listSource';
import type { ColumnSpec, SheetContext, SheetHandler, ValidationSpec } from './sheet';
import { FONT_ABSENT } from './sheet';
import { XlsxReadError } from './errors';

/** <col> ranges as ExcelJS lays them out: sorted by min, a later range never reaching back. */
export function columnRuns(cols: readonly ColumnSpec[]): ColumnSpec[] {
  const sorted = [...cols].sort((a, b) => a.min - b.min);
  const out: ColumnSpec[] = [];
  let next = 1;
  for (const c of sorted) {
    const min = Math.max(c.min, next);
    if (min > c.max) continue;
    out.push({ ...c, min });
    next = c.max + 1;
  }
  return out;
}

/** Hidden columns (0-based) up to lastCol. */
export function hiddenColumns(runs: readonly ColumnSpec[], lastCol: number): number[] {
  const out: number[] = [];
  for (const c of runs) {
    if (!c.hidden) continue;
    for (let n = c.min; n <= c.max && n - 1 <= lastCol; n++) out.push(n - 1);
  }
  return out;
}

/**
 * Applies the merged areas: each cell of an area shows its top-left cell's value (rows grow to hold
 * them, as ExcelJS creates those cells), and a cell the file did not have takes its row's or column's
 * font. An area overlapping an earlier one is left out (ExcelJS refuses the whole file).
 */
export function applyMerges(
  sh: SheetHandler, rows: RawValue[][], colRuns: readonly ColumnSpec[], ctx: SheetContext,
): CellBox[] {
  const covered = new Set<number>();
  const boxes: CellBox[] = [];
  const colFont = (c: number): number => {
    const run = colRuns.find((x) => x.min <= c + 1 && c + 1 <= x.max);
    return run && run.style && ctx.formats[run.style]?.hasFont ? ctx.formatFont[run.style] : -1;
  };
  const createdFont = (r: number, c: number): number => {
    const rs = sh.rowStyle.get(r);
    if (rs && ctx.formats[rs]?.hasFont) return ctx.formatFont[rs];
    const cf = colFont(c);
    return cf >= 0 ? cf : 0;
  };
  for (const ref of sh.mergeRefs) {
    const b = boxOfA1(ref);
    if (!b) continue;
    let overlaps = false;
    for (let r = b.row; r < b.row + b.rows && !overlaps; r++) {
      for (let c = b.col; c < b.col + b.cols; c++) if (covered.has(r * 16384 + c)) { overlaps = true; break; }
    }
    if (overlaps) continue;
    ctx.cells.count += b.rows * b.cols;
    if (ctx.cells.count > ctx.cells.max) throw new XlsxReadError('too-many-cells', { limit: ctx.cells.max });
    for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) covered.add(r * 16384 + c);
    while (rows.length < b.row + b.rows) rows.push([]);
    const masterRow = rows[b.row];
    const master = b.col < masterRow.length ? masterRow[b.col] : null;
    const value = master === undefined ? null : master;
    for (let r = b.row; r < b.row + b.rows; r++) {
      const row = rows[r];
      for (let c = b.col; c < b.col + b.cols; c++) {
        if (sh.fontClass(r, c) === FONT_ABSENT) sh.setFontClass(r, c, createdFont(r, c));
        if (r === b.row && c === b.col) continue;
        while (row.length < c) row.push(null);
        row[c] = value;
      }
    }
    boxes.push(b);
  }
  return boxes;
}

/** Boxes of A1 tokens in a sqref ("A2:A50 C2:C50"). */
function sqrefBoxes(sqref: string): CellBox[] {
  const out: CellBox[] = [];
  for (const token of sqref.split(' ')) {
    const t = token.trim();
    if (t === '') continue;
    const b = boxOfA1(t);
    if (b) out.push(b);
  }
  return out;
}

type Interval = [number, number]; // rows, inclusive

function union(list: Interval[]): Interval[] {
  list.sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [s, e] of list) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function subtract(keep: Interval[], cut: Interval[]): Interval[] {
  let cur = keep;
  for (const [cs, ce] of cut) {
    const next: Interval[] = [];
    for (const [s, e] of cur) {
      if (ce < s || cs > e) { next.push([s, e]); continue; }
      if (s < cs) next.push([s, cs - 1]);
      if (e > ce) next.push([ce + 1, e]);
    }
    cur = next;
  }
  return cur;
}

/**
 * Drop-down lists. A cell belongs to the last validation naming it (ExcelJS keeps one per cell);
 * each list's cells become runs down each column, equal runs side by side joined into one box.
 */
export function sheetLists(validations: readonly ValidationSpec[], sheetName: string, names: NameTable): SheetList[] {
  const boxes = validations.map((v) => sqrefBoxes(v.sqref));
  const out: SheetList[] = [];
  validations.forEach((v, k) => {
    if (v.type !== 'list' || v.formula1 === undefined) return;
    const byCol = new Map<number, Interval[]>();
    for (const b of boxes[k]) {
      for (let c = b.col; c < b.col + b.cols; c++) {
        const list = byCol.get(c) ?? [];
        list.push([b.row, b.row + b.rows - 1]);
        byCol.set(c, list);
      }
    }
    const runs: CellBox[] = [];
    const open = new Map<string, CellBox>();
    for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
      const cut: Interval[] = [];
      for (let later = k + 1; later < boxes.length; later++) {
        for (const b of boxes[later]) if (b.col <= col && col < b.col + b.cols) cut.push([b.row, b.row + b.rows - 1]);
      }
      for (const [s, e] of union(subtract(union(byCol.get(col)!), union(cut)))) {
        const key = `${s}:${e}:${col}`;
        const left = open.get(key);
        if (left) {
          open.delete(key);
          left.cols++;
          open.set(`${s}:${e}:${col + 1}`, left);
        } else {
          const run = { row: s, col, rows: e - s + 1, cols: 1 };
          runs.push(run);
          open.set(`${s}:${e}:${col + 1}`, run);
        }
      }
    }
    if (runs.length === 0) return;
    const source = sourceFromFormula1(v.formula1);
    const resolved = resolveListSource(source, sheetName, names);
    for (const range of runs) out.push(resolved ? { range, source, resolved } : { range, source });
  });
  return out.sort((a, b) => a.range.col - b.range.col || a.range.row - b.range.row);
}
