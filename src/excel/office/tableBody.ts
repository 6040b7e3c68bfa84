// The data rows of a plan's tables, cut into chunks: at most `maxRows` rows and an estimated payload that
// fits the room of the batch, so each chunk is one request. Chunks run on across tables, so a plan with
// several small tables still needs a single request for all of them.
import type { PlanValue } from '../../core/plan/sheetPlan';
import { literalCell, type GridValue } from './cellGrid';
import { rowBytes } from './payload';
import { TEXT_FORMAT } from './textFormat';

export interface TableBody {
  /** Sheet row and column (0-based) of the first data row. */
  row: number;
  col: number;
  width: number;
  rows: readonly (readonly PlanValue[])[];
  numFmts?: readonly (string | undefined)[];
}

/** Rows from..to (exclusive) of one table, as the arrays written into them. */
export interface BodySlice {
  table: number;
  from: number;
  to: number;
  values: GridValue[][] | null;
  numberFormat: (string | null)[][] | null;
  bytes: number;
}

export interface BodyChunk { slices: BodySlice[]; rows: number }

export interface BodyCursor { table: number; row: number }

interface RowArrays { values: GridValue[]; numberFormat: (string | null)[]; hasValue: boolean; hasFormat: boolean }

function rowArrays(t: TableBody, r: number): RowArrays {
  const values: GridValue[] = [];
  const numberFormat: (string | null)[] = [];
  let hasValue = false;
  let hasFormat = false;
  const src = t.rows[r];
  for (let j = 0; j < t.width; j++) {
    const lit = literalCell(src?.[j]);
    const fmt = lit.textFormat ? TEXT_FORMAT : t.numFmts?.[j] ?? null;
    values.push(lit.value);
    numberFormat.push(fmt);
    if (lit.value !== null) hasValue = true;
    if (fmt !== null) hasFormat = true;
  }
  return { values, numberFormat, hasValue, hasFormat };
}

export function totalRows(tables: readonly TableBody[]): number {
  return tables.reduce((n, t) => n + t.rows.length, 0);
}

/**
 * The next chunk from `cursor`: rows until `maxRows` or until the next row would push the estimate past
 * `room` bytes (at least one row, whatever its size). Returns the chunk and where the next one starts.
 */
export function takeChunk(tables: readonly TableBody[], cursor: BodyCursor, maxRows: number, room: number): { chunk: BodyChunk; next: BodyCursor } {
  interface Building { table: number; from: number; to: number; values: GridValue[][]; numberFormat: (string | null)[][]; anyValue: boolean; anyFormat: boolean; bytes: number }
  const parts: Building[] = [];
  let { table, row } = cursor;
  let rows = 0;
  let bytes = 0;
  while (table < tables.length && rows < maxRows) {
    const t = tables[table];
    if (row >= t.rows.length) {
      table++;
      row = 0;
      continue;
    }
    const arrays = rowArrays(t, row);
    // Both arrays are counted even when one of them is not written: a cheap, safe over-estimate.
    const cost = rowBytes(arrays.values) + rowBytes(arrays.numberFormat) + 2;
    if (rows > 0 && bytes + cost > room) break;
    let part = parts[parts.length - 1];
    if (!part || part.table !== table) {
      part = { table, from: row, to: row, values: [], numberFormat: [], anyValue: false, anyFormat: false, bytes: 0 };
      parts.push(part);
    }
    part.values.push(arrays.values);
    part.numberFormat.push(arrays.numberFormat);
    part.anyValue ||= arrays.hasValue;
    part.anyFormat ||= arrays.hasFormat;
    part.to = row + 1;
    part.bytes += cost;
    bytes += cost;
    rows++;
    row++;
  }
  const slices = parts.map((p): BodySlice => ({
    table: p.table,
    from: p.from,
    to: p.to,
    values: p.anyValue ? p.values : null,
    numberFormat: p.anyFormat ? p.numberFormat : null,
    bytes: p.bytes,
  }));
  return { chunk: { slices, rows }, next: { table, row } };
}

export function atEnd(tables: readonly TableBody[], cursor: BodyCursor): boolean {
  let { table, row } = cursor;
  while (table < tables.length && row >= tables[table].rows.length) {
    table++;
    row = 0;
  }
  return table >= tables.length;
}
