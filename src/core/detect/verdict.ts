// A sheet without a register: does it hold figures (then the report names it, so nothing found is
// said), and why was no register found there.
import type { SheetInput } from '../model';
import type { RegisterKind } from '../schema/registers';
import type { NearMiss } from './regions';

/**
 * no-header: no row names a register's columns; no-anchor: a row names some, but no id, amount or date
 * column, which a register is known by; no-identity: a row names figures but no column saying which
 * record a row is (id or name): a summary table; too-few-columns: a row names an anchor, but too few columns.
 */
export type NotRegisterReason = 'no-header' | 'no-anchor' | 'no-identity' | 'too-few-columns';

export interface SheetVerdict {
  /** Figures (numbers or dates) on the sheet: a sheet without any is no register's and no concern. */
  figures: number;
  reason: NotRegisterReason;
  /** The register the nearest header row named, with its 1-based row, when one came near. */
  kind?: RegisterKind;
  headerRow?: number;
}

/** Figures needed before a sheet is named as "not a register": a lone date in a note is not a table. */
const MIN_FIGURES = 3;

export function sheetVerdict(sheet: SheetInput, miss: NearMiss | null): SheetVerdict | null {
  let figures = 0;
  for (const row of sheet.rows) {
    if (!row) continue;
    for (const v of row) if (typeof v === 'number' || v instanceof Date) figures++;
  }
  const v: SheetVerdict = { figures, reason: 'no-header' };
  if (miss) {
    v.reason = !miss.anchored ? 'no-anchor' : !miss.identified ? 'no-identity' : 'too-few-columns';
    v.kind = miss.def.kind;
    v.headerRow = miss.row + 1;
  }
  return figures >= MIN_FIGURES ? v : null;
}
