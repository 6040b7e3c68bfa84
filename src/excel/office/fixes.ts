/// <reference types="office-js" />
// Applies fixes the user asked for, and undoes the last of them. A fix was proposed for the value
// Validate read; a cell edited since then is left alone (named as skipped), since the fix may no longer
// fit it. Undo is guarded the same way: a fixed cell edited since the fix keeps the user's edit.
//
// Round trips of a fix: one per `perSync` fixes (read the cells; the writes of that batch travel with
// the next request) + 1 for the last writes. Of an undo: 2, whatever the number of cells (one read of
// whole column ranges, then the writes, a range per run of adjacent cells).
import type { RawValue } from '../../core/model';
import { a1 } from '../../core/base/a1';
import type { FixUndo, UndoOutcome } from '../../taskpane/host';
import { rawFromOffice } from './officeValues';
import { needsTextFormat, TEXT_FORMAT } from './textFormat';

export interface FixRequest {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  value: number | string;
  /** The cell as Validate read it. */
  expected: RawValue;
}

export interface AppliedFixes {
  /** The fixes written. */
  applied: FixRequest[];
  /** Cells edited since Validate read them, as "Sheet!A5". */
  skipped: string[];
  /** What each written cell held before, to undo the fix. */
  undo: FixUndo[];
}

const PER_SYNC = 2000;

function sameRaw(a: RawValue, b: RawValue): boolean {
  const norm = (v: RawValue): RawValue => (v === undefined || v === '' ? null : v);
  const x = norm(a);
  const y = norm(b);
  if (x instanceof Date || y instanceof Date) return false;
  if (x !== null && typeof x === 'object' && y !== null && typeof y === 'object') return x.error === y.error;
  return x === y;
}

export const cellName = (sheet: string, row: number, col: number): string => `${sheet}!${a1(row, col)}`;

export async function applyFixesOffice(context: Excel.RequestContext, fixes: readonly FixRequest[], perSync = PER_SYNC): Promise<AppliedFixes> {
  const applied: FixRequest[] = [];
  const skipped: string[] = [];
  const undo: FixUndo[] = [];
  // A cell fixed twice in one go (two rules' fixes) is undone to what it held before the first.
  const undoAt = new Map<string, FixUndo>();
  for (let i = 0; i < fixes.length; i += perSync) {
    const batch = fixes.slice(i, i + perSync).map((f) => ({
      fix: f,
      range: context.workbook.worksheets.getItem(f.sheet).getRangeByIndexes(f.row, f.col, 1, 1).load('values,numberFormat,formulas'),
    }));
    await context.sync();
    for (const { fix, range } of batch) {
      if (!sameRaw(rawFromOffice(range.values[0][0]), fix.expected)) {
        skipped.push(cellName(fix.sheet, fix.row, fix.col));
        continue;
      }
      const format = String(range.numberFormat[0][0]);
      // Text stays text (a fix never becomes a formula); a number leaves a Text-formatted cell as a number.
      const newFormat = typeof fix.value === 'string' && needsTextFormat(fix.value) ? TEXT_FORMAT
        : typeof fix.value === 'number' && format === TEXT_FORMAT ? 'General' : null;
      const at = cellName(fix.sheet, fix.row, fix.col);
      const had = undoAt.get(at);
      if (had) {
        had.wrote = fix.value;
        if (newFormat !== null && had.beforeFormat === undefined) had.beforeFormat = format;
      } else {
        const entry: FixUndo = { sheet: fix.sheet, row: fix.row, col: fix.col, wrote: fix.value, before: range.formulas[0][0] as number | string | boolean, beforeValue: fix.expected };
        if (newFormat !== null) entry.beforeFormat = format;
        undoAt.set(at, entry);
        undo.push(entry);
      }
      if (newFormat !== null) range.numberFormat = [[newFormat]];
      range.values = [[fix.value]];
      applied.push(fix);
    }
  }
  if (fixes.length > 0) await context.sync();
  return { applied, skipped, undo };
}

/** Runs of undo entries in one column of one sheet on adjacent rows, top to bottom. */
function runsOf(entries: readonly FixUndo[]): FixUndo[][] {
  const sorted = [...entries].sort((a, b) => a.row - b.row);
  const runs: FixUndo[][] = [];
  for (const e of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].row + 1 === e.row) run.push(e);
    else if (!run || run[run.length - 1].row !== e.row) runs.push([e]);
  }
  return runs;
}

/**
 * Puts back what the fixes in `undo` replaced: each cell's formula or constant and its number format.
 * A cell that no longer holds what the fix wrote was edited since, and is kept (named in `kept`).
 */
export async function undoFixesOffice(context: Excel.RequestContext, undo: readonly FixUndo[]): Promise<UndoOutcome & { restoredEntries: FixUndo[] }> {
  const byColumn = new Map<string, FixUndo[]>();
  for (const u of undo) {
    const k = `${u.col}\u0000${u.sheet}`;
    (byColumn.get(k) ?? byColumn.set(k, []).get(k)!).push(u);
  }
  // One read per column a fix touched, from its first fixed row to its last.
  const reads = [...byColumn.values()].map((list) => {
    const r0 = Math.min(...list.map((u) => u.row));
    const r1 = Math.max(...list.map((u) => u.row));
    const range = context.workbook.worksheets.getItem(list[0].sheet).getRangeByIndexes(r0, list[0].col, r1 - r0 + 1, 1).load('values');
    return { list, r0, range };
  });
  if (reads.length === 0) return { restored: 0, kept: [], restoredEntries: [] };
  await context.sync();
  const kept: string[] = [];
  const restoredEntries: FixUndo[] = [];
  for (const { list, r0, range } of reads) {
    const still = list.filter((u) => {
      const same = sameRaw(rawFromOffice(range.values[u.row - r0][0]), u.wrote);
      if (!same) kept.push(cellName(u.sheet, u.row, u.col));
      return same;
    });
    const sheet = context.workbook.worksheets.getItem(list[0].sheet);
    for (const run of runsOf(still)) {
      const target = sheet.getRangeByIndexes(run[0].row, run[0].col, run.length, 1);
      // The format first (where the fix changed it; null leaves a cell's as it is), so that text
      // written back into a Text cell stays text.
      if (run.some((u) => u.beforeFormat !== undefined)) target.numberFormat = run.map((u) => [u.beforeFormat ?? null]);
      target.formulas = run.map((u) => [u.before]);
      restoredEntries.push(...run);
    }
  }
  if (restoredEntries.length > 0) await context.sync();
  return { restored: restoredEntries.length, kept, restoredEntries };
}
