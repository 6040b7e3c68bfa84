// The hand-typed totals row under a register: found, left out of the data, its figures checked.
import { isBlank } from '../base/cell';
import { parseAmount } from '../parse/amount';
import type { RawValue } from '../model';
import type { RunContext, TableCtx } from './context';
import { isTotalsText } from './rowClass';
import { totalsMismatch } from '../rules/table/totalsMismatch';

/** The hand-typed totals row below the data: left out of the data, its figures checked. */
export function findTotalsRow(ctx: RunContext, t: TableCtx, last: number): void {
  const rows = t.sheet.rows;
  const limit = Math.min(rows.length, last + 6);
  for (let r = last + 1; r < limit; r++) {
    const row = rows[r] ?? [];
    if (!row.some(isTotalsText)) continue;
    t.info.totalsRow = r + 1;
    checkTotals(ctx, t, r, row);
    return;
  }
}

function checkTotals(ctx: RunContext, t: TableCtx, r: number, row: readonly RawValue[]): void {
  const store = t.store;
  const currencyColumn = store.col('currency');
  const currencies = new Set<unknown>();
  if (currencyColumn) for (let i = 0; i < store.n; i++) { const c = currencyColumn.at(i); if (c !== null) currencies.add(c); }
  for (const p of t.present) {
    if (p.def.type !== 'amount') continue;
    // Mixed currencies cannot be added up, so their total states nothing checkable.
    if (currencies.size > 1) continue;
    const raw = row[p.col];
    if (isBlank(raw)) continue;
    const stated = typeof raw === 'number' ? raw : typeof raw === 'string' ? amountOf(raw, ctx) : null;
    if (stated === null) continue;
    const multiplier = p.multiplier ?? 1;
    let sum = 0;
    let certain = true;
    const values = store.col(p.def.key)!;
    for (let i = 0; i < store.n; i++) {
      const cell = t.sheet.rows[store.r[i]]?.[p.col];
      const val = values.at(i);
      if (typeof val === 'number') sum += val / multiplier;
      else if (!isBlank(cell)) certain = false;
    }
    const computed = Math.round(sum * 1e6) / 1e6;
    const diff = stated - computed;
    if (Math.abs(diff) > 0.5) {
      ctx.sink.add(totalsMismatch.id, t.sheet.name, r, p.col, { kind: t.def.kind, column: p.def.key, stated, computed, diff }, certain ? computed : null);
    }
  }
}

function amountOf(text: string, ctx: RunContext): number | null {
  const a = parseAmount(text, { locale: ctx.locale });
  return a.ok && !a.ambiguous ? a.value : null;
}
