// What the pane asks of the workbook. The Office.js host implements it against Excel; the pane's
// browser tests implement it against an in-memory workbook. The pane itself never touches Excel.
import type { EngineOptions, HiddenPolicy, Issue, Lang, SkippedSheet, TableInfo } from '../core/model';
import type { Breakdown } from '../core/summary/request';
import type { TemplateKind } from '../core/plan/templatePlan';
import type { Signing } from '../core/plan/summary/signing';

export interface Progress {
  done: number;
  total: number;
}

/** Lets the pane stop a long run between chunks. */
export interface Cancel {
  cancelled: boolean;
}

export interface ValidateOutcome {
  tables: TableInfo[];
  issues: Issue[];
  /** Cells marked in the workbook (one per distinct problem cell). */
  marked: number;
  /** Sheets with problems that could not be marked because they are protected. */
  unmarkedSheets?: string[];
  /** Registers on hidden sheets left out (the default hidden-sheet policy), listed so the pane can say so. */
  skippedSheets?: SkippedSheet[];
}

/** How one sheet's columns map to a register's: what the pane lets the user correct. */
export type ColumnMapping = NonNullable<EngineOptions['mappings']>[string];

export interface SummarySpec {
  /** A year ("2024"), a half or quarter ("2024-H1", "2024-Q3"), or from/to ISO dates. */
  period?: string;
  from?: string;
  to?: string;
  currency: 'USD' | 'VND';
  lang: Lang;
  /** Breakdown tables to include; default all. */
  breakdowns?: readonly Breakdown[];
  /** Hidden sheets: listed but not counted (default), or counted (the Validate section's checkbox). */
  hidden?: HiddenPolicy;
  /** Issuing body, report, place, signers, totals first or last; blank fields keep what the workbook remembers. */
  signing?: Signing;
}

export interface PaneHost {
  insertTemplate(kind: TemplateKind, lang: Lang): Promise<{ sheets: string[]; renamed: boolean }>;
  /** `hidden`: the hidden-sheet policy (EngineOptions.hidden); kept for the re-checks that follow. */
  validate(lang: Lang, onProgress: (p: Progress) => void, cancel: Cancel, hidden?: HiddenPolicy): Promise<ValidateOutcome>;
  /** Selects a problem's cell (or its table's header for a whole-table issue). */
  select(issue: Issue): Promise<void>;
  /** Applies the proposed fixes of these issues; answers how many cells changed. */
  applyFixes(issues: readonly Issue[]): Promise<number>;
  /** Removes every mark, leaving values and formats as they were before Validate. */
  clearMarks(): Promise<void>;
  /** `notes`: warnings first, then the reconciliation and the unknown groups (core/summary/words.ts summaryNotes). */
  /** `signing`: the options used, as the workbook now remembers them (the pane shows them in its fields). */
  buildSummary(spec: SummarySpec): Promise<{ sheet: string; paragraph: string; notCounted: number; notes?: string[]; signing?: Signing }>;
  /**
   * Saves a corrected column mapping for a sheet in the workbook (null: forget it and match the
   * headers again), then validates again with it.
   */
  saveMapping(sheet: string, mapping: ColumnMapping | null, lang: Lang): Promise<ValidateOutcome>;
  /** Called with a fresh outcome whenever the host re-checks by itself (after the user edits cells). */
  onRevalidated(listener: (outcome: ValidateOutcome) => void): void;
}
