// How the plan's named styles and conditional-format looks appear: number formats, fonts, fills,
// borders. Plain data, in one place, so the ExcelJS writer (CLI) and the Office.js writer (add-in)
// render a plan the same way without either importing the other.
import type { PlanLook, PlanStyle } from './sheetPlan';

export interface StyleFormat {
  numFmt?: string;
  bold?: boolean;
  size?: number;
  /** ARGB fill colour (solid). */
  fill?: string;
  italic?: boolean;
  wrap?: boolean;
  /** Thin border on the top edge (totals). */
  topBorder?: boolean;
  align?: 'center' | 'right';
  underline?: boolean;
}

/** Light grey: engine-computed figures (the legend line names it). */
export const ENGINE_FILL = 'FFEDEDED';

/** The one place where named plan styles become cell formats. */
export const STYLE_FORMATS: Record<PlanStyle, StyleFormat> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, size: 11 },
  header: { bold: true, fill: 'FFD9E1F2', wrap: true, align: 'center' },
  // Long labels (a 75-character VSIC section) wrap in their column instead of being cut.
  label: { wrap: true },
  number: { numFmt: '#,##0' },
  money: { numFmt: '#,##0.00' },
  moneyVnd: { numFmt: '#,##0' },
  percent: { numFmt: '0.0%' },
  date: { numFmt: 'dd/mm/yyyy' },
  total: { bold: true, topBorder: true },
  note: { italic: true, wrap: true },
  text: { numFmt: '@' },
  sheetTitle: { bold: true, size: 13, align: 'center', wrap: true },
  heading: { bold: true, align: 'center', wrap: true },
  headingSub: { bold: true, underline: true, align: 'center' },
  centered: { italic: true, align: 'center' },
  colNumber: { italic: true, align: 'center' },
  unit: { italic: true, align: 'right' },
  signer: { bold: true, align: 'center' },
  // Figures the engine computed where no formula gives them: told apart by the look and the legend,
  // never by a mark inside the number format, so a copied cell is a plain number.
  engine: { italic: true, fill: ENGINE_FILL },
  engineTotal: { bold: true, italic: true, topBorder: true, fill: ENGINE_FILL },
};

/** ARGB colours of a conditional format's look: Excel's own "light red fill with dark red text" and yellow. */
export interface LookFormat { fill: string; font: string }

/** The one place where named conditional-format looks become colours, for both writers. */
export const LOOK_FORMATS: Record<PlanLook, LookFormat> = {
  error: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  warning: { fill: 'FFFFEB9C', font: 'FF9C5700' },
};
