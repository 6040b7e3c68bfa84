// One pass over a row below the header: what kind of row it is (rowClass.ts) and, in the same pass,
// each mapped cell read the cheap way (cleanCells.ts) and the row's hash for the duplicate-row rule
// (rowHash.ts). Cells of unmapped columns only count towards the row's kind.
import { isBlank } from '../detect';
import type { RawValue } from '../model';
import { CleanReader, newCellFacts, readCell, type Clean, type ReaderCtx } from './cleanCells';
import type { TableCtx } from './context';
import { sectionOrNumbering, isTotalsText, mappedMask, type RowClass } from './rowClass';
import { finalHash, mixHash, ROW_SEED } from './rowHash';

export interface ScanColumn {
  readonly p: TableCtx['present'][number];
  readonly col: number;
  readonly key: string;
  readonly isCurrency: boolean;
  readonly reader: CleanReader;
  /** False for a later key mapped to a column already read: the cell counts once. */
  readonly firstOfCell: boolean;
}

export class RowScanner {
  readonly columns: ScanColumn[];
  /** Per column, of the last row scanned as data: its clean value or SLOW, and its meta. */
  readonly values: Clean[];
  readonly metas: (string | null)[];
  /** Hash of the last data row's mapped cells, taken in the order of `columns`. */
  hash = 0;
  private readonly mapped: boolean[];
  private readonly cell = newCellFacts();

  constructor(present: TableCtx['present'], ctx: Omit<ReaderCtx, 'col' | 'multiplier'>) {
    const seen = new Set<number>();
    this.columns = present.map((p) => {
      const firstOfCell = !seen.has(p.col);
      seen.add(p.col);
      const reader = new CleanReader(p.def, { ...ctx, col: p.col, multiplier: p.multiplier });
      return { p, col: p.col, key: p.def.key, isCurrency: p.def.key === 'currency', firstOfCell, reader };
    });
    this.values = this.columns.map(() => null);
    this.metas = this.columns.map(() => null);
    this.mapped = mappedMask(present.map((p) => p.col));
  }

  scan(row: readonly RawValue[], r: number, firstAfterHeader: boolean): RowClass {
    // Which cell of a row is a totals label, and in which order cells are counted, does not matter:
    // one label makes a totals row, and "the only filled cell" is only asked of rows with one.
    let filled = 0;
    let filledAll = 0;
    let onlyText: RawValue = null;
    let h = ROW_SEED;
    const columns = this.columns;
    const cell = this.cell;
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      const raw = row[c.col];
      this.values[i] = readCell(c.reader, raw, r, cell);
      if (cell.totals) return 'totals';
      this.metas[i] = cell.meta;
      h = mixHash(h, cell.hash);
      if (!cell.blank) {
        filled++;
        if (c.firstOfCell) { filledAll++; onlyText = raw; }
      }
    }
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
    if (filled === 0) return 'blank';
    const other = sectionOrNumbering(row, filledAll, onlyText, firstAfterHeader);
    if (other) return other;
    this.hash = finalHash(h);
    return 'data';
  }
}
