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

interface Entry { kind: RegisterKind; day: number | null; out: string[] | null; partly: string[] }

/** Every row's fate, recorded as the summariser reads it. */
export class Ledger {
  private readonly entries: Entry[] = [];

  constructor(private readonly kinds: readonly RegisterKind[]) {}

  /** Records a row; returns a handle to change its fate later (a row found unusable for the period). */
  add(kind: RegisterKind, day: number | null, out: string[] | null, partly: readonly string[] = []): Entry {
    const e: Entry = { kind, day, out, partly: [...partly] };
    this.entries.push(e);
    return e;
  }

  tallies(periodEnd: number): RowTally[] {
    return this.kinds.map((kind) => {
      let read = 0, counted = 0, notCounted = 0, afterPeriod = 0;
      const reasons = new Map<string, number>();
      const partly = new Map<string, number>();
      for (const e of this.entries) {
        if (e.kind !== kind) continue;
        read++;
        if (e.day !== null && e.day > periodEnd) { afterPeriod++; continue; }
        if (e.out !== null) {
          notCounted++;
          for (const r of new Set(e.out)) reasons.set(r, (reasons.get(r) ?? 0) + 1);
          continue;
        }
        counted++;
        for (const r of new Set(e.partly)) partly.set(r, (partly.get(r) ?? 0) + 1);
      }
      return { kind, read, counted, notCounted, reasons: sorted(reasons), afterPeriod, partly: sorted(partly) };
    });
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
