/// <reference types="office-js" />
// Office.js host: reads the open workbook into the engine's WorkbookInput, in chunks, as the CLI's
// ExcelJS reader does with a file. It decides nothing about content: which sheet holds which register
// is the engine's call (detectHeader), made on what this returns.
//
// Round trips (context.sync):
//   1                 sheet names, ids and visibility; tables and their sheets; saved column mappings;
//                     the workbook's defined names (drop-down lists may name their source)
// + 1                 the used range of each sheet (values only) and the address of each table
// + 1                 what the sheets hold besides values, all sheets at once (sheetFacts.ts): merged
//                     areas and visible cells (hence hidden rows and columns); skipped when no sheet
//                     holds a value. It cannot ride with the used ranges:
//                     it is asked of the block up to the used range's end, known only after that sync,
//                     and a method called on an empty sheet's null used range would fail the batch
// + chunks            cell values, packed so that one request carries at most `chunkCells` cells
//                     (Excel on the web refuses a response over 5 MB; 100k cells of register data is
//                     ~2 MB of JSON) and one sheet's chunk at most `chunkRows` rows
// + font batches      only for texts that read as TCVN3/VNI under some font: the cell's font name
//                     settles it. First one request for every column holding such texts (the font of
//                     the block from its first to its last such cell: one name when the column is in
//                     one font, as registers are); then, only for columns of mixed fonts, one request
//                     per `fontCells` such cells. Usually 0 or 1.
// + 1                 drop-down lists, all sheets at once: each register the engine finds on the values
//                     read, probed in each of its columns at its first data row (sheetFacts.ts);
//                     skipped when no register is found or this Excel lacks ExcelApi 1.8
// Progress is reported and cancellation checked after every chunk, and the JS thread yields to the
// pane between chunks. A merged area's value is then shown in each of its cells, as the CLI's reader
// gives it (sheetFacts.ts: spreadMerges).
import type { RawValue, SheetInput, WorkbookInput } from '../../core/model';
import { legacyUnderSomeFont } from '../../core/parse/legacy';
import { localAddress, rawFromOffice } from './officeValues';
import { loadMappings, type Mappings } from './mappingStore';
import { type ApiCheck, type ListProbe, type QueuedFacts, factLimits, listsFound, loadNames, officeApiCheck, queueFacts, queueListProbes, readFacts, spreadMerges } from './sheetFacts';

export interface ReadBookOptions {
  /** Only these sheets (by name); default: every sheet that is not very hidden. */
  sheets?: readonly string[];
  /** Most rows of one sheet per chunk; default 5000. */
  chunkRows?: number;
  /** Most cells per request; default 100,000. */
  chunkCells?: number;
  /** Most font lookups per request; default 2000. */
  fontCells?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: { cancelled: boolean };
  /** Which ExcelApi versions this Excel offers; default: Office's requirement check. */
  apiCheck?: ApiCheck;
}

export interface OfficeBook {
  input: WorkbookInput;
  /** Worksheet id → name, for worksheet events (they name the sheet by id). */
  sheetIds: Map<string, string>;
  mappings: Mappings;
  /** False when the read stopped on cancellation (the input is then incomplete). */
  complete: boolean;
  /** Sheets read that are protected: they can be checked but not marked. */
  protectedSheets: Set<string>;
}

export const DEFAULT_READ_CHUNK_ROWS = 5000;
export const DEFAULT_READ_CHUNK_CELLS = 100_000;
const DEFAULT_FONT_CELLS = 2000;

interface SheetRead {
  name: string;
  sheet: Excel.Worksheet;
  hidden: boolean;
  used: Excel.Range;
  facts: QueuedFacts | null;
  rows: RawValue[][];
  fonts: Map<number, string>;
  tables: { name: string; range: Excel.Range }[];
}

interface Chunk { read: SheetRead; row: number; col: number; rows: number; cols: number }

/** Lets Excel and the pane breathe between requests. */
const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const fontKey = (row: number, col: number): number => row * 16_384 + col;

function planChunks(reads: SheetRead[], chunkRows: number, chunkCells: number): Chunk[][] {
  const batches: Chunk[][] = [];
  let batch: Chunk[] = [];
  let cells = 0;
  for (const read of reads) {
    if (read.used.isNullObject) continue;
    const { rowIndex, columnIndex, rowCount, columnCount } = read.used;
    const step = Math.max(1, Math.min(chunkRows, Math.floor(chunkCells / columnCount)));
    for (let r = 0; r < rowCount; r += step) {
      const rows = Math.min(step, rowCount - r);
      if (batch.length > 0 && cells + rows * columnCount > chunkCells) {
        batches.push(batch);
        batch = [];
        cells = 0;
      }
      batch.push({ read, row: rowIndex + r, col: columnIndex, rows, cols: columnCount });
      cells += rows * columnCount;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Places a chunk's values at their sheet coordinates (rows before the used range stay empty). */
function storeChunk(chunk: Chunk, values: readonly (readonly unknown[])[]): void {
  const { rows } = chunk.read;
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    const row: RawValue[] = new Array<RawValue>(chunk.col + src.length).fill(null);
    for (let j = 0; j < src.length; j++) row[chunk.col + j] = rawFromOffice(src[j]);
    rows[chunk.row + i] = row;
  }
}

interface FontColumn { read: SheetRead; col: number; rows: number[]; font?: Excel.RangeFont }

async function readFonts(context: Excel.RequestContext, reads: SheetRead[], perBatch: number): Promise<void> {
  // Texts some legacy font would convert are common in Unicode registers too ("Xã Khe Sanh" reads
  // as TCVN3 "Xó Khe Sanh"), so a column's font is asked once before any cell's.
  const columns: FontColumn[] = [];
  for (const read of reads) {
    const byCol = new Map<number, FontColumn>();
    read.rows.forEach((row, r) => row.forEach((v, c) => {
      if (typeof v !== 'string' || !legacyUnderSomeFont(v)) return;
      let column = byCol.get(c);
      if (!column) { column = { read, col: c, rows: [] }; byCol.set(c, column); columns.push(column); }
      column.rows.push(r);
    }));
  }
  if (columns.length === 0) return;
  for (const column of columns) {
    const first = column.rows[0];
    const last = column.rows[column.rows.length - 1];
    column.font = column.read.sheet.getRangeByIndexes(first, column.col, last - first + 1, 1).format.font.load('name');
  }
  await context.sync();
  const wanted: { read: SheetRead; row: number; col: number }[] = [];
  for (const column of columns) {
    // One name: the whole block is in that font. null (mixed fonts) or nothing: each cell is asked.
    const name = column.font?.name;
    if (name) for (const r of column.rows) column.read.fonts.set(fontKey(r, column.col), name);
    else for (const r of column.rows) wanted.push({ read: column.read, row: r, col: column.col });
  }
  for (let i = 0; i < wanted.length; i += perBatch) {
    const part = wanted.slice(i, i + perBatch).map((w) => ({ ...w, font: w.read.sheet.getRangeByIndexes(w.row, w.col, 1, 1).format.font.load('name') }));
    await context.sync();
    for (const p of part) if (p.font.name) p.read.fonts.set(fontKey(p.row, p.col), p.font.name);
  }
}

export async function readBookOffice(context: Excel.RequestContext, opts: ReadBookOptions = {}): Promise<OfficeBook> {
  const chunkRows = opts.chunkRows ?? DEFAULT_READ_CHUNK_ROWS;
  const chunkCells = opts.chunkCells ?? DEFAULT_READ_CHUNK_CELLS;
  const sheets = context.workbook.worksheets.load('items/name,items/id,items/visibility,items/protection/protected');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  const mappingsLoad = loadMappings(context);
  const can = opts.apiCheck ?? officeApiCheck;
  const namesLoad = loadNames(context, can);
  await context.sync();

  const sheetIds = new Map(sheets.items.map((s) => [s.id, s.name]));
  const protectedSheets = new Set(sheets.items.filter((s) => s.protection.protected).map((s) => s.name));
  const only = opts.sheets ? new Set(opts.sheets) : null;
  const reads: SheetRead[] = sheets.items
    .filter((s) => s.visibility !== 'VeryHidden' && (!only || only.has(s.name)))
    .map((s) => ({
      name: s.name,
      sheet: s,
      hidden: s.visibility === 'Hidden',
      facts: null,
      used: s.getUsedRangeOrNullObject(true).load('isNullObject,rowIndex,columnIndex,rowCount,columnCount'),
      rows: [],
      fonts: new Map(),
      tables: tables.items.filter((t) => t.worksheet.name === s.name).map((t) => ({ name: t.name, range: t.getRange().load('address') })),
    }));
  await context.sync();

  for (const r of reads) if (!r.used.isNullObject) r.facts = queueFacts(r.sheet, r.used, can);
  if (reads.some((r) => r.facts)) await context.sync();
  const names = namesLoad();

  const batches = planChunks(reads, chunkRows, chunkCells);
  const total = batches.reduce((n, b) => n + b.reduce((m, c) => m + c.rows, 0), 0);
  let done = 0;
  opts.onProgress?.(0, total);
  for (const batch of batches) {
    if (opts.signal?.cancelled) return { input: { sheets: [] }, sheetIds, mappings: mappingsLoad(), complete: false, protectedSheets };
    const ranges = batch.map((c) => c.read.sheet.getRangeByIndexes(c.row, c.col, c.rows, c.cols).load('values'));
    await context.sync();
    batch.forEach((c, i) => storeChunk(c, ranges[i].values));
    done += batch.reduce((m, c) => m + c.rows, 0);
    opts.onProgress?.(done, total);
    await yieldToUi();
  }
  if (opts.signal?.cancelled) return { input: { sheets: [] }, sheetIds, mappings: mappingsLoad(), complete: false, protectedSheets };
  await readFonts(context, reads, opts.fontCells ?? DEFAULT_FONT_CELLS);

  const input: WorkbookInput = {
    sheets: reads.map((r): SheetInput => {
      const facts = r.facts ? readFacts(r.facts) : null;
      // After the font lookups, so that a copied value is not looked up again: it takes its source's font.
      spreadMerges(r.rows, facts?.merges ?? [], ([fr, fc], [tr, tc]) => {
        const font = r.fonts.get(fontKey(fr, fc));
        if (font !== undefined) r.fonts.set(fontKey(tr, tc), font);
      });
      for (let i = 0; i < r.rows.length; i++) r.rows[i] ??= [];
      return {
        name: r.name,
        rows: r.rows,
        tables: r.tables.map((t) => ({ name: t.name, ref: localAddress(t.range.address) })),
        font: r.fonts.size > 0 ? (row, col) => r.fonts.get(fontKey(row, col)) : undefined,
        visibility: r.hidden ? 'hidden' : 'visible',
        // An empty sheet has no facts to read: nothing is merged, hidden or listed where nothing is.
        ...(facts ?? { merges: [], hiddenRows: [], hiddenCols: [] }),
        lists: can('1.8') || !facts ? [] : undefined,
      };
    }),
    limits: factLimits(can),
  };
  const mappings = mappingsLoad();
  if (can('1.8')) await readLists(context, reads, input, mappings, names);
  return { input, sheetIds, mappings, complete: true, protectedSheets };
}

/** Each register's drop-down lists, probed on the values read: one request for every sheet. */
async function readLists(context: Excel.RequestContext, reads: SheetRead[], input: WorkbookInput, mappings: OfficeBook['mappings'], names: ReturnType<ReturnType<typeof loadNames>>): Promise<void> {
  const probes: (ListProbe[] | null)[] = reads.map((r, i) => (r.facts ? queueListProbes(r.sheet, input.sheets[i], { mappings }) : null));
  if (!probes.some((p) => p !== null && p.length > 0)) return;
  await context.sync();
  probes.forEach((p, i) => { if (p) input.sheets[i].lists = listsFound(p, reads[i].name, names); });
}

/**
 * Rows r0..r1 (0-based, inclusive) of one sheet, columns 0..width-1, for re-checking an edit without
 * reading the whole sheet again. One round trip per `chunkCells` cells.
 */
export async function readRowsOffice(
  context: Excel.RequestContext, sheetName: string, r0: number, r1: number, width: number, chunkCells = DEFAULT_READ_CHUNK_CELLS,
): Promise<RawValue[][]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const out: RawValue[][] = [];
  const step = Math.max(1, Math.floor(chunkCells / width));
  for (let r = r0; r <= r1; r += step) {
    const rows = Math.min(step, r1 - r + 1);
    const range = sheet.getRangeByIndexes(r, 0, rows, width).load('values');
    await context.sync();
    for (const src of range.values) out.push(src.map(rawFromOffice));
  }
  return out;
}
