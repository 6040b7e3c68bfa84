/// <reference types="office-js" />
// Named plan styles on Office.js ranges: one format command set per rectangle of cells sharing a style.
// Number formats are not set here: they travel in the cells' numberFormat arrays (cellGrid.ts).
import type { PlanCell, PlanRange, PlanStyle } from '../../core/plan/sheetPlan';
import { STYLE_FORMATS, type StyleFormat } from '../../core/plan/styles';

export interface StyleRect extends PlanRange { style: PlanStyle }

/** Styles that need more than a number format. */
function hasFormat(f: StyleFormat): boolean {
  return Boolean(f.bold || f.italic || f.size || f.fill || f.wrap || f.topBorder || f.align || f.underline);
}

/** Rectangles of equally styled cells: runs along each row, stacked when the next row has the same run. */
export function styleRects(cells: readonly PlanCell[]): StyleRect[] {
  const byRow = new Map<number, Map<number, PlanStyle>>();
  for (const c of cells) {
    if (!c.style || !hasFormat(STYLE_FORMATS[c.style])) continue;
    let row = byRow.get(c.row);
    if (!row) byRow.set(c.row, (row = new Map()));
    row.set(c.col, c.style);
  }
  const rects: StyleRect[] = [];
  const openByKey = new Map<string, StyleRect>();
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const row = byRow.get(r)!;
    const cols = [...row.keys()].sort((a, b) => a - b);
    const runs: StyleRect[] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last.style === row.get(c) && last.col + last.cols === c) last.cols++;
      else runs.push({ row: r, col: c, rows: 1, cols: 1, style: row.get(c)! });
    }
    for (const run of runs) {
      const key = `${run.col}:${run.cols}:${run.style}`;
      const above = openByKey.get(key);
      if (above && above.row + above.rows === r) above.rows++;
      else {
        rects.push(run);
        openByKey.set(key, run);
      }
    }
  }
  return rects;
}

/**
 * The look of a style as the ExcelJS writer gives it, except the font name: ExcelJS must name one
 * (Calibri); here the workbook's own default font (Aptos in newer Excel) is kept so the sheet matches its
 * book, unless the plan names its font (pageSetup.ts applies it).
 */
export function applyStyle(range: Excel.Range, style: PlanStyle): void {
  const f = STYLE_FORMATS[style];
  const format = range.format;
  if (f.bold) format.font.bold = true;
  if (f.italic) format.font.italic = true;
  if (f.size) format.font.size = f.size;
  if (f.underline) format.font.underline = 'Single';
  if (f.align) format.horizontalAlignment = f.align === 'center' ? 'Center' : 'Right';
  if (f.fill) format.fill.color = `#${f.fill.slice(-6)}`;
  if (f.wrap) {
    format.wrapText = true;
    format.verticalAlignment = 'Top';
  }
  if (f.topBorder) {
    const top = format.borders.getItem('EdgeTop');
    top.style = 'Continuous';
    top.weight = 'Thin';
  }
}

/**
 * Plan widths are Excel character widths (what ExcelJS writes); RangeFormat.columnWidth takes points
 * (office-js issue #187). Excel's rule for the default 11-pt font: 7 px per character plus 5 px of
 * padding, at 96 px per inch = 72 pt.
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Runs of adjacent columns of the same width, so each run is one command. */
export function widthRuns(widths: readonly number[]): { col: number; cols: number; width: number }[] {
  const runs: { col: number; cols: number; width: number }[] = [];
  widths.forEach((w, i) => {
    if (!Number.isFinite(w) || w <= 0) return;
    const last = runs[runs.length - 1];
    if (last && last.width === w && last.col + last.cols === i) last.cols++;
    else runs.push({ col: i, cols: 1, width: w });
  });
  return runs;
}

/** Runs of adjacent rows of the same height (points, as both Excel APIs take them), one command each. */
export function heightRuns(heights: readonly { row: number; height: number }[]): { row: number; rows: number; height: number }[] {
  const runs: { row: number; rows: number; height: number }[] = [];
  for (const h of [...heights].sort((a, b) => a.row - b.row)) {
    if (!(h.height > 0)) continue;
    const last = runs[runs.length - 1];
    if (last && last.height === h.height && last.row + last.rows === h.row) last.rows++;
    else runs.push({ row: h.row, rows: 1, height: h.height });
  }
  return runs;
}
