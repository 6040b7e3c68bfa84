// The reconciliation every summary states: for each register, rows read = rows counted + rows not
// counted (by reason) + rows dated after the period; and which errors a row may carry without
// being left out, because they make only one of its figures uncertain.
import type { ParsedRow } from '../model';
import type { RegisterKind } from '../schema/registers';
import { cmp, type Reason } from './common';

/**
 * Group key of rows whose group is unknown: left blank, or written with a value in error (a code
 * outside its list). They stay in the breakdown under "không xác định / unknown", so that every
 * breakdown adds up to its total.
 */
export const UNKNOWN_GROUP = '';

/**
 * Columns an error on which leaves the whole row out: what places the row in a period (its date),
 * gives its money (amount, currency), joins it to its project (the id) or decides whether it counts
 * at all (an FDI project's status and termination date, a capital change's kind). An error on any
 * other column leaves the row in: on a group column (sector, donor, country, province, source) the
 * row goes to the unknown group of that breakdown; elsewhere (commune, notes, dates of start and
 * end…) it changes no figure.
 */
export const WHOLE_ROW_COLUMNS: Partial<Record<RegisterKind, ReadonlySet<string>>> = {
  'aid-projects': new Set(['aidId', 'approvalDate', 'currency', 'committed']),
  'aid-disbursements': new Set(['aidId', 'date', 'amount', 'currency']),
  'fdi-projects': new Set(['projectCode', 'certDate', 'registered', 'status', 'terminationDate']),
  'fdi-capital-changes': new Set(['projectCode', 'date', 'kind', 'amount']),
  'fdi-implemented': new Set(['projectCode', 'period', 'amount']),
};

export interface RowErrors {
  /** Rule ids that leave the row out; null when the row counts. */
  out: string[] | null;
  /** Rule ids of the errors the row is counted with (each on a column that changes only its own breakdown). */
  kept: string[];
  /** Columns holding those errors. */
  bad: ReadonlySet<string>;
}

const CLEAN: RowErrors = { out: null, kept: [], bad: new Set() };

/** Which of a row's errors leave it out, and which columns are only uncertain. */
export function rowErrors(row: ParsedRow, kind: RegisterKind): RowErrors {
  if (!row.hasError) return CLEAN;
  // A row marked without its rules (hand-built) is wrong as a whole.
  if (row.errorRules.length === 0) return { out: ['error'], kept: [], bad: new Set() };
  const whole = WHOLE_ROW_COLUMNS[kind];
  const out = new Set<string>();
  const kept = new Set<string>();
  const bad = new Set<string>();
  row.errorRules.forEach((rule, k) => {
    const col = row.errorColumns?.[k] ?? '';
    if (col === '' || whole === undefined || whole.has(col)) out.add(rule);
    else { kept.add(rule); bad.add(col); }
  });
  return out.size > 0 ? { out: [...out], kept: [], bad: new Set() } : { out: null, kept: [...kept], bad };
}

/** A group key: the unknown group when the column is blank or holds an error. */
export function groupKey(value: string | null, column: string, e: RowErrors): string {
  return value === null || e.bad.has(column) ? UNKNOWN_GROUP : value;
}

/** One register's reconciliation. */
export interface RowTally {
  kind: RegisterKind;
  /** Data rows read. */
  read: number;
  /** Rows dated up to the period end (or undated) that count: each in every figure its date places it in. */
  counted: number;
  /** Rows dated up to the period end (or undated) left out; `reasons` says why (a row may have several). */
  notCounted: number;
  reasons: Reason[];
  /** Rows dated after the period end: they belong to a later report. read = counted + notCounted + afterPeriod. */
  afterPeriod: number;
  /** Counted rows left out of one figure or group only (an error on a group column, terminated-no-date…). */
  partly: Reason[];
}

interface Counts { read: number; counted: number; notCounted: number; afterPeriod: number; reasons: Map<string, number>; partly: Map<string, number> }

/**
 * Every row's fate, tallied as the summariser reads it (counters, not a record per row: registers
 * run to hundreds of thousands of rows).
 */
export class Ledger {
  private readonly counts = new Map<RegisterKind, Counts>();

  constructor(private readonly kinds: readonly RegisterKind[], private readonly periodEnd: number) {
    for (const k of kinds) this.counts.set(k, { read: 0, counted: 0, notCounted: 0, afterPeriod: 0, reasons: new Map(), partly: new Map() });
  }

  private of(kind: RegisterKind): Counts {
    const c = this.counts.get(kind);
    if (!c) throw new Error(`Ledger: no register ${kind}`);
    return c;
  }

  /** A row read: left out for `out` (null: counted, with the errors in `partly` that change one group only). */
  add(kind: RegisterKind, day: number | null, out: readonly string[] | null, partly: readonly string[] = []): void {
    const c = this.of(kind);
    c.read++;
    if (day !== null && day > this.periodEnd) { c.afterPeriod++; return; }
    if (out !== null) {
      c.notCounted++;
      bump(c.reasons, out);
      return;
    }
    c.counted++;
    if (partly.length > 0) bump(c.partly, partly);
  }

  /** A counted row found unusable for the period after all (an implemented-capital row straddling its edge). */
  uncount(kind: RegisterKind, reason: string): void {
    const c = this.of(kind);
    c.counted--;
    c.notCounted++;
    bump(c.reasons, [reason]);
  }

  /** A counted row left out of one figure only (an FDI project terminated without a date). */
  partly(kind: RegisterKind, reason: string): void {
    bump(this.of(kind).partly, [reason]);
  }

  tallies(): RowTally[] {
    return this.kinds.map((kind) => {
      const c = this.of(kind);
      return { kind, read: c.read, counted: c.counted, notCounted: c.notCounted, reasons: sorted(c.reasons), afterPeriod: c.afterPeriod, partly: sorted(c.partly) };
    });
  }
}

/** Adds one to each distinct reason (a row with the same rule on two cells counts once). */
function bump(m: Map<string, number>, reasons: readonly string[]): void {
  for (let i = 0; i < reasons.length; i++) {
    const r = reasons[i];
    if (reasons.indexOf(r) !== i) continue;
    m.set(r, (m.get(r) ?? 0) + 1);
  }
}

function sorted(m: Map<string, number>): Reason[] {
  return [...m].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || cmp(a.rule, b.rule));
}

/** The summary's "not counted": the registers' counts added, each reason's counts added. */
export function mergeTallies(rows: readonly RowTally[], extra: readonly Reason[] = []): { count: number; reasons: Reason[] } {
  const m = new Map<string, number>();
  let count = 0;
  for (const t of rows) {
    count += t.notCounted;
    for (const r of t.reasons) m.set(r.rule, (m.get(r.rule) ?? 0) + r.count);
  }
  for (const r of extra) { count += r.count; m.set(r.rule, (m.get(r.rule) ?? 0) + r.count); }
  return { count, reasons: sorted(m) };
}

/** Amounts with no rate, per currency, most first. */
export function noRateList(m: ReadonlyMap<string, number>): { currency: string; count: number }[] {
  return [...m].map(([currency, count]) => ({ currency, count })).sort((a, b) => b.count - a.count || cmp(a.currency, b.currency));
}
