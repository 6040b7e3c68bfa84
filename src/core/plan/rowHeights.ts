// Row heights for wrapped text. Excel and LibreOffice do not grow a row for a merged wrapped cell, and
// a file written by ExcelJS gives no row a height to start from, so a long label or note would print
// cut. The plan says how tall each row with wrapped text must be, from the text's length against the
// width it wraps in; the estimate leans generous so nothing is cut.
import { STYLE_FORMATS } from './styles';
import type { PlanCell, PlanRange } from './sheetPlan';

/** Points per line of 11-pt text, and Excel's largest row. */
export const LINE_POINTS = 15;
export const MAX_ROW_POINTS = 409;
/** Characters of ordinary text per unit of column width (Excel's unit is a Calibri digit; Times is narrower): kept at 1 so estimates err tall. */
const CHARS_PER_WIDTH = 1;

/** Lines `text` takes in a box `width` characters wide, breaking at spaces as Excel does. */
export function wrappedLines(text: string, width: number): number {
  const per = Math.max(1, Math.floor(width * CHARS_PER_WIDTH) - 1);
  let lines = 0;
  for (const para of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of para.split(' ')) {
      const w = word.length;
      if (line === 0) line = w;
      else if (line + 1 + w <= per) line += 1 + w;
      else { lines++; line = w; }
      while (line > per) { lines++; line -= per; }
    }
  }
  return lines;
}

/**
 * Heights (points) of the rows whose wrapped text needs more than one line, given the column widths
 * and the merges (a merged cell wraps in the merge's width and shares its height among its rows).
 */
export function wrappedRowHeights(cells: readonly PlanCell[], merges: readonly PlanRange[], widths: readonly number[], sizeOf: (c: PlanCell) => number = () => 11): { row: number; height: number }[] {
  const mergeAt = new Map(merges.map((m) => [`${m.row}:${m.col}`, m]));
  const need = new Map<number, number>();
  for (const c of cells) {
    if (typeof c.value !== 'string' || !c.style || !STYLE_FORMATS[c.style].wrap) continue;
    const m = mergeAt.get(`${c.row}:${c.col}`);
    const cols = m?.cols ?? 1;
    const rows = m?.rows ?? 1;
    let width = 0;
    for (let i = 0; i < cols; i++) width += widths[c.col + i] ?? 8.43;
    const scale = sizeOf(c) / 11;
    const lines = wrappedLines(c.value, width / scale);
    if (lines <= 1 && rows === 1) continue;
    const per = Math.min(MAX_ROW_POINTS, Math.ceil((lines * LINE_POINTS * scale) / rows));
    for (let i = 0; i < rows; i++) need.set(c.row + i, Math.max(need.get(c.row + i) ?? 0, per));
  }
  return [...need].filter(([, h]) => h > LINE_POINTS).sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
}
