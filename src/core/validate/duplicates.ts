// Duplicate rows and duplicate ids within one register.
import type { RawValue } from '../model';
import type { RunContext, TableCtx } from './context';
import { IdTable } from './idTable';
import { idKey } from './projectIndex';
import { rowHash, sameRow } from './rowHash';
import { repeatedRows } from './repeatedRows';
import { rowIssue } from './rows';

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

  // Any hash that treats equal rows alike will do, as long as one table uses one.
  const rowHashes = t.rowHashes ?? Int32Array.from(sheetRow.subarray(0, n), (r) => rowHash(sheetRows[r] ?? NO_CELLS, cols));
  const firstOf = repeatedRows(rowHashes, n, (i, j) => sameRow(sheetRows[sheetRow[i]] ?? NO_CELLS, sheetRows[sheetRow[j]] ?? NO_CELLS, cols));

  for (let i = 0; i < n; i++) {
    const first = firstOf[i];
    if (first >= 0) {
      rowIssue(ctx, t, i, 'AID-X302', cols[0], { row: sheetRow[i] + 1, firstRow: sheetRow[first] + 1 });
      continue;
    }
    if (!hasIds) continue;
    let firstId: number;
    if (oneId) {
      const x = idColumns[0].at(i);
      if (x === null) continue;
      firstId = oneId.add(x, i);
    } else {
      const values = idColumns.map((c) => c.at(i));
      if (values.some((x) => x === null)) continue;
      const key = values.map(idKey).join('\u0001');
      firstId = seenIds.get(key) ?? -1;
      if (firstId < 0) seenIds.set(key, i);
    }
    if (firstId >= 0) {
      const values = idColumns.map((c) => c.at(i));
      rowIssue(ctx, t, i, 'AID-X301', idCols[0], { value: values.map(String).join(' / '), firstRow: sheetRow[firstId] + 1 });
    }
  }
  if (oneId) t.ids = oneId;
}
