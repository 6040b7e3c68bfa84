// validateWorkbook: the engine's entry point for checking registers, shared by every host.
import { detectHeader } from '../detect';
import type { EngineOptions, Issue, ValidationResult, WorkbookInput } from '../model';
import { makeContext, type TableCtx } from './context';
import { crossRules } from './cross';
import { duplicateRules } from './duplicates';
import { rowRules } from './rows';
import { parseRows } from './dataRows';
import { buildTable, checkHeader } from './table';

export function validateWorkbook(wb: WorkbookInput, opts: EngineOptions = {}): ValidationResult {
  const ctx = makeContext(opts);
  const tables: TableCtx[] = [];
  for (const sheet of wb.sheets) {
    const cand = detectHeader(sheet, opts);
    if (!cand) continue;
    const t = buildTable(sheet, cand);
    checkHeader(ctx, t, cand);
    parseRows(ctx, t, cand);
    rowRules(ctx, t);
    duplicateRules(ctx, t);
    tables.push(t);
  }
  crossRules(ctx, tables);
  return {
    tables: tables.map((t) => ({ info: t.info, rows: t.rows, colOf: t.colOf })),
    issues: sortIssues(ctx.sink.issues, wb),
  };
}

/** Sheet order, then row, then column: the order a person reads the workbook in. */
function sortIssues(issues: Issue[], wb: WorkbookInput): Issue[] {
  const order = new Map(wb.sheets.map((s, i) => [s.name, i]));
  return issues.sort((a, b) =>
    (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0)
    || (a.row ?? -1) - (b.row ?? -1)
    || (a.col ?? -1) - (b.col ?? -1)
    || a.rule.localeCompare(b.rule));
}

export { renderMessage } from '../rules/render';
