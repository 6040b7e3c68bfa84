// A province's consolidation: the registers of many workbooks combined kind by kind, each row with its
// source; the same project reported by two files counted once; one id with different figures in two
// files reported and left out; every file's problems listed with where their row went; and a line per
// file that reconciles (data rows = counted + not counted), including the files that could not be read.
import type { Issue, Lang, RawValue, SheetInput, ValidationResult, WorkbookInput } from '../model';
import { registerDef, type RegisterKind } from '../schema/registers';
import { a1 } from '../base/a1';
import { excelSerialToDay, formatDay } from '../parse/date';
import { renderMessage } from '../rules/render';
import { reportedTwice } from '../rules/cross/reportedTwice';
import { conflictingReports } from '../rules/cross/conflictingReports';
import { combineRegisters, type CombinedRegister, type RowSource, type SourceBook } from './combine';

export type { CombinedRegister, RowSource, SourceBook } from './combine';

/** The combined register sheets: the schema's columns, then where each row came from. */
export const SOURCE_HEADERS = {
  vi: ['Tệp nguồn', 'Trang nguồn', 'Dòng nguồn'],
  en: ['Source file', 'Source sheet', 'Source row'],
} as const;

/** A problem of one file (or between two), and where its row is in the combined registers. */
export interface FileIssue {
  file: string;
  issue: Issue;
  /** The combined register sheet and 0-based sheet row holding the issue's row, when it was combined. */
  link?: { sheet: string; row: number };
}

/** One file's line: what was read and what of it counts (rows = counted + notCounted). */
export interface FileLine {
  file: string;
  /** Why the file could not be read (one line), when it could not. */
  unreadable?: string;
  registers: number;
  rows: number;
  counted: number;
  notCounted: number;
  errors: number;
  warnings: number;
}

export interface Consolidation {
  registers: CombinedRegister[];
  /** The combined registers as a workbook: one sheet per kind, header on row 1. */
  input: WorkbookInput;
  sheetOf: ReadonlyMap<RegisterKind, string>;
  issues: FileIssue[];
  files: FileLine[];
  /** Rows of other files left out because an earlier file reported the same record, with the same figures (reported-twice). */
  repeatsDropped: number;
  /** Exchange rates that several files keep alike, kept once (shared reference data: no issue). */
  ratesMerged: number;
  /** Rows of the combined sheets (0-based, header on row 0) whose id another file gives other figures (conflicting-reports). */
  conflicts: { sheet: string; row: number }[];
}

const key = (file: string, sheet: string, row: number): string => `${file}\u0000${sheet}\u0000${row}`;

function sameCells(a: readonly RawValue[], b: readonly RawValue[]): boolean {
  return a.length === b.length && a.every((v, i) => (v ?? null) === (b[i] ?? null));
}

/** Labels of the columns where two rows differ. */
function differing(reg: CombinedRegister, a: readonly RawValue[], b: readonly RawValue[], lang: Lang): string {
  return reg.columns.filter((_, j) => (a[j] ?? null) !== (b[j] ?? null)).map((c) => c[lang]).join(', ');
}

/**
 * Cross-file identities, register by register: a record (by its id, or the whole row where the register
 * has none) that another file already gave with the same cells is dropped (counted once, reported); an
 * id given with other cells stays (the combined register's duplicate-id rule leaves both out) and is
 * reported. Repeats inside one file are that file's own problem, reported by its validation.
 */
function settleRepeats(reg: CombinedRegister, sheet: string, lang: Lang, issues: FileIssue[], conflicts: { sheet: string; row: number }[]): { dropped: number; quiet: number } {
  const seen = new Map<string, number[]>();
  const keep: number[] = [];
  let dropped = 0;
  let quiet = 0;
  const def = registerDef(reg.kind);
  reg.cells.forEach((cells, i) => {
    // Rows without an id (disbursements, implemented capital) are the same record only when identical.
    const id = reg.ids[i] ?? `\u0001${JSON.stringify(cells)}`;
    const earlier = seen.get(id) ?? [];
    if (earlier.length === 0) seen.set(id, earlier);
    earlier.push(i);
    // The same record from another file: an identical one if there is one, else the first.
    const others = earlier.filter((k) => reg.sources[k].file !== reg.sources[i].file);
    if (others.length === 0) { keep.push(i); return; }
    const at = others.find((k) => sameCells(reg.cells[k], cells)) ?? others[0];
    const a = reg.sources[at];
    const b = reg.sources[i];
    const params = { value: shownId(reg, def.idKeys, cells, lang), file: b.file, firstFile: a.file, firstSheet: a.sheet, firstRow: a.row };
    const where = lang === 'vi' ? `Tệp "${b.file}", trang "${b.sheet}", dòng ${b.row}` : `File "${b.file}", sheet "${b.sheet}", row ${b.row}`;
    if (sameCells(reg.cells[at], cells)) {
      dropped++;
      // Exchange rates are shared reference data: two offices keeping the same rate is expected.
      if (reg.kind === 'exchange-rates') quiet++;
      else issues.push({ file: b.file, issue: crossIssue(reportedTwice.id, 'warning', b, params, where, lang) });
      return;
    }
    if (reg.ids[i] === null) { keep.push(i); return; }
    keep.push(i);
    const full = { ...params, columns: differing(reg, reg.cells[at], cells, lang) };
    issues.push({ file: b.file, issue: crossIssue(conflictingReports.id, 'error', b, full, where, lang), link: { sheet, row: keep.length } });
    // Both rows, in the combined sheet (header on row 0): neither figure is counted.
    conflicts.push({ sheet, row: keep.indexOf(at) + 1 }, { sheet, row: keep.length });
  });
  if (dropped > 0) {
    reg.cells = keep.map((i) => reg.cells[i]);
    reg.sources = keep.map((i) => reg.sources[i]);
    reg.ids = keep.map((i) => reg.ids[i]);
  }
  return { dropped, quiet };
}

/** How a person names a record: its id columns as the sheet shows them (dates as dates), else its first cells. */
function shownId(reg: CombinedRegister, idKeys: readonly string[], cells: readonly RawValue[], lang: Lang): string {
  const show = (j: number): string => {
    const v = cells[j];
    if (reg.columns[j].type === 'date' && typeof v === 'number') return formatDay(excelSerialToDay(v), lang);
    return v === null || v === undefined ? '' : String(v);
  };
  const cols = idKeys.length > 0 ? idKeys.map((k) => reg.columns.findIndex((c) => c.key === k)) : [0, 1, 2];
  return cols.filter((j) => j >= 0).map(show).join(' / ');
}

function crossIssue(rule: string, severity: Issue['severity'], at: RowSource, params: Record<string, string | number>, where: string, lang: Lang): Issue {
  const full = { ...params, sheet: at.sheet };
  return { rule, severity, sheet: at.sheet, cell: null, row: at.row - 1, col: null, message: renderMessage(rule, full, lang, where), fix: null, params: full };
}

/**
 * Combines validated workbooks. `unreadable` lists the files that could not be read, with the one-line
 * reason their reader gave, so they have a line too. Sheet names are the registers' own (the
 * template's), in `lang`.
 */
export function consolidate(books: readonly SourceBook[], unreadable: readonly { file: string; reason: string }[], lang: Lang): Consolidation {
  const registers = combineRegisters(books);
  const issues: FileIssue[] = [];
  const conflicts: { sheet: string; row: number }[] = [];
  const sheetOf = new Map<RegisterKind, string>();
  let repeatsDropped = 0;
  let ratesMerged = 0;
  for (const reg of registers) {
    const def = registerDef(reg.kind);
    const sheet = lang === 'vi' ? def.sheetVi : def.sheetEn;
    sheetOf.set(reg.kind, sheet);
    const { dropped, quiet } = settleRepeats(reg, sheet, lang, issues, conflicts);
    repeatsDropped += dropped - quiet;
    ratesMerged += quiet;
  }

  // Where each source row went: its combined sheet and row (header on row 0, data from row 1).
  const placed = new Map<string, { sheet: string; row: number }>();
  for (const reg of registers) {
    const sheet = sheetOf.get(reg.kind)!;
    reg.sources.forEach((s, i) => placed.set(key(s.file, s.sheet, s.row), { sheet, row: i + 1 }));
  }
  const own: FileIssue[] = [];
  for (const book of books) {
    for (const issue of book.result.issues) {
      const link = issue.row === null ? undefined : placed.get(key(book.file, issue.sheet, issue.row + 1));
      own.push(link ? { file: book.file, issue, link } : { file: book.file, issue });
    }
  }

  const files: FileLine[] = books.map((book) => {
    const rows = book.result.tables.reduce((n, t) => n + t.rows.length, 0);
    const notCounted = book.result.tables.reduce((n, t) => n + t.rows.filter((r) => r.hasError).length, 0);
    return {
      file: book.file,
      registers: book.result.tables.length,
      rows,
      counted: rows - notCounted,
      notCounted,
      errors: book.result.issues.filter((i) => i.severity === 'error').length,
      warnings: book.result.issues.filter((i) => i.severity === 'warning').length,
    };
  });
  for (const u of unreadable) files.push({ file: u.file, unreadable: u.reason, registers: 0, rows: 0, counted: 0, notCounted: 0, errors: 0, warnings: 0 });

  const sheets: SheetInput[] = registers.map((reg) => ({
    name: sheetOf.get(reg.kind)!,
    rows: [
      [...reg.columns.map((c) => c[lang]), ...SOURCE_HEADERS[lang]],
      ...reg.cells.map((cells, i) => [...cells, reg.sources[i].file, reg.sources[i].sheet, reg.sources[i].row]),
    ],
  }));
  return { registers, input: { sheets }, sheetOf, issues: [...own, ...issues], files, repeatsDropped, ratesMerged, conflicts };
}

/** "'Dự án viện trợ'!A5": where a link goes. */
export function linkTarget(link: { sheet: string; row: number }): string {
  return `'${link.sheet.replace(/'/g, "''")}'!${a1(link.row, 0)}`;
}

/**
 * Leaves out of the combined registers' figures both rows of each id two files report differently
 * (conflicting-reports). Read on its own, a register with a repeated id counts its first row (duplicate-id is on the
 * later one); between two files neither is more right than the other, so neither counts.
 */
export function excludeConflicts(c: Consolidation, result: ValidationResult): void {
  const bad = new Set(c.conflicts.map((x) => `${x.sheet}\u0000${x.row}`));
  if (bad.size === 0) return;
  for (const t of result.tables) {
    for (const row of t.rows) {
      if (!bad.has(`${t.info.sheet}\u0000${row.r}`)) continue;
      row.hasError = true;
      // An error on the whole row ('' as its column); rows built without columns had every error on the whole row.
      row.errorColumns = [...(row.errorColumns ?? row.errorRules.map(() => '')), ''];
      row.errorRules = [...row.errorRules, conflictingReports.id];
    }
  }
}
