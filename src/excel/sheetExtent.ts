// The part of a sheet that holds values, shared by the readers (ExcelJS and the streaming .xlsx reader)
// so that both cut merges, hidden rows and hidden columns at the same place.
import type { RawValue } from '../core/model';

/** The last row and column holding a value (-1 when none): facts beyond them concern no data. */
export function valueExtent(rows: readonly (readonly RawValue[])[]): { lastRow: number; lastCol: number } {
  const blank = (v: RawValue): boolean => v === null || v === undefined;
  let lastRow = rows.length - 1;
  while (lastRow >= 0 && rows[lastRow].every(blank)) lastRow--;
  let lastCol = -1;
  for (const row of rows) {
    // Only a row's trailing blanks are looked at, and only past the widest row so far.
    let c = row.length - 1;
    while (c > lastCol && blank(row[c])) c--;
    if (c > lastCol) lastCol = c;
  }
  return { lastRow, lastCol };
}
