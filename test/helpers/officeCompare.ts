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
export async function readFile(wb: ExcelJS.Workbook): Promise<{ book: ExcelJS.Workbook; calculated: Map<string, Record<string, string>> }> {
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
  return { book, calculated };
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
