// Row rules: facts that contradict each other within one row.
import type { ParsedRow } from '../model';
import type { RunContext, TableCtx } from './context';

function flag(row: ParsedRow, ruleId: string, severity: string): void {
  if (severity !== 'error') return;
  row.hasError = true;
  if (!row.errorRules.includes(ruleId)) row.errorRules.push(ruleId);
}

export function rowRules(ctx: RunContext, t: TableCtx): void {
  // Only three registers have row rules; the others need no pass over their rows.
  const kind = t.def.kind;
  if (kind !== 'aid-projects' && kind !== 'fdi-projects' && kind !== 'exchange-rates') return;
  const sheet = t.sheet.name;
  const c = t.colOf;
  const rows = t.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const v = row.v;
    if (kind === 'aid-projects') {
      const start = v.startDate, end = v.endDate, approval = v.approvalDate;
      if (typeof start === 'number' && typeof end === 'number' && end < start) {
        const i = ctx.sink.add('AID-R201', sheet, row.r, c.endDate, { kind, start, end });
        flag(row, i.rule, i.severity);
      }
      if (typeof approval === 'number' && typeof start === 'number' && approval > start) {
        ctx.sink.add('AID-R202', sheet, row.r, c.approvalDate, { kind, approval, start });
      }
    } else if (kind === 'fdi-projects') {
      const term = v.terminationDate;
      if (typeof term === 'number' && term <= ctx.today && typeof v.status === 'string' && v.status !== 'terminated') {
        ctx.sink.add('AID-R206', sheet, row.r, c.status, { kind, terminated: term, status: String(t.sheet.rows[row.r]?.[c.status] ?? v.status) });
      }
    } else {
      if (v.rateUsd === null && v.rateVnd === null && !row.hasError && typeof v.currency === 'string') {
        const col = c.rateVnd ?? c.rateUsd ?? c.currency;
        const i = ctx.sink.add('AID-R207', sheet, row.r, col, { kind, currency: v.currency });
        flag(row, i.rule, i.severity);
      }
    }
  }
}

/** An issue on a data row, which an error also takes out of every total. */
export function rowIssue(ctx: RunContext, t: TableCtx, row: ParsedRow, ruleId: string, col: number | undefined, params: Record<string, string | number>, fix: number | string | null = null): void {
  const i = ctx.sink.add(ruleId, t.sheet.name, row.r, col ?? null, { kind: t.def.kind, ...params }, fix);
  flag(row, i.rule, i.severity);
}
