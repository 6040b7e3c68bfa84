// A sheet plan: the layout of a sheet the engine wants written (template, summary), as plain data.
// Hosts (ExcelJS in the CLI, Office.js in the add-in) only apply it; they decide nothing about content.
// Coordinates are 0-based (row 0 = sheet row 1, col 0 = column A).

export type PlanValue = string | number | boolean | null;

/** Named styles instead of raw formats so both writers render them the same way. */
export type PlanStyle = 'title' | 'subtitle' | 'header' | 'label' | 'number' | 'money' | 'moneyVnd' | 'percent' | 'date' | 'total' | 'note' | 'text'
  // The administrative appendix (summary sheet): issuing body and motto block, centred lines, numbered
  // columns, the unit line, the signature block, and figures the engine computed (not live formulas).
  | 'sheetTitle' | 'heading' | 'headingSub' | 'centered' | 'colNumber' | 'unit' | 'signer' | 'engine' | 'engineTotal';

export interface PlanCell {
  row: number;
  col: number;
  /** A literal value. Strings are always written as text, even when they start with = + - @. */
  value?: PlanValue;
  /** An Excel formula in en-US syntax, without the leading '='. */
  formula?: string;
  /** What the engine computed for this formula: tests compare a spreadsheet's recalculation with it. */
  expected?: number | string;
  style?: PlanStyle;
  /** Explicit number format; overrides the style's. */
  numFmt?: string;
}

export interface PlanRange { row: number; col: number; rows: number; cols: number }

export interface PlanTable {
  /** Desired table name; the writer picks a free one if it is taken. */
  name: string;
  row: number;
  col: number;
  headers: readonly string[];
  rows: readonly (readonly PlanValue[])[];
  /** Number format per column (same length as headers), or undefined for General. */
  numFmts?: readonly (string | undefined)[];
  /**
   * Calculated columns: per column an en-US formula (without '=') as it reads in the first data row, or
   * undefined. Every data row gets it moved down (formulaRows.ts); the column's values in `rows` are not
   * written. Excel fills the formula into the rows users add to the table.
   */
  formulas?: readonly (string | undefined)[];
}

export interface PlanValidation {
  range: PlanRange;
  /** A list source: literal values, or a formula such as `=CodeLists!$A$2:$A$50`. */
  list: readonly string[] | { formula: string };
}

/** Named looks for conditional formats, as PlanStyle is for cells: the writers hold the colours. */
export type PlanLook = 'error' | 'warning';

export interface PlanConditionalFormat {
  /** The cells the rule colours. */
  ranges: readonly PlanRange[];
  /**
   * An en-US formula, with or without '=', TRUE where the look applies. It is written for the top-left cell
   * of the first range; Excel moves its relative references for every other cell.
   */
  formula: string;
  look: PlanLook;
}

export interface PlanChart {
  kind: 'clusteredColumn';
  title: string;
  /** Category labels, one per row of `series` values. */
  categories: PlanRange;
  series: readonly { name: string; values: PlanRange }[];
  anchor: PlanRange;
}

/**
 * How the sheet prints. Paper and orientation as Excel names them; `fitToWidth` pages wide, as many pages
 * tall as needed; the rows `titleRows` (0-based, inclusive) repeat at the top of every printed page;
 * `rowBreaks` (0-based) are the rows that begin a new page (manual page breaks).
 */
export interface PlanPageSetup {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  fitToWidth: number;
  titleRows?: { first: number; last: number };
  /** Margins in inches (what the file stores); Office.js takes points. */
  margins: { left: number; right: number; top: number; bottom: number };
  centerHorizontally: boolean;
  /** What prints (default: everything used). */
  printArea?: PlanRange;
  rowBreaks?: number[];
}

export interface SheetPlan {
  /** Desired sheet name; hosts never overwrite an existing sheet and choose a free name instead. */
  name: string;
  columnWidths?: readonly number[];
  /** Heights in points of rows that need one (wrapped text: rowHeights.ts); the others keep Excel's default. */
  rowHeights?: readonly { row: number; height: number }[];
  cells: PlanCell[];
  merges?: PlanRange[];
  tables?: PlanTable[];
  validations?: PlanValidation[];
  /** In priority order: where two rules colour a cell, the earlier one wins. */
  conditionalFormats?: PlanConditionalFormat[];
  charts?: PlanChart[];
  freeze?: { rows: number; cols: number };
  /** The font of every cell the plan writes (default: the workbook's own). */
  font?: string;
  /** Areas drawn with thin borders on every edge of every cell (the appendix's tables). */
  borders?: PlanRange[];
  page?: PlanPageSetup;
}

/** The rectangle from A1 to the last cell the plan writes (empty when it writes none). */
export function planExtent(plan: SheetPlan): PlanRange | null {
  let rows = 0;
  let cols = 0;
  for (const c of plan.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  for (const m of plan.merges ?? []) {
    rows = Math.max(rows, m.row + m.rows);
    cols = Math.max(cols, m.col + m.cols);
  }
  return rows === 0 ? null : { row: 0, col: 0, rows, cols };
}

