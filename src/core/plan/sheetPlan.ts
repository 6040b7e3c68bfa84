// A sheet plan: the layout of a sheet the engine wants written (template, summary), as plain data.
// Hosts (ExcelJS in the CLI, Office.js in the add-in) only apply it; they decide nothing about content.
// Coordinates are 0-based (row 0 = sheet row 1, col 0 = column A).

export type PlanValue = string | number | boolean | null;

/** Named styles instead of raw formats so both writers render them the same way. */
export type PlanStyle = 'title' | 'subtitle' | 'header' | 'label' | 'number' | 'money' | 'moneyVnd' | 'percent' | 'date' | 'total' | 'note' | 'text';

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

export interface SheetPlan {
  /** Desired sheet name; hosts never overwrite an existing sheet and choose a free name instead. */
  name: string;
  columnWidths?: readonly number[];
  cells: PlanCell[];
  merges?: PlanRange[];
  tables?: PlanTable[];
  validations?: PlanValidation[];
  /** In priority order: where two rules colour a cell, the earlier one wins. */
  conditionalFormats?: PlanConditionalFormat[];
  charts?: PlanChart[];
  freeze?: { rows: number; cols: number };
}
