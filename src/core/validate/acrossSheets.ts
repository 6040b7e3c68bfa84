// Registers of one kind on several sheets (one sheet per year) are one register: an id used on two of
// them is a duplicate, as within one sheet. The rows' own sheets keep the duplicate-id rule per
// register fast (duplicates.ts); here the ids those runs kept are merged, only when a kind has
// several sheets, so a workbook with one register per kind pays nothing.
import type { RunContext, TableCtx } from './context';
import { IdTable } from './engine/idTable';
import { joinedIdKey } from './duplicates';
import { rowIssue } from './rows';
import { duplicateIdAcrossSheets } from '../rules/cross/duplicateIdAcrossSheets';

export function duplicateIdsAcrossSheets(ctx: RunContext, tables: readonly TableCtx[]): void {
  const byKind = new Map<string, TableCtx[]>();
  for (const t of tables) {
    if (t.def.idKeys.length === 0 || !t.def.idKeys.every((k) => t.colOf[k] !== undefined)) continue;
    const list = byKind.get(t.def.kind);
    if (list) list.push(t); else byKind.set(t.def.kind, [t]);
  }
  for (const same of byKind.values()) {
    if (new Set(same.map((t) => t.sheet.name)).size < 2) continue;
    if (same[0].def.idKeys.length === 1) oneIdAcross(ctx, same); else joinedIdsAcross(ctx, same);
  }
}

/**
 * Registers known by one id. The largest one's ids are already in a table (the duplicate-id rule's):
 * only the others' rows are added to a table of their own and looked up in it, so a report sheet of
 * twenty projects beside a register of a hundred thousand costs twenty lookups, not a second table of
 * the hundred thousand. An id's first use is the earliest in sheet order; every later use on another
 * sheet is reported.
 */
function oneIdAcross(ctx: RunContext, same: readonly TableCtx[]): void {
  const key = same[0].def.idKeys[0];
  let big = 0;
  for (let k = 1; k < same.length; k++) if (same[k].store.n > same[big].store.n) big = k;
  const bigIds = same[big].ids;
  if (!bigIds) { allIdsAcross(ctx, same, key); return; }
  const rest = new IdTable();
  const tableOf: number[] = [];
  const rowOf: number[] = [];
  // Ids first used before the largest register: its rows using them are reported, found in one pass.
  const before = new IdTable();
  same.forEach((t, k) => {
    if (k === big) return;
    const ids = t.store.col(key)!;
    for (let i = 0; i < t.store.n; i++) {
      const id = ids.at(i);
      if (id === null) continue;
      const hash = ids.keyHash(i);
      const seen = rest.add(id, tableOf.length, hash);
      let firstTable = -1;
      let firstRow = -1;
      if (seen >= 0) { firstTable = tableOf[seen]; firstRow = rowOf[seen]; } else { tableOf.push(k); rowOf.push(i); }
      const inBig = bigIds.find(id, hash);
      if (inBig >= 0 && big < k && (firstTable < 0 || big < firstTable)) { firstTable = big; firstRow = inBig; }
      if (firstTable >= 0) report(ctx, t, i, same[firstTable], firstRow, String(id));
      else if (inBig >= 0) before.add(id, tableOf.length - 1, hash);
    }
  });
  if (before.size === 0) return;
  const t = same[big];
  const ids = t.store.col(key)!;
  for (let i = 0; i < t.store.n; i++) {
    const id = ids.at(i);
    if (id === null) continue;
    const first = before.find(id, ids.keyHash(i));
    if (first >= 0) report(ctx, t, i, same[tableOf[first]], rowOf[first], String(id));
  }
}

/** Every register's rows in one id table: when the largest one's ids were not kept. */
function allIdsAcross(ctx: RunContext, same: readonly TableCtx[], key: string): void {
  const all = new IdTable();
  const tableOf: number[] = [];
  const rowOf: number[] = [];
  same.forEach((t, k) => {
    const ids = t.store.col(key)!;
    for (let i = 0; i < t.store.n; i++) {
      const id = ids.at(i);
      if (id === null) continue;
      const first = all.add(id, tableOf.length, ids.keyHash(i));
      if (first < 0) { tableOf.push(k); rowOf.push(i); continue; }
      report(ctx, t, i, same[tableOf[first]], rowOf[first], String(id));
    }
  });
}

function joinedIdsAcross(ctx: RunContext, same: readonly TableCtx[]): void {
  const seen = new Map<string, { t: TableCtx; i: number }>();
  for (const t of same) {
    const columns = t.def.idKeys.map((k) => t.store.col(k)!);
    for (let i = 0; i < t.store.n; i++) {
      const key = joinedIdKey(columns, i);
      if (key === null) continue;
      const first = seen.get(key);
      if (first === undefined) { seen.set(key, { t, i }); continue; }
      report(ctx, t, i, first.t, first.i, columns.map((c) => String(c.at(i))).join(' / '));
    }
  }
}

/** Repeats within one sheet are the duplicate-id rule's (duplicate-id), already reported. */
function report(ctx: RunContext, t: TableCtx, i: number, first: TableCtx, firstRow: number, value: string): void {
  if (first.sheet === t.sheet) return;
  const col = t.colOf[t.def.idKeys[0]];
  rowIssue(ctx, t, i, duplicateIdAcrossSheets.id, col, { value, firstSheet: first.sheet.name, firstRow: first.store.row(firstRow) + 1 });
}
