// Duplicate rows and duplicate ids within one register.
import type { RawValue } from '../model';
import type { RunContext, TableCtx } from './context';
import { IdTable } from './engine/idTable';
import { idKey } from './engine/projectIndex';
import { rowHash, sameRow } from './engine/rowHash';
import { repeatedRows, type RowEquality } from './engine/repeatedRows';
import { rowIssue } from './rows';
import type { StoreColumn } from './engine/rowStore';
import { duplicateId } from '../rules/cross/duplicateId';
import { duplicateRow } from '../rules/cross/duplicateRow';

const NO_CELLS: readonly RawValue[] = [];

/** A duplicated row is reported once, as such, and its id is not looked at again. */
export function duplicateRules(ctx: RunContext, t: TableCtx): void {
  const cols = t.present.map((p) => p.col).sort((a, b) => a - b);
  const sheetRows = t.sheet.rows;
  const store = t.store;
  const n = store.n;
  const sheetRow = store.r;
  const seenIds = new Map<string, number>();
  const idKeys = t.def.idKeys;
  const idCols = idKeys.map((k) => t.colOf[k]);
  const hasIds = idKeys.length > 0 && idCols.every((c) => c !== undefined);
  // Registers known by one id column (projects) keep their ids for the cross-register rules.
  const oneId = hasIds && idKeys.length === 1 ? new IdTable(n) : null;
  const idColumns = idKeys.map((k) => store.col(k)!);

  // Identical rows share their id, so in a register known by one id only rows whose id repeats or
  // is missing can repeat a row: the rest need neither a hash sort nor a comparison.
  let idFirst: Int32Array | null = null;
  let candidates: Int32Array | null = null;
  if (oneId) {
    idFirst = new Int32Array(n).fill(-1);
    const inGroup = new Uint8Array(n);
    const ids = idColumns[0];
    for (let i = 0; i < n; i++) {
      const x = ids.at(i);
      if (x === null) { inGroup[i] = 1; continue; }
      const first = oneId.add(x, i, ids.keyHash(i));
      if (first >= 0) { idFirst[i] = first; inGroup[i] = 1; inGroup[first] = 1; }
    }
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (inGroup[i] === 1) rows.push(i);
    candidates = Int32Array.from(rows);
  }

  // Any hash that treats equal rows alike will do, as long as one table uses one.
  const hashes = t.rowHashes ?? Int32Array.from(sheetRow.subarray(0, n), (r) => rowHash(sheetRows[r] ?? NO_CELLS, cols));
  const firstOf = repeatedRows(hashes, n, new SameMappedCells(sheetRows, sheetRow, cols), candidates);

  for (let i = 0; i < n; i++) {
    const first = firstOf[i];
    if (first >= 0) {
      rowIssue(ctx, t, i, duplicateRow.id, cols[0], { row: sheetRow[i] + 1, firstRow: sheetRow[first] + 1 });
      continue;
    }
    if (!hasIds) continue;
    let firstId: number;
    if (idFirst !== null) firstId = idFirst[i];
    else {
      const key = joinedIdKey(idColumns, i);
      if (key === null) continue;
      firstId = seenIds.get(key) ?? -1;
      if (firstId < 0) seenIds.set(key, i);
    }
    if (firstId >= 0) {
      const values = idColumns.map((c) => c.at(i));
      rowIssue(ctx, t, i, duplicateId.id, idCols[0], { value: values.map(String).join(' / '), firstRow: sheetRow[firstId] + 1 });
    }
  }
  if (oneId) t.ids = oneId;
}

/** Two stored rows are the same when their mapped cells are (engine/rowHash.ts sameRow). */
export class SameMappedCells implements RowEquality {
  constructor(private readonly sheetRows: readonly (readonly RawValue[] | undefined)[], private readonly sheetRow: Int32Array, private readonly cols: readonly number[]) {}

  same(i: number, j: number): boolean {
    return sameRow(this.sheetRows[this.sheetRow[i]] ?? NO_CELLS, this.sheetRows[this.sheetRow[j]] ?? NO_CELLS, this.cols);
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
