// One layout, two writers: the sheet the ExcelJS writer produced (read back from its .xlsx) and the sheet
// the Office.js writer produced in the recording mock, reduced to the same plain shape so a test can
// compare them cell by cell.
import ExcelJS from 'exceljs';
// ExcelJS's own zip library: ExcelJS reads tables without their calculated columns, so the parts are read here.
import JSZip from 'jszip';
import { parseStringPromise } from 'xml2js';
import { xlsxFormula } from '../../src/excel/exceljs/writePlan';
import { cellKey, parseAddress, type ExcelRecorder } from './officeMock';

export interface CellSnapshot { value?: unknown; formula?: string; numFmt: string }

/** A conditional format as the file stores it: areas, formula without '=', RGB fill and font colours. */
export interface ConditionalFormatSnapshot { areas: string[]; formula: string; fill: string; font: string }

export interface SheetSnapshot {
  cells: Map<string, CellSnapshot>;
  merges: string[];
  freeze: { rows: number; cols: number } | null;
  /** Character widths for ExcelJS, points for Office: compare through columnWidthPoints. */
  widths: Map<number, number>;
  tables: { name: string; address: string; headers: unknown[] }[];
  /** Top priority first. */
  conditionalFormats: ConditionalFormatSnapshot[];
}

const GENERAL = 'General';
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ExcelJS turns date-formatted numbers into Dates on reading; Excel keeps the serial. */
function excelValue(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return Math.round(((v.getTime() - EXCEL_EPOCH_MS) / 86_400_000) * 1e9) / 1e9;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (v && typeof v === 'object' && 'error' in v) return { error: v.error };
  return v;
}

function keep(c: CellSnapshot): boolean {
  return c.value !== undefined || c.formula !== undefined || c.numFmt !== GENERAL;
}

export async function readBack(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return (await readFile(wb)).book;
}

interface TablePart { table: { $: { name: string }; tableColumns: { tableColumn: { $: { name: string }; calculatedColumnFormula?: string[] }[] }[] } }

/**
 * The workbook read back, and per table name the calculated columns of its part: column name → the
 * <calculatedColumnFormula> Excel fills into new rows.
 */
export async function readFile(wb: ExcelJS.Workbook): Promise<{ book: ExcelJS.Workbook; calculated: Map<string, Record<string, string>>; rowBreaks: Map<string, number[]> }> {
  const buf = await wb.xlsx.writeBuffer();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as ArrayBuffer);
  const zip = await JSZip.loadAsync(buf as ArrayBuffer);
  const calculated = new Map<string, Record<string, string>>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const part = (await parseStringPromise(await zip.file(name)!.async('string'))) as TablePart;
    const columns: Record<string, string> = {};
    for (const c of part.table.tableColumns[0].tableColumn) if (c.calculatedColumnFormula) columns[c.$.name] = c.calculatedColumnFormula[0];
    calculated.set(part.table.$.name, columns);
  }
  return { book, calculated, rowBreaks: await rowBreaksInFile(buf as ArrayBuffer) };
}

/** ExcelJS 4.4 reads conditional formats back into this (not in its typings). */
interface ExcelJsConditionalFormatting {
  ref: string;
  rules: { type: string; priority: number; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }[];
}

const rgb = (color: string | undefined): string => (color ?? '').replace(/^#/, '').slice(-6).toUpperCase();

function conditionalFormatsExcelJs(ws: ExcelJS.Worksheet): ConditionalFormatSnapshot[] {
  const all = (ws as unknown as { conditionalFormattings?: ExcelJsConditionalFormatting[] }).conditionalFormattings ?? [];
  return all
    .flatMap((cf) => cf.rules.map((r) => ({ priority: r.priority, type: r.type, areas: cf.ref.split(/\s+/), formula: r.formulae?.[0] ?? '', fill: rgb(r.style?.fill?.bgColor?.argb), font: rgb(r.style?.font?.color?.argb) })))
    .sort((a, b) => a.priority - b.priority)
    .map(({ type, areas, formula, fill, font }) => {
      if (type !== 'expression') throw new Error(`unexpected conditional format type ${type}`);
      return { areas, formula, fill, font };
    });
}

export function snapshotExcelJs(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells = new Map<string, CellSnapshot>();
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      if (cell.type === ExcelJS.ValueType.Merge) continue; // reads as its master's value
      const snap: CellSnapshot = { numFmt: cell.numFmt || GENERAL };
      if (cell.type === ExcelJS.ValueType.Formula) snap.formula = cell.formula;
      else if (cell.value !== null && cell.value !== undefined && cell.value !== '') snap.value = excelValue(cell.value);
      if (keep(snap)) cells.set(cellKey(r - 1, c - 1), snap);
    }
  }
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const widths = new Map<number, number>();
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    if (w !== undefined) widths.set(c - 1, w);
  }
  const tables = (ws.getTables() as unknown as Array<{ name: string; table: { tableRef: string; columns: Array<{ name: string }> } }>)
    .map((t) => ({ name: t.name, address: t.table.tableRef, headers: t.table.columns.map((c) => c.name) }));
  return {
    cells,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    freeze: view?.state === 'frozen' ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 } : null,
    widths,
    tables,
    conditionalFormats: conditionalFormatsExcelJs(ws),
  };
}

export function snapshotOffice(rec: ExcelRecorder, sheetName: string): SheetSnapshot {
  const sheet = rec.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName} in the mock`);
  const cells = new Map<string, CellSnapshot>();
  for (const [key, c] of sheet.cells) {
    const snap: CellSnapshot = { numFmt: c.numberFormat ?? GENERAL };
    if (c.formula !== undefined) snap.formula = xlsxFormula(c.formula);
    else if (c.value !== undefined) snap.value = c.value;
    if (keep(snap)) cells.set(key, snap);
  }
  const tables = rec.tables.filter((t) => t.sheet === sheetName).map((t) => {
    const b = parseAddress(t.address);
    const headers: unknown[] = [];
    for (let c = b.c0; c <= b.c1; c++) headers.push(sheet.cells.get(cellKey(b.r0, c))?.value);
    return { name: t.name, address: t.address, headers };
  });
  // The mock lists formats as Excel does, newest (top priority) first.
  const conditionalFormats = rec.conditionalFormats(sheetName).map((cf) => {
    if (cf.type !== 'Custom') throw new Error(`unexpected conditional format type ${cf.type}`);
    return { areas: cf.areas, formula: xlsxFormula(cf.custom.rule.formula ?? ''), fill: rgb(cf.custom.format.fill.color), font: rgb(cf.custom.format.font.color) };
  });
  return { cells, merges: [...sheet.merges].sort(), freeze: sheet.freeze, widths: new Map(sheet.columnWidths), tables, conditionalFormats };
}

/** Every cell where the two snapshots differ, as "A1: exceljs … / office …". */
export function cellDifferences(a: SheetSnapshot, b: SheetSnapshot): string[] {
  const out: string[] = [];
  for (const key of new Set([...a.cells.keys(), ...b.cells.keys()])) {
    const x = a.cells.get(key) ?? { numFmt: GENERAL };
    const y = b.cells.get(key) ?? { numFmt: GENERAL };
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${key}: exceljs ${JSON.stringify(x)} / office ${JSON.stringify(y)}`);
  }
  return out.sort();
}

// ---------------------------------------------------------------------------------------------
// The printed look: per cell font, fill, alignment and borders; the page setup.

/** A cell's look in one shape for both writers. `font` only when the plan names one (else hosts differ by design). */
export interface LookSnapshot {
  font?: string;
  bold: boolean;
  italic: boolean;
  size: number;
  underline: boolean;
  fill: string;
  wrap: boolean;
  align: string;
  borders: string;
}

const edgesOf = (b: { top?: unknown; bottom?: unknown; left?: unknown; right?: unknown } | undefined): string =>
  (['top', 'bottom', 'left', 'right'] as const).filter((e) => b?.[e]).join(',');

function excelLook(cell: ExcelJS.Cell, withFont: boolean): LookSnapshot {
  const f = cell.font ?? {};
  const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
  const border = cell.border as Record<string, { style?: string } | undefined> | undefined;
  const b: Record<string, boolean> = {};
  for (const e of ['top', 'bottom', 'left', 'right']) if (border?.[e]?.style) b[e] = border[e]!.style === 'thin';
  const look: LookSnapshot = {
    bold: Boolean(f.bold), italic: Boolean(f.italic), size: f.size ?? 11, underline: Boolean(f.underline),
    fill: rgb(fill?.fgColor?.argb), wrap: Boolean(cell.alignment?.wrapText), align: cell.alignment?.horizontal ?? '', borders: edgesOf(b),
  };
  if (withFont) look.font = f.name ?? 'Calibri';
  return look;
}

function officeLook(c: { font?: string; look?: import('./officeMock').CellLook } | undefined, withFont: boolean): LookSnapshot {
  const l = c?.look ?? {};
  const look: LookSnapshot = {
    bold: Boolean(l.bold), italic: Boolean(l.italic), size: l.size ?? 11, underline: Boolean(l.underline),
    fill: rgb(l.fill), wrap: Boolean(l.wrapText), align: (l.horizontalAlignment ?? '').toLowerCase(), borders: edgesOf(l.borders),
  };
  if (withFont) look.font = c?.font ?? 'Calibri';
  return look;
}

/**
 * Every cell from A1 to `rows`×`cols` (merged cells but their top-left skipped) whose look differs
 * between the ExcelJS file and the Office.js mock.
 */
export function lookDifferences(ws: ExcelJS.Worksheet, rec: ExcelRecorder, sheetName: string, rows: number, cols: number, withFont: boolean): string[] {
  const sheet = rec.sheet(sheetName)!;
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      if (cell.type === ExcelJS.ValueType.Merge) continue;
      const key = cellKey(r, c);
      const x = excelLook(cell, withFont);
      const y = officeLook(sheet.cells.get(key), withFont);
      if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${key}: exceljs ${JSON.stringify(x)} / office ${JSON.stringify(y)}`);
    }
  }
  return out;
}

export interface PageSnapshot {
  paper: string; orientation: string; fitToWidth: number; fitToHeight: number; centered: boolean; margins: number[]; titleRows: string; printArea: string;
  /** Manual page breaks: 0-based rows that begin a page. */
  rowBreaks: number[];
}

/** The <brk id> of each sheet part's <rowBreaks>, by sheet name: ExcelJS 4.4 does not read them back. */
export async function rowBreaksInFile(xlsx: ArrayBuffer | Uint8Array): Promise<Map<string, number[]>> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const out = new Map<string, number[]>();
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]*)"[^>]*Id="${id}"`).exec(rels)![1];
    const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
    const breaks = /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/.exec(xml)?.[1] ?? '';
    out.set(name.replace(/&amp;/g, '&'), [...breaks.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1])));
  }
  return out;
}

const round2 = (n: number | undefined): number => Math.round((n ?? 0) * 100) / 100;

export function pageExcelJs(ws: ExcelJS.Worksheet, rowBreaks: number[]): PageSnapshot {
  const p = ws.pageSetup;
  const m = p.margins;
  return {
    paper: p.paperSize === 9 ? 'A4' : String(p.paperSize),
    orientation: p.orientation ?? '',
    fitToWidth: p.fitToPage ? p.fitToWidth ?? 1 : 0,
    fitToHeight: p.fitToPage ? p.fitToHeight ?? 1 : 0,
    centered: Boolean(p.horizontalCentered),
    margins: [m?.left, m?.right, m?.top, m?.bottom].map(round2),
    // The file's $12:$13 and $A$1:$E$150, as Office.js takes them.
    titleRows: p.printTitlesRow ? p.printTitlesRow.split(':').map((x) => `$${x.replace(/\$/g, '')}`).join(':') : '',
    printArea: (p.printArea ?? '').replace(/\$/g, ''),
    rowBreaks,
  };
}

export function pageOffice(rec: ExcelRecorder, sheetName: string): PageSnapshot {
  const l = rec.sheet(sheetName)!.pageLayout;
  return {
    paper: l.paperSize ?? '',
    orientation: (l.orientation ?? '').toLowerCase(),
    fitToWidth: l.zoom?.horizontalFitToPages ?? 0,
    fitToHeight: l.zoom?.verticalFitToPages ?? 0,
    centered: Boolean(l.centerHorizontally),
    margins: [l.leftMargin, l.rightMargin, l.topMargin, l.bottomMargin].map((x) => round2((x ?? 0) / 72)),
    titleRows: l.printTitleRows ?? '',
    printArea: l.printArea ?? '',
    rowBreaks: rec.sheet(sheetName)!.rowBreaks,
  };
}
