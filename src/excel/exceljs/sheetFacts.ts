// ExcelJS host: what a sheet holds besides values — merged areas, hidden rows and columns, the sheet's
// visibility and its drop-down lists — in the engine's 0-based terms.
//
// Cost: nothing per cell that ExcelJS did not already pay. Rows come from the worksheet's own sparse
// row store (one object per <row> element of the file, hidden empty rows included), walked once as
// getSheetValues walks it; Worksheet.getRow would create a row per index asked. Merges come from the
// sheet's merge table, columns from its column list. Lists are the one exception: ExcelJS expands
// every <dataValidation sqref="A2:A5000"> into one model entry per cell while reading, so turning
// them back into ranges costs one look per validated cell, list validations only.
import type ExcelJS from 'exceljs';
import type { CellBox, RawValue, SheetInput, SheetList } from '../../core/model';
import { type NameTable, resolveListSource, sourceFromFormula1 } from '../listSource';
import { boxOfA1 } from '../../core/base/a1';
import { valueExtent } from '../sheetExtent';

export { valueExtent };

interface StoredRow { number: number; hidden: boolean }
interface StoredMerge { top: number; left: number; bottom: number; right: number }
interface StoredColumn { number: number; hidden: boolean }
interface StoredValidation { type?: string; formulae?: unknown[] }

/** Worksheet internals this file reads; ExcelJS 4.4 keeps them under these names. */
interface WorksheetStore {
  _rows?: (StoredRow | undefined)[];
  _merges?: Record<string, StoredMerge>;
  columns?: StoredColumn[] | null;
  dataValidations?: { model?: Record<string, StoredValidation | undefined> };
}

/** Defined names of the workbook: upper-cased name → the range it names (first range only). */
export function workbookNames(wb: ExcelJS.Workbook): NameTable {
  const out = new Map<string, string>();
  const model = (wb.definedNames as unknown as { model?: { name: string; ranges: string[] }[] }).model ?? [];
  for (const n of model) if (n.ranges.length > 0) out.set(n.name.toUpperCase(), n.ranges[0]);
  return out;
}

function hiddenRows(store: WorksheetStore, lastRow: number): number[] {
  const out: number[] = [];
  // forEach skips the holes of the sparse store: one step per stored row, in row order.
  store._rows?.forEach((row) => {
    if (row?.hidden && row.number - 1 <= lastRow) out.push(row.number - 1);
  });
  return out;
}

function hiddenCols(store: WorksheetStore, lastCol: number): number[] {
  const out: number[] = [];
  for (const col of store.columns ?? []) if (col?.hidden && col.number - 1 <= lastCol) out.push(col.number - 1);
  return out;
}

function merges(store: WorksheetStore, lastRow: number, lastCol: number): CellBox[] {
  return Object.values(store._merges ?? {})
    .map((m) => ({ row: m.top - 1, col: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }))
    .filter((b) => b.row <= lastRow && b.col <= lastCol)
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Cells of one validation back into boxes: runs down each column, then equal runs side by side joined. */
function boxesOf(addresses: readonly string[]): CellBox[] {
  const byCol = new Map<number, number[]>();
  const boxes: CellBox[] = [];
  for (const a of addresses) {
    const b = boxOfA1(a);
    if (!b) continue;
    if (b.rows === 1 && b.cols === 1) {
      const list = byCol.get(b.col);
      if (list) list.push(b.row);
      else byCol.set(b.col, [b.row]);
    } else boxes.push(b);
  }
  const runs: CellBox[] = [];
  for (const [col, rows] of [...byCol].sort((x, y) => x[0] - y[0])) {
    rows.sort((x, y) => x - y);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const run = { row: start, col, rows: rows[i - 1] - start + 1, cols: 1 };
      const left = runs.find((x) => x.row === run.row && x.rows === run.rows && x.col + x.cols === col);
      if (left) left.cols++;
      else runs.push(run);
      start = rows[i];
    }
  }
  return [...boxes, ...runs].sort((a, b) => a.col - b.col || a.row - b.row);
}

function lists(store: WorksheetStore, sheetName: string, names: NameTable): SheetList[] {
  const model = store.dataValidations?.model ?? {};
  // Every cell of one <dataValidation> shares one model object: group by it.
  const groups = new Map<StoredValidation, string[]>();
  for (const address of Object.keys(model)) {
    const v = model[address];
    if (v?.type !== 'list' || typeof v.formulae?.[0] !== 'string') continue;
    const group = groups.get(v);
    if (group) group.push(address);
    else groups.set(v, [address]);
  }
  const out: SheetList[] = [];
  for (const [v, addresses] of groups) {
    const source = sourceFromFormula1(v.formulae![0] as string);
    const resolved = resolveListSource(source, sheetName, names);
    for (const range of boxesOf(addresses)) out.push(resolved ? { range, source, resolved } : { range, source });
  }
  return out.sort((a, b) => a.range.col - b.range.col || a.range.row - b.range.row);
}

/** The facts of one sheet besides its values; `rows` are the values already read. */
export function sheetFacts(
  ws: ExcelJS.Worksheet, rows: readonly (readonly RawValue[])[], names: NameTable,
): Pick<SheetInput, 'merges' | 'visibility' | 'hiddenRows' | 'hiddenCols' | 'lists'> {
  const store = ws as unknown as WorksheetStore;
  const { lastRow, lastCol } = valueExtent(rows);
  return {
    visibility: ws.state === 'hidden' ? 'hidden' : 'visible',
    merges: merges(store, lastRow, lastCol),
    hiddenRows: hiddenRows(store, lastRow),
    hiddenCols: hiddenCols(store, lastCol),
    lists: lists(store, ws.name, names),
  };
}
