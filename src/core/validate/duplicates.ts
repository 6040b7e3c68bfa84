// Duplicate rows and duplicate ids within one register.
import type { RawValue } from '../model';
import type { RunContext, TableCtx } from './context';
import { IdTable } from './engine/idTable';
import { idKey } from './engine/projectIndex';
import { rowHash, sameRow } from './engine/rowHash';
import { repeatedRows, type RowEquality } from './engine/repeatedRows';
import { rowIssue } from './rows';
import { zeroedBytes } from './engine/scratch';
import type { SheetRowOf, StoreColumn } from './engine/rowStore';
import { duplicateId } from '../rules/cross/duplicateId';
import { duplicateRow } from '../rules/cross/duplicateRow';

const NO_CELLS: readonly RawValue[] = [];

/** A duplicated row is reported once, as such, and its id is not looked at again. */
export function duplicateRules(ctx: RunContext, t: TableCtx): void {
  const cols = t.present.map((p) => p.col).sort((a, b) => a - b);
  const sheetRows = t.sheet.rows;
  const store = t.store;
  const n = store.n;
  const seenIds = new Map<string, number>();
  const idKeys = t.def.idKeys;
  const idCols = idKeys.map((k) => t.colOf[k]);
  const hasIds = idKeys.length > 0 && idCols.every((c) => c !== undefined);
  // Registers known by one id column (projects) keep their ids for the cross-register rules.
  const oneId = knownByOneId(t) ? new IdTable(n) : null;
  const idColumns = idKeys.map((k) => store.col(k)!);

  // Identical rows share their id, so in a register known by one id only rows whose id repeats or
  // is missing can repeat a row: the rest need neither a hash sort nor a comparison. The rows whose
  // id repeats are listed with their first row, in row order: a few, where an array of every row
  // was fresh memory per run.
  const idRows: number[] = [];
  const idFirsts: number[] = [];
  let candidates: Int32Array | null = null;
  if (oneId) {
    const inGroup = zeroedBytes('duplicateRules.inGroup', n);
    const ids = idColumns[0];
    for (let i = 0; i < n; i++) {
      const x = ids.at(i);
      if (x === null) { inGroup[i] = 1; continue; }
      const first = oneId.add(x, i, ids.keyHash(i));
      if (first >= 0) { idRows.push(i); idFirsts.push(first); inGroup[i] = 1; inGroup[first] = 1; }
    }
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (inGroup[i] === 1) rows.push(i);
    candidates = Int32Array.from(rows);
  }

  // Any hash that treats equal rows alike will do, as long as one table uses one: the scanner's, or
  // for the few candidates of a register known by one id (whose rows the scanner left unhashed), rowHash.
  const rowHashOf = (i: number): number => rowHash(sheetRows[store.row(i)] ?? NO_CELLS, cols);
  const hashes = candidates !== null ? Int32Array.from(candidates, rowHashOf) : t.rowHashes ?? Int32Array.from({ length: n }, (_, i) => rowHashOf(i));
  const repeats = repeatedRows(hashes, n, new SameMappedCells(sheetRows, store, cols), candidates);

  const sayRepeat = (d: number): void => {
    const i = repeats.rows[d];
    rowIssue(ctx, t, i, duplicateRow.id, cols[0], { row: store.row(i) + 1, firstRow: store.row(repeats.firsts[d]) + 1 });
  };
  const sayId = (i: number, firstId: number): void => {
    const values = idColumns.map((c) => c.at(i));
    rowIssue(ctx, t, i, duplicateId.id, idCols[0], { value: values.map(String).join(' / '), firstRow: store.row(firstId) + 1 });
  };
  // Row order throughout: a repeated row is said as such, and its id is not looked at again.
  let d = 0;
  const repeatsBefore = (i: number): void => {
    while (d < repeats.rows.length && repeats.rows[d] < i) sayRepeat(d++);
  };
  if (oneId) {
    for (let k = 0; k < idRows.length; k++) {
      const i = idRows[k];
      repeatsBefore(i);
      if (d < repeats.rows.length && repeats.rows[d] === i) { sayRepeat(d++); continue; }
      sayId(i, idFirsts[k]);
    }
  } else if (hasIds) {
    for (let i = 0; i < n; i++) {
      repeatsBefore(i);
      if (d < repeats.rows.length && repeats.rows[d] === i) { sayRepeat(d++); continue; }
      const key = joinedIdKey(idColumns, i);
      if (key === null) continue;
      const firstId = seenIds.get(key) ?? -1;
      if (firstId < 0) seenIds.set(key, i); else sayId(i, firstId);
    }
  }
  repeatsBefore(n);
  if (oneId) t.ids = oneId;
}

/**
 * A register known by one id column (projects): only rows whose id repeats or is missing can repeat
 * a row, so its rows need no hash while they are read, and its ids are kept for the cross rules.
 */
export function knownByOneId(t: TableCtx): boolean {
  const keys = t.def.idKeys;
  return keys.length === 1 && t.colOf[keys[0]] !== undefined;
}

/** Two stored rows are the same when their mapped cells are (engine/rowHash.ts sameRow). */
export class SameMappedCells implements RowEquality {
  constructor(private readonly sheetRows: readonly (readonly RawValue[] | undefined)[], private readonly store: SheetRowOf, private readonly cols: readonly number[]) {}

  same(i: number, j: number): boolean {
    return sameRow(this.sheetRows[this.store.row(i)] ?? NO_CELLS, this.sheetRows[this.store.row(j)] ?? NO_CELLS, this.cols);
  }
}

/**
 * The id keys of row i's id columns joined, or null when one is blank. Built without an array per
 * row: arrays holding texts on some rows and numbers on others made the rule's compiled code start
 * over in every run.
 */
export function joinedIdKey(columns: readonly StoreColumn[], i: number): string | null {
  let key = '';
  for (let k = 0; k < columns.length; k++) {
    const v = columns[k].at(i);
    if (v === null) return null;
    key = k === 0 ? idKey(v) : `${key}\u0001${idKey(v)}`;
  }
  return key;
}
