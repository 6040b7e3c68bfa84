// The data rows of a register: where they start and end, what each row is (data, blank, section
// heading, totals) and every mapped cell parsed, the clean ones cheaply (cleanCells.ts) and the rest
// by parseCell, which reports their issues.
import { isBlank, type HeaderCandidate } from '../detect';
import type { ParsedValue, RawValue } from '../model';
import { parseCell } from './cells';
import { SLOW } from './cleanCells';
import type { RunContext, TableCtx } from './context';
import { isTotalsText, looksLikeData } from './rowClass';
import { RowScanner } from './rowScan';
import { RowStore } from './rowStore';
import { findTotalsRow } from './totals';

/** Parses the data rows of a table into `t.store`, for the row and cross-register rules. */
export function parseRows(ctx: RunContext, t: TableCtx, cand: HeaderCandidate): void {
  const rows = t.sheet.rows;
  const mapped = t.present.map((p) => p.col);
  const idKey = t.def.columns[0].type === 'id' ? t.def.columns[0].key : undefined;
  const idCol = idKey !== undefined ? t.colOf[idKey] : undefined;

  let last = -1;
  for (let r = rows.length - 1; r > cand.row; r--) {
    const row = rows[r];
    if (row && looksLikeData(row, mapped, idCol) && !isTotalsText(firstText(row))) { last = r; break; }
  }
  const sheet = t.sheet.name;
  const kind = t.def.kind;
  const currencyCol = t.colOf.currency;
  const ordered = orderForCurrency(t.present);
  // Values are gathered in the register's column order, then become the row's `v` in one go.
  const keyIndex = new Map(t.def.columns.map((c, k) => [c.key, k]));
  const currencyAt = keyIndex.get('currency') ?? -1;
  const headerCurrency = t.present.find((p) => p.def.type === 'amount' && p.headerCurrency)?.headerCurrency;
  const blanks: number[] = [];
  const scanner = new RowScanner(ordered, { font: t.sheet.font, dataLang: t.dataLang, today: ctx.today });
  const { columns, values, metas } = scanner;
  const at = columns.map((c) => keyIndex.get(c.key)!);
  const gathered: ParsedValue[] = t.def.columns.map(() => null);
  const firstMapped = mapped.length ? Math.min(...mapped) : 0;
  const capacity = Math.max(0, last - cand.row);
  const hashes = new Int32Array(capacity);
  const store = new RowStore(t.def, capacity);
  t.store = store;

  for (let r = cand.row + 1; r <= last; r++) {
    const row = rows[r] ?? [];
    const cls = scanner.scan(row, r, r === cand.row + 1);
    if (cls === 'blank') { blanks.push(r); continue; }
    if (cls === 'section' || cls === 'numbering') continue;
    if (cls === 'totals') {
      ctx.sink.add('AID-T005', sheet, r, firstFilledCol(row), { kind, row: r + 1 });
      continue;
    }
    if (blanks.length > 0) {
      for (const b of blanks) ctx.sink.add('AID-T004', sheet, b, firstMapped, { kind, row: b + 1 });
      blanks.length = 0;
    }

    let meta: Record<string, string> | undefined;
    let errorRules: string[] | null = null;
    let rowCurrency: string | null = null;
    if (currencyAt >= 0) gathered[currencyAt] = null;
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      const value = values[i];
      if (value !== SLOW) {
        gathered[at[i]] = value;
        const m = metas[i];
        if (m !== null && c.reader.metaKey !== null) meta = addMeta(meta, c.reader.metaKey, m);
        if (c.isCurrency) rowCurrency = typeof value === 'string' ? value : null;
        continue;
      }
      const p = c.p;
      const raw = row[p.col];
      const isAmount = p.def.type === 'amount';
      const font = t.sheet.font && typeof raw === 'string' ? t.sheet.font(r, p.col) : undefined;
      const unit = { currency: p.headerCurrency, multiplier: p.multiplier };
      const out = parseCell(ctx, { sheet, kind, row: r, col: p.col, font, dataLang: t.dataLang }, p.def, raw, unit, isAmount ? rowCurrency ?? p.headerCurrency ?? null : undefined);
      gathered[at[i]] = out.value;
      if (out.meta) meta = addMeta(meta, out.meta[0], out.meta[1]);
      if (out.error) (errorRules ??= []).push(out.error);
      if (isAmount && out.currency && currencyAt >= 0 && gathered[currencyAt] === null) gathered[currencyAt] = out.currency;
      if (c.isCurrency) rowCurrency = typeof out.value === 'string' ? out.value : null;
    }
    // The currency of a row: its own cell, else the amount header's "(USD)".
    if (currencyAt >= 0 && gathered[currencyAt] === null) {
      if (headerCurrency) gathered[currencyAt] = headerCurrency;
      else if (currencyCol !== undefined && kind === 'aid-projects' && isBlank(row[currencyCol])) {
        const issue = ctx.sink.add('AID-C101', sheet, r, currencyCol, { kind, column: 'currency' });
        (errorRules ??= []).push(issue.rule);
      }
    }
    hashes[store.push(r, gathered, errorRules, meta)] = scanner.hash;
  }
  t.rowHashes = hashes.subarray(0, store.n);
  t.info.rows = store.n;
  findTotalsRow(ctx, t, last);
}

/** Meta objects of the usual single key start as literals, which V8 builds faster than a keyed add. */
function addMeta(meta: Record<string, string> | undefined, key: string, value: string): Record<string, string> {
  if (meta) {
    meta[key] = value;
    return meta;
  }
  return key === 'periodPrecision' ? { periodPrecision: value } : key === 'provinceText' ? { provinceText: value } : { [key]: value };
}

/** Currency first, so amounts know whether "1.234" is VND (grouping) or not. */
function orderForCurrency(present: TableCtx['present']): TableCtx['present'] {
  return [...present].sort((a, b) => (a.def.key === 'currency' ? -1 : 0) - (b.def.key === 'currency' ? -1 : 0));
}

function firstText(row: readonly RawValue[]): RawValue {
  for (const v of row) if (!isBlank(v)) return v;
  return null;
}

function firstFilledCol(row: readonly RawValue[]): number {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return c;
  return 0;
}
