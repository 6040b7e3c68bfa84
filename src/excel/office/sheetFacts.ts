/// <reference types="office-js" />
// Office.js host: what a sheet holds besides values — merged areas, hidden rows and columns and its
// drop-down lists — queued for all sheets in ONE request, in the engine's 0-based terms, the same facts
// the ExcelJS reader gives (sheetFacts.ts beside it).
//
// Everything is asked of the block from A1 to the last cell holding a value (the used range's end):
// - merged areas: Range.getMergedAreasOrNullObject (ExcelApi 1.13); it returns the areas whose top-left
//   cell lies in the block, which is what the ExcelJS reader keeps too;
// - hidden rows and columns: the block's visible cells, Range.getSpecialCellsOrNullObject('Visible')
//   (ExcelApi 1.9), one address listing rectangles of visible cells; a row no rectangle covers is
//   hidden (filtered-out rows are hidden rows to Excel), likewise a column. The answer grows with the
//   number of hidden runs, not with the rows;
// - drop-down lists: Office.js has no call that lists a sheet's validations, and a column's validation
//   read over many cells answers "Inconsistent" as soon as one cell differs (title rows, the total). So
//   once the values are read, the engine finds the sheet's registers, and each column of each register
//   is probed at its first data row (Range.dataValidation, ExcelApi 1.8), where a drop-down over the
//   data or over a template's empty rows lies: every sheet's probes in one request of their own
//   (queueListProbes). A list that does not cover that cell is missed: the reader reports lists as
//   'sampled' (ReadLimit).
// A sheet without values is not asked at all (the ExcelJS reader would still report lists set up on an
// empty template sheet). An Excel without the API set for a fact skips that fact and says so in
// WorkbookInput.limits; without ExcelApi 1.13 merged values are therefore not shown in every cell.
import type { CellBox, EngineOptions, RawValue, ReadLimit, SheetInput, SheetList } from '../../core/model';
import { detectRegions } from '../../core/detect';
import { type NameTable, resolveListSource } from '../listSource';
import { boxOfA1 } from '../../core/base/a1';

/** Whether this Excel offers an ExcelApi version; without Office (tests), the fake offers all. */
export type ApiCheck = (version: string) => boolean;

export const officeApiCheck: ApiCheck = (version) => {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (set: string, v: string) => boolean } } } }).Office;
  const check = office?.context?.requirements?.isSetSupported;
  return check ? check.call(office!.context!.requirements, 'ExcelApi', version) : true;
};

const LAST_ROW = 1_048_575;

/** Most columns probed for lists per register: registers are far narrower; a stray far cell must not cost thousands. */
const MAX_PROBED_COLS = 256;

export interface ListProbe { row: number; col: number; validation: Excel.DataValidation }

export interface QueuedFacts {
  lastRow: number;
  lastCol: number;
  merged?: Excel.RangeAreas;
  visible?: Excel.RangeAreas;
}

export interface Used { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }

/** Queues one sheet's facts; nothing is sent until the caller's context.sync(). */
export function queueFacts(sheet: Excel.Worksheet, used: Used, can: ApiCheck): QueuedFacts {
  const lastRow = used.rowIndex + used.rowCount - 1;
  const lastCol = used.columnIndex + used.columnCount - 1;
  const block = sheet.getRangeByIndexes(0, 0, lastRow + 1, lastCol + 1);
  const q: QueuedFacts = { lastRow, lastCol };
  if (can('1.13')) q.merged = block.getMergedAreasOrNullObject().load('isNullObject,address');
  // On one cell Excel's special-cells search widens to the whole sheet: a one-cell block is read as visible.
  if (can('1.9') && (lastRow > 0 || lastCol > 0)) q.visible = block.getSpecialCellsOrNullObject('Visible').load('isNullObject,address');
  return q;
}

/**
 * Queues the drop-down probes of one read sheet: each column of each register the engine finds on it
 * (saved column mappings included), at the register's first data row. Nothing is sent until the
 * caller's context.sync(), which serves every sheet's probes at once.
 */
export function queueListProbes(sheet: Excel.Worksheet, input: SheetInput, opts: Pick<EngineOptions, 'mappings'>): ListProbe[] {
  const probes: ListProbe[] = [];
  const seen = new Set<number>();
  let width = 0;
  for (const row of input.rows) if (row && row.length > width) width = row.length;
  for (const region of detectRegions(input, opts).regions) {
    const row = region.dataStart;
    if (row > LAST_ROW) continue;
    const to = Math.min(region.colEnd, width, region.colStart + MAX_PROBED_COLS);
    for (let col = region.colStart; col < to; col++) {
      const key = row * 16_384 + col;
      if (seen.has(key)) continue;
      seen.add(key);
      probes.push({ row, col, validation: sheet.getRangeByIndexes(row, col, 1, 1).dataValidation.load('type,rule') });
    }
  }
  return probes;
}

/** "Sheet1!A1:B4,Sheet1!D1:D4" or "'Danh mục'!A1" → boxes (sheet names may hold commas: split on the A1 part). */
export function areaBoxes(address: string): CellBox[] {
  const out: CellBox[] = [];
  const re = /(?:^|!|,)(\$?[A-Z]{0,3}\$?\d*(?::\$?[A-Z]{0,3}\$?\d*)?)(?=,|$)/g;
  for (let m = re.exec(address); m; m = re.exec(address)) {
    const b = m[1] ? boxOfA1(m[1]) : null;
    if (b) out.push(b);
  }
  return out;
}

/** Indexes 0..last that no span [from, from+count) covers, in order. */
function uncovered(spans: { from: number; count: number }[], last: number): number[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const out: number[] = [];
  let next = 0;
  for (const s of sorted) {
    for (let i = next; i < Math.min(s.from, last + 1); i++) out.push(i);
    next = Math.max(next, s.from + s.count);
  }
  for (let i = next; i <= last; i++) out.push(i);
  return out;
}

function hidden(q: QueuedFacts): Pick<SheetInput, 'hiddenRows' | 'hiddenCols'> {
  if (!q.visible) return q.lastRow === 0 && q.lastCol === 0 ? { hiddenRows: [], hiddenCols: [] } : {};
  // No visible cell at all: every row is taken as hidden (hidden columns cannot be told apart then).
  if (q.visible.isNullObject) return { hiddenRows: uncovered([], q.lastRow), hiddenCols: [] };
  const boxes = areaBoxes(q.visible.address);
  return {
    hiddenRows: uncovered(boxes.map((b) => ({ from: b.row, count: b.rows })), q.lastRow),
    hiddenCols: uncovered(boxes.map((b) => ({ from: b.col, count: b.cols })), q.lastCol),
  };
}

/** After the probes' sync: the lists they found, one per column and source. */
export function listsFound(probes: readonly ListProbe[], sheetName: string, names: NameTable): SheetList[] {
  const seen = new Set<string>();
  const out: SheetList[] = [];
  for (const p of probes) {
    if (p.validation.type !== 'List') continue;
    const raw = p.validation.rule.list?.source;
    if (typeof raw !== 'string') continue;
    const key = `${p.col}\u0000${raw}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const range = { row: p.row, col: p.col, rows: 1, cols: 1 };
    const resolved = resolveListSource(raw, sheetName, names);
    out.push(resolved ? { range, source: raw, resolved } : { range, source: raw });
  }
  return out;
}

/** After the sync: the facts of one sheet, as SheetInput fields. */
export function readFacts(q: QueuedFacts): Pick<SheetInput, 'merges' | 'hiddenRows' | 'hiddenCols'> {
  const out: Pick<SheetInput, 'merges' | 'hiddenRows' | 'hiddenCols'> = { ...hidden(q) };
  if (q.merged) out.merges = q.merged.isNullObject ? [] : areaBoxes(q.merged.address).sort((a, b) => a.row - b.row || a.col - b.col);
  return out;
}

/** What the facts request could not read on this Excel; lists are always a sample (see above). */
export function factLimits(can: ApiCheck): ReadLimit[] {
  const out: ReadLimit[] = [];
  if (!can('1.13')) out.push({ fact: 'merges', why: 'unsupported' });
  if (!can('1.9')) out.push({ fact: 'hidden', why: 'unsupported' });
  out.push({ fact: 'lists', why: can('1.8') ? 'sampled' : 'unsupported' });
  return out;
}

/** Workbook names (NamedItem.formula, ExcelApi 1.7): upper-cased name → "=Sheet!$A$2:$A$40". */
export function loadNames(context: Excel.RequestContext, can: ApiCheck): () => NameTable {
  if (!can('1.7')) return () => new Map();
  const names = context.workbook.names.load('items/name,items/formula');
  return () => new Map(names.items.map((n) => [n.name.toUpperCase(), String(n.formula)]));
}

/**
 * Shows a merged area's value in each of its cells, as the CLI's reader gives it (ExcelJS answers the
 * top-left cell's value for every cell of a merge) and as the user sees it; Office.js reads the other
 * cells blank. `copy` carries the top-left cell's other facts (its font) along. Costs one step per
 * merged cell.
 */
export function spreadMerges(rows: RawValue[][], merges: readonly CellBox[], copy?: (from: [number, number], to: [number, number]) => void): void {
  for (const m of merges) {
    const value = rows[m.row]?.[m.col] ?? null;
    for (let r = m.row; r < m.row + m.rows; r++) {
      const row = (rows[r] ??= []);
      for (let c = row.length; c < m.col + m.cols; c++) row[c] = null;
      for (let c = m.col; c < m.col + m.cols; c++) {
        if (r === m.row && c === m.col) continue;
        row[c] = value;
        copy?.([m.row, m.col], [r, c]);
      }
    }
  }
}
