// Amounts whose text says more than their column: a currency other than the column's ("93.600 tỷ đồng"
// in an FDI capital column in USD, "2 triệu EUR" in a USD column), converted with the workbook's rate in
// force on the row's date or else left out of money figures, never counted in the column's unit; and an
// FDI capital change's minus sign, which either repeats its kind ("Giảm vốn") or contradicts it.
import { cellText } from '../base/cell';
import { CURRENCIES, type CurrencyEntry } from '../codes/currencies';
import type { RateTable } from '../rates/rateTable';
import type { RegisterKind } from '../schema/registers';
import { implausibleAmount, isImplausible, plausibleLimit } from '../rules/cell/implausibleAmount';
import { negativeAmount } from '../rules/cell/negativeAmount';
import { signRepeatsKind } from '../rules/cell/signRepeatsKind';
import { unitConflict } from '../rules/cell/unitConflict';
import { unitConverted } from '../rules/cell/unitConverted';
import type { RunContext, TableCtx } from './context';
import { rowIssue } from './rows';
import { unitLabel } from './unitLabel';

/** An amount in another currency than its column's, as the cell wrote it (validate/cells.ts). */
export interface ForeignAmount {
  /** Row index in the table's store. */
  i: number;
  col: number;
  key: string;
  /** The column's multiplier (its header's or unit line's "triệu", "tỷ"). */
  multiplier: number;
  /** In whole units of `currency`. */
  amount: number;
  currency: string;
  /** The column's (or the row's) currency. */
  target: string;
  text: string;
}

/** The date whose rate converts a register's amounts. */
const RATE_DAY: Partial<Record<RegisterKind, string>> = {
  'aid-projects': 'approvalDate',
  'aid-disbursements': 'date',
  'fdi-projects': 'certDate',
  'fdi-capital-changes': 'date',
  'fdi-implemented': 'period',
};

/** A figure rounded to its currency's minor unit (a cent, a whole đồng). */
function toMinorUnit(amount: number, currency: string): number {
  const minor = (CURRENCIES.byCode(currency) as CurrencyEntry | undefined)?.minorUnits ?? 2;
  const scale = 10 ** minor;
  return Math.round(amount * scale) / scale;
}

/** Converts or reports every amount written in another currency than its column's, once the rates are read. */
export function convertForeignAmounts(ctx: RunContext, tables: readonly TableCtx[], rates: RateTable): void {
  for (const t of tables) {
    if (!t.foreign) continue;
    const dayKey = RATE_DAY[t.def.kind];
    const days = dayKey ? t.store.col(dayKey) : undefined;
    for (const f of t.foreign) {
      const def = t.def.columns.find((c) => c.key === f.key)!;
      const day = days ? days.num(f.i) : NaN;
      const cellUnit = f.currency;
      const columnUnit = unitLabel(f.target, f.multiplier, t.dataLang);
      const converted = day === day ? rates.convert(f.amount, f.currency, f.target, day) : null;
      if (converted === null) {
        const params = { column: f.key, value: f.text, cellUnit, columnUnit, currency: f.currency };
        rowIssue(ctx, t, f.i, unitConflict.id, f.col, day === day ? { ...params, date: day } : params);
        continue;
      }
      const whole = toMinorUnit(converted, f.target);
      const limit = plausibleLimit(def, f.target);
      if (isImplausible(whole, limit)) {
        rowIssue(ctx, t, f.i, implausibleAmount.id, f.col, { column: f.key, value: f.text, amount: whole, currency: f.target, limit: limit! });
        continue;
      }
      t.store.setValue(f.i, f.key, whole);
      const rate = converted / f.amount;
      const [shownRate, rateUnit] = rate >= 1 ? [rate, `${f.target}/${f.currency}`] : [1 / rate, `${f.currency}/${f.target}`];
      const fix = whole / f.multiplier;
      ctx.sink.add(unitConverted.id, t.sheet.name, t.store.row(f.i), f.col, {
        kind: t.def.kind, column: f.key, value: f.text, cellUnit, columnUnit, rate: Number(shownRate.toPrecision(6)), rateUnit, date: day, fixNumber: fix,
      }, fix);
    }
  }
}

/**
 * Amounts in a currency other than USD and VND, judged for plausibility once the rates are read (the
 * cell was judged alone only in USD and VND, whose bounds need no rate): converted to dollars at the
 * rate of the row's date, above the column's bound is an error; without a rate nothing is said here
 * (the missing-rate rule says it when the figure is needed).
 */
export function judgeOtherCurrencies(ctx: RunContext, tables: readonly TableCtx[], rates: RateTable): void {
  if (rates.empty) return;
  for (const t of tables) {
    const currencies = t.store.col('currency');
    const dayKey = RATE_DAY[t.def.kind];
    if (!currencies || !dayKey) continue;
    const days = t.store.col(dayKey)!;
    const bounded = t.present.filter((p) => p.def.type === 'amount' && p.def.plausibleMaxUsd !== undefined);
    if (bounded.length === 0) continue;
    const values = bounded.map((p) => t.store.col(p.def.key)!);
    // Rows in dollars, dong or none are passed over by their currency's code, without reading it.
    const codes = currencies.codes();
    const other = codes === null ? null : currencies.codeMask(isOtherCurrency);
    // Row by row: the row's rate is asked once for all its bounded amounts.
    for (let i = 0; i < t.store.n; i++) {
      if (other !== null && other[codes![i]] === 0) continue;
      const cur = currencies.str(i);
      if (cur === null || cur === 'USD' || cur === 'VND') continue;
      const day = days.num(i);
      const perUnit = day === day ? rates.rateFor(cur, day, 'USD') : null;
      if (perUnit === null) continue;
      for (let k = 0; k < bounded.length; k++) {
        const p = bounded[k];
        const amount = values[k].num(i);
        if (amount !== amount || Math.abs(amount * perUnit) <= p.def.plausibleMaxUsd!) continue;
        t.store.setValue(i, p.def.key, null);
        const limit = toMinorUnit(p.def.plausibleMaxUsd! / perUnit, cur);
        rowIssue(ctx, t, i, implausibleAmount.id, p.col, { column: p.def.key, value: cellText(t.sheet.rows[t.store.row(i)]?.[p.col]), amount, currency: cur, limit });
      }
    }
  }
}

const isOtherCurrency = (code: string): boolean => code !== 'USD' && code !== 'VND';

/**
 * A capital change's negative amount at row `i`: under "Giảm vốn" the minus repeats the kind, so the
 * row is a decrease of the figure without its sign (a warning, the positive figure as fix). The value
 * stays as written, so a total of the signed column still checks against it; summaries count a decrease
 * once, as −|amount|, whichever sign it was written with. Under any other kind, or none, the minus
 * contradicts it: an error that keeps the row out of capital figures.
 */
export function settleSign(ctx: RunContext, t: TableCtx, i: number, col: number, text: string | number): void {
  const s = t.store;
  const amount = s.col('amount')!;
  const value = amount.num(i);
  const kindCol = t.colOf.kind;
  const kind = s.col('kind')?.str(i) ?? null;
  if (kind === 'decrease' && value === value) {
    const positive = -value;
    const fix = typeof text === 'number' ? -text : positive / (t.present.find((p) => p.col === col)?.multiplier ?? 1);
    rowIssue(ctx, t, i, signRepeatsKind.id, col, { column: 'amount', value: text, changeKind: cellText(t.sheet.rows[s.row(i)]?.[kindCol]), fixNumber: fix }, fix);
    return;
  }
  s.setValue(i, 'amount', null);
  const written = kindCol === undefined ? '' : cellText(t.sheet.rows[s.row(i)]?.[kindCol]).trim();
  rowIssue(ctx, t, i, negativeAmount.id, col, kind !== null && written !== '' ? { column: 'amount', value: text, changeKind: written } : { column: 'amount', value: text });
}
