// validateWorkbook: the engine's entry point for checking registers, shared by every host.
import { detectRegions, type HeaderCandidate } from '../detect';
import type { EngineOptions, Issue, NotARegister, ParsedRow, ParsedTable, ValidationResult, WorkbookInput } from '../model';
import { noRegister } from '../rules/table/noRegister';
import { makeContext, type TableCtx } from './context';
import { crossRules } from './cross';
import { duplicateRules } from './duplicates';
import { rowRules } from './rows';
import { parseRows } from './dataRows';
import { keepRunShapes, keptShapes } from './engine/shapes';
import { buildTable, checkHeader } from './table';
import { HiddenSheets, noteHiddenCells } from './hidden';
import { duplicateIdsAcrossSheets } from './acrossSheets';
import { addCodeListColumns, addCodeListSheets, addListsOver, WorkbookCodes } from './workbookLists';
import { withWorkbookCodes } from './codeLookup';
import { noteFiguresOutside } from './outside';

export function validateWorkbook(wb: WorkbookInput, opts: EngineOptions = {}): ValidationResult {
  // The workbook's own code lists (its "Danh mục" sheet, its drop-downs' sources) count as code lists.
  const codes = new WorkbookCodes();
  addCodeListSheets(codes, wb);
  addCodeListColumns(codes, opts.codeLists);
  return withWorkbookCodes(codes, () => validateWith(wb, opts, codes));
}

function validateWith(wb: WorkbookInput, opts: EngineOptions, codes: WorkbookCodes): ValidationResult {
  keptShapes();
  const ctx = makeContext(opts);
  const hidden = new HiddenSheets(ctx, opts);
  const tables: TableCtx[] = [];
  const notRegisters: NotARegister[] = [];
  const candidates: HeaderCandidate[] = [];
  for (const sheet of wb.sheets) {
    // Each region of a sheet (registers stacked, or side by side) is a register of its own.
    const { regions, verdict, width } = detectRegions(sheet, opts);
    candidates.push(...regions);
    if (verdict) notRegisters.push({ sheet: sheet.name, ...verdict });
    const onSheet: TableCtx[] = [];
    for (const cand of regions) {
      if (hidden.skips(sheet)) { hidden.setAside(sheet, cand); continue; }
      const t = buildTable(sheet, cand);
      addListsOver(codes, wb, t);
      checkHeader(ctx, t, cand);
      parseRows(ctx, t, cand);
      noteHiddenCells(ctx, t);
      rowRules(ctx, t);
      duplicateRules(ctx, t);
      tables.push(t);
      onSheet.push(t);
    }
    if (onSheet.length > 0) noteFiguresOutside(ctx, sheet, onSheet, width);
  }
  duplicateIdsAcrossSheets(ctx, tables);
  const skippedSheets = hidden.compare(tables);
  crossRules(ctx, tables);
  // Nothing checked must not read as nothing wrong (a register set aside on a hidden sheet is said apart).
  if (tables.length === 0 && !skippedSheets && wb.sheets.length > 0) ctx.sink.add(noRegister.id, wb.sheets[0].name, null, null, { sheets: wb.sheets.length });
  keepRunShapes(tables, candidates);
  // The id tables served the rules above only: their arrays go to the next run (engine/idTable.ts).
  for (const t of tables) {
    t.ids?.release();
    t.ids = undefined;
  }
  const result: ValidationResult = {
    // Row objects are built only when a caller reads them: checking a workbook never needs them.
    tables: tables.map(parsedTable),
    issues: sortIssues(ctx.sink.issues, wb),
    notRegisters,
  };
  if (skippedSheets) result.skippedSheets = skippedSheets;
  return result;
}

/** Row objects are built on first read, then kept as a plain property: checking a workbook never needs them. */
function parsedTable(t: TableCtx): ParsedTable {
  const out = { info: t.info, colOf: t.colOf } as ParsedTable;
  Object.defineProperty(out, 'rows', {
    enumerable: true,
    configurable: true,
    get: () => {
      const rows = t.store.rows();
      Object.defineProperty(out, 'rows', { value: rows, enumerable: true, writable: true, configurable: true });
      return rows;
    },
    set: (rows: ParsedRow[]) => {
      Object.defineProperty(out, 'rows', { value: rows, enumerable: true, writable: true, configurable: true });
    },
  });
  return out;
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
