/// <reference types="office-js" />
// Shapes of the fake workbook's state and of what the recorder records; A1 addresses. Part of the recording fake (see ../officeMock.ts).

export interface CellState {
  value?: string | number | boolean | { error: string };
  formula?: string;
  numberFormat?: string;
  /** Font name, when a test gives one (TCVN3/VNI text is recognised by it) or a writer sets one. */
  font?: string;
  /** The rest of the cell's look as writers set it through Range.format (not read by the add-in). */
  look?: CellLook;
}

/** A cell's format as Range.format sets it, per cell (borders per edge of the cell). */
export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  underline?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: { top?: string; bottom?: string; left?: string; right?: string };
}

/** Worksheet.pageLayout as writers set it. */
export interface RecordedPageLayout {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  printTitleRows?: string;
  printArea?: string;
}

/** A conditional format as Excel holds it: the areas it applies to, its rule and its look. */
export interface RecordedConditionalFormat {
  id: string;
  type: string;
  areas: string[];
  custom: { rule: { formula?: string }; format: { fill: { color?: string }; font: { color?: string; bold?: boolean } } };
  deleted: boolean;
}

export interface Box { r0: number; c0: number; r1: number; c1: number }

export interface RecordedFormat {
  address: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
  topBorder?: { style?: string; weight?: string };
  columnWidth?: number;
}

export interface RecordedTable { sheet: string; name: string; address: string; style?: string; hasHeaders: boolean }

export interface RecordedChart {
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  position?: [string, string | undefined];
  series: { name?: string; values?: string; xValues?: string }[];
}

export interface FakeSheetState {
  name: string;
  deleted: boolean;
  cells: Map<string, CellState>;
  merges: string[];
  columnWidths: Map<number, number>;
  /** Row heights in points set through Range.format.rowHeight, 0-based rows. */
  rowHeights: Map<number, number>;
  freeze: { rows: number; cols: number } | null;
  validations: { address: string; rule: Excel.DataValidationRule }[];
  charts: RecordedChart[];
  formats: RecordedFormat[];
  conditionalFormats: RecordedConditionalFormat[];
  pageLayout: RecordedPageLayout;
  /** Manual page breaks, 0-based rows that begin a page, in the order added. */
  rowBreaks: number[];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** A protected sheet refuses formats, conditional formats included. */
  protected: boolean;
  /** Hidden rows and columns, 0-based (a filtered-out row is a hidden row to Excel). */
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
}

/** What a test workbook starts with: cells by address (values as Excel holds them) and optional fonts. */
export interface InitSheet {
  name: string;
  cells?: Record<string, string | number | boolean | { error: string }>;
  fonts?: Record<string, string>;
  visibility?: FakeSheetState['visibility'];
  /** Merged areas ("A1:E1"); their other cells should hold nothing, as in Excel. */
  merges?: string[];
  /** Hidden rows and columns, 0-based. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** List validations: where, and the source as Excel shows it ("=Sheet!$A$2:$A$9", "a,b"). */
  lists?: { address: string; source: string }[];
}

/** A defined name of the workbook and what it refers to ("='Danh mục'!$B$2:$B$4"). */
export interface InitName { name: string; formula: string }

export interface OfficeCall { op: string; sheet?: string; address?: string; detail?: unknown }

// ---------------------------------------------------------------------------------------------
// Addresses

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellKey = (row: number, col: number): string => `${colName(col)}${row + 1}`;

/** "B3", "A1:C3" or whole columns "A:C", 0-based and inclusive. */
export function parseAddress(address: string): Box {
  const part = (p: string): { r?: number; c: number } => {
    const m = /^\$?([A-Za-z]+)\$?(\d*)$/.exec(p);
    if (!m) throw new Error(`InvalidArgument: address ${address}`);
    return { c: colIndex(m[1]), r: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const [a, b = a] = address.split(':').map(part);
  return { r0: a.r ?? 0, c0: a.c, r1: b.r ?? 1048575, c1: b.c };
}

export const overlap = (a: Box, b: Box): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
export const boxAddress = (b: Box): string => (b.r0 === b.r1 && b.c0 === b.c1 ? cellKey(b.r0, b.c0) : `${cellKey(b.r0, b.c0)}:${cellKey(b.r1, b.c1)}`);
