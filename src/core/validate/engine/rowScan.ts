// The rows below a header, read column by column: each mapped cell read the cheap way (cleanCells.ts)
// straight into the row store (unless its column is read again later, see readAgainLater), and per
// row what its classification (../rowClass.ts) and the duplicate-row rule (rowHash.ts) need. A column at a time keeps one reader, one memo and one branch
// pattern hot, which reads a register about twice as fast as going cell by cell along each row.
// Cells of unmapped columns only count towards the row's kind, in classify().
import { isBlank } from '../../base/cell';
import type { RawValue } from '../../model';
import { CleanReader, newCellFacts, readCell, SLOW, type ReaderCtx } from './cleanCells';
import type { TableCtx } from '../context';
import { sectionOrNumbering, isTotalsText, mappedMask, type RowClass } from '../rowClass';
import { finalHash, mixHash, numberHash, ROW_SEED } from './rowHash';
import type { CellSource, RowStore, StoreColumn } from './rowStore';
import type { ColumnDef } from '../../schema/registers';

export interface ScanColumn {
  readonly p: TableCtx['present'][number];
  readonly col: number;
  readonly key: string;
  readonly isCurrency: boolean;
  readonly reader: CleanReader;
  /** False for a later key mapped to a column already read: the cell counts once. */
  readonly firstOfCell: boolean;
  /** Per row of the block read last: 1 when the cheap read gave up and parseCell must read the cell. */
  readonly slow: Uint8Array;
  /** The column's place in the store. */
  readonly column: StoreColumn;
  /** Where the column's clean values go: `column`, or null for a column read again when rows are built. */
  readonly target: StoreColumn | null;
  /** For readers with a meta key: the store's values of that key, by row position. */
  readonly metas: StoreColumn | null;
  /**
   * For an amount with a plausibility bound: the register's currency column, read before it
   * (parseRows orders it first), whose cell bounds the amount in its row's currency.
   */
  byCurrency: ScanColumn | null;
}

/**
 * Text and code columns that no rule reads (titles, donors, sectors, notes…) are not copied into the
 * store while checking: row objects read them again from the sheet (StoreColumn.readFrom).
 */
export function readAgainLater(def: ColumnDef): boolean {
  return (def.type === 'text' || def.type === 'code') && def.key !== 'status';
}

const BLANK = 0, FILLED = 1, TOTALS = 2;
/** Rows read column by column at a time (see readColumns). */
export const BLOCK = 256;

/** A column's clean cells, read again as the scanner read them. */
function cleanSource(rows: readonly (readonly RawValue[] | undefined)[], col: number, reader: CleanReader): CellSource {
  const facts = newCellFacts();
  return {
    rows,
    col,
    read(raw, r) {
      const v = readCell(reader, raw, r, facts);
      return v === SLOW ? null : v;
    },
  };
}

/** What a cell outside the mapped columns says about its row. */
function otherCell(v: RawValue): number {
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'string') {
    if (isBlank(v)) return BLANK;
    if (isTotalsText(v)) return TOTALS;
  }
  return FILLED;
}

export class TableScanner {
  readonly columns: ScanColumn[];
  /** Unmapped columns of the region left of the last mapped one; every column right of it is unmapped too. */
  private readonly gaps: number[];
  private readonly width: number;
  /** The region's columns [from, to): a register beside another reads none of the other's cells. */
  private readonly from: number;
  private readonly to: number;
  /** Position of the first row of the block read last; the arrays below hold that block's rows. */
  private base = 0;
  // Per row of the block (sheet row = first + base + index):
  private readonly totals: Uint8Array;
  /**
   * Filled mapped cells, each counted once (a cell mapped twice is blank or filled for both keys).
   * Which one it was, when it is the only one, is looked up again in classify(): that is rare.
   */
  private readonly filled: Uint16Array;
  private readonly hashes: Int32Array;
  /** 1 when some cell of the row needs parseCell: the row needs a closer look. */
  private readonly special: Uint8Array;
  /** A number column's clean numbers of the block being read, handed to the store at its end (NaN: blank or slow). */
  private readonly numbers: Float64Array;
  private readonly cell = newCellFacts();
  /**
   * Rows of the block read last that the sheet lacks, or whose first mapped cell it lacks (touchRows):
   * kept so that the compiler cannot drop that loop's loads as unused.
   */
  missing = 0;

  /**
   * @param first the sheet row of position 0
   * @param count how many rows from `first` on are read
   * @param store where the values go, at each row's position
   * @param from first column of the register's region
   * @param to column the region ends before
   * @param hashing whether rows are hashed for the duplicate-row rule (see hash); a register known by
   *   one id hashes its few candidate rows later (../duplicates.ts)
   */
  constructor(present: TableCtx['present'], ctx: Omit<ReaderCtx, 'col' | 'multiplier'>, rows: readonly (readonly RawValue[] | undefined)[], private readonly first: number, readonly count: number, store: RowStore, from = 0, to = Number.MAX_SAFE_INTEGER, private readonly hashing = true) {
    const seen = new Set<number>();
    // Block-sized, not table-sized: what a block's rows need stays in the CPU cache.
    const size = Math.min(count, BLOCK);
    this.columns = present.map((p) => {
      const firstOfCell = !seen.has(p.col);
      seen.add(p.col);
      // Spelled out: an object spread here cost AID.CHECK (a table per call) two microseconds a column.
      const reader = new CleanReader(p.def, { font: ctx.font, dataLang: ctx.dataLang, today: ctx.today, col: p.col, multiplier: p.multiplier });
      const metas = reader.metaKey !== null ? store.metaColumn(reader.metaKey) : null;
      const column = store.col(p.def.key)!;
      if (readAgainLater(p.def)) column.readFrom(cleanSource(rows, p.col, reader));
      const target = column.copied ? column : null;
      return { p, col: p.col, key: p.def.key, isCurrency: p.def.key === 'currency', firstOfCell, reader, slow: new Uint8Array(size), column, target, metas, byCurrency: null };
    });
    const currency = this.columns.find((c) => c.isCurrency && c.target !== null);
    if (currency) {
      for (const c of this.columns) {
        if (c.p.def.type === 'amount' && c.p.def.plausibleMaxUsd !== undefined && this.columns.indexOf(c) > this.columns.indexOf(currency)) c.byCurrency = currency;
      }
    }
    const mapped = mappedMask(present.map((p) => p.col));
    this.width = mapped.length;
    this.from = from;
    this.to = to;
    this.gaps = [];
    for (let col = from; col < mapped.length; col++) if (!mapped[col]) this.gaps.push(col);
    this.totals = new Uint8Array(size);
    this.filled = new Uint16Array(size);
    this.hashes = new Int32Array(size);
    this.special = new Uint8Array(size);
    this.numbers = new Float64Array(size);
  }

  /**
   * Reads every mapped column of the rows at positions [start, end), at most BLOCK of them, into the
   * store at each row's position; classify, hash, needsParse and isSlow then answer for those rows
   * until the next call. Callers go block by block, so that a block's rows stay in the CPU cache
   * while each of its columns is read, and while the rows are then classified.
   */
  readColumns(rows: readonly (readonly RawValue[] | undefined)[], start: number, end: number): void {
    if (end - start > this.totals.length) throw new RangeError(`at most ${this.totals.length} rows at a time`);
    this.base = start;
    this.totals.fill(0);
    this.filled.fill(0);
    this.hashes.fill(ROW_SEED);
    this.special.fill(0);
    this.missing = this.touchRows(rows, start, end);
    for (let i = 0; i < this.columns.length; i++) {
      this.columns[i].slow.fill(0);
      this.readBlock(rows, this.columns[i], start, end);
    }
  }

  /**
   * Loads each row of the block once, in a loop short enough for the processor to have many of
   * those loads in flight at a time; the first column's read then finds the rows in its cache
   * instead of waiting on memory for each one in turn. Returns the rows the sheet lacks.
   */
  private touchRows(rows: readonly (readonly RawValue[] | undefined)[], start: number, end: number): number {
    const col = this.columns.length > 0 ? this.columns[0].col : 0;
    let missing = 0;
    for (let p = this.first + start, e = this.first + end; p < e; p++) {
      const row = rows[p];
      if (row === undefined || row[col] === undefined) missing++;
    }
    return missing;
  }

  /** True when some cell of the row at position p needs parseCell. */
  needsParse(p: number): boolean {
    return this.special[p - this.base] === 1;
  }

  /** True when column c's cell of the row at position p needs parseCell. */
  isSlow(c: ScanColumn, p: number): boolean {
    return c.slow[p - this.base] === 1;
  }

  private readBlock(rows: readonly (readonly RawValue[] | undefined)[], c: ScanColumn, start: number, end: number): void {
    // A column of numbers or dates (the store knows which) takes its clean numbers a block at a time.
    const next = c.target !== null && c.target.takesNumbers() ? this.readNumbers(rows, c, start, end, c.target) : start;
    if (next < end) this.readCells(rows, c, next, end, next - start);
  }

  /**
   * A column of numbers or dates: number cells (nearly all of them) skip readCell's bookkeeping, and
   * the block's clean values go to the store together. Other cells are read as readCells reads them.
   * Returns where readCells must go on: `end`, or the row after a cell whose value is not a number
   * (the column then holds other values, and takes them one by one).
   */
  private readNumbers(rows: readonly (readonly RawValue[] | undefined)[], c: ScanColumn, start: number, end: number, target: StoreColumn): number {
    const cell = this.cell;
    const { totals, filled, hashes, special, first, numbers, hashing } = this;
    const { reader, col, slow, metas, firstOfCell } = c;
    const byCurrency = c.byCurrency;
    for (let p = start, q = 0; p < end; p++, q++) {
      const r = first + p;
      const row = rows[r];
      const raw = row === undefined ? null : row[col];
      if (byCurrency !== null) reader.rowCurrency(byCurrency.slow[q] === 1 ? undefined : byCurrency.column.str(p));
      if (typeof raw === 'number') {
        // What readCell would say of a number: not blank, no totals label, hashed as the number.
        if (hashing) hashes[q] = mixHash(hashes[q], numberHash(raw));
        if (firstOfCell) filled[q]++;
        cell.meta = null;
        // The clean value goes straight to the block, never boxed (see CleanReader.readNumber).
        if (!reader.readNumber(raw, cell, numbers, q)) { slow[q] = 1; special[q] = 1; numbers[q] = NaN; continue; }
        if (metas !== null) metas.set(p, cell.meta);
        continue;
      }
      const value = readCell(reader, raw, r, cell);
      if (cell.totals) totals[q] = 1;
      if (hashing) hashes[q] = mixHash(hashes[q], cell.hash);
      if (!cell.blank && firstOfCell) filled[q]++;
      // A slow cell's value comes from parseCell.
      if (value === SLOW) { slow[q] = 1; special[q] = 1; numbers[q] = NaN; continue; }
      if (metas !== null) metas.set(p, cell.meta);
      if (typeof value === 'number' && value === value) numbers[q] = value;
      else if (value === null) numbers[q] = NaN;
      else {
        target.putNumbers(numbers, start, q);
        target.set(p, value);
        return p + 1;
      }
    }
    target.putNumbers(numbers, start, end - start);
    return end;
  }

  /** Cells of rows [start, end), the first at block index q0, through readCell. */
  private readCells(rows: readonly (readonly RawValue[] | undefined)[], c: ScanColumn, start: number, end: number, q0: number): void {
    const cell = this.cell;
    const { totals, filled, hashes, special, first, hashing } = this;
    const { reader, col, slow, metas, firstOfCell, target } = c;
    // An id column: its clean plain ids leave their key hash in the store.
    const keyed = target !== null && reader.keyed;
    // Made by the first plain id: a column of ids typed as numbers has none.
    let keyHashes = keyed ? target.keyHashes(false) : null;
    const byCurrency = c.byCurrency;
    for (let p = start, q = q0; p < end; p++, q++) {
      const r = first + p;
      const row = rows[r];
      const raw = row === undefined ? null : row[col];
      if (byCurrency !== null) reader.rowCurrency(byCurrency.slow[q] === 1 ? undefined : byCurrency.column.str(p));
      const value = readCell(reader, raw, r, cell);
      if (cell.totals) totals[q] = 1;
      if (hashing) hashes[q] = mixHash(hashes[q], cell.hash);
      if (!cell.blank && firstOfCell) filled[q]++;
      if (value === SLOW) { slow[q] = 1; special[q] = 1; continue; }
      if (target !== null) target.set(p, value);
      if (keyed) {
        const h = cell.keyHash;
        if (keyHashes === null && h >= 0) keyHashes = target.keyHashes(true);
        if (keyHashes !== null) keyHashes[p] = h;
      }
      if (metas !== null) metas.set(p, cell.meta);
    }
  }

  /** The kind of the row at position p, from its mapped cells read above and its other cells. */
  classify(p: number, row: readonly RawValue[]): RowClass {
    const q = p - this.base;
    if (this.totals[q] === 1) return 'totals';
    const mappedFilled = this.filled[q];
    let filledAll = mappedFilled;
    const gaps = this.gaps;
    const n = row.length;
    for (let g = 0; g < gaps.length && gaps[g] < n; g++) {
      const kind = otherCell(row[gaps[g]]);
      if (kind === TOTALS) return 'totals';
      if (kind === FILLED) filledAll++;
    }
    const end = n < this.to ? n : this.to;
    for (let col = this.width; col < end; col++) {
      const kind = otherCell(row[col]);
      if (kind === TOTALS) return 'totals';
      if (kind === FILLED) filledAll++;
    }
    if (mappedFilled === 0) return 'blank';
    // filledAll 1: the one filled cell is mapped (mappedFilled is 1), and may be a section heading.
    return sectionOrNumbering(row, filledAll, filledAll === 1 ? this.loneMappedCell(row) : null, p === 0, this.from, this.to) ?? 'data';
  }

  /** The one filled mapped cell of a row whose other cells are all blank. */
  private loneMappedCell(row: readonly RawValue[]): RawValue {
    for (const c of this.columns) if (!isBlank(row[c.col])) return row[c.col];
    return null;
  }

  /** Hash of the mapped cells of the row at position p, in the order of `columns` (when hashing). */
  hash(p: number): number {
    return finalHash(this.hashes[p - this.base]);
  }
}
