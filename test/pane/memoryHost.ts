// A PaneHost over an in-memory workbook, for the pane's browser tests: the engine runs for real on a
// generated sample with planted problems; "Excel" is a plain grid that records selections, fixes and
// inserted sheets so the test can check what the pane asked for.
import { mergeSigning, type Signing } from '../../src/core/plan/summary/signing';
import type { HiddenPolicy, Issue, Lang, RawValue, SheetInput, WorkbookInput } from '../../src/core/model';
import { a1, boxOfA1 } from '../../src/core/base/a1';
import { ymdToDay } from '../../src/core/parse/date';
import { templatePlans, type TemplateKind } from '../../src/core/plan/templatePlan';
import { summaryParagraph } from '../../src/core/plan/summary/paragraph';
import { summaryNotes } from '../../src/core/summary/words';
import { parsePeriod, summarise } from '../../src/core/summary';
import { validateWorkbook } from '../../src/core/validate';
import { generateSample } from '../../src/sample/generate';
import { REGIONS_SHEET, regionsRows } from '../helpers/regionsSheet';
import { ConsolidationWriteError, type Cancel, type ColumnMapping, type FixUndo, type PaneHost, type Progress, type RegionRef, type SummarySpec, type ValidateOutcome } from '../../src/taskpane/host';
import { putMapping } from '../../src/core/detect/savedMapping';
import { consolidationBook, placeConsolidation } from '../../src/core/plan/consolidateBook';

const TODAY = ymdToDay(2026, 11, 23);

export interface MemoryLog {
  /** The summary's signing options the workbook remembers. */
  signing?: Signing;
  selected: string[];
  /** Column mappings the pane saved, by sheet: one per register (region) corrected. */
  mappings: Record<string, ColumnMapping[]>;
  fixed: { sheet: string; cell: string | null; value: number | string }[];
  sheets: string[];
  marksCleared: number;
  /** Breakdowns asked for by the last Build summary. */
  breakdowns?: readonly string[];
  /** The hidden-sheet policy of each Validate and Build summary, in order. */
  hidden: (string | undefined)[];
  /** Cells an undo gave back their value before the fix. */
  undone: string[];
  /** What the last Consolidate wrote: the files combined, the reasons of those unreadable, each new sheet with its table rows. */
  consolidated?: { files: string[]; unreadable: { file: string; reason: string }[]; sheets: { name: string; rows: number }[] };
  /** The sheets the last cancelled or failed Consolidate had added and removed again. */
  consolidateRemoved?: string[];
  /** The period of the last Build summary, as the pane sent it. */
  period?: { period?: string; from?: string; to?: string };
}

function freeName(taken: readonly string[], want: string): string {
  if (!taken.includes(want)) return want;
  for (let i = 2; ; i++) if (!taken.includes(`${want} (${i})`)) return `${want} (${i})`;
}

/** The workbook of a test: the demo sample with planted problems, or a sheet of two registers side by side. */
export type MemoryBook = 'sample' | 'regions';

/** How Consolidate's writing behaves: a wait per part (a slow Excel on the web), and a part Excel refuses. */
export interface MemoryWrite {
  delayMs?: number;
  failAtPart?: number;
}

/** Table rows per part: small, so that the sample's consolidation takes several parts. */
const WRITE_CHUNK_ROWS = 20;

export interface MemoryHost {
  host: PaneHost;
  log: MemoryLog;
  edited: () => void;
  type: (cell: string, value: RawValue) => void;
  /** Every text the workbook holds (sheet names, text cells): data, in whatever language it was typed. */
  texts: () => string[];
}

export function memoryHost(which: MemoryBook = 'sample', write: MemoryWrite = {}): MemoryHost {
  const book = which === 'regions'
    ? { sheets: [{ name: REGIONS_SHEET, rows: regionsRows() as unknown[][], hidden: false, hiddenRows: undefined, hiddenCols: undefined }] }
    : generateSample({ aidProjects: 40, fdiProjects: 20, today: TODAY, plant: true });
  const sheets: { name: string; rows: unknown[][]; visibility?: 'hidden'; hiddenRows?: number[]; hiddenCols?: number[] }[] = book.sheets.map((s) => ({
    name: s.name, rows: s.rows.map((r) => [...r]), ...(s.hidden ? { visibility: 'hidden' as const } : {}), hiddenRows: s.hiddenRows, hiddenCols: s.hiddenCols,
  }));
  const log: MemoryLog = { selected: [], mappings: {}, fixed: [], sheets: sheets.map((s) => s.name), marksCleared: 0, hidden: [], undone: [] };
  const input = (): WorkbookInput => ({ sheets: sheets.map((s) => ({ name: s.name, rows: s.rows, visibility: s.visibility, hiddenRows: s.hiddenRows, hiddenCols: s.hiddenCols }) as SheetInput) });
  let policy: HiddenPolicy = 'skip-sheets';
  let lastLang: Lang = 'vi';
  const check = (lang: Lang): ValidateOutcome => {
    lastLang = lang;
    const result = validateWorkbook(input(), { lang, locale: 'vi', today: TODAY, mappings: log.mappings, hidden: policy });
    const cells = new Set(result.issues.filter((i) => i.cell).map((i) => `${i.sheet}!${i.cell}`));
    const out: ValidateOutcome = { tables: result.tables.map((t) => t.info), issues: result.issues, marked: cells.size };
    if (result.skippedSheets) out.skippedSheets = result.skippedSheets;
    return out;
  };
  const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

  const listeners: ((o: ValidateOutcome) => void)[] = [];
  const host: PaneHost = {
    async insertTemplate(kind: TemplateKind, lang: Lang) {
      const plans = templatePlans(kind, lang);
      const names: string[] = [];
      let renamed = false;
      for (const p of plans) {
        const name = freeName(log.sheets, p.name);
        renamed ||= name !== p.name;
        log.sheets.push(name);
        names.push(name);
      }
      return { sheets: names, renamed };
    },
    async validate(lang: Lang, onProgress: (p: Progress) => void, cancel: Cancel, hidden?: HiddenPolicy): Promise<ValidateOutcome> {
      log.hidden.push(hidden);
      policy = hidden ?? 'skip-sheets';
      const total = sheets.reduce((n, s) => n + s.rows.length, 0);
      let done = 0;
      // Reports progress per sheet as the Office host does per chunk, yielding in between.
      for (const s of sheets) {
        if (cancel.cancelled) return { tables: [], issues: [], marked: 0 };
        done += s.rows.length;
        onProgress({ done, total });
        await tick();
      }
      return check(lang);
    },
    async select(issue: Issue) {
      log.selected.push(`${issue.sheet}!${issue.cell ?? ''}`);
    },
    async applyFixes(list: readonly Issue[]) {
      const undo: FixUndo[] = [];
      for (const i of list) {
        if (!i.fix || i.row === null || i.col === null) continue;
        const s = sheets.find((x) => x.name === i.sheet)!;
        const before = s.rows[i.row][i.col] as RawValue;
        undo.push({ sheet: i.sheet, row: i.row, col: i.col, wrote: i.fix.value, before: typeof before === 'number' || typeof before === 'boolean' ? before : String(before ?? ''), beforeValue: before });
        s.rows[i.row][i.col] = i.fix.value;
        log.fixed.push({ sheet: i.sheet, cell: i.cell, value: i.fix.value });
      }
      return { changed: undo.length, skipped: [], undo };
    },
    async undoFixes(undo: readonly FixUndo[]) {
      const kept: string[] = [];
      let restored = 0;
      for (const u of undo) {
        const s = sheets.find((x) => x.name === u.sheet)!;
        // The same guard as the Office host's: a cell edited since the fix keeps the edit.
        if (s.rows[u.row][u.col] !== u.wrote) { kept.push(`${u.sheet}!${a1(u.row, u.col)}`); continue; }
        s.rows[u.row][u.col] = u.beforeValue;
        log.undone.push(`${u.sheet}!${a1(u.row, u.col)}`);
        restored++;
      }
      for (const l of listeners) l(check(lastLang));
      return { restored, kept };
    },
    async clearMarks() {
      log.marksCleared++;
    },
    async buildSummary(spec: SummarySpec) {
      log.breakdowns = spec.breakdowns;
      log.period = { period: spec.period, from: spec.from, to: spec.to };
      log.hidden.push(spec.hidden);
      const result = validateWorkbook(input(), { lang: spec.lang, locale: 'vi', today: TODAY, hidden: spec.hidden });
      const period = parsePeriod({ period: spec.period, from: spec.from, to: spec.to }, TODAY);
      const summary = summarise(result.tables, { period, currency: spec.currency });
      const sheet = freeName(log.sheets, spec.lang === 'vi' ? `Tổng hợp ${period.label}` : `Summary ${period.label}`);
      log.sheets.push(sheet);
      // Remembered as the Office.js host does (custom document properties): blank fields keep the old value.
      log.signing = mergeSigning(log.signing ?? {}, spec.signing ?? {});
      const texts = { vi: { paragraph: summaryParagraph(summary, 'vi'), notes: summaryNotes(summary, 'vi') }, en: { paragraph: summaryParagraph(summary, 'en'), notes: summaryNotes(summary, 'en') } };
      return { sheet, ...texts[spec.lang], notCounted: summary.aid.notCounted + summary.fdi.notCounted, texts, signing: log.signing };
    },
    async writeConsolidation(books, unreadable, spec, onProgress, cancel = { cancelled: false }) {
      log.hidden.push(spec.hidden);
      const signingBefore = log.signing;
      const signing = mergeSigning(log.signing ?? {}, spec.signing ?? {});
      const book = consolidationBook(books, unreadable, {
        lang: spec.lang, today: TODAY, hidden: spec.hidden, currency: spec.currency, breakdowns: spec.breakdowns, signing,
        period: { period: spec.period, from: spec.from, to: spec.to },
      });
      const plans = placeConsolidation(book, log.sheets);
      const rowsOf = (p: (typeof plans)[number]): number => (p.tables ?? []).reduce((n, t) => n + t.rows.length, 0);
      // Parts as the Office host counts them: a sheet's layout with its first rows, then each further chunk.
      const parts = plans.map((p) => Math.max(1, Math.ceil(rowsOf(p) / WRITE_CHUNK_ROWS)));
      const total = parts.reduce((a, b) => a + b, 0);
      const added: string[] = [];
      // What the Office host's clean-up does: the added sheets removed, the signing options put back.
      const undo = (): void => {
        for (const name of added) log.sheets.splice(log.sheets.indexOf(name), 1);
        log.signing = signingBefore;
        log.consolidateRemoved = [...added];
      };
      log.signing = signing;
      let done = 0;
      onProgress({ done, total });
      for (const [i, p] of plans.entries()) {
        for (let k = 0; k < parts[i]; k++) {
          if (cancel.cancelled) {
            undo();
            return { status: 'cancelled', removed: added };
          }
          await tick(write.delayMs);
          if (k === 0) {
            log.sheets.push(p.name);
            added.push(p.name);
          }
          if (write.failAtPart === done + 1) {
            undo();
            throw new ConsolidationWriteError('An internal error has occurred.', done + 1, total, [], true);
          }
          done++;
          onProgress({ done, total });
        }
      }
      log.consolidated = { files: books.map((b) => b.file), unreadable: [...unreadable], sheets: plans.map((p) => ({ name: p.name, rows: rowsOf(p) })) };
      return { status: 'written', sheets: added, facts: book.facts, signing };
    },
    async saveMapping(sheet: string, region: RegionRef, mapping: ColumnMapping | null, lang: Lang) {
      const list = putMapping(log.mappings[sheet] ?? [], region, mapping);
      if (list.length > 0) log.mappings[sheet] = list;
      else delete log.mappings[sheet];
      return check(lang);
    },
    onRevalidated(listener) {
      listeners.push(listener);
    },
  };
  // What the Office host does after the user edits a cell: a fresh outcome for the pane.
  const edited = (): void => { for (const l of listeners) l(check('vi')); };
  /** The user types into a cell ("Sheet!B5"). */
  const type = (cell: string, value: RawValue): void => {
    const bang = cell.lastIndexOf('!');
    const s = sheets.find((x) => x.name === cell.slice(0, bang))!;
    const { row, col } = boxOfA1(cell.slice(bang + 1))!;
    (s.rows[row] ??= [])[col] = value;
  };
  const texts = (): string[] => [...new Set([...log.sheets, ...(log.consolidated?.files ?? []), ...(log.consolidated?.unreadable.map((u) => u.file) ?? []), ...sheets.flatMap((s) => s.rows.flat().filter((v): v is string => typeof v === 'string' && v.trim() !== ''))])];
  return { host, log, edited, type, texts };
}
