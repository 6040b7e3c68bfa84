// Exchange rates: one timeline per currency, built from the workbook's
// exchange-rate register. A rate row dated by a day applies from that day until the next row of the
// same currency takes over; a row dated by a month or a year (provinces keep one rate per month or
// per year: "2024", "01/2024") applies within that month or year only. A figure is converted with the
// row in force on the figure's own date.
// Below both validation (the missing-rate rules) and the summaries, which convert with it.
import type { ParsedRow } from '../model';
import { spanOf } from '../parse/date';
import { codeAt } from '../base/chars';

export type Target = 'USD' | 'VND';

interface RateEntry {
  validFrom: number;
  /** Last day of the month or year the row is dated by; Infinity for a row dated by a day. */
  validTo: number;
  /** US dollars for one unit, when the row gives it. */
  usd: number | null;
  /** Dong for one unit, when the row gives it. */
  vnd: number | null;
}

const positive = (x: unknown): number | null =>
  typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : null;

/** Three capital letters, as the registers' clean currencies are: no copy to make. */
const isIsoCode = (x: string): boolean => {
  if (x.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const ch = codeAt(x, i);
    if (ch < 65 || ch > 90) return false;
  }
  return true;
};

// Rules ask a rate for each of hundreds of thousands of rows: the common code is answered as it stands.
const code = (x: unknown): string | null =>
  typeof x !== 'string' ? null : isIsoCode(x) ? x : x.trim() !== '' ? x.trim().toUpperCase() : null;

export class RateTable {
  /** Per currency, entries sorted by validFrom; for equal days the later sheet row comes last and wins. */
  private readonly byCurrency = new Map<string, RateEntry[]>();

  constructor(rows: readonly ParsedRow[] = []) {
    for (const row of rows) {
      // An errored rate row is as untrustworthy as any other errored row: it converts nothing.
      if (row.hasError) continue;
      const cur = code(row.v.currency);
      const validFrom = row.v.validFrom;
      if (cur === null || typeof validFrom !== 'number' || !Number.isFinite(validFrom)) continue;
      const usd = positive(row.v.rateUsd);
      const vnd = positive(row.v.rateVnd);
      if (usd === null && vnd === null) continue;
      const precision = row.meta?.validFromPrecision;
      const validTo = precision === undefined || precision === 'day' ? Infinity : spanOf(validFrom, precision).last;
      const list = this.byCurrency.get(cur) ?? [];
      list.push({ validFrom, validTo, usd, vnd });
      this.byCurrency.set(cur, list);
    }
    // A stable sort keeps sheet order among rows of the same day, so the last one typed wins.
    for (const list of this.byCurrency.values()) list.sort((a, b) => a.validFrom - b.validFrom);
  }

  /** True when the table holds no usable rate at all. */
  get empty(): boolean {
    return this.byCurrency.size === 0;
  }

  /** The row of `currency` in force on `day`: the latest validFrom not after the day, unless its month or year is over. */
  private entry(currency: string, day: number): RateEntry | null {
    const list = this.byCurrency.get(currency);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].validFrom <= day) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 || day > list[found].validTo ? null : list[found];
  }

  /** USD per unit as written (USD itself is 1 by definition). */
  private rawUsd(cur: string, day: number): number | null {
    if (cur === 'USD') return 1;
    return this.entry(cur, day)?.usd ?? null;
  }

  /** VND per unit as written (VND itself is 1 by definition). */
  private rawVnd(cur: string, day: number): number | null {
    if (cur === 'VND') return 1;
    return this.entry(cur, day)?.vnd ?? null;
  }

  /**
   * Dong per dollar on the day: the bridge between the two columns. Taken from the USD row's VND
   * rate, or else from the VND row's USD rate, since registers keep either one.
   */
  private vndPerUsd(day: number): number | null {
    const direct = this.entry('USD', day)?.vnd ?? null;
    if (direct !== null) return direct;
    const inverse = this.entry('VND', day)?.usd ?? null;
    return inverse !== null ? 1 / inverse : null;
  }

  /**
   * Units of `target` for one unit of `currency` on `day`, or null when no rate is in force.
   * The column that names the target is used when present; otherwise the other column is bridged
   * through the USD/VND rate of the same day.
   */
  rateFor(currency: string, day: number, target: Target): number | null {
    const cur = code(currency);
    if (cur === null) return null;
    if (cur === target) return 1;
    if (target === 'USD') {
      const usd = this.rawUsd(cur, day);
      if (usd !== null) return usd;
      const vnd = this.rawVnd(cur, day);
      const bridge = this.vndPerUsd(day);
      return vnd !== null && bridge !== null ? vnd / bridge : null;
    }
    const vnd = this.rawVnd(cur, day);
    if (vnd !== null) return vnd;
    const usd = this.rawUsd(cur, day);
    const bridge = this.vndPerUsd(day);
    return usd !== null && bridge !== null ? usd * bridge : null;
  }

  /**
   * `amount` of `from` expressed in `to` on `day`, or null when a needed rate is missing.
   * Currencies other than USD and VND on the target side go through USD.
   */
  convert(amount: number, from: string, to: string, day: number): number | null {
    const f = code(from);
    const t = code(to);
    if (f === null || t === null) return null;
    if (f === t) return amount;
    if (t === 'USD' || t === 'VND') {
      const r = this.rateFor(f, day, t);
      return r === null ? null : amount * r;
    }
    const fromUsd = this.rateFor(f, day, 'USD');
    const toUsd = this.rateFor(t, day, 'USD');
    return fromUsd === null || toUsd === null ? null : (amount * fromUsd) / toUsd;
  }
}
