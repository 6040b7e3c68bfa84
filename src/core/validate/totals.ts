// A hand-typed total checked against the data rows it covers: a grand total against every data row, a
// subtotal (a "Cộng I" row, or a section heading carrying its group's figures) against its group.
import { isBlank } from '../base/cell';
import { parseAmount } from '../parse/amount';
import type { RawValue } from '../model';
import type { RunContext, TableCtx } from './context';
import type { MergeCopies } from './rowRoles';
import { totalsMismatch } from '../rules/table/totalsMismatch';

/**
 * Checks the amounts of sheet row r against the sum of the data rows at store positions [from, to).
 * A total computed by a formula counts as its stored value, which is what a reader of the sheet sees.
 */
export function checkTotal(ctx: RunContext, t: TableCtx, r: number, from: number, to: number, copies: MergeCopies): void {
  const row: readonly RawValue[] = t.sheet.rows[r] ?? [];
  const store = t.store;
  const currencyColumn = store.col('currency');
  const currencies = new Set<unknown>();
  if (currencyColumn) for (let i = from; i < to; i++) { const c = currencyColumn.at(i); if (c !== null) currencies.add(c); }
  // Mixed currencies cannot be added up, so their total states nothing checkable.
  if (currencies.size > 1) return;
  for (const p of t.present) {
    if (p.def.type !== 'amount') continue;
    const raw = row[p.col];
    if (isBlank(raw) || copies.isCopy(r, p.col)) continue;
    const stated = typeof raw === 'number' ? raw : typeof raw === 'string' ? amountOf(raw, ctx) : null;
    if (stated === null) continue;
    const multiplier = p.multiplier ?? 1;
    let sum = 0;
    let certain = true;
    const values = store.col(p.def.key)!;
    for (let i = from; i < to; i++) {
      const val = values.at(i);
      if (typeof val === 'number') sum += val / multiplier;
      else if (!isBlank(t.sheet.rows[store.r[i]]?.[p.col])) certain = false;
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
