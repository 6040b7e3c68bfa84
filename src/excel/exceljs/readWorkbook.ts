// ExcelJS host: turns a workbook into the engine's WorkbookInput: values read once, and what else the
// sheet holds (merges, hidden rows and columns, visibility, drop-down lists: sheetFacts.ts).
import ExcelJS from 'exceljs';
import type { RawValue, SheetInput, WorkbookInput } from '../../core/model';
import { dateToSerial } from '../../core/parse/date';
import type { NameTable } from '../listSource';
import { sheetFacts, workbookNames } from './sheetFacts';

// ExcelJS gives dates as JS Dates holding the wall-clock day in UTC; the engine wants serials.
export { dateToSerial };

type CellValue = ExcelJS.CellValue;

export function toRaw(v: CellValue): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const res = (v as { result?: unknown }).result;
      if (res === undefined || res === null) return null;
      if (typeof res === 'object' && res !== null && 'error' in res) return { error: String((res as { error: unknown }).error) };
      return toRaw(res as CellValue);
    }
    if ('error' in v) return { error: String(v.error) };
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

/** One sheet; `names` (the workbook's defined names) resolve drop-down lists that name their source. */
export function sheetToInput(ws: ExcelJS.Worksheet, names: NameTable = new Map()): SheetInput {
  const values = ws.getSheetValues() as unknown as (CellValue[] | undefined)[];
  const rows: RawValue[][] = [];
  // ExcelJS arrays are 1-based and sparse; the engine wants dense 0-based rows.
  for (let r = 1; r < values.length; r++) {
    const src = values[r];
    const row: RawValue[] = [];
    if (src) for (let c = 1; c < src.length; c++) row[c - 1] = toRaw(src[c]);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    rows[r - 1] = row;
  }
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  const tables = ws.getTables().map((t) => {
    const model = (t as unknown as { table?: { name: string; ref: string }; name?: string; ref?: string });
    return { name: model.table?.name ?? model.name ?? '', ref: model.table?.ref ?? model.ref ?? '' };
  });
  return {
    name: ws.name,
    rows,
    tables,
    font: (r, c) => ws.findCell(r + 1, c + 1)?.font?.name,
    // A total's SUM formula, so that a SUM skipping numbers stored as text is explained (validate/totals.ts).
    formula: (r, c) => ws.findCell(r + 1, c + 1)?.formula || undefined,
    ...sheetFacts(ws, rows, names),
  };
}

export function workbookToInput(wb: ExcelJS.Workbook): WorkbookInput {
  const names = workbookNames(wb);
  return { sheets: wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map((ws) => sheetToInput(ws, names)) };
}

export async function readWorkbookFile(path: string): Promise<{ workbook: ExcelJS.Workbook; input: WorkbookInput }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { workbook, input: workbookToInput(workbook) };
}
