/// <reference types="office-js" />
// Office.js host: applies a SheetPlan to the open workbook, as src/excel/writePlan.ts does with ExcelJS
// for the CLI. It renders the plan exactly and decides nothing about content; names come from the same
// rules (core/plan/names.ts), so both writers give one layout.
//
// Round trips (context.sync), the cost that matters in Excel on the web:
//   1                       read the names of sheets, tables and defined names
// + 1                       the whole layout: new sheet, column widths, cells, font, styles, merges, borders,
//                           page setup, tables with
//                           their headers, validations, conditional formats, freeze panes, charts, and the
//                           first chunk of table rows with their calculated columns
// + (chunks − 1)            one per further chunk of table rows, chunks = ceil(rows / chunkRows) for rows of
//                           ordinary size, more when long text or calculated columns would take a chunk past
//                           the payload budget
// (+ 1 when cancelled: deleting the unfinished sheet, unless the caller removes it with others in its own
//  batch (leaveUnfinished); + 1 per 4 MB of literal cells outside tables, which no template or summary
//  plan comes near, but Consolidate's problems sheet may.)
// A plan without large tables (templates, summaries) therefore takes 2 round trips whatever its data.
// A cancel is honoured between any two requests after the first (never inside one), and
// plannedRequests counts the requests after the read of the names before anything is sent, by running
// the same code with nothing to write on.
import { freeSheetName, freeTableName, tableColumnNames } from '../../core/plan/names';
import { a1 } from '../../core/base/a1';
import type { PlanTable, SheetPlan } from '../../core/plan/sheetPlan';
import { columnsAddress, rangeAddress } from './address';
import { Batch } from './batch';
import { cellBlocks, type CellBlock } from './cellGrid';
import { addChart } from './chart';
import { addConditionalFormat, conditionalFormatBytes } from './conditionalFormat';
import { COMMAND_BYTES, gridBytes } from './payload';
import { applyStyle, columnWidthPoints, heightRuns, styleRects, widthRuns, type StyleRect } from './styles';
import { atEnd, takeChunk, totalRows, type BodyCursor, type TableBody } from './tableBody';
import { formulaColumns, formulaCost, formulaGrid, withoutColumns, type FormulaColumn } from './tableFormulas';
import { needsTextFormat, TEXT_FORMAT } from './textFormat';
import { applyValidation } from './validation';
import { applyBorders, applyPageSetup, applyPlanFont } from './pageSetup';

export interface WritePlanOfficeOptions {
  /** Table rows per request; default 5000. Long text makes chunks smaller still. */
  chunkRows?: number;
  /** Table rows written so far and in all, after each chunk (once with 0, 0 when the plan has no table rows). */
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks; when set the unfinished sheet is deleted and WriteCancelledError thrown. */
  signal?: { cancelled: boolean };
  /**
   * On a cancel, leave the unfinished sheet to the caller instead of deleting it with a request of its
   * own: Consolidate removes every sheet it added in one batch.
   */
  leaveUnfinished?: boolean;
  /**
   * Given the new sheet as soon as its creation is queued (before the request that creates it), so that
   * a caller can remove it if this or a later request fails.
   */
  onSheetAdded?: (sheet: Excel.Worksheet, name: string) => void;
  /** The plan's cells prepared already (prepareCells), when plannedRequests counted with them. */
  cells?: PreparedCells;
  /** After each request that writes the new sheet (not the read of the names before it): as many as plannedRequests says. */
  onRequest?: () => void;
  /** Language of generated column names for empty headers ("Cột 3" / "Column3"); default 'vi'. */
  lang?: 'vi' | 'en';
}

export interface WritePlanOfficeResult {
  sheetName: string;
  tableNames: string[];
  /** True when plan.name was taken (or not a legal sheet name) and another name was used. */
  renamed: boolean;
}

export class WriteCancelledError extends Error {
  /** `left`: the unfinished sheet's name when it was left for the caller to remove (leaveUnfinished). */
  constructor(readonly left: string | null = null) {
    super(left ? `Writing the sheet was cancelled; the unfinished sheet "${left}" is left to the caller.` : 'Writing the sheet was cancelled; the unfinished sheet was removed.');
    this.name = 'WriteCancelledError';
  }
}

export const DEFAULT_CHUNK_ROWS = 5000;

/** The ExcelJS writer's table look, set explicitly so both writers agree whatever Excel's default becomes. */
const TABLE_STYLE = 'TableStyleMedium2';

interface PlacedTable { plan: PlanTable; name: string; headers: string[]; body: TableBody; formulas: FormulaColumn[] }

/** What the calculated columns add to each chunk: those of the costliest table, counted for every chunk. */
interface ChunkCost { perRow: number; perSlice: number }

function chunkCost(tables: readonly PlacedTable[]): ChunkCost {
  return tables.map((t) => formulaCost(t.formulas, t.body.rows.length))
    .reduce((a, b) => ({ perRow: Math.max(a.perRow, b.perRow), perSlice: Math.max(a.perSlice, b.perSlice) }), { perRow: 0, perSlice: 0 });
}

/**
 * The next chunk that fits `room` bytes of a batch. Room for each slice's command envelopes and
 * calculated columns is kept free, so the chunk never splits into two requests; calculated columns may
 * take at most half of it.
 */
function nextChunk(bodies: readonly TableBody[], cursor: BodyCursor, cost: ChunkCost, chunkRows: number, batchRoom: number): ReturnType<typeof takeChunk> {
  const room = batchRoom - (COMMAND_BYTES + cost.perSlice) * (bodies.length + 1);
  const maxRows = cost.perRow > 0 ? Math.max(1, Math.min(chunkRows, Math.floor(room / 2 / cost.perRow))) : chunkRows;
  return takeChunk(bodies, cursor, maxRows, room - cost.perRow * maxRows);
}

/**
 * The requests writePlanOffice will make after its read of the names (the layout, in as many requests
 * as its payload needs, then each chunk of table rows), counted before writing by running the writer
 * with nothing to write on: a caller writing several plans can then say "part 3 of 7".
 */
export async function plannedRequests(plan: SheetPlan, opts: Pick<WritePlanOfficeOptions, 'chunkRows' | 'lang' | 'cells'> = {}): Promise<number> {
  const counter = new Batch({ sync: async () => undefined });
  await writeSheet(counter, putter(counter, null), plan, opts.cells ?? prepareCells(plan), placeTables(plan, new Set(), opts.lang ?? 'vi'), chunkRowsOf(opts));
  return counter.syncs;
}

const chunkRowsOf = (opts: Pick<WritePlanOfficeOptions, 'chunkRows'>): number => Math.max(1, Math.floor(opts.chunkRows ?? DEFAULT_CHUNK_ROWS));

/** Excel wants at least one data row in a table; an empty plan table gets one empty row, as in the ExcelJS writer. */
function placeTables(plan: SheetPlan, taken: Set<string>, lang: 'vi' | 'en'): PlacedTable[] {
  const placed: PlacedTable[] = [];
  for (const t of plan.tables ?? []) {
    const headers = tableColumnNames(t.headers, lang);
    if (headers.length === 0) continue;
    const name = freeTableName(taken, t.name);
    taken.add(name.toUpperCase());
    const formulas = formulaColumns(t, headers.length);
    // A calculated column's values are not written, as in the ExcelJS writer: they would only be replaced.
    const rows = t.rows.length === 0 ? [headers.map(() => null)] : formulas.length === 0 ? t.rows : withoutColumns(t.rows, formulas);
    placed.push({ plan: t, name, headers, body: { row: t.row + 1, col: t.col, width: headers.length, rows, numFmts: t.numFmts }, formulas });
  }
  return placed;
}

/**
 * A plan's cells as the writer sends them: blocks of values and formats, and rectangles of styles.
 * Computed once when a caller both counts requests and writes (for Consolidate's problems sheet,
 * 200 000 cells, it takes seconds).
 */
export interface PreparedCells { blocks: CellBlock[]; styles: StyleRect[] }

export function prepareCells(plan: SheetPlan): PreparedCells {
  return { blocks: cellBlocks(plan.cells), styles: styleRects(plan.cells) };
}

/** Counts a command's payload against the batch, then queues it on the new sheet (no sheet when only counting requests). */
type Put = (bytes: number, queue: (sheet: Excel.Worksheet) => void) => Promise<void>;

function putter(batch: Batch, sheet: Excel.Worksheet | null): Put {
  return async (bytes, queue) => {
    await batch.reserve(bytes);
    if (sheet) queue(sheet);
  };
}

async function writeLayout(put: Put, plan: SheetPlan, cells: PreparedCells, tables: PlacedTable[]): Promise<void> {
  for (const run of widthRuns(plan.columnWidths ?? [])) {
    await put(0, (sheet) => { sheet.getRange(columnsAddress(run.col, run.cols)).format.columnWidth = columnWidthPoints(run.width); });
  }

  for (const run of heightRuns(plan.rowHeights ?? [])) {
    await put(0, (sheet) => { sheet.getRange(rangeAddress({ row: run.row, col: 0, rows: run.rows, cols: 1 })).format.rowHeight = run.height; });
  }

  // Number formats before values: a Text format must be in place when its text arrives (textFormat.ts).
  for (const b of cells.blocks) {
    await put(b.bytes, (sheet) => {
      const range = sheet.getRange(rangeAddress(b));
      if (b.numberFormat) range.numberFormat = b.numberFormat;
      if (b.values) range.values = b.values;
      if (b.formulas) range.formulas = b.formulas;
    });
  }
  if (plan.font) await put(0, (sheet) => applyPlanFont(sheet, plan));
  for (const r of cells.styles) await put(0, (sheet) => applyStyle(sheet.getRange(rangeAddress(r)), r.style));
  // After the cells, as in the ExcelJS writer: a merge keeps the top-left cell's content.
  for (const m of plan.merges ?? []) {
    if (m.rows < 1 || m.cols < 1 || (m.rows === 1 && m.cols === 1)) continue;
    await put(0, (sheet) => sheet.getRange(rangeAddress(m)).merge(false));
  }
  for (const area of plan.borders ?? []) {
    if (area.rows < 1 || area.cols < 1) continue;
    await put(0, (sheet) => applyBorders(sheet, area));
  }
  if (plan.page) {
    const page = plan.page;
    await put(0, (sheet) => applyPageSetup(sheet, page));
  }

  for (const t of tables) {
    await put(t.headers.reduce((n, h) => n + h.length * 6 + 8, 0) * 2, (sheet) => {
      // A Range, not an address string: TableCollection.add resolves a bare address on the active sheet.
      const table = sheet.tables.add(sheet.getRange(rangeAddress({ row: t.plan.row, col: t.plan.col, rows: t.body.rows.length + 1, cols: t.headers.length })), true);
      table.name = t.name;
      table.style = TABLE_STYLE;
      const header = table.getHeaderRowRange();
      if (t.headers.some(needsTextFormat)) header.numberFormat = [t.headers.map((h) => (needsTextFormat(h) ? TEXT_FORMAT : null))];
      header.values = [t.headers];
    });
  }

  for (const v of plan.validations ?? []) {
    if (v.range.rows <= 0 || v.range.cols <= 0) continue;
    await put(0, (sheet) => applyValidation(sheet.getRange(rangeAddress(v.range)), v));
  }

  // Excel puts a new format on top of the list: last rule first leaves the plan's first rule on top.
  for (const cf of [...(plan.conditionalFormats ?? [])].reverse()) await put(conditionalFormatBytes(cf), (sheet) => addConditionalFormat(sheet, cf));

  const fr = plan.freeze;
  if (fr && (fr.rows > 0 || fr.cols > 0)) {
    await put(0, (sheet) => {
      if (fr.rows > 0 && fr.cols > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${a1(fr.rows - 1, fr.cols - 1)}`));
      else if (fr.rows > 0) sheet.freezePanes.freezeRows(fr.rows);
      else sheet.freezePanes.freezeColumns(fr.cols);
    });
  }

  for (const c of plan.charts ?? []) await put(COMMAND_BYTES * (2 + 3 * c.series.length), (sheet) => addChart(sheet, c));
}

/** Between the writer's requests: after each chunk of rows, and before the next chunk is built. */
interface ChunkHooks {
  /** Before building the next chunk (not the first, which goes with the layout): where a cancel stops. */
  beforeChunk?: () => Promise<void> | void;
  /** After the request of a chunk: table rows written so far. */
  afterChunk?: (done: number) => void;
}

/**
 * The writer's requests after its read of the names: the layout (in as many requests as its payload
 * needs) with the first chunk of table rows, then one request per further chunk.
 */
async function writeSheet(batch: Batch, put: Put, plan: SheetPlan, cells: PreparedCells, tables: PlacedTable[], chunkRows: number, hooks: ChunkHooks = {}): Promise<void> {
  await writeLayout(put, plan, cells, tables);
  const bodies = tables.map((t) => t.body);
  const cost = chunkCost(tables);
  let cursor: BodyCursor = { table: 0, row: 0 };
  let done = 0;
  let first = true;
  while (first || !atEnd(bodies, cursor)) {
    if (!first) await hooks.beforeChunk?.();
    const { chunk, next } = nextChunk(bodies, cursor, cost, chunkRows, batch.room);
    for (const s of chunk.slices) {
      const t = bodies[s.table];
      await put(s.bytes, (sheet) => {
        const range = sheet.getRange(rangeAddress({ row: t.row + s.from, col: t.col, rows: s.to - s.from, cols: t.width }));
        if (s.numberFormat) range.numberFormat = s.numberFormat;
        if (s.values) range.values = s.values;
      });
      for (const f of tables[s.table].formulas) {
        const grid = formulaGrid(f, s.from, s.to);
        await put(gridBytes(grid), (sheet) => {
          sheet.getRange(rangeAddress({ row: t.row + s.from, col: t.col + f.col, rows: s.to - s.from, cols: 1 })).formulas = grid;
        });
      }
    }
    await batch.sync();
    done += chunk.rows;
    cursor = next;
    first = false;
    hooks.afterChunk?.(done);
  }
}

/**
 * Adds a new worksheet for `plan` to the workbook behind `context` and writes the plan into it. Never
 * touches an existing sheet: a taken name becomes "Name (2)", "Name (3)"… (core/plan/names.ts). Table
 * rows go out in chunks of `chunkRows`, one request each, with progress and cancellation between them.
 */
export async function writePlanOffice(context: Excel.RequestContext, plan: SheetPlan, opts: WritePlanOfficeOptions = {}): Promise<WritePlanOfficeResult> {
  const lang = opts.lang ?? 'vi';
  const batch = new Batch(context);

  const sheets = context.workbook.worksheets.load('items/name');
  const workbookTables = context.workbook.tables.load('items/name');
  const names = context.workbook.names.load('items/name');
  await batch.sync();
  if (opts.signal?.cancelled) throw new WriteCancelledError();

  const sheetName = freeSheetName(sheets.items.map((s) => s.name), plan.name);
  // Table names share one namespace with defined names, as in the ExcelJS writer.
  const taken = new Set([...workbookTables.items, ...names.items].map((x) => x.name.toUpperCase()));
  const tables = placeTables(plan, taken, lang);
  const total = totalRows(tables.map((t) => t.body));

  const sheet = context.workbook.worksheets.add(sheetName);
  opts.onSheetAdded?.(sheet, sheetName);
  /** Stops between two requests, the queue empty: the unfinished sheet is left to the caller or deleted. */
  const stopIfCancelled = async (): Promise<void> => {
    if (!opts.signal?.cancelled) return;
    if (opts.leaveUnfinished) throw new WriteCancelledError(sheetName);
    batch.onSent = null;
    sheet.delete();
    await batch.sync();
    throw new WriteCancelledError();
  };
  batch.onSent = () => opts.onRequest?.();
  // A layout too large for one request is sent in several: a cancel is honoured between them too.
  batch.between = stopIfCancelled;
  await writeSheet(batch, putter(batch, sheet), plan, opts.cells ?? prepareCells(plan), tables, chunkRowsOf(opts), {
    beforeChunk: stopIfCancelled,
    afterChunk: (done) => opts.onProgress?.(done, total),
  });

  return { sheetName, tableNames: tables.map((t) => t.name), renamed: sheetName !== plan.name };
}
