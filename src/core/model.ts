// The engine's input and output shapes. Hosts (ExcelJS, Office.js, custom functions) convert their
// cells into a WorkbookInput; the engine answers with tables, parsed rows and issues.
import type { RegisterKind } from './schema/registers';

/** A cell as a host reads it. Dates arrive as Excel serial numbers (or JS Dates from ExcelJS). */
export type RawValue = string | number | boolean | Date | null | undefined | { error: string };

export interface SheetInput {
  name: string;
  /** rows[r][c], 0-based (rows[0] is sheet row 1); rows may be ragged. */
  rows: readonly (readonly RawValue[])[];
  /**
   * The formula of a cell ("SUM(J5:J20)", with or without "="), when the host reads formulas: a total
   * computed by SUM is explained when it differs from its rows (Excel's SUM skips numbers stored as text).
   */
  formula?: (row: number, col: number) => string | undefined;
  /** Font name of a cell, when the host knows it: the strongest signal of TCVN3/VNI text. */
  font?: (row: number, col: number) => string | undefined;
  /** Real Excel tables on the sheet (name and A1 range), when the host knows them. */
  tables?: readonly { name: string; ref: string }[];
  /**
   * Merged areas whose top-left cell lies within the rows and columns that hold values. `rows` show the
   * top-left cell's value in every cell of the area, as the user sees it (both hosts). Absent when the
   * host could not read them.
   */
  merges?: readonly CellBox[];
  /** 'hidden' for a sheet the user hid (very hidden sheets are never read). Absent means visible. */
  visibility?: 'visible' | 'hidden';
  /**
   * Hidden rows (filtered-out rows included), 0-based and sorted, up to the last row holding a value;
   * hiddenCols likewise up to the last column holding a value. Absent when the host could not read them.
   */
  hiddenRows?: readonly number[];
  hiddenCols?: readonly number[];
  /** Drop-down lists (list data validations) on the sheet: where they apply and what they offer. */
  lists?: readonly SheetList[];
}

/** A block of cells, 0-based: rows × cols from (row, col). */
export interface CellBox { row: number; col: number; rows: number; cols: number }

export interface SheetList {
  /**
   * Cells the list applies to. The ExcelJS host knows the exact ranges; Office.js has no call that lists
   * a sheet's validations, so the add-in gives the cells where it looked and found the list (see limits).
   */
  range: CellBox;
  /** The source as Excel shows it: "=DanhMuc!$A$2:$A$40", "='Danh mục'!$B$2:$B$30", "=Sectors", "Y tế,Giáo dục". */
  source: string;
  /** The source resolved: a range (named ranges followed; a bare range means this sheet) or the inline items. */
  resolved?: { sheet: string; range: CellBox } | { values: readonly string[] };
}

/** What a host could not read, or read only in part, so a report can say so. */
export interface ReadLimit {
  fact: 'merges' | 'hidden' | 'lists';
  /** unsupported: this Excel lacks the API; sampled: only some cells were looked at. */
  why: 'unsupported' | 'sampled';
}

export type Lang = 'vi' | 'en';

export interface WorkbookInput {
  sheets: readonly SheetInput[];
  /** Facts of the sheets above that the host could not read, or read only in part. */
  limits?: readonly ReadLimit[];
}

export interface EngineOptions {
  /** Locale used to decide ambiguous numbers such as "1.234" (default vi). */
  locale?: Lang;
  /** Language of messages (default vi). */
  lang?: Lang;
  /** Today, as a day number (days since 1970-01-01), for "date in the future" rules; default: now. */
  today?: number;
  /**
   * Column mappings the user corrected in the task pane, by sheet: one per register (region) of the
   * sheet, or one alone (as saved before a sheet could hold several).
   */
  mappings?: Record<string, SavedMapping | readonly SavedMapping[]>;
  /**
   * What to do with what the user hid (validate/hidden.ts). 'skip-sheets' (default): a register on a
   * hidden sheet is not checked nor counted, only listed (it is usually an old copy); hidden and
   * filtered rows and hidden columns inside a register are counted, and said so. 'include': hidden
   * sheets are counted like the others. Either way nothing hidden is counted or left out silently.
   */
  hidden?: HiddenPolicy;
  /**
   * Code-list values a host adds beside the workbook's own (AID.CHECK's code-list range), column by
   * column: each column counts for the code list most of its values belong to, or, when none, for
   * every code list (a list of the user's new values only). See validate/workbookLists.ts.
   */
  codeLists?: readonly (readonly string[])[];
}

export type HiddenPolicy = 'skip-sheets' | 'include';

export type Severity = 'error' | 'warning';

export interface Fix {
  value: number | string;
}

export interface Issue {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell, or null for a whole-table issue. */
  cell: string | null;
  /** 0-based coordinates of the cell (null for whole-table issues), for hosts that mark cells. */
  row: number | null;
  col: number | null;
  message: string;
  fix: Fix | null;
  /** Message parameters, so a host can re-render the message in another language. */
  params: Record<string, string | number>;
}

/** A parsed value: numbers for amounts, integers and rates; day numbers for dates; codes for code lists. */
export type ParsedValue = string | number | null;

export interface ParsedRow {
  /** 0-based sheet row index. */
  r: number;
  v: Record<string, ParsedValue>;
  /** Extra facts about a value: approximate amounts, the original text of a mapped province, month-precision periods… */
  meta?: Record<string, string>;
  /** True when any error-severity issue sits on this row: the row is left out of every total. */
  hasError: boolean;
  /** Rule ids of the errors that exclude this row (for "not counted" reasons); clean rows share one frozen empty list. */
  errorRules: readonly string[];
  /**
   * The column key of each error, parallel to `errorRules` ('' for an error on the whole row, such as
   * a duplicate row): summaries leave a row out only of the figures its bad column makes uncertain.
   * Absent (hand-built rows): every error counts as on the whole row.
   */
  errorColumns?: readonly string[];
}

/** A register's column mapping as the user corrected it in the task pane. */
export interface SavedMapping {
  kind: RegisterKind;
  /** 1-based last row of the register's header block. */
  headerRow: number;
  /** Column key → 0-based column. */
  columns: Record<string, number>;
  /**
   * 0-based first and last column of the register's region, when saved per region: with the header
   * row, which register of the sheet it names. Without it, the mapping names the register whose
   * header block holds that row (the first one, left to right).
   */
  span?: [number, number];
}

export interface ColumnMatch {
  key: string;
  col: number;
  /** The header text as the user wrote it. */
  header: string;
  /** Currency named in the header, e.g. "Giá trị cam kết (USD)". */
  headerCurrency?: string;
  /** Unit multiplier named in the header, e.g. 1e6 for "(triệu USD)". */
  multiplier?: number;
  /**
   * Where the unit above came from: the column's own header, its group cell ("Giá trị (USD)" over
   * "Cam kết"), or the unit line above the table ("Đơn vị tính: triệu đồng"). Absent without a unit.
   */
  unitFrom?: 'header' | 'group' | 'unit-line';
  /** A header over several rows, its texts top to bottom ("Giá trị (USD)", "Cam kết"); absent for one row. */
  path?: string[];
}

export interface TableInfo {
  sheet: string;
  kind: RegisterKind;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Number of data rows (blank, section and totals rows excluded). */
  rows: number;
  columns: ColumnMatch[];
  /** Columns kept but not used (STT, extra columns): header text, 0-based column, header path over several rows. */
  ignored: { header: string; col: number; path?: string[] }[];
  /** 1-based sheet row of a recognised totals row, if any (the grand total; the bottom one when there are two). */
  totalsRow: number | null;
  /**
   * Section headings under the header ("I" with "Y tế" beside it, "I. Y tế"): 1-based row, marker, the
   * group's name, and whether the heading row carries the group's subtotal.
   */
  sections?: { row: number; marker: string; label: string; subtotal: boolean }[];
  /** 1-based rows of the subtotal rows ("Cộng I", "Tổng I", "Cộng nhóm"…), each checked against its group. */
  subtotalRows?: number[];
  /** 1-based rows of the grand total(s), at the bottom and/or directly under the header, checked against every data row. */
  totalRows?: number[];
  /** Name of the real Excel table holding the register, when it is one. */
  tableName?: string;
  /** 1-based sheet rows of the data rows counted although hidden or filtered out (absent when none). */
  hiddenRows?: number[];
  /** Letters of the register's columns that are hidden but read (absent when none). */
  hiddenColumns?: string[];
  /** 1-based first and last sheet rows of the header block (equal for a one-row header). */
  headerRows?: { first: number; last: number };
  /** The region the register holds on its sheet, A1 ("A5:H40"): header block to last data row, its columns. */
  range?: string;
  /** 1-based row of the unit line above the table ("Đơn vị tính: triệu đồng"), when there is one. */
  unitLine?: number;
}

/** A sheet holding figures but no register, and why none was found (detect/verdict.ts). */
export interface NotARegister {
  sheet: string;
  /** Numbers and dates on the sheet. */
  figures: number;
  reason: 'no-header' | 'no-anchor' | 'no-identity' | 'too-few-columns';
  /** The register the nearest header row named, and its 1-based row, when one came near. */
  kind?: RegisterKind;
  headerRow?: number;
}

export interface ParsedTable {
  info: TableInfo;
  rows: ParsedRow[];
  /** 0-based column index per key, for hosts and for cell addresses. */
  colOf: Record<string, number>;
}

export interface ValidationResult {
  tables: ParsedTable[];
  issues: Issue[];
  /** Registers found on hidden sheets and left out under the default policy (absent when none). */
  skippedSheets?: SkippedSheet[];
  /** Sheets that hold figures but no register, each with the reason: nothing found is said. */
  notRegisters?: NotARegister[];
}

/** A register on a hidden sheet that was not checked nor counted. */
export interface SkippedSheet {
  sheet: string;
  kind: RegisterKind;
  /** Its data rows. */
  rows: number;
  /** The visible sheet whose ids it repeats, when it does. */
  repeats?: string;
}
