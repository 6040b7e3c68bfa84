// Small pieces shared by the aid and FDI summaries: reading parsed values defensively, joining ids,
// tallying the rows left out, sorting groups and comparing with last year.
import type { ParsedRow, ParsedTable } from '../model';
import type { RegisterKind } from '../schema/registers';
import { idKey as sharedIdKey } from '../base/text';
import type { Approx } from '../vocab/qualifiers';
import { spanOf } from '../parse/date';
import { precisionKey } from '../validate/cells';

/** Rows of every table of one register kind, in sheet order (several sheets are concatenated). */
export function rowsOf(tables: readonly ParsedTable[], kind: RegisterKind): ParsedRow[] {
  const out: ParsedRow[] = [];
  // A loop, not push(...rows): spreading 300k rows overflows the call stack.
  for (const t of tables) if (t.info.kind === kind) for (const r of t.rows) out.push(r);
  return out;
}

/** A finite number, or null: the validator leaves null for missing or unparseable values. */
export function num(row: ParsedRow, key: string): number | null {
  const x = row.v[key];
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** A non-blank text value (trimmed), or null. */
export function str(row: ParsedRow, key: string): string | null {
  const x = row.v[key];
  if (typeof x !== 'string') return null;
  const t = x.trim();
  return t === '' ? null : t;
}

/** Join key of a project id: ids are compared as trimmed, NFC, case-insensitive text. */
export function idKey(x: unknown): string | null {
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  if (typeof x !== 'string') return null;
  const k = sharedIdKey(x);
  return k === '' ? null : k;
}

/** The qualifier of a row's amount when the validator marked it approximate ("trên", "gần", "khoảng"…), else null. */
export function approxOf(row: ParsedRow): string | null {
  const a = row.meta?.approx;
  return typeof a === 'string' && a !== '' ? a : null;
}

export interface Reason {
  rule: string;
  count: number;
}

/**
 * A row the summary had to leave out, with why. `day` is the row's own date (null when unknown):
 * rows dated after the reporting period could not have counted anyway, so they are not reported.
 */
export interface Excluded {
  day: number | null;
  reasons: string[];
}

/** The reasons of a row marked with errors: its rule ids, or a generic 'error' if none was given. */
export function errorReasons(row: ParsedRow): string[] {
  return row.errorRules.length > 0 ? [...new Set(row.errorRules)] : ['error'];
}

/**
 * Count of rows left out and how often each reason occurs. A row with two errors adds one to the
 * count and one to each of its two reasons, so the reasons may add up to more than the count.
 */
export function tally(excluded: readonly Excluded[], periodEnd: number): { count: number; reasons: Reason[] } {
  const byRule = new Map<string, number>();
  let count = 0;
  for (const e of excluded) {
    if (e.day !== null && e.day > periodEnd) continue;
    count++;
    for (const r of e.reasons) byRule.set(r, (byRule.get(r) ?? 0) + 1);
  }
  const reasons = [...byRule].map(([rule, n]) => ({ rule, count: n }));
  reasons.sort((a, b) => b.count - a.count || cmp(a.rule, b.rule));
  return { count, reasons };
}

/** Code-unit order: the same on every host, unlike localeCompare. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Relative change against the previous figure (0.352 = +35.2%); null when there is nothing to compare with. */
export function change(current: number, previous: number | null | undefined): number | null {
  if (previous === null || previous === undefined || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * The days a row's date covers: one day, or the whole month, quarter, half or year a date column held
 * (validate keeps its precision under "<column>Precision"); null when the row has no date.
 */
export function daySpan(row: ParsedRow, key: string): { first: number; last: number } | null {
  const day = num(row, key);
  return day === null ? null : spanOf(day, row.meta?.[precisionKey(key)]);
}

/** A span lies in a period only whole: "2024" is in the year 2024, not in its first quarter. */
export const spanIn = (first: number, last: number, p: { from: number; to: number }): boolean => first >= p.from && last <= p.to;

/**
 * Why a counted row whose date is a month, quarter or year is in none of the period's figures: it runs
 * past the period's end (so it is in neither the period nor the cumulative figures); or it began before
 * the period and ends within it (it counts among the earlier rows of the cumulative figures only).
 */
export const DATE_TOO_COARSE = 'date-too-coarse';

/**
 * What a sum of figures, some written as approximate, may be called: the qualifier they all share
 * ("trên 12 triệu" + "trên 3 triệu" is over 15 million), 'about' when they differ or a part is
 * subtracted, null when every part was exact.
 */
export class Qualifier {
  private q: Approx | null = null;
  private mixed = false;

  add(a: string | null, negative = false): void {
    if (a === null || a === '') return;
    if (negative || (this.q !== null && this.q !== a)) this.mixed = true;
    this.q = a as Approx;
  }

  get(): Approx | null {
    return this.q === null ? null : this.mixed ? 'about' : this.q;
  }
}
