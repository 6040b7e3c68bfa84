// Row rules: facts that contradict each other within one row.
import type { ParsedRow } from '../model';
import type { RunContext, TableCtx } from './context';

function flag(row: ParsedRow, ruleId: string, severity: string): void {
  if (severity !== 'error') return;
  row.hasError = true;
  if (!row.errorRules.includes(ruleId)) row.errorRules.push(ruleId);
}

export function rowRules(ctx: RunContext, t: TableCtx): void {
  const sheet = t.sheet.name;
  const kind = t.def.kind;
  const c = t.colOf;
  for (const row of t.rows) {
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
    } else if (kind === 'exchange-rates') {
      if (v.rateUsd === null && v.rateVnd === null && !row.hasError && typeof v.currency === 'string') {
        const col = c.rateVnd ?? c.rateUsd ?? c.currency;
        const i = ctx.sink.add('AID-R207', sheet, row.r, col, { kind, currency: v.currency });
        flag(row, i.rule, i.severity);
      }
    }
  }
}

export { flag as flagRow };
