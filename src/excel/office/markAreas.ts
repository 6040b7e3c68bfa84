// Problem cells as few, short addresses: a conditional format is added per address list, so the
// number of formats (and of commands) follows the number of runs of marked cells, not of cells.
import { a1 } from '../../core/base/a1';

export interface CellPos { row: number; col: number }

/**
 * Excel refuses addresses longer than 8,192 characters (Worksheet.getRange/getRanges); a list is cut
 * well below that so that one conditional format never applies to an address Excel would reject.
 */
export const MAX_ADDRESS_CHARS = 4000;

/** Runs of marked cells down each column ("C5:C9"), joined into comma lists of at most maxChars. */
export function markAreas(cells: readonly CellPos[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    const start = sorted[i];
    let end = start;
    let j = i + 1;
    // Same cell twice (two issues on one cell) or the next row of the same column extends the run.
    while (j < sorted.length && sorted[j].col === start.col && sorted[j].row <= end.row + 1) end = sorted[j++];
    runs.push(end.row === start.row ? a1(start.row, start.col) : `${a1(start.row, start.col)}:${a1(end.row, end.col)}`);
    i = j;
  }
  const lists: string[] = [];
  let current = '';
  for (const run of runs) {
    if (current && current.length + 1 + run.length > maxChars) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${run}` : run;
  }
  if (current) lists.push(current);
  return lists;
}
