// The rows below a header, read column by column: each mapped cell read the cheap way (cleanCells.ts)
// straight into the row store, and per row what its classification (rowClass.ts) and the
// duplicate-row rule (rowHash.ts) need. A column at a time keeps one reader, one memo and one branch
// pattern hot, which reads a register about twice as fast as going cell by cell along each row.
// Cells of unmapped columns only count towards the row's kind, in classify().
import { isBlank } from '../detect';
import type { RawValue } from '../model';
import { CleanReader, newCellFacts, readCell, SLOW, type ReaderCtx } from './cleanCells';
import type { TableCtx } from './context';
import { sectionOrNumbering, isTotalsText, mappedMask, type RowClass } from './rowClass';
import { finalHash, mixHash, ROW_SEED } from './rowHash';
import type { StoreColumn } from './rowStore';

export interface ScanColumn {
  readonly p: TableCtx['present'][number];
  readonly col: number;
  readonly key: string;
  readonly isCurrency: boolean;
  readonly reader: CleanReader;
  /** False for a later key mapped to a column already read: the cell counts once. */
  readonly firstOfCell: boolean;
  /** Per row position: 1 when the cheap read gave up and parseCell must read the cell. */
  readonly slow: Uint8Array;
  /** Per row position, for readers with a meta key: the row's meta value from a clean read. */
  readonly metas: (string | null)[] | null;
}

export class TableScanner {
  readonly columns: ScanColumn[];
  private readonly mapped: boolean[];
  // Per row position (sheet row = first + position):
  private readonly totals: Uint8Array;
  private readonly filled: Uint16Array;
  private readonly filledAll: Uint16Array;
  /** A column of a filled first-of-cell mapped cell (which one, when it is the only filled one). */
  private readonly onlyCol: Int32Array;
  private readonly hashes: Int32Array;

  /**
   * @param first the sheet row of position 0
   * @param count how many rows from `first` on are read
   */
  constructor(present: TableCtx['present'], ctx: Omit<ReaderCtx, 'col' | 'multiplier'>, private readonly first: number, readonly count: number) {
    const seen = new Set<number>();
    this.columns = present.map((p) => {
      const firstOfCell = !seen.has(p.col);
      seen.add(p.col);
      const reader = new CleanReader(p.def, { ...ctx, col: p.col, multiplier: p.multiplier });
      const metas = reader.metaKey !== null ? new Array<string | null>(count).fill(null) : null;
      return { p, col: p.col, key: p.def.key, isCurrency: p.def.key === 'currency', firstOfCell, reader, slow: new Uint8Array(count), metas };
    });
    this.mapped = mappedMask(present.map((p) => p.col));
    this.totals = new Uint8Array(count);
    this.filled = new Uint16Array(count);
    this.filledAll = new Uint16Array(count);
    this.onlyCol = new Int32Array(count).fill(-1);
    this.hashes = new Int32Array(count).fill(ROW_SEED);
  }

  /** Reads every mapped column; column i's clean values go to targets[i] at each row's position. */
  readColumns(rows: readonly (readonly RawValue[] | undefined)[], targets: readonly StoreColumn[]): void {
    const cell = newCellFacts();
    const { totals, filled, filledAll, onlyCol, hashes, count, first } = this;
    for (let i = 0; i < this.columns.length; i++) {
      const c = this.columns[i];
      const { reader, col, slow, metas, firstOfCell } = c;
      const target = targets[i];
      for (let p = 0; p < count; p++) {
        const r = first + p;
        const row = rows[r];
        const raw = row === undefined ? null : row[col];
        const value = readCell(reader, raw, r, cell);
        if (cell.totals) totals[p] = 1;
        hashes[p] = mixHash(hashes[p], cell.hash);
        if (!cell.blank) {
          filled[p]++;
          if (firstOfCell) { filledAll[p]++; onlyCol[p] = col; }
        }
        if (value === SLOW) { slow[p] = 1; continue; }
        target.set(p, value);
        if (metas !== null) metas[p] = cell.meta;
      }
    }
  }

  /** The kind of the row at position p, from its mapped cells read above and its other cells. */
  classify(p: number, row: readonly RawValue[]): RowClass {
    if (this.totals[p] === 1) return 'totals';
    let filledAll = this.filledAll[p];
    let onlyText: RawValue = this.onlyCol[p] >= 0 ? row[this.onlyCol[p]] : null;
    const mapped = this.mapped;
    for (let col = 0; col < row.length; col++) {
      if (mapped[col] === true) continue;
      const v = row[col];
      if (v === null || v === undefined) continue;
      if (typeof v === 'string') {
        if (isBlank(v)) continue;
        if (isTotalsText(v)) return 'totals';
      }
      filledAll++;
      onlyText = v;
    }
    if (this.filled[p] === 0) return 'blank';
    return sectionOrNumbering(row, filledAll, onlyText, p === 0) ?? 'data';
  }

  /** Hash of the mapped cells of the row at position p, in the order of `columns`. */
  hash(p: number): number {
    return finalHash(this.hashes[p]);
  }
}
