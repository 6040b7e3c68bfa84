/// <reference types="office-js" />
// The task pane's PaneHost over the open workbook. It reads, asks the engine and applies what the
// engine answers: which sheets hold registers, which cells have problems, what a fix writes and what
// a template or a summary sheet looks like are all decided in src/core.
//
// Work is queued, one job at a time, so that a re-check triggered by an edit never interleaves with
// Validate, Fix or Clear.
import type { HiddenPolicy, Issue, Lang, RawValue, ValidationResult, WorkbookInput } from '../../core/model';
import { freeSheetName } from '../../core/plan/names';
import { retargetSheet } from '../../core/plan/retarget';
import { colLetter } from '../../core/base/a1';
import { mergeSigning, signingFromProperties, summaryPlan } from '../../core/plan/summary';
import { consolidationBook, placeConsolidation } from '../../core/plan/consolidateBook';
import { summaryParagraph } from '../../core/plan/summary/paragraph';
import { summaryNotes } from '../../core/summary/words';
import { codeListSheetName, templatePlans, type TemplateKind } from '../../core/plan/templatePlan';
import { DATA_LOCALE, summaryOf } from '../../core/summary/request';
import { validateWorkbook } from '../../core/validate';
import type { Cancel, ColumnMapping, FixUndo, PaneHost, Progress, RegionRef, SummarySpec, ValidateOutcome } from '../../taskpane/host';
import { putMapping } from '../../core/detect/savedMapping';
import { a1Box } from './a1Box';
import { applyFixesOffice, undoFixesOffice, type FixRequest } from './fixes';
import { loadMappings, saveMappings, type Mappings } from './mappingStore';
import { loadSigning, loadSigningProperties, restoreSigning, saveSigning } from './signingStore';
import { clearAllMarks, planMarks, replaceMarks } from './marks';
import { readBookOffice, readRowsOffice, type ReadBookOptions } from './readBook';
import { writePlanOffice } from './writePlanOffice';
import { writeConsolidationOffice } from './writeConsolidationOffice';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  /** Excel.run, or a test's stand-in. */
  run: ExcelRun;
  /** Today as a day number; default: now. */
  today?: () => number | undefined;
  /** Quiet time after the last edit before re-checking; default 700 ms. */
  debounceMs?: number;
  read?: Pick<ReadBookOptions, 'chunkRows' | 'chunkCells'>;
  /** Consolidate's table rows per request; default writePlanOffice's. */
  write?: { chunkRows?: number };
}

export interface OfficeHost extends PaneHost {
  /** Waits until queued work (including a pending re-check) is done: for tests and for unloading. */
  idle(): Promise<void>;
}

interface Checked {
  input: WorkbookInput;
  result: ValidationResult;
  lang: Lang;
  mappings: Mappings;
  sheetIds: Map<string, string>;
  /** Protected sheets: checked and listed, but never marked or fixed. */
  locked: Set<string>;
}

/** An edit to re-check: rows of a sheet, or the whole sheet (rows inserted or deleted, odd addresses). */
type Dirty = { whole: true } | { whole: false; r0: number; r1: number; c1: number };

function outcomeOf(result: ValidationResult, marked: number, locked: ReadonlySet<string>): ValidateOutcome {
  const out: ValidateOutcome = { tables: result.tables.map((t) => t.info), issues: result.issues, marked };
  if (result.skippedSheets) out.skippedSheets = result.skippedSheets;
  const unmarked = [...locked].filter((s) => result.issues.some((i) => i.sheet === s));
  if (unmarked.length > 0) out.unmarkedSheets = unmarked;
  return out;
}

/**
 * The cached copy of the workbook with cells whose new content is known (written by a fix or an
 * undo), copying only the rows touched.
 */
function withCells(input: WorkbookInput, cells: readonly { sheet: string; row: number; col: number; value: RawValue }[]): WorkbookInput {
  const sheets = input.sheets.map((s) => ({ ...s }));
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const copied = new Set<string>();
  for (const f of cells) {
    const s = byName.get(f.sheet);
    if (!s) continue;
    if (!copied.has(f.sheet)) {
      s.rows = [...s.rows];
      copied.add(f.sheet);
    }
    const row = [...(s.rows[f.row] ?? [])];
    row[f.col] = f.value;
    (s.rows as RawValue[][])[f.row] = row;
  }
  return { ...input, sheets };
}

/** Issues that may be marked: those on sheets that are not protected. */
const markable = (issues: readonly Issue[], locked: ReadonlySet<string>): Issue[] => issues.filter((i) => !locked.has(i.sheet));

/** The marks a sheet should carry, as text: a sheet whose marks did not change is not rewritten. */
function markKey(issues: readonly Issue[], sheet: string): string {
  return issues.filter((i) => i.sheet === sheet && i.row !== null).map((i) => `${i.row},${i.col},${i.severity}`).join(';');
}

export function createOfficeHost(opts: OfficeHostOptions): OfficeHost {
  const today = (): number | undefined => opts.today?.();
  let queue: Promise<unknown> = Promise.resolve();
  let checked: Checked | null = null;
  /** True between Validate and Clear: edits are re-checked and marks kept up to date. */
  let live = false;
  let watching = false;
  const dirty = new Map<string, Dirty>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let recheckDone: Promise<void> = Promise.resolve();
  const listeners: ((o: ValidateOutcome) => void)[] = [];

  function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  }

  /** The hidden-sheet policy of the last Validate, which the re-checks after edits keep. */
  let hidden: HiddenPolicy = 'skip-sheets';

  function engine(input: WorkbookInput, lang: Lang, mappings: Mappings): ValidationResult {
    return validateWorkbook(input, { lang, locale: DATA_LOCALE, today: today(), mappings, hidden });
  }

  async function watch(context: Excel.RequestContext): Promise<void> {
    if (watching) return;
    context.workbook.worksheets.onChanged.add(async (e) => { onEdit(e); });
    await context.sync();
    watching = true;
  }

  function onEdit(e: Excel.WorksheetChangedEventArgs): void {
    if (!live || !checked) return;
    const sheet = checked.sheetIds.get(e.worksheetId);
    if (!sheet) return;
    const box = e.changeType === 'RangeEdited' ? a1Box(e.address) : null;
    const had = dirty.get(sheet);
    if (!box || had?.whole) dirty.set(sheet, { whole: true });
    else if (had) dirty.set(sheet, { whole: false, r0: Math.min(had.r0, box.r0), r1: Math.max(had.r1, box.r1), c1: Math.max(had.c1, box.c1) });
    else dirty.set(sheet, { whole: false, r0: box.r0, r1: box.r1, c1: box.c1 });
    if (timer) clearTimeout(timer);
    recheckDone = new Promise((resolve) => {
      timer = setTimeout(() => {
        timer = null;
        void enqueue(recheck).catch(() => undefined).then(resolve);
      }, opts.debounceMs ?? 700);
    });
  }

  /** Brings the cached workbook up to date with the edits, then re-checks and re-marks. */
  async function recheck(): Promise<void> {
    const state = checked;
    if (!live || !state || dirty.size === 0) return;
    const edits = [...dirty];
    dirty.clear();
    await opts.run(async (context) => {
      const sheets = state.input.sheets.map((s) => ({ ...s, rows: s.rows as RawValue[][] }));
      const whole = edits.filter(([, d]) => d.whole).map(([name]) => name);
      if (whole.length > 0) {
        const read = await readBookOffice(context, { ...opts.read, sheets: whole });
        for (const s of read.input.sheets) {
          const i = sheets.findIndex((x) => x.name === s.name);
          if (i >= 0) sheets[i] = { ...s, rows: s.rows as RawValue[][] };
        }
      }
      for (const [name, d] of edits) {
        if (d.whole) continue;
        const s = sheets.find((x) => x.name === name);
        if (!s) continue;
        const width = Math.max(d.c1 + 1, ...s.rows.slice(0, 50).map((r) => r.length));
        // An edit far past the data (a whole column) is cut at the data's end plus the edited rows' span.
        const r1 = Math.min(d.r1, Math.max(s.rows.length, d.r0) + 1000);
        const rows = await readRowsOffice(context, name, d.r0, r1, width, opts.read?.chunkCells);
        const copy = [...s.rows];
        rows.forEach((row, i) => { copy[d.r0 + i] = row; });
        for (let r = 0; r < copy.length; r++) copy[r] ??= [];
        s.rows = copy;
      }
      await settle(context, state, { sheets });
    });
  }

  /**
   * Checks an updated copy of the workbook, re-marks every sheet whose marks changed (an edit or a fix
   * on one register can change another's, through cross-register rules) and tells the pane.
   */
  async function settle(context: Excel.RequestContext, state: Checked, input: WorkbookInput): Promise<void> {
    const result = engine(input, state.lang, state.mappings);
    const touched = input.sheets.map((s) => s.name)
      .filter((name) => !state.locked.has(name) && markKey(result.issues, name) !== markKey(state.result.issues, name));
    if (touched.length > 0) await replaceMarks(context, touched, result.issues.filter((i) => touched.includes(i.sheet)));
    checked = { ...state, input, result };
    const outcome = outcomeOf(result, planMarks(markable(result.issues, state.locked)).cells, state.locked);
    for (const l of listeners) l(outcome);
  }

  async function validateNow(lang: Lang, onProgress: (p: Progress) => void, cancel: Cancel): Promise<ValidateOutcome> {
    return opts.run(async (context) => {
      const read = await readBookOffice(context, { ...opts.read, onProgress: (done, total) => onProgress({ done, total }), signal: cancel });
      if (!read.complete) return { tables: [], issues: [], marked: 0 };
      const result = engine(read.input, lang, read.mappings);
      const locked = read.protectedSheets;
      const open = read.input.sheets.map((s) => s.name).filter((n) => !locked.has(n));
      const marked = await replaceMarks(context, open, markable(result.issues, locked));
      checked = { input: read.input, result, lang, mappings: read.mappings, sheetIds: read.sheetIds, locked };
      live = true;
      dirty.clear();
      await watch(context);
      return outcomeOf(result, marked, locked);
    });
  }

  /** The address to select for an issue: its cell, or its register's header row. */
  function addressOf(issue: Issue): string {
    if (issue.cell) return issue.cell;
    const t = checked?.result.tables.find((x) => x.info.sheet === issue.sheet);
    if (!t) return 'A1';
    const cols = [...t.info.columns.map((c) => c.col), ...t.info.ignored.map((c) => c.col)];
    const last = cols.length > 0 ? Math.max(...cols) : 0;
    return `A${t.info.headerRow}:${colLetter(last)}${t.info.headerRow}`;
  }

  return {
    insertTemplate: (kind: TemplateKind, lang: Lang) => enqueue(() => opts.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const taken = sheets.items.map((s) => s.name);
      let plans = templatePlans(kind, lang);
      // Names are settled first so that the dropdowns point at the code-list sheet's real name.
      const names = plans.map((p) => {
        const name = freeSheetName(taken, p.name);
        taken.push(name);
        return name;
      });
      const lists = codeListSheetName(lang);
      const listsName = names[plans.findIndex((p) => p.name === lists)] ?? lists;
      plans = plans.map((p) => retargetSheet(p, lists, listsName));
      const written: string[] = [];
      for (const p of plans) written.push((await writePlanOffice(context, p, { lang })).sheetName);
      return { sheets: written, renamed: written.some((n, i) => n !== plans[i].name) };
    })),

    validate: (lang, onProgress, cancel, policy) => enqueue(() => {
      hidden = policy ?? 'skip-sheets';
      return validateNow(lang, onProgress, cancel);
    }),

    select: (issue: Issue) => enqueue(() => opts.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(issue.sheet);
      sheet.activate();
      sheet.getRange(addressOf(issue)).select();
      await context.sync();
    })),

    applyFixes: (list: readonly Issue[]) => enqueue(() => opts.run(async (context) => {
      const state = checked;
      const sheetOf = new Map(state?.input.sheets.map((s) => [s.name, s]));
      const fixes: FixRequest[] = [];
      for (const i of list) {
        if (!i.fix || i.row === null || i.col === null || state?.locked.has(i.sheet)) continue;
        fixes.push({ sheet: i.sheet, row: i.row, col: i.col, value: i.fix.value, expected: sheetOf.get(i.sheet)?.rows[i.row]?.[i.col] ?? null });
      }
      const { applied, skipped, undo } = await applyFixesOffice(context, fixes);
      // Cells skipped because the user edited them keep what was read until their own edit event re-reads them.
      if (state && applied.length > 0) await settle(context, state, withCells(state.input, applied));
      return { changed: applied.length, skipped, undo };
    })),

    undoFixes: (undo: readonly FixUndo[]) => enqueue(() => opts.run(async (context) => {
      const { restored, kept, restoredEntries } = await undoFixesOffice(context, undo);
      const state = checked;
      if (state && restoredEntries.length > 0) {
        await settle(context, state, withCells(state.input, restoredEntries.map((u) => ({ sheet: u.sheet, row: u.row, col: u.col, value: u.beforeValue }))));
      }
      return { restored, kept };
    })),

    clearMarks: () => enqueue(async () => {
      live = false;
      dirty.clear();
      await opts.run(async (context) => { await clearAllMarks(context); });
    }),

    buildSummary: (spec: SummarySpec) => enqueue(() => opts.run(async (context) => {
      // Queued before the book is read, so the remembered options arrive with its first sync.
      const remembered = loadSigning(context);
      const read = await readBookOffice(context, opts.read);
      const signing = mergeSigning(remembered(), spec.signing ?? {});
      // Goes out with the writer's first request: no round trip of its own.
      saveSigning(context, signing);
      const day = today();
      const { result, summary } = summaryOf(read.input, { period: spec.period, from: spec.from, to: spec.to, currency: spec.currency, lang: spec.lang, today: day, mappings: read.mappings, hidden: spec.hidden });
      const plan = summaryPlan(summary, result, read.input, { lang: spec.lang, today: day, breakdowns: spec.breakdowns, signing });
      const written = await writePlanOffice(context, plan, { lang: spec.lang });
      const texts = { vi: { paragraph: summaryParagraph(summary, 'vi'), notes: summaryNotes(summary, 'vi') }, en: { paragraph: summaryParagraph(summary, 'en'), notes: summaryNotes(summary, 'en') } };
      return { sheet: written.sheetName, ...texts[spec.lang], notCounted: summary.aid.notCounted + summary.fdi.notCounted, texts, signing };
    })),

    writeConsolidation: (books, unreadable, spec, onProgress, cancel = { cancelled: false }) => enqueue(() => opts.run(async (context) => {
      const before = loadSigningProperties(context);
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const signing = mergeSigning(signingFromProperties(before()), spec.signing ?? {});
      const book = consolidationBook(books, unreadable, {
        lang: spec.lang, today: today(), hidden: spec.hidden, currency: spec.currency, breakdowns: spec.breakdowns, signing,
        period: { period: spec.period, from: spec.from, to: spec.to },
      });
      // Names settled against this workbook's sheets first, so that links and formulas point at the new sheets.
      const plans = placeConsolidation(book, sheets.items.map((s) => s.name));
      if (cancel.cancelled) return { status: 'cancelled', removed: [] };
      // Goes out with the first sheet's first request; put back if the action is cancelled or fails.
      saveSigning(context, signing);
      const out = await writeConsolidationOffice(context, plans, {
        lang: spec.lang, chunkRows: opts.write?.chunkRows, signal: cancel, onProgress,
        undoOthers: (ctx) => restoreSigning(ctx, before(), signing),
      });
      if (out.status === 'cancelled') return out;
      return { status: 'written', sheets: out.sheets, facts: book.facts, signing };
    })),

    saveMapping: (sheet: string, region: RegionRef, mapping: ColumnMapping | null, lang: Lang) => enqueue(async () => {
      await opts.run(async (context) => {
        const load = loadMappings(context);
        await context.sync();
        const all = load();
        const list = putMapping(all[sheet] ?? [], region, mapping);
        if (list.length > 0) all[sheet] = list;
        else delete all[sheet];
        saveMappings(context, all);
        await context.sync();
      });
      return validateNow(lang, () => undefined, { cancelled: false });
    }),

    onRevalidated: (listener) => { listeners.push(listener); },

    idle: async () => {
      await recheckDone;
      await queue;
    },
  };
}

