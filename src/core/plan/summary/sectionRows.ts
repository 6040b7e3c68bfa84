// Rows both sections write the same way: the header of the key figures, last year's figure with the
// change against it, and the rows that were not counted with their reasons.
import type { Lang } from '../../model';
import type { Breakdown } from '../../summary/request';
import type { Reason } from '../../summary/common';
import { COLS, type Builder, type NumKind } from './builder';
import type { Ctx } from './criteria';
import { exactRatioOrBlank } from './exact';
import type { Candidates } from './formula';
import { reasonLabel, T, type Texts } from './texts';
import type { Approx } from '../../vocab/qualifiers';
import type { RowTally } from '../../summary/ledger';
import { reconciliationLine } from '../../summary/words';

/** What a section writes with: the builder, the registers, the sheet's language and its breakdowns. */
export interface Section {
  b: Builder;
  ctx: Ctx;
  lang: Lang;
  breakdowns: ReadonlySet<Breakdown>;
  t: (x: Texts) => string;
  /** A breakdown table's total row under its header (as some provinces write it) instead of at the bottom. */
  totalsFirst: boolean;
}

/** A figure as printed, as the engine computed it (null: unknown) and the formulas that may give it. */
export interface Figure {
  shown: number | null;
  exact: number | null;
  cands: Candidates;
}

export function keyHeader(s: Section): void {
  s.b.tableHeader([T.indicator, T.current, T.previous, T.change].map(s.t));
}

/**
 * Columns B and C of a key-figure row: last year's figure and the change against it (a formula over
 * the row's own cells when that gives the engine's change); dashes when the registers do not reach
 * back a year.
 */
export function lastYear(s: Section, r: number, kind: NumKind, cur: string, previous: Figure | null, change: number | null, exactChange: number | null | undefined): void {
  const b = s.b;
  if (previous === null) {
    b.text(r, COLS.b, '–');
    b.text(r, COLS.c, '–');
    return;
  }
  b.figure(r, COLS.b, kind, cur, previous.shown, previous.exact, previous.cands);
  const ch = exactRatioOrBlank(exactChange, change);
  if (ch.ok) b.change(r, COLS.c, [r, COLS.a], [r, COLS.b], change, ch.exact);
  else b.literal(r, COLS.c, 'percent', '', change);
}

export function notCountedRows(s: Section, count: number, reasons: readonly Reason[]): void {
  const b = s.b;
  const r = b.row++;
  b.text(r, 0, s.t(T.notCounted), 'label');
  b.literal(r, COLS.a, 'count', '', count);
  for (const reason of reasons) {
    const rr = b.row++;
    b.text(rr, 0, `    ${reasonLabel(reason.rule, s.lang)}`, 'note');
    b.literal(rr, COLS.a, 'count', '', reason.count);
  }
}

/**
 * The reconciliation under "rows not counted": for each register with rows, rows read = counted +
 * not counted (by reason) + dated after the period, in words (README "Summaries").
 */
export function reconciliationRows(s: Section, tallies: readonly RowTally[]): void {
  for (const tally of tallies) {
    if (tally.read === 0) continue;
    // Inside the key figures' table: as wide as it (four columns).
    s.b.text(s.b.row++, 0, `    ${reconciliationLine(tally, s.lang)}`, 'note', 4);
  }
}

/** A figure's label, marked "(≈)" when parts of it were written as approximate (the note says so). */
export function approxLabel(label: Texts, q: Approx | null): Texts {
  return q === null ? label : { vi: `${label.vi} (≈)`, en: `${label.en} (≈)` };
}

/** The note under a section whose figures carry the "(≈)" mark. */
export function approxNote(s: Section, marked: boolean): void {
  // The key figures end here: their table is closed before the note under it.
  s.b.closeTable(4);
  if (marked) s.b.text(s.b.row++, 0, s.t(T.approxNote), 'note', 5);
}

/**
 * A section for a kind the workbook holds no register of: its title and a line saying so, where
 * figures would otherwise all read 0.
 */
export function noRegisterSection(s: Section, title: Texts, says: string): void {
  s.b.keepWithNext(s.b.row);
  s.b.text(s.b.row++, 0, s.t(title), 'header', 5);
  s.b.text(s.b.row++, 0, says, 'note', 5);
  s.b.row++;
}

/** The note under a breakdown table with a group flagged "(!)". */
export function overDisbursedNote(s: Section): void {
  s.b.text(s.b.row++, 0, s.t(T.overNote), 'note', 5);
}
