// The unit line of an official table: "Đơn vị tính: triệu đồng", "ĐVT: USD", "Đơn vị: nghìn USD",
// "Unit: USD thousand", on its own above the header. It sets the unit of every amount column that
// names none itself.
import { cellText, isBlank } from '../base/cell';
import { fold } from '../base/text';
import { unitPhrase, type HeaderUnit } from '../parse/headerUnit';
import type { SheetInput } from '../model';

/** How far above the header a unit line is looked for: the title block is a few rows high. */
const UNIT_LINE_ROWS = 8;

export interface UnitLine { row: number; unit: HeaderUnit }

/** The unit line above header row `top`, looked for in [from, top) and columns [colFrom, colTo). */
export function findUnitLine(sheet: SheetInput, top: number, from: number, colFrom: number, colTo: number): UnitLine | null {
  for (let r = top - 1; r >= Math.max(from, top - UNIT_LINE_ROWS); r--) {
    const row = sheet.rows[r] ?? [];
    for (let c = colFrom; c < Math.min(colTo, row.length); c++) {
      const v = row[c];
      if (isBlank(v) || typeof v !== 'string') continue;
      const unit = unitOf(v);
      if (unit) return { row: r, unit };
    }
  }
  return null;
}

/** The unit a unit-line cell states, or null when the cell is something else. */
export function unitOf(cell: string): HeaderUnit | null {
  const t = cellText(cell).trim();
  if (t.length > 60) return null;
  const f = fold(t);
  if (!/^(?:don vi|dvt|unit|currency)\b/.test(f)) return null;
  // The lead words ("Đơn vị tính", "ĐVT", "Unit") are the unit phrase's own filler.
  return unitPhrase(t.replace(/^\(|\)$/g, ''));
}
