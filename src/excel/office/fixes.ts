/// <reference types="office-js" />
// Applies fixes the user asked for. A fix was proposed for the value Validate read; a cell edited
// since then is left alone (counted as skipped), since the fix may no longer fit it.
//
// Round trips: one per `perSync` fixes (read the cells; the writes of that batch travel with the next
// request) + 1 for the last writes.
import type { RawValue } from '../../core/model';
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

export interface FixOutcome {
  /** The fixes written. */
  applied: FixRequest[];
  /** Cells edited since Validate read them. */
  skipped: number;
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

export async function applyFixesOffice(context: Excel.RequestContext, fixes: readonly FixRequest[], perSync = PER_SYNC): Promise<FixOutcome> {
  const applied: FixRequest[] = [];
  let skipped = 0;
  for (let i = 0; i < fixes.length; i += perSync) {
    const batch = fixes.slice(i, i + perSync).map((f) => ({
      fix: f,
      range: context.workbook.worksheets.getItem(f.sheet).getRangeByIndexes(f.row, f.col, 1, 1).load('values,numberFormat'),
    }));
    await context.sync();
    for (const { fix, range } of batch) {
      if (!sameRaw(rawFromOffice(range.values[0][0]), fix.expected)) {
        skipped++;
        continue;
      }
      const format = String(range.numberFormat[0][0]);
      // Text stays text (a fix never becomes a formula); a number leaves a Text-formatted cell as a number.
      if (typeof fix.value === 'string' && needsTextFormat(fix.value)) range.numberFormat = [[TEXT_FORMAT]];
      else if (typeof fix.value === 'number' && format === TEXT_FORMAT) range.numberFormat = [['General']];
      range.values = [[fix.value]];
      applied.push(fix);
    }
  }
  if (fixes.length > 0) await context.sync();
  return { applied, skipped };
}
