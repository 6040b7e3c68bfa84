// Duplicate rows and duplicate ids within one register.
import type { RawValue } from '../model';
import type { RunContext, TableCtx } from './context';
import { IdTable } from './idTable';
import { idKey } from './projectIndex';
import { rowHash, sameRow } from './rowHash';
import { rowIssue } from './rows';

const NO_CELLS: readonly RawValue[] = [];

/** A duplicated row is reported once, as such, and its id is not looked at again. */
export function duplicateRules(ctx: RunContext, t: TableCtx): void {
  const cols = t.present.map((p) => p.col).sort((a, b) => a - b);
  const sheetRows = t.sheet.rows;
  const rows = t.rows;
  const seenIds = new Map<string, number>();
  const idKeys = t.def.idKeys;
  const idCols = idKeys.map((k) => t.colOf[k]);
  const hasIds = idKeys.length > 0 && idCols.every((c) => c !== undefined);
  // Registers known by one id column (projects) keep their ids for the cross-register rules.
  const oneId = hasIds && idKeys.length === 1 ? new IdTable(rows.length) : null;

  // Open addressing over row hashes, each slot a pair: 1 + index of the first row of its kind, and
  // that row's hash, side by side so that a probe reads one place in memory.
  let size = 16;
  while (size < rows.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  // Any hash that treats equal rows alike will do, as long as one table uses one.
  const rowHashes = t.rowHashes ?? Int32Array.from(rows, (row) => rowHash(sheetRows[row.r] ?? NO_CELLS, cols));

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const h = rowHashes[i];
    let s = h & mask;
    let first = -1;
    for (let k = slots[2 * s]; k !== 0; k = slots[2 * s]) {
      if (slots[2 * s + 1] === h && sameRow(sheetRows[row.r] ?? NO_CELLS, sheetRows[rows[k - 1].r] ?? NO_CELLS, cols)) { first = k - 1; break; }
      s = (s + 1) & mask;
    }
    if (first >= 0) {
      rowIssue(ctx, t, row, 'AID-X302', cols[0], { row: row.r + 1, firstRow: rows[first].r + 1 });
      continue;
    }
    slots[2 * s] = i + 1;
    slots[2 * s + 1] = h;

    if (!hasIds) continue;
    let firstId: number;
    if (oneId) {
      const x = row.v[idKeys[0]];
      if (x === null) continue;
      firstId = oneId.add(x, i);
    } else {
      const values = idKeys.map((k) => row.v[k]);
      if (values.some((x) => x === null)) continue;
      const key = values.map(idKey).join('\u0001');
      firstId = seenIds.get(key) ?? -1;
      if (firstId < 0) seenIds.set(key, i);
    }
    if (firstId >= 0) {
      const values = idKeys.map((k) => row.v[k]);
      rowIssue(ctx, t, row, 'AID-X301', idCols[0], { value: values.map(String).join(' / '), firstRow: rows[firstId].r + 1 });
    }
  }
  if (oneId) t.ids = oneId;
}
