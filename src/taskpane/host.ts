// What the pane asks of the workbook. The Office.js host implements it against Excel; the pane's
// browser tests implement it against an in-memory workbook. The pane itself never touches Excel.
import type { HiddenPolicy, Issue, Lang, RawValue, SavedMapping, SkippedSheet, TableInfo } from '../core/model';
import type { RegionRef } from '../core/detect/savedMapping';
import type { Breakdown } from '../core/summary/request';
import type { TemplateKind } from '../core/plan/templatePlan';
import type { Signing } from '../core/plan/summary/signing';
import type { ConsolidationFacts, LoadedBook } from '../core/plan/consolidateBook';

export type { LoadedBook };

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

/** How one register's columns map to the register kind's: what the pane lets the user correct. */
export type ColumnMapping = SavedMapping;
export type { RegionRef };

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

/** What a fix changed in one cell, kept by the pane so that the fix can be undone. */
export interface FixUndo {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  /** What the fix wrote: undo restores only a cell that still holds it. */
  wrote: number | string;
  /** The cell before the fix as Excel gives Range.formulas: its formula, or its constant. */
  before: number | string | boolean;
  /** Its number format before the fix, when the fix changed it (Text for text, General for a number). */
  beforeFormat?: string;
  /** Its value as Validate read it (a formula's result), for the host's copy of the workbook. */
  beforeValue: RawValue;
}

export interface FixOutcome {
  /** Cells changed. */
  changed: number;
  /** Cells edited since Validate and left alone, as "Sheet!A5". */
  skipped: string[];
  /** What the changed cells held, for Undo last fix. */
  undo: FixUndo[];
}

export interface UndoOutcome {
  /** Cells given back what they held before the fix. */
  restored: number;
  /** Fixed cells edited since the fix and kept as the user left them, as "Sheet!A5". */
  kept: string[];
}

export interface SummaryOutcome {
  sheet: string;
  paragraph: string;
  notCounted: number;
  notes?: string[];
  /** The paragraph and notes in each language, so that a language switch says them again. */
  texts?: Record<Lang, { paragraph: string; notes: string[] }>;
  /** The signing options used, as the workbook now remembers them (the pane shows them in its fields). */
  signing?: Signing;
}

/** What Consolidate added to the workbook. */
export interface ConsolidationWritten {
  status: 'written';
  /** The new sheets, in order: files, summary, problems, combined registers. */
  sheets: string[];
  facts: ConsolidationFacts;
  /** The signing options used, as the workbook now remembers them. */
  signing?: Signing;
}

/** Consolidate stopped by the user: the workbook is as it was before. */
export interface ConsolidationCancelled {
  status: 'cancelled';
  /** The sheets it had added and removed again (none when stopped before the first was written). */
  removed: string[];
}

export type ConsolidationOutcome = ConsolidationWritten | ConsolidationCancelled;

/**
 * Consolidate could not finish: Excel refused a request while the sheets were written (or, after a
 * cancel, while they were removed). What the action had added was removed in one request, except
 * `left`, which that request could not remove either.
 */
export class ConsolidationWriteError extends Error {
  constructor(
    /** Excel's message. */
    readonly reason: string,
    /** The part being written when it failed (1-based), of `parts`; 0 when it failed while stopping. */
    readonly part: number,
    readonly parts: number,
    /** Sheets added and still in the workbook: for the user to delete. */
    readonly left: readonly string[],
    /** False when the clean-up request failed too: the workbook may not be as it was. */
    readonly cleanedUp: boolean,
  ) {
    super(`Consolidate failed at part ${part} of ${parts}: ${reason}${cleanedUp ? '' : `; not cleaned up${left.length ? `, sheets left: ${left.join(', ')}` : ''}`}`);
    this.name = 'ConsolidationWriteError';
  }
}

export interface PaneHost {
  insertTemplate(kind: TemplateKind, lang: Lang): Promise<{ sheets: string[]; renamed: boolean }>;
  /** `hidden`: the hidden-sheet policy (EngineOptions.hidden); kept for the re-checks that follow. */
  validate(lang: Lang, onProgress: (p: Progress) => void, cancel: Cancel, hidden?: HiddenPolicy): Promise<ValidateOutcome>;
  /** Selects a problem's cell (or its table's header for a whole-table issue). */
  select(issue: Issue): Promise<void>;
  /** Applies the proposed fixes of these issues; answers what changed and how to undo it. */
  applyFixes(issues: readonly Issue[]): Promise<FixOutcome>;
  /** Restores what a fix replaced, except in cells edited since the fix; then checks again. */
  undoFixes(undo: readonly FixUndo[]): Promise<UndoOutcome>;
  /** Removes every mark, leaving values and formats as they were before Validate. */
  clearMarks(): Promise<void>;
  /** `notes`: warnings first, then the reconciliation and the unknown groups (core/summary/words.ts summaryNotes). */
  buildSummary(spec: SummarySpec): Promise<SummaryOutcome>;
  /**
   * Combines workbooks the pane has read (`unreadable`: files it could not, with their one-line reason)
   * into new sheets of this workbook, the summary made with `spec`'s period, currency and signing.
   * Existing sheets are never touched. `onProgress` counts the parts written, said before the first (one
   * request each: a sheet's layout, in several when its cells pass one request's size, with its first
   * rows, then its further chunks of rows). `cancel` is honoured between parts;
   * a cancel, or an Excel error (ConsolidationWriteError), removes every sheet the action added and
   * puts back the signing options it saved, so the workbook is as it was.
   */
  writeConsolidation(books: readonly LoadedBook[], unreadable: readonly { file: string; reason: string }[], spec: SummarySpec, onProgress: (p: Progress) => void, cancel?: Cancel): Promise<ConsolidationOutcome>;
  /**
   * Saves a corrected column mapping for one register (region) of a sheet in the workbook (null:
   * forget it and match the headers again), then validates again with it.
   */
  saveMapping(sheet: string, region: RegionRef, mapping: ColumnMapping | null, lang: Lang): Promise<ValidateOutcome>;
  /** Called with a fresh outcome whenever the host re-checks by itself (after the user edits cells). */
  onRevalidated(listener: (outcome: ValidateOutcome) => void): void;
}
