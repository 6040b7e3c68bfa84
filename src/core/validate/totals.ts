// A hand-typed total checked against the data rows it covers: a grand total against every data row, a
// subtotal (a "Cộng I" row, or a section heading carrying its group's figures) against its group.
// Compared in real money: the tolerance is half of the currency's smallest unit (half a đồng, half a
// cent) whatever the column's unit, so a 400-million-đồng gap in a "(tỷ đồng)" column is a mismatch.
import { a1, columnIndex } from '../base/a1';
import { isBlank } from '../base/cell';
import { CURRENCIES, type CurrencyEntry } from '../codes/currencies';
import { parseAmount } from '../parse/amount';
import type { RawValue } from '../model';
import type { RunContext, TableCtx } from './context';
import type { MergeCopies } from './rowRoles';
import { totalsMismatch } from '../rules/table/totalsMismatch';
import { sumSkipsText } from '../rules/table/sumSkipsText';

/** Decimal places of the smallest unit when the currency is unknown: a cent, the finest a register holds. */
const UNKNOWN_MINOR_UNITS = 2;

/** Half of the smallest unit of `currency`, in whole units: 0.5 đồng, 0.005 USD. */
export function halfSmallestUnit(currency: string | null | undefined): number {
  const e = currency ? (CURRENCIES.byCode(currency) as CurrencyEntry | undefined) : undefined;
  return 0.5 * 10 ** -(e?.minorUnits ?? UNKNOWN_MINOR_UNITS);
}

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
  const rowsCurrency = currencies.size === 1 ? String([...currencies][0]) : null;
  for (const p of t.present) {
    if (p.def.type !== 'amount') continue;
    const raw = row[p.col];
    if (isBlank(raw) || copies.isCopy(r, p.col)) continue;
    const multiplier = p.multiplier ?? 1;
    // In whole units of the currency, like the stored values.
    const stated = typeof raw === 'number' ? raw * multiplier : typeof raw === 'string' ? wholeAmountOf(raw, multiplier, ctx) : null;
    if (stated === null) continue;
    let sum = 0;
    let compensation = 0; // Neumaier's: a long column of cents adds up to the cent
    let certain = true;
    const values = store.col(p.def.key)!;
    for (let i = from; i < to; i++) {
      const val = values.at(i);
      if (typeof val === 'number') {
        const next = sum + val;
        compensation += Math.abs(sum) >= Math.abs(val) ? (sum - next) + val : (val - next) + sum;
        sum = next;
      } else if (!isBlank(t.sheet.rows[store.row(i)]?.[p.col])) certain = false;
    }
    sum += compensation;
    const currency = rowsCurrency ?? p.headerCurrency ?? p.def.fixedCurrency ?? null;
    const half = halfSmallestUnit(currency);
    // Above 2^53 / 2 a double's own step exceeds a cent: the comparison cannot be finer than it.
    const tolerance = Math.max(half, Math.abs(sum) * Number.EPSILON * 4);
    const diff = stated - sum;
    if (Math.abs(diff) <= tolerance) continue;
    const scale = 1 / (2 * half);
    const computed = Math.round(sum * scale) / scale / multiplier;
    const statedShown = stated / multiplier;
    const shownDiff = Math.round(diff * scale) / scale / multiplier;
    const kind = t.def.kind;
    const skipped = textNumbersSummed(t, r, p.col, from, to);
    // With the formula, a SUM over the column explains the gap; without it, only when the gap is exactly those numbers.
    if (skipped && (skipped.formula !== undefined || Math.abs(diff + skipped.total) <= tolerance)) {
      const params = { kind, column: p.def.key, stated: statedShown, computed, cells: skipped.cells, skipped: skipped.total / multiplier };
      ctx.sink.add(sumSkipsText.id, t.sheet.name, r, p.col, skipped.formula !== undefined ? { ...params, formula: skipped.formula } : params, null);
      continue;
    }
    ctx.sink.add(totalsMismatch.id, t.sheet.name, r, p.col, { kind, column: p.def.key, stated: statedShown, computed, diff: shownDiff }, certain ? computed : null);
  }
}

function wholeAmountOf(text: string, multiplier: number, ctx: RunContext): number | null {
  const a = parseAmount(text, { locale: ctx.locale });
  if (!a.ok || a.ambiguous) return null;
  return a.scaled ? a.value : a.value * multiplier;
}

/** How many cells a message names before "…": enough to find them, short enough to read. */
const CELLS_NAMED = 10;

// "SUM(J5:J20)", "=sum($J$5:$J$20)", "SUBTOTAL(9,J5:J20)": one range of the total's own column. SUM and
// SUBTOTAL both skip text. Formulas are short, and the pattern has no nested repetition to backtrack on.
const SUM_OF_RANGE = /^=?\s*(?:SUM\s*\(|SUBTOTAL\s*\(\s*(?:9|109)\s*,)\s*\$?([A-Z]{1,3})\$?(\d{1,7})\s*:\s*\$?([A-Z]{1,3})\$?(\d{1,7})\s*\)\s*$/i;

/**
 * The data rows' numbers stored as text (read as numbers here, skipped by Excel's SUM) that the total at
 * (r, col) covers, with what they add up to (whole units): inside the range of its formula when it is a
 * SUM over its column (returned with it), all of them when the host gave no formula or the cell holds a
 * value; null when there are none, or the formula is something else.
 */
function textNumbersSummed(t: TableCtx, r: number, col: number, from: number, to: number): { formula?: string; cells: string; total: number } | null {
  const formula = t.sheet.formula?.(r, col)?.trim();
  let first = 0;
  let last = Number.MAX_SAFE_INTEGER;
  if (formula) {
    const m = formula.length <= 200 ? SUM_OF_RANGE.exec(formula) : null;
    if (!m || columnIndex(m[1].toUpperCase()) !== col || columnIndex(m[3].toUpperCase()) !== col) return null;
    first = Number(m[2]) - 1;
    last = Number(m[4]) - 1;
  }
  const store = t.store;
  const values = store.col(t.present.find((p) => p.col === col)!.def.key)!;
  const cells: string[] = [];
  let total = 0;
  for (let i = from; i < to; i++) {
    const sr = store.row(i);
    if (sr < first || sr > last) continue;
    const v = values.at(i);
    if (typeof v === 'number' && typeof t.sheet.rows[sr]?.[col] === 'string') {
      cells.push(a1(sr, col));
      total += v;
    }
  }
  if (cells.length === 0) return null;
  const named = cells.length > CELLS_NAMED ? `${cells.slice(0, CELLS_NAMED).join(', ')}… (${cells.length})` : cells.join(', ');
  const out: { formula?: string; cells: string; total: number } = { cells: named, total };
  if (formula) out.formula = formula.startsWith('=') ? formula : `=${formula}`;
  return out;
}
