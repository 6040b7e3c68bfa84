/// <reference types="office-js" />
// The printed look of a plan on Office.js: the plan's font over its cells, thin borders on its tables,
// and the page setup (paper, orientation, fit to width, margins, print titles and area, page breaks), as the ExcelJS
// writer stores them in the file. Queues commands only; the caller syncs.
import { planExtent, type PlanPageSetup, type PlanRange, type SheetPlan } from '../../core/plan/sheetPlan';
import { a1 } from '../../core/base/a1';
import { rangeAddress } from './address';
import { officeApiCheck, type ApiCheck } from './sheetFacts';

/** Before the styles: a style's bold or size then lands on cells already in the plan's font. */
export function applyPlanFont(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const extent = planExtent(plan);
  if (plan.font && extent) sheet.getRange(rangeAddress(extent)).format.font.name = plan.font;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

export function applyBorders(sheet: Excel.Worksheet, area: PlanRange): void {
  const borders = sheet.getRange(rangeAddress(area)).format.borders;
  for (const edge of EDGES) {
    // A single row or column has no inside edge of that direction.
    if (edge === 'InsideHorizontal' && area.rows < 2) continue;
    if (edge === 'InsideVertical' && area.cols < 2) continue;
    const b = borders.getItem(edge);
    b.style = 'Continuous';
    b.weight = 'Thin';
  }
}

const POINTS_PER_INCH = 72;

/**
 * PageLayout and the sheet's manual page breaks (both ExcelApi 1.9). Fit to `fitToWidth` pages wide with
 * verticalFitToPages 0, which the file stores as fitToHeight="0": as many pages tall as needed. Each
 * break goes above the first cell of the row that begins a page. An Excel without ExcelApi 1.9 gets no
 * page setup at all (no call it would refuse): the sheet then prints with Excel's own page breaks, and
 * the tables' headers written again stand where the plan's pages would have begun.
 */
export function applyPageSetup(sheet: Excel.Worksheet, page: PlanPageSetup, supports: ApiCheck = officeApiCheck): void {
  if (!supports('1.9')) return;
  const pl = sheet.pageLayout;
  pl.paperSize = 'A4';
  pl.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  pl.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 };
  pl.centerHorizontally = page.centerHorizontally;
  pl.leftMargin = page.margins.left * POINTS_PER_INCH;
  pl.rightMargin = page.margins.right * POINTS_PER_INCH;
  pl.topMargin = page.margins.top * POINTS_PER_INCH;
  pl.bottomMargin = page.margins.bottom * POINTS_PER_INCH;
  if (page.titleRows) pl.setPrintTitleRows(`$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`);
  if (page.printArea) pl.setPrintArea(rangeAddress(page.printArea));
  // Queued like the rest: the caller's one sync sends them all.
  for (const row of page.rowBreaks ?? []) if (row > 0) sheet.horizontalPageBreaks.add(a1(row, 0));
}
