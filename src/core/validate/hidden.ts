// What the user hid, never counted or left out silently (EngineOptions.hidden). A careful officer
// expects a hidden sheet to be an old copy (so, by default, its register is listed but not counted)
// and a hidden or filtered row to be a view of the data, not a deletion (so it is counted, and said).
import { colLetter } from '../base/a1';
import type { HeaderCandidate } from '../detect';
import type { EngineOptions, SheetInput, SkippedSheet } from '../model';
import { makeContext, type RunContext, type TableCtx } from './context';
import { parseRows } from './dataRows';
import { duplicateRules } from './duplicates';
import { buildTable } from './table';
import { IdTable } from './engine/idTable';
import { hiddenRowsCounted } from '../rules/table/hiddenRowsCounted';
import { hiddenColumnsRead } from '../rules/table/hiddenColumnsRead';
import { hiddenSheetNotCounted } from '../rules/table/hiddenSheetNotCounted';
import { hiddenSheetRepeatsIds } from '../rules/cross/hiddenSheetRepeatsIds';

/** Row numbers a message lists before "…". */
const ROWS_SHOWN = 10;

export class HiddenSheets {
  /** Registers on hidden sheets left out, read apart (their issues are not the user's to fix). */
  private readonly aside: TableCtx[] = [];
  private readonly skipped: SkippedSheet[] = [];

  constructor(private readonly ctx: RunContext, private readonly opts: EngineOptions) {}

  /** True when the sheet's register is to be set aside rather than counted. */
  skips(sheet: SheetInput): boolean {
    return sheet.visibility === 'hidden' && (this.opts.hidden ?? 'skip-sheets') === 'skip-sheets';
  }

  /** Reads the hidden sheet's register on a scratch run, to list it and compare its ids; reports it as not counted. */
  setAside(sheet: SheetInput, cand: HeaderCandidate): void {
    const scratch = makeContext(this.opts);
    const t = buildTable(sheet, cand);
    parseRows(scratch, t, cand);
    duplicateRules(scratch, t);
    this.aside.push(t);
    this.skipped.push({ sheet: sheet.name, kind: t.def.kind, rows: t.store.n });
    this.ctx.sink.add(hiddenSheetNotCounted.id, sheet.name, null, null, { kind: t.def.kind, rows: t.store.n });
  }

  /**
   * Reports each hidden sheet whose register repeats ids of a visible sheet of its kind, whether it
   * was counted or set aside; returns the registers set aside, for the result.
   */
  compare(counted: readonly TableCtx[]): SkippedSheet[] | undefined {
    const hiddenTables = [...counted.filter((t) => t.sheet.visibility === 'hidden'), ...this.aside];
    for (const h of hiddenTables) {
      const key = h.def.idKeys.length === 1 ? h.def.idKeys[0] : undefined;
      const ids = key !== undefined ? h.store.col(key) : undefined;
      if (key === undefined || ids === undefined) continue;
      // The hidden register's distinct ids, found once and compared with each visible sheet's.
      const distinct = new IdTable(h.store.n);
      const own: (string | number)[] = [];
      for (let i = 0; i < h.store.n; i++) {
        const id = ids.at(i);
        if (id !== null && distinct.add(id, i) < 0) own.push(id);
      }
      const total = own.length;
      let best: { other: TableCtx; count: number; example: string; total: number } | null = null;
      for (const v of counted) {
        if (v.def.kind !== h.def.kind || v.sheet.visibility === 'hidden' || v === h) continue;
        const known = idsOf(v, key);
        let count = 0, example = '';
        for (const id of own) if (known.find(id) >= 0 && count++ === 0) example = String(id);
        if (count > 0 && (best === null || count > best.count)) best = { other: v, count, example, total };
      }
      if (best === null) continue;
      this.ctx.sink.add(hiddenSheetRepeatsIds.id, h.sheet.name, null, null, { kind: h.def.kind, count: best.count, total: best.total, otherSheet: best.other.sheet.name, value: best.example });
      const s = this.skipped.find((x) => x.sheet === h.sheet.name && x.kind === h.def.kind);
      if (s) s.repeats = best.other.sheet.name;
    }
    return this.skipped.length > 0 ? this.skipped : undefined;
  }
}

/** The register's ids: those the duplicate-id rule kept, else read from its id column. */
function idsOf(t: TableCtx, key: string): IdTable {
  if (t.ids) return t.ids;
  const col = t.store.col(key)!;
  const ids = new IdTable(t.store.n);
  for (let i = 0; i < t.store.n; i++) { const id = col.at(i); if (id !== null) ids.add(id, i, col.keyHash(i)); }
  return ids;
}

/**
 * Hidden or filtered rows and hidden columns inside a counted register: counted and read, and said
 * once per register with their row numbers and column letters (TableInfo too, for the CLI's JSON).
 */
export function noteHiddenCells(ctx: RunContext, t: TableCtx): void {
  const hiddenRows = t.sheet.hiddenRows;
  if (hiddenRows && hiddenRows.length > 0) {
    const rows: number[] = [];
    const store = t.store;
    // Both sorted: one pass over each.
    for (let i = 0, k = 0; i < store.n && k < hiddenRows.length;) {
      const r = store.row(i);
      if (r === hiddenRows[k]) { rows.push(r + 1); i++; k++; } else if (r < hiddenRows[k]) i++; else k++;
    }
    if (rows.length > 0) {
      t.info.hiddenRows = rows;
      const shown = rows.slice(0, ROWS_SHOWN).join(', ') + (rows.length > ROWS_SHOWN ? ', …' : '');
      ctx.sink.add(hiddenRowsCounted.id, t.sheet.name, null, null, { kind: t.def.kind, count: rows.length, rows: shown });
    }
  }
  const hiddenCols = t.sheet.hiddenCols;
  if (hiddenCols && hiddenCols.length > 0) {
    const hidden = new Set(hiddenCols);
    const letters = t.present.map((p) => p.col).filter((c) => hidden.has(c)).sort((a, b) => a - b).map(colLetter);
    if (letters.length > 0) {
      t.info.hiddenColumns = letters;
      ctx.sink.add(hiddenColumnsRead.id, t.sheet.name, null, null, { kind: t.def.kind, columns: letters.join(', ') });
    }
  }
}
