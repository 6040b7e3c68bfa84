// The report a host shows or writes: aid and FDI summaries of one period in one currency, with
// money rounded the way it is printed (whole dong, cents for other currencies), and beside them the
// same figures unrounded, which the summary sheet checks its live formulas against: one summarising
// pass gives both, so the sheet never runs the summarisers a second time.
import type { ParsedTable } from '../model';
import { dayToIso } from '../parse/date';
import { summariseAid, type AidSummary, type GroupRow } from './aid';
import { summariseFdi, type FdiGroupRow, type FdiSummary } from './fdi';
import type { Period } from './period';
import { RateTable } from '../rates/rateTable';
import { rowsOf } from './common';

export { parsePeriod, samePeriodLastYear, PeriodError, type Period, type PeriodErrorCode, type PeriodSpec } from './period';
export { RateTable } from '../rates/rateTable';
export { summariseAid, type AidSummary, type GroupRow, type NotCounted } from './aid';
export { UNKNOWN_GROUP, WHOLE_ROW_COLUMNS, type RowTally } from './ledger';
export { summariseFdi, type FdiSummary, type FdiGroupRow } from './fdi';

export type SummaryCurrency = 'USD' | 'VND';

/**
 * Something the reader must know before any figure: amounts in `currency` (`count` of them, in the
 * aid or FDI registers) have no rate to the report currency `to`, so they are not counted.
 */
export interface SummaryWarning {
  code: 'no-rate';
  part: 'aid' | 'fdi';
  currency: string;
  to: string;
  count: number;
}

export interface Summary {
  period: { from: string; to: string; label: string };
  currency: SummaryCurrency;
  /** What makes the summary incomplete, said first by every host (empty when nothing). */
  warnings: SummaryWarning[];
  aid: AidSummary;
  fdi: FdiSummary;
  /**
   * The same figures before rounding: what a SUMIFS over the registers computes. Not printed (the
   * CLI's JSON and text pick the rounded figures); the summary sheet compares its formulas with these.
   */
  exact: { aid: AidSummary; fdi: FdiSummary };
}

/**
 * Rounds half away from zero at the printed precision: 0 decimals for VND, 2 otherwise. Goes through
 * the decimal exponent so that 1.005 rounds to 1.01 as written, not to 1.00 as its binary value would.
 */
export function roundMoney(x: number, currency: string): number {
  return roundTo(x, currency.toUpperCase() === 'VND' ? 0 : 2);
}

function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const r = Number(`${Math.round(Number(`${abs}e${decimals}`))}e-${decimals}`);
  // Very large or tiny values print in exponent form and defeat the trick; fall back to plain rounding.
  const v = Number.isFinite(r) ? r : Math.round(abs * 10 ** decimals) / 10 ** decimals;
  return x < 0 && v !== 0 ? -v : v;
}

/** Ratios (rates, changes) keep six decimals: enough for 35.2% or 35.21%, without float noise. */
function roundRatio(x: number | null): number | null {
  return x === null ? null : roundTo(x, 6);
}

function roundAid(s: AidSummary, cur: string): AidSummary {
  const m = (x: number): number => roundMoney(x, cur);
  const mn = (x: number | null): number | null => (x === null ? null : roundMoney(x, cur));
  const g = (rows: GroupRow[]): GroupRow[] => rows.map((r) => ({
    ...r, committed: m(r.committed), disbursed: mn(r.disbursed), rate: roundRatio(r.rate), committedOfPaid: mn(r.committedOfPaid), undisbursed: m(r.undisbursed),
  }));
  return {
    ...s,
    committed: m(s.committed),
    disbursed: mn(s.disbursed),
    rate: roundRatio(s.rate),
    committedOfPaid: mn(s.committedOfPaid),
    undisbursed: m(s.undisbursed),
    cumulative: { ...s.cumulative, committed: m(s.cumulative.committed), disbursed: mn(s.cumulative.disbursed), rate: roundRatio(s.cumulative.rate) },
    bySector: g(s.bySector),
    byDonor: g(s.byDonor),
    byDonorCountry: g(s.byDonorCountry),
    byProvince: g(s.byProvince),
    bySource: g(s.bySource),
    previous: s.previous && { ...s.previous, committed: m(s.previous.committed), disbursed: mn(s.previous.disbursed) },
    change: {
      projects: roundRatio(s.change.projects),
      committed: roundRatio(s.change.committed),
      disbursed: roundRatio(s.change.disbursed),
    },
  };
}

function roundFdi(s: FdiSummary): FdiSummary {
  const m = (x: number): number => roundMoney(x, s.currency);
  const c = (x: { count: number; capital: number }): { count: number; capital: number } => ({ count: x.count, capital: m(x.capital) });
  const g = (rows: FdiGroupRow[]): FdiGroupRow[] => rows.map((r) => ({ ...r, registered: m(r.registered), implemented: m(r.implemented) }));
  return {
    ...s,
    newProjects: c(s.newProjects),
    adjustments: c(s.adjustments),
    contributions: c(s.contributions),
    total: m(s.total),
    implemented: m(s.implemented),
    cumulative: { projects: s.cumulative.projects, capital: m(s.cumulative.capital) },
    byCountry: g(s.byCountry),
    bySector: g(s.bySector),
    previous: s.previous && { ...s.previous, total: m(s.previous.total), implemented: m(s.previous.implemented) },
    change: {
      newProjects: roundRatio(s.change.newProjects),
      total: roundRatio(s.change.total),
      implemented: roundRatio(s.change.implemented),
    },
  };
}

/**
 * Amounts the summary could not convert, per currency: aid amounts with no rate at their date, and
 * every FDI amount when a VND report found no USD→VND rate (FDI then stays in USD).
 */
function warningsOf(aid: AidSummary, fdi: FdiSummary, currency: SummaryCurrency, tables: readonly ParsedTable[]): SummaryWarning[] {
  const out: SummaryWarning[] = aid.noRate.map((x) => ({ code: 'no-rate' as const, part: 'aid' as const, currency: x.currency, to: currency, count: x.count }));
  if (fdi.currency !== currency) {
    const count = rowsOf(tables, 'fdi-projects').length + rowsOf(tables, 'fdi-capital-changes').length + rowsOf(tables, 'fdi-implemented').length;
    if (count > 0) out.push({ code: 'no-rate', part: 'fdi', currency: fdi.currency, to: currency, count });
  }
  return out;
}

/** Aid and FDI summaries of `period` in `currency`, converted with the workbook's exchange-rate registers. */
export function summarise(tables: ParsedTable[], opts: { period: Period; currency: SummaryCurrency }): Summary {
  const { period, currency } = opts;
  const rates = new RateTable(rowsOf(tables, 'exchange-rates'));
  const aid = summariseAid(tables, period, currency, rates);
  const fdi = summariseFdi(tables, period, currency, rates);
  return {
    period: { from: dayToIso(period.from), to: dayToIso(period.to), label: period.label },
    currency,
    warnings: warningsOf(aid, fdi, currency, tables),
    aid: roundAid(aid, currency),
    fdi: roundFdi(fdi),
    exact: { aid, fdi },
  };
}
