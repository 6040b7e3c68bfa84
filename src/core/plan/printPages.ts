// Where the printed pages of a plan end. Excel and LibreOffice repeat one band of title rows on every
// page of a sheet, which is wrong for a sheet of several tables with their own column headings; so the
// plan says itself where each page ends (manual row breaks) and which table's header to write again at
// the top of a page a table continues on (insertRows.ts writes it). For that the plan estimates how
// much of a page each row takes: the page's printable height after the margins, the scale that "one
// page wide" implies for the plan's column widths, and each row's height. Every estimate leans tall and
// a share of the page is kept free, because a printer that fits fewer rows than estimated breaks the
// page itself before the plan's break, and the header written again would then print mid-page.
import type { PlanCell, PlanPageSetup } from './sheetPlan';
import { LINE_POINTS } from './rowHeights';
import { STYLE_FORMATS } from './styles';

/** Paper sizes in points, portrait. */
const PAPER = { A4: { width: 595.28, height: 841.89 } } as const;
const POINTS_PER_INCH = 72;
/**
 * Pixels per character of column width: Excel's unit is the default font's widest digit, 7 px for
 * Calibri 11 and about as much for its successors; 8 makes sheets estimate wider, so scales smaller.
 */
const PIXELS_PER_CHAR = 8;
const PIXEL_PADDING = 5;
const POINTS_PER_PIXEL = 0.75;
/** Share of the printable height the plan fills; the rest absorbs the printers' own row heights. */
export const PAGE_FILL = 0.88;
/** A row's height for text of `size` points in one line (15 for 11-pt text, as Excel's default row). */
const lineHeight = (size: number): number => Math.ceil((size * LINE_POINTS) / 11);

/** A table as it prints: its header rows (written again on every page it continues on) and its last row. */
export interface PrintTable { header: number; headerRows: number; last: number }

/** What a plan says about how its rows may be cut into pages. */
export interface PrintLayout {
  tables: readonly PrintTable[];
  /** Rows that never end a page (headings, table titles): they go with the row after them. */
  keepWithNext: readonly number[];
  /** Row spans never cut (the title block, the signature block, a chart). */
  keepTogether: readonly { first: number; last: number }[];
  /** Rows that always begin a page (the charts' page). */
  newPageBefore: readonly number[];
  /** Rows that never begin a page (the blank rows between tables): they go with the row before them. */
  keepWithPrevious?: readonly number[];
}

/** A page after the first: it begins at `row`, under the header of `repeat` written again when it continues a table. */
export interface PageStart { row: number; repeat?: PrintTable }

/** The height a page holds for rows, in the sheet's points (before the printer scales it). */
export function pageCapacity(page: PlanPageSetup, columnWidths: readonly number[]): number {
  const paper = PAPER[page.paper];
  const landscape = page.orientation === 'landscape';
  const width = (landscape ? paper.height : paper.width) - (page.margins.left + page.margins.right) * POINTS_PER_INCH;
  const height = (landscape ? paper.width : paper.height) - (page.margins.top + page.margins.bottom) * POINTS_PER_INCH;
  const cols = page.printArea ? columnWidths.slice(page.printArea.col, page.printArea.col + page.printArea.cols) : columnWidths;
  const sheetWidth = cols.reduce((sum, w) => sum + (w * PIXELS_PER_CHAR + PIXEL_PADDING) * POINTS_PER_PIXEL, 0);
  // Fitting to N pages wide shrinks a sheet too wide for them, and never enlarges one.
  const scale = page.fitToWidth > 0 && sheetWidth > 0 ? Math.min(1, (width * page.fitToWidth) / sheetWidth) : 1;
  return (height / scale) * PAGE_FILL;
}

/**
 * Each row's height in points up to `rows`: the plan's own height where it gives one, else one line of
 * the row's largest text (Excel's 15 points for 11-pt text).
 */
export function rowHeightsOf(rows: number, cells: readonly PlanCell[], given: readonly { row: number; height: number }[]): number[] {
  const out = new Array<number>(rows).fill(LINE_POINTS);
  for (const c of cells) {
    if (c.row >= rows || c.value === undefined || c.value === null || c.value === '') continue;
    const size = (c.style ? STYLE_FORMATS[c.style].size : undefined) ?? 11;
    out[c.row] = Math.max(out[c.row], lineHeight(size));
  }
  for (const { row, height } of given) if (row < rows) out[row] = height;
  return out;
}

/**
 * Where pages begin, for rows of `heights` on pages holding `capacity` points. Rows fill a page until
 * the next one does not fit; the page then ends at the last place above it where rows may part (not
 * inside a kept-together span, not after a row kept with the next, not before a row kept with the
 * previous), or, when the page holds no such place, where only the spans and blank rows allow, or at
 * that row. A page that begins inside a table's body begins under the table's header written again.
 */
export function pageStarts(heights: readonly number[], layout: PrintLayout, capacity: number): PageStart[] {
  const n = heights.length;
  // tied[r]: row r and row r + 1 print on one page. `hard` ties hold even on a page too short for the soft ones.
  const hard = new Array<boolean>(n).fill(false);
  for (const k of layout.keepTogether) for (let r = Math.max(0, k.first); r < Math.min(n - 1, k.last); r++) hard[r] = true;
  for (const r of layout.keepWithPrevious ?? []) if (r > 0 && r < n) hard[r - 1] = true;
  const tied = hard.slice();
  for (const r of layout.keepWithNext) if (r >= 0 && r < n - 1) tied[r] = true;
  for (const t of layout.tables) for (let r = t.header; r < t.header + t.headerRows && r < n - 1; r++) tied[r] = true;
  const forced = new Set(layout.newPageBefore);

  const tableOf = (row: number): PrintTable | undefined => layout.tables.find((t) => row >= t.header + t.headerRows && row <= t.last);
  const sum = (from: number, to: number): number => {
    let h = 0;
    for (let r = from; r < to; r++) h += heights[r];
    return h;
  };
  /** The last row in (first, r] a page may begin at, by `ties`. */
  const lastFree = (ties: readonly boolean[], first: number, r: number): number | undefined => {
    for (let b = r; b > first; b--) if (!ties[b - 1]) return b;
    return undefined;
  };

  const starts: PageStart[] = [];
  let first = 0;
  let used = 0;
  const begin = (row: number, upTo: number): void => {
    const t = tableOf(row);
    starts.push(t ? { row, repeat: t } : { row });
    first = row;
    used = (t ? sum(t.header, t.header + t.headerRows) : 0) + sum(row, upTo);
  };
  for (let r = 0; r < n; r++) {
    if (r > first && forced.has(r)) begin(r, r);
    while (r > first && used + heights[r] > capacity) {
      begin(lastFree(tied, first, r) ?? lastFree(hard, first, r) ?? r, r);
    }
    used += heights[r];
  }
  return starts;
}
