// ExcelJS host: applies a SheetPlan to a workbook. It renders the plan exactly; it decides nothing about content.
// Only ExcelJS *types* are imported so this stays pure host code without Node imports.
import type ExcelJS from 'exceljs';
import { formulaAtRow } from '../../core/plan/formulaRows';
import { freeSheetName, freeTableName, tableColumnNames } from '../../core/plan/names';
import { a1, colLetter } from '../../core/base/a1';
import { LOOK_FORMATS, STYLE_FORMATS } from '../../core/plan/styles';
import { planExtent, type PlanCell, type PlanConditionalFormat, type PlanPageSetup, type PlanRange, type PlanStyle, type PlanTable, type PlanValidation, type PlanValue, type SheetPlan } from '../../core/plan/sheetPlan';
import { keepCalculatedColumns, type CalculatedColumn } from './calculatedColumns';

// The name rules live in the engine so the Office.js writer picks the same names; re-exported for callers of this module.
export { freeSheetName, freeTableName };

export interface WriteOptions { lang: 'vi' | 'en' }


// Functions added to Excel after 2007 are stored in files with a prefix; without it Excel shows #NAME?
// until the cell is re-entered. Plans carry formulas as typed in en-US Excel, so the prefix is added here.
const XLFN_FUNCTIONS = [
  // 2010
  'AGGREGATE', 'BETA.DIST', 'BETA.INV', 'BINOM.DIST', 'BINOM.INV', 'CEILING.PRECISE', 'CHISQ.DIST', 'CHISQ.DIST.RT',
  'CHISQ.INV', 'CHISQ.INV.RT', 'CHISQ.TEST', 'CONFIDENCE.NORM', 'CONFIDENCE.T', 'COVARIANCE.P', 'COVARIANCE.S',
  'ERF.PRECISE', 'ERFC.PRECISE', 'EXPON.DIST', 'F.DIST', 'F.DIST.RT', 'F.INV', 'F.INV.RT', 'F.TEST', 'FLOOR.PRECISE',
  'GAMMA.DIST', 'GAMMA.INV', 'GAMMALN.PRECISE', 'HYPGEOM.DIST', 'LOGNORM.DIST', 'LOGNORM.INV', 'MODE.MULT', 'MODE.SNGL',
  'NEGBINOM.DIST', 'NETWORKDAYS.INTL', 'NORM.DIST', 'NORM.INV', 'NORM.S.DIST', 'NORM.S.INV', 'PERCENTILE.EXC',
  'PERCENTILE.INC', 'PERCENTRANK.EXC', 'PERCENTRANK.INC', 'POISSON.DIST', 'QUARTILE.EXC', 'QUARTILE.INC', 'RANK.AVG',
  'RANK.EQ', 'STDEV.P', 'STDEV.S', 'T.DIST', 'T.DIST.2T', 'T.DIST.RT', 'T.INV', 'T.INV.2T', 'T.TEST', 'VAR.P', 'VAR.S',
  'WEIBULL.DIST', 'WORKDAY.INTL',
  // 2013
  'ACOT', 'ACOTH', 'ARABIC', 'BASE', 'BINOM.DIST.RANGE', 'BITAND', 'BITLSHIFT', 'BITOR', 'BITRSHIFT', 'BITXOR',
  'CEILING.MATH', 'COMBINA', 'COT', 'COTH', 'CSC', 'CSCH', 'DAYS', 'DECIMAL', 'ENCODEURL', 'FLOOR.MATH', 'FORMULATEXT',
  'GAMMA', 'GAUSS', 'IFNA', 'ISFORMULA', 'ISOWEEKNUM', 'MUNIT', 'NUMBERVALUE', 'PDURATION', 'PERMUTATIONA', 'PHI',
  'RRI', 'SEC', 'SECH', 'SHEET', 'SHEETS', 'SKEW.P', 'UNICHAR', 'UNICODE', 'XOR',
  // 2016 / 2019
  'CONCAT', 'FORECAST.LINEAR', 'IFS', 'MAXIFS', 'MINIFS', 'SWITCH', 'TEXTJOIN',
  // 365 (non-spilling use only: the writer does not emit dynamic-array metadata)
  'XLOOKUP', 'XMATCH', 'UNIQUE', 'SEQUENCE', 'SORTBY', 'RANDARRAY', 'TEXTBEFORE', 'TEXTAFTER',
];
const XLFN_PREFIX = new Map<string, string>([
  ...XLFN_FUNCTIONS.map((f): [string, string] => [f, '_xlfn.']),
  ['FILTER', '_xlfn._xlws.'],
  ['SORT', '_xlfn._xlws.'],
]);

/** The namespace of the add-in's custom functions (manifest.xml, Functions.Namespace). */
export const ADDIN_NAMESPACE = 'AID';

/**
 * Excel saves a call to an add-in's custom function NS.NAME as _xldudf_NS_NAME (office-js issues #5611,
 * #6655; the formula bar shows that name while the add-in is not loaded) and shows NS.NAME again once it
 * is. A bare AID.CHECK in a file would be read like a formula typed while the add-in was missing, which
 * can stay #NAME? after the add-in loads (office-js #6395, #6611). So files get Excel's own spelling.
 */
function customFunctionName(ident: string): string | undefined {
  const dot = ident.indexOf('.');
  if (dot < 0 || ident.slice(0, dot).toUpperCase() !== ADDIN_NAMESPACE) return undefined;
  return `_xldudf_${ADDIN_NAMESPACE}_${ident.slice(dot + 1).toUpperCase().replace(/\./g, '_')}`;
}

/**
 * The formula as stored in an .xlsx file: no leading '=', `_xlfn.` prefixes on post-2007 functions and
 * the saved names of the add-in's functions. String literals, quoted sheet names and structured
 * references are left untouched.
 */
export function xlsxFormula(formula: string): string {
  const f = formula.replace(/^\s*=/, '');
  let out = '';
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      // "text" and 'Sheet name' with doubled quotes as escapes
      let j = i + 1;
      while (j < f.length) {
        if (f[j] === ch) {
          if (f[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < f.length; j++) {
        if (f[j] === "'" && j + 1 < f.length) { j++; continue; } // ' escapes in structured references
        if (f[j] === '[') depth++;
        else if (f[j] === ']' && --depth === 0) break;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(ch) && (i === 0 || !/[A-Za-z0-9_.\\]/.test(f[i - 1]))) {
      let j = i;
      while (j < f.length && /[A-Za-z0-9_.]/.test(f[j])) j++;
      const ident = f.slice(i, j);
      const call = f[j] === '(';
      const custom = call ? customFunctionName(ident) : undefined;
      const prefix = call ? XLFN_PREFIX.get(ident.toUpperCase()) : undefined;
      out += custom ?? (prefix ? prefix + ident : ident);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function applyStyle(cell: ExcelJS.Cell, style: PlanStyle | undefined, numFmt: string | undefined, font: string | undefined): void {
  const fmt = style ? STYLE_FORMATS[style] : undefined;
  if (fmt?.bold || fmt?.italic || fmt?.size || fmt?.underline || font) {
    const f: Partial<ExcelJS.Font> = { name: font ?? 'Calibri', size: fmt?.size ?? 11, bold: fmt?.bold ?? false, italic: fmt?.italic ?? false };
    if (!font) f.family = 2;
    if (fmt?.underline) f.underline = true;
    cell.font = f;
  }
  if (fmt) {
    if (fmt.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fmt.fill } };
    if (fmt.wrap || fmt.align) {
      const a: Partial<ExcelJS.Alignment> = {};
      if (fmt.wrap) Object.assign(a, { wrapText: true, vertical: 'top' });
      if (fmt.align) a.horizontal = fmt.align;
      cell.alignment = a;
    }
    if (fmt.topBorder) cell.border = { top: { style: 'thin' } };
    if (fmt.numFmt) cell.numFmt = fmt.numFmt;
  }
  if (numFmt) cell.numFmt = numFmt;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** Thin borders on every edge of every cell of the area (the appendix's tables). */
function writeBorders(ws: ExcelJS.Worksheet, r: PlanRange): void {
  for (let i = 0; i < r.rows; i++) {
    for (let j = 0; j < r.cols; j++) ws.getCell(r.row + i + 1, r.col + j + 1).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
}

const INCH_MARGINS_HEADER = 0.3;

/** Page setup as Excel stores it: paper 9 = A4; fit to `fitToWidth` pages wide, 0 = as many tall as needed. */
function writePageSetup(ws: ExcelJS.Worksheet, page: PlanPageSetup): void {
  const m = page.margins;
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9 as ExcelJS.PaperSize,
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    fitToHeight: 0,
    horizontalCentered: page.centerHorizontally,
    margins: { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: INCH_MARGINS_HEADER, footer: INCH_MARGINS_HEADER },
  };
  if (page.titleRows) setup.printTitlesRow = `${page.titleRows.first + 1}:${page.titleRows.last + 1}`;
  // ExcelJS puts '$' before each end of the area, so the row gets its own: Excel's $A$1:$E$150.
  if (page.printArea) {
    const a = page.printArea;
    setup.printArea = `${colLetter(a.col)}$${a.row + 1}:${colLetter(a.col + a.cols - 1)}$${a.row + a.rows}`;
  }
  ws.pageSetup = { ...ws.pageSetup, ...setup };
  // A manual break above the row that begins a page: the file's <brk id> counts the rows above it, which
  // is the 0-based row itself; it spans every column (Excel's 16384, 0-based 16383).
  for (const row of page.rowBreaks ?? []) if (row > 0) ws.getRow(row).addPageBreak(0, 16384);
}

/** A literal for ExcelJS: strings stay strings (ExcelJS stores them as text, never as formulas). */
function literal(value: PlanValue | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return { error: '#NUM!' } as ExcelJS.CellErrorValue;
  return value;
}

function writeCell(ws: ExcelJS.Worksheet, pc: PlanCell, font: string | undefined): void {
  const cell = ws.getCell(pc.row + 1, pc.col + 1);
  if (pc.formula !== undefined && pc.formula !== '') {
    cell.value = { formula: xlsxFormula(pc.formula), result: pc.expected };
    // ExcelJS 4.4 drops falsy results (0, '') when copying the value in; `cell.model` is the live model.
    if (pc.expected !== undefined) cell.model.result = pc.expected;
  } else {
    cell.value = literal(pc.value);
  }
  applyStyle(cell, pc.style, pc.numFmt, font);
}

function rangeAddress(r: PlanRange): string {
  const tl = a1(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? tl : `${tl}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

function takenTableNames(wb: ExcelJS.Workbook): Set<string> {
  const taken = new Set<string>();
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as Array<{ name?: string; table?: { name?: string } }>) {
      const name = t.name ?? t.table?.name;
      if (name) taken.add(name.toUpperCase());
    }
  }
  const defined = (wb.definedNames as unknown as { model?: Array<{ name?: string }> }).model ?? [];
  for (const d of defined) if (d.name) taken.add(d.name.toUpperCase());
  return taken;
}

function writeTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, t: PlanTable, lang: 'vi' | 'en'): void {
  const headers = tableColumnNames(t.headers, lang);
  const width = headers.length;
  if (width === 0) return;
  const formulas = headers.map((_, j) => t.formulas?.[j]);
  // Excel needs at least one data row in a table.
  const planRows = t.rows.length > 0 ? t.rows : [headers.map(() => null)];
  const rows = planRows.map((r, i) => headers.map((_, j): ExcelJS.CellValue => {
    const f = formulas[j];
    return f ? { formula: xlsxFormula(formulaAtRow(f, i)) } as ExcelJS.CellFormulaValue : literal(r[j]);
  }));
  const name = freeTableName(takenTableNames(wb), t.name);
  if (formulas.some(Boolean)) keepCalculatedColumns(wb);
  ws.addTable({
    name,
    displayName: name,
    ref: a1(t.row, t.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: headers.map((h, j): ExcelJS.TableColumnProperties & CalculatedColumn => {
      const f = formulas[j];
      return f ? { name: h, filterButton: true, calculatedColumnFormula: xlsxFormula(f) } : { name: h, filterButton: true };
    }),
    rows,
  });
  if (t.numFmts) {
    t.numFmts.forEach((fmt, j) => {
      if (!fmt || j >= width) return;
      for (let i = 0; i < rows.length; i++) ws.getCell(t.row + 2 + i, t.col + 1 + j).numFmt = fmt;
    });
  }
}

function listFormula(list: PlanValidation['list']): string {
  if (!Array.isArray(list)) return (list as { formula: string }).formula.replace(/^\s*=/, '');
  const items = list as readonly string[];
  const bad = items.find((s) => s.includes(','));
  if (bad !== undefined) throw new Error(`List validation item contains a comma, which a literal list cannot hold: ${JSON.stringify(bad)}; use a range source`);
  const joined = items.join(',').replace(/"/g, '""');
  if (joined.length > 255) throw new Error('Literal validation list is longer than Excel\'s 255 characters; use a range source');
  return `"${joined}"`;
}

/** The runtime DataValidations of ExcelJS 4.4 (range keys allowed), which index.d.ts does not declare. */
interface SheetDataValidations { add(address: string, validation: ExcelJS.DataValidation): unknown }

function writeValidation(ws: ExcelJS.Worksheet, v: PlanValidation): void {
  if (v.range.rows <= 0 || v.range.cols <= 0) return;
  const validation: ExcelJS.DataValidation = { type: 'list', allowBlank: true, formulae: [listFormula(v.list)] };
  const dvs = (ws as unknown as { dataValidations?: SheetDataValidations }).dataValidations;
  if (dvs && typeof dvs.add === 'function') {
    // One <dataValidation sqref="A2:A5000"> instead of one model entry per cell.
    dvs.add(rangeAddress(v.range), validation);
    return;
  }
  for (let r = 0; r < v.range.rows; r++) {
    for (let c = 0; c < v.range.cols; c++) {
      ws.getCell(v.range.row + r + 1, v.range.col + c + 1).dataValidation = { ...validation };
    }
  }
}

/** One expression rule; several areas share it as the file's sqref lists them, separated by spaces. */
function writeConditionalFormat(ws: ExcelJS.Worksheet, cf: PlanConditionalFormat, priority: number): void {
  const ranges = cf.ranges.filter((r) => r.rows > 0 && r.cols > 0);
  if (ranges.length === 0) return;
  const look = LOOK_FORMATS[cf.look];
  ws.addConditionalFormatting({
    ref: ranges.map(rangeAddress).join(' '),
    rules: [{
      type: 'expression',
      priority,
      formulae: [xlsxFormula(cf.formula)],
      // A differential fill keeps a solid pattern's colour in bgColor (as Excel writes its own).
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: look.fill } }, font: { color: { argb: look.font } } },
    }],
  });
}

/**
 * Adds a new worksheet for the plan to the workbook; never overwrites: if plan.name is taken
 * (case-insensitive, as Excel compares), uses "Name (2)", "Name (3)"… Truncates to Excel's 31-char limit
 * and strips []:*?/\ . Returns the sheet name actually used. ExcelJS writes no
 * charts: `withCharts` (charts.ts) adds plan.charts to the package once it is written.
 */
export function writePlan(wb: ExcelJS.Workbook, plan: SheetPlan, opts: WriteOptions = { lang: 'vi' }): string {
  const name = freeSheetName(wb.worksheets.map((w) => w.name), plan.name);
  const ws = wb.addWorksheet(name);

  plan.columnWidths?.forEach((w, i) => {
    if (Number.isFinite(w) && w > 0) ws.getColumn(i + 1).width = w;
  });

  for (const { row, height } of plan.rowHeights ?? []) if (height > 0) ws.getRow(row + 1).height = height;

  // The plan's font over every cell up to its last, as the Office.js writer sets it on that rectangle;
  // the cells' styles then add bold, italic and size.
  const extent = planExtent(plan);
  if (plan.font && extent) {
    for (let r = 0; r < extent.rows; r++) for (let c = 0; c < extent.cols; c++) ws.getCell(r + 1, c + 1).font = { name: plan.font, size: 11 };
  }

  // Cells before merges: ExcelJS forwards writes to a merged cell to the merge's master.
  for (const pc of plan.cells) writeCell(ws, pc, plan.font);
  // After the cells: a bordered cell keeps its font, fill and format.
  for (const r of plan.borders ?? []) writeBorders(ws, r);

  for (const m of plan.merges ?? []) {
    if (m.rows < 1 || m.cols < 1 || (m.rows === 1 && m.cols === 1)) continue;
    ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  }

  for (const t of plan.tables ?? []) writeTable(wb, ws, t, opts.lang);
  for (const v of plan.validations ?? []) writeValidation(ws, v);
  // Priority 1 is the top of Excel's rule list: the plan's first rule.
  (plan.conditionalFormats ?? []).forEach((cf, i) => writeConditionalFormat(ws, cf, i + 1));

  const fr = plan.freeze;
  if (fr && (fr.rows > 0 || fr.cols > 0)) {
    ws.views = [{ state: 'frozen', xSplit: Math.max(0, fr.cols), ySplit: Math.max(0, fr.rows), topLeftCell: a1(Math.max(0, fr.rows), Math.max(0, fr.cols)) }];
  }
  if (plan.page) writePageSetup(ws, plan.page);
  // plan.charts: added to the written package by withCharts (charts.ts); ExcelJS 4.4 writes none.
  return name;
}
