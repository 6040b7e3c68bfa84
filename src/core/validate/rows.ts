// Row rules: facts that contradict each other within one row.
import type { RunContext, TableCtx } from './context';
import type { ParamsOf, RuleId } from '../rules';
import { endBeforeStart, endsBeforeStart } from '../rules/row/endBeforeStart';
import { approvalAfterStart, approvedAfterStart } from '../rules/row/approvalAfterStart';
import { activeAfterTermination, isActiveAfterTermination } from '../rules/row/activeAfterTermination';
import { hasNoRate, rateMissingValues } from '../rules/row/rateMissingValues';
import { duplicateRow } from '../rules/cross/duplicateRow';
import { spanOf } from '../parse/date';
import { precisionKey } from './cells';
import type { RowStore, StoreColumn } from './engine/rowStore';

/**
 * The last day a date cell may be: its day, or the end of the month, quarter or year it was written as
 * (date-imprecise). Rules comparing dates compare the last day of the earlier with the first of the later, so
 * that "2024" is never "before" 1 March 2024.
 */
export function lastDayOf(s: RowStore, key: string, i: number, day: number): number {
  return lastDay(precisionsOf(s, key), i, day);
}

/** A date column's precisions by row (null: every date is a day), for lastDay in a pass over the rows. */
export function precisionsOf(s: RowStore, key: string): StoreColumn | null {
  return s.metaValues(precisionKey(key));
}

/** lastDayOf, the column's precisions looked up once per pass (precisionsOf). */
export function lastDay(precisions: StoreColumn | null, i: number, day: number): number {
  const p = precisions === null ? null : precisions.str(i);
  return p === null || day !== day ? day : spanOf(day, p).last;
}

export function rowRules(ctx: RunContext, t: TableCtx): void {
  // Only three registers have row rules; the others need no pass over their rows.
  const kind = t.def.kind;
  if (kind !== 'aid-projects' && kind !== 'fdi-projects' && kind !== 'exchange-rates') return;
  const sheet = t.sheet.name;
  const c = t.colOf;
  const s = t.store;
  if (kind === 'aid-projects') {
    const startCol = s.col('startDate')!, endCol = s.col('endDate')!, approvalCol = s.col('approvalDate')!;
    const endPrecisions = precisionsOf(s, 'endDate'), startPrecisions = precisionsOf(s, 'startDate');
    for (let i = 0; i < s.n; i++) {
      const start = startCol.num(i), end = endCol.num(i), approval = approvalCol.num(i);
      // NaN (no date) fails every comparison; a month, quarter or year counts by its last day where that is the earlier date.
      if (endsBeforeStart(start, lastDay(endPrecisions, i, end))) rowIssue(ctx, t, i, endBeforeStart.id, c.endDate, { start, end });
      if (approvedAfterStart(approval, lastDay(startPrecisions, i, start))) ctx.sink.add(approvalAfterStart.id, sheet, s.row(i), c.approvalDate, { kind, approval, start });
    }
  } else if (kind === 'fdi-projects') {
    const termCol = s.col('terminationDate')!, statusCol = s.col('status')!;
    const termPrecisions = precisionsOf(s, 'terminationDate');
    for (let i = 0; i < s.n; i++) {
      const term = termCol.num(i);
      const status = statusCol.str(i);
      if (isActiveAfterTermination(lastDay(termPrecisions, i, term), ctx.today, status)) {
        ctx.sink.add(activeAfterTermination.id, sheet, s.row(i), c.status, { kind, terminated: term, status: String(t.sheet.rows[s.row(i)]?.[c.status] ?? status) });
      }
    }
  } else {
    const usd = s.col('rateUsd')!, vnd = s.col('rateVnd')!, cur = s.col('currency')!;
    for (let i = 0; i < s.n; i++) {
      const currency = cur.str(i);
      if (s.hasError[i] === 0 && hasNoRate(currency, usd.at(i), vnd.at(i))) {
        rowIssue(ctx, t, i, rateMissingValues.id, c.rateVnd ?? c.rateUsd ?? c.currency, { currency });
      }
    }
  }
}

/**
 * An issue on the data row `i` of the table. An error also marks the row, with the column it is on,
 * so that summaries leave the row out of the figures that column feeds (duplicateRow.ts's rows are
 * wrong as a whole: counted twice).
 */
export function rowIssue<R extends RuleId>(ctx: RunContext, t: TableCtx, i: number, ruleId: R, col: number | undefined, params: ParamsOf<R>, fix: number | string | null = null): void {
  const issue = ctx.sink.add(ruleId, t.sheet.name, t.store.row(i), col ?? null, { kind: t.def.kind, ...params }, fix);
  if (issue.severity === 'error') t.store.flag(i, issue.rule, ruleId === duplicateRow.id ? '' : columnKey(t, col, params));
}

/** The register key of the issue's column: the one the emit site names, else the one at `col`; '' when neither. */
function columnKey(t: TableCtx, col: number | undefined, params: object): string {
  const named = (params as { column?: unknown }).column;
  if (typeof named === 'string' && named !== '') return named;
  if (col === undefined) return '';
  for (const p of t.present) if (p.col === col) return p.def.key;
  return '';
}
