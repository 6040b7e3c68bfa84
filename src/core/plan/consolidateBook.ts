// A province's consolidation from the workbooks it received to the sheets it writes: each book checked
// on its own, combined, the combined registers checked again (conflicts left out), summarised over the
// period and currency asked, and planned as sheets. The CLI (a new .xlsx) and the task pane (new sheets
// of the open workbook) both call this, so they write the same thing.
import type { EngineOptions, Lang, ValidationResult, WorkbookInput } from '../model';
import { validateWorkbook } from '../validate';
import { consolidate, excludeConflicts, type Consolidation, type SourceBook } from '../consolidate';
import { conflictingReports } from '../rules/cross/conflictingReports';
import { DATA_LOCALE, type Breakdown } from '../summary/request';
import { parsePeriod, type PeriodSpec } from '../summary/period';
import { summarise } from '../summary';
import { consolidationPlans } from './consolidatePlan';
import { freeSheetName } from './names';
import { retargetSheet } from './retarget';
import type { SheetPlan } from './sheetPlan';
import { summaryPlan, type Signing } from './summary';

export interface ConsolidationSpec {
  lang: Lang;
  today?: number;
  hidden: EngineOptions['hidden'];
  period: PeriodSpec;
  currency: 'USD' | 'VND';
  breakdowns?: readonly Breakdown[];
  /** Who issues and signs the summary sheet. */
  signing?: Signing;
}

/** A workbook as read, before it is checked. */
export interface LoadedBook {
  file: string;
  input: WorkbookInput;
}

/** What a consolidation comes to, in figures: what the CLI prints and the pane's status line says. */
export interface ConsolidationFacts {
  /** Files combined (read), and files that could not be read. */
  files: number;
  unreadable: number;
  registers: number;
  rows: number;
  /** Every problem listed on the problems sheet. */
  problems: number;
  errors: number;
  /** Rows another file already reported with the same figures: counted once. */
  repeats: number;
  /** Ids two files give different figures (left out of the figures). */
  conflicts: number;
}

export interface ConsolidationBook {
  consolidation: Consolidation;
  facts: ConsolidationFacts;
  files: SheetPlan;
  summary: SheetPlan;
  problems: SheetPlan;
  registers: SheetPlan[];
}

/**
 * Checks each book (in order), combines them, and plans the sheets. `unreadable` lists the files that
 * could not be read with their one-line reason, so that the files sheet has a line for them too.
 */
export function consolidationBook(loaded: readonly LoadedBook[], unreadable: readonly { file: string; reason: string }[], spec: ConsolidationSpec): ConsolidationBook {
  const opts: EngineOptions = { lang: spec.lang, locale: DATA_LOCALE, today: spec.today, hidden: spec.hidden };
  const books: SourceBook[] = loaded.map(({ file, input }) => ({ file, input, result: validateWorkbook(input, opts) }));
  const c = consolidate(books, unreadable, spec.lang);
  // A bad period is the caller's to report before any file is read; parsed here all the same.
  const period = parsePeriod(spec.period, spec.today);
  const result: ValidationResult = validateWorkbook(c.input, opts);
  excludeConflicts(c, result);
  const summary = summarise(result.tables, { period, currency: spec.currency });
  const summarySheet = summaryPlan(summary, result, c.input, { lang: spec.lang, today: spec.today, breakdowns: spec.breakdowns, signing: spec.signing });
  const [files, problems, ...registers] = consolidationPlans(c, spec.lang);
  const facts: ConsolidationFacts = {
    files: books.length,
    unreadable: unreadable.length,
    registers: c.registers.length,
    rows: c.registers.reduce((n, r) => n + r.cells.length, 0),
    problems: c.issues.length,
    errors: c.issues.filter((i) => i.issue.severity === 'error').length,
    repeats: c.repeatsDropped,
    conflicts: c.issues.filter((i) => i.issue.rule === conflictingReports.id).length,
  };
  return { consolidation: c, facts, files, summary: summarySheet, problems, registers };
}

/**
 * The sheets to add to a workbook that already has sheets `taken`, in the order they are written: the
 * files, the summary, the problems, the combined registers. A register sheet whose name is taken gets a
 * free one, and the summary's formulas and the problems' links follow it, so that nothing points at a
 * sheet of the user's that happens to share the name.
 */
export function placeConsolidation(book: ConsolidationBook, taken: readonly string[]): SheetPlan[] {
  const names = [...taken];
  const free = (want: string): string => {
    const name = freeSheetName(names, want);
    names.push(name);
    return name;
  };
  let summary = book.summary;
  let problems = book.problems;
  const registers = book.registers.map((p) => {
    const name = free(p.name);
    summary = retargetSheet(summary, p.name, name);
    problems = retargetSheet(problems, p.name, name);
    return { ...p, name };
  });
  const files = { ...book.files, name: free(book.files.name) };
  summary = { ...summary, name: free(summary.name) };
  problems = { ...problems, name: free(problems.name) };
  return [files, summary, problems, ...registers];
}
