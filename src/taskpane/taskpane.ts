// The task pane page. In the shared runtime it also hosts the custom functions and the ribbon
// commands (webpack puts all three bundles on this page), so it loads even when hidden.
// The pane only talks to a PaneHost: Excel's in Office, an in-memory workbook in its browser tests.
import type { HiddenPolicy, Issue, Lang, TableInfo } from '../core/model';
import type { Breakdown } from '../core/summary/request';
import type { Signing, SigningField } from '../core/plan/summary/signing';
import type { TemplateKind } from '../core/plan/templatePlan';
import type { PeriodError } from '../core/summary/period';
import { createOfficeHost } from '../excel/office/officeHost';
import { langOf } from '../core/i18n/lang';
import { el } from './dom';
import type { Cancel, ColumnMapping, ConsolidationOutcome, ConsolidationWriteError, FixUndo, PaneHost, RegionRef, SummaryOutcome, SummarySpec, ValidateOutcome } from './host';
import { parsePeriod } from '../core/summary/period';
import { readPickedFiles } from './readFiles';
import { consolidationFailure, consolidationStopped } from './consolidationWords';
import { capabilitiesOf, capabilityLines, missingAny, type Capabilities, type IsSetSupported } from './capabilities';
import { formatPaneDate, parsePaneDate } from './dates';
import { label, type PaneLabel } from './labels';
import { renderProblems } from './problems';
import { renderRegisters } from './registers';
import { keepForOffline } from './offline';

interface FnMeta { id: string; description?: string; parameters?: { name: string; optional?: boolean }[] }
type Section = 'templates' | 'validate' | 'summary' | 'functions';

declare global {
  interface Window {
    /** Set by the pane's browser tests before the page loads; Office's host is used otherwise. */
    __aidPaneHost?: PaneHost;
    /** The browser tests' stand-in for Office.context.requirements.isSetSupported. */
    __aidPaneSupports?: IsSetSupported;
  }
}

let lang: Lang = 'en';
let host: PaneHost | null = null;
let issues: Issue[] = [];
let tables: TableInfo[] = [];
let cancel: Cancel | null = null;
/** The running Consolidate's stop, while it reads files and while it writes. */
let cancelConsolidate: Cancel | null = null;
/** True once Consolidate writes: a cancel then also removes the sheets already added. */
let consolidateWriting = false;
/** What the last fix replaced, for Undo last fix; empty when there is nothing to undo. */
let lastUndo: FixUndo[] = [];
/** The last summary's paragraph and notes in each language, shown in the pane's. */
let summaryTexts: SummaryOutcome['texts'] | null = null;
/** The fix waiting for OK: how many cells, so that a language switch asks again in the new language. */
let confirming = 0;
/** What this Excel supports, checked at start. */
let caps: Capabilities | null = null;

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

const TEXTS: [string, PaneLabel][] = [
  ['title', 'title'], ['lang-label', 'language'], ['tab-templates', 'templates'], ['tab-validate', 'validate'],
  ['tab-summary', 'summary'], ['tab-functions', 'functions'], ['functions-intro', 'functionsIntro'],
  ['templates-intro', 'templatesIntro'], ['template-lang-label', 'templateLang'], ['insert-aid', 'insertAid'],
  ['insert-fdi', 'insertFdi'], ['validate-intro', 'validateIntro'], ['run-validate', 'runValidate'],
  ['cancel-validate', 'cancel'], ['clear-marks', 'clearMarks'], ['count-hidden-label', 'countHidden'], ['hidden-note', 'hiddenNote'], ['summary-intro', 'summaryIntro'],
  ['period-label', 'period'], ['from-label', 'from'], ['to-label', 'to'], ['breakdowns-label', 'breakdowns'],
  ['by-sector', 'bySector'], ['by-donor', 'byDonor'], ['by-donorCountry', 'byDonorCountry'], ['by-province', 'byProvince'],
  ['by-country', 'byCountry'], ['by-vsic', 'byVsic'], ['currency-label', 'currency'], ['build-summary', 'buildSummary'], ['copy-paragraph', 'copy'],
  ['signing-label', 'signing'], ['sign-governing-label', 'signGoverning'], ['sign-issuer-label', 'signIssuer'], ['sign-report-no-label', 'signReportNo'],
  ['sign-report-date-label', 'signReportDate'], ['sign-place-label', 'signPlace'], ['sign-prepared-label', 'signPrepared'], ['sign-head-label', 'signHead'],
  ['totals-first-label', 'totalsFirst'],
  ['consolidate-label', 'consolidate'], ['consolidate-intro', 'consolidateIntro'], ['consolidate-pick', 'pickFiles'], ['run-consolidate', 'runConsolidate'],
  ['cancel-consolidate', 'cancel'],
  ['confirm-yes', 'confirmYes'], ['confirm-no', 'confirmNo'], ['undo-fix', 'undoFix'], ['capabilities-title', 'capabilities'],
];

/** The summary's signing fields: input id → option. Blank fields keep what the workbook remembers. */
const SIGNING_INPUTS: [string, Exclude<SigningField, 'totals'>][] = [
  ['sign-governing', 'governingBody'], ['sign-issuer', 'issuer'], ['sign-report-no', 'reportNumber'], ['sign-report-date', 'reportDate'],
  ['sign-place', 'place'], ['sign-prepared', 'preparedBy'], ['sign-head', 'head'],
];

function signingFromFields(): Signing {
  const out: Signing = {};
  for (const [id, field] of SIGNING_INPUTS) {
    const v = $<HTMLInputElement>(id).value.trim();
    if (v) out[field] = v;
  }
  // Only once the user has set it: an untouched box keeps what the workbook remembers.
  const totals = $<HTMLInputElement>('totals-first');
  if (totals.dataset.touched) out.totals = totals.checked ? 'first' : 'last';
  return out;
}

/** Shows the options the workbook now remembers. */
function showSigning(s: Signing): void {
  for (const [id, field] of SIGNING_INPUTS) $<HTMLInputElement>(id).value = s[field] ?? '';
  $<HTMLInputElement>('totals-first').checked = s.totals === 'first';
}

/** The status line, kept as how to say it rather than what was said, so a language switch says it again. */
let statusText: ((l: Lang) => string) | null = null;

function status(say: (l: Lang) => string): void {
  statusText = say;
  $('status').textContent = say(lang);
}

/**
 * The summary's warnings (said first), its reconciliation (rows read = counted + not counted + after
 * the period, per register) and its unknown groups, listed above the paragraph.
 */
function showSummaryNotes(paragraph: HTMLElement, notes: readonly string[]): void {
  let list = document.getElementById('summary-notes');
  if (!list) {
    list = document.createElement('ul');
    list.id = 'summary-notes';
    paragraph.parentElement?.insertBefore(list, paragraph);
  }
  list.replaceChildren(...notes.map((n) => {
    const li = document.createElement('li');
    li.textContent = n;
    if (n.startsWith('!')) li.className = 'warning';
    return li;
  }));
  list.hidden = notes.length === 0;
}

/** Runs an action with its buttons disabled; failures are reported in the pane, never thrown. */
async function busy(buttons: string[], action: () => Promise<void>): Promise<void> {
  for (const b of buttons) $<HTMLButtonElement>(b).disabled = true;
  try {
    await action();
  } catch (e) {
    // By name: a host may come from another bundle (the pane's tests), where instanceof fails.
    if (e instanceof Error && e.name === 'PeriodError') status((l) => label('periodInvalid', l, { value: (e as PeriodError).value }));
    else if (e instanceof DateBoxError) status(e.say);
    else status((l) => label('failed', l, { message: e instanceof Error ? e.message : String(e) }));
  } finally {
    for (const b of buttons) $<HTMLButtonElement>(b).disabled = false;
  }
}

export function showSection(section: Section): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    const on = tab.dataset.section === section;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`section-${tab.dataset.section}`).hidden = !on;
  }
  if (section === 'functions') void renderFunctions();
}

async function renderFunctions(): Promise<void> {
  const list = $('function-list');
  list.replaceChildren();
  try {
    const res = await fetch(lang === 'vi' ? 'functions.vi.json' : 'functions.json');
    const meta = (await res.json()) as { functions: FnMeta[] };
    for (const f of meta.functions) {
      const params = (f.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name)).join(lang === 'vi' ? '; ' : ', ');
      const li = el('li');
      // The signature and the example are formulas as Excel shows them (parameter names are Excel's
      // identifiers, example values are data): marked translate="no", the words around them are ours.
      const code = el('code', `AID.${f.id}(${params})`);
      code.translate = false;
      const [words, example] = splitExample(f.description ?? '');
      const p = el('p', words);
      if (example) {
        const ex = el('span', ` ${example}`, 'example');
        ex.translate = false;
        p.append(ex);
      }
      li.append(code, p);
      list.append(li);
    }
  } catch {
    list.append(el('li', label('loadFailed', lang), 'error'));
  }
}

/** A function's description and its example ("Example: =AID…" / "Ví dụ: =AID…"), apart. */
function splitExample(description: string): [string, string] {
  const at = description.search(/(Example|Ví dụ): =/);
  return at < 0 ? [description, ''] : [description.slice(0, at).trimEnd(), description.slice(at)];
}

function renderTables(): void {
  renderRegisters($('registers'), tables, lang, (sheet, region, mapping) => void saveMapping(sheet, region, mapping));
}

/** A new outcome from the host: the list, the registers and the counts follow it. */
function showOutcome(out: ValidateOutcome): { errors: number; warnings: number } {
  issues = out.issues;
  tables = out.tables;
  renderIssues();
  renderTables();
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

async function saveMapping(sheet: string, region: RegionRef, mapping: ColumnMapping | null): Promise<void> {
  await busy(['run-validate', 'clear-marks'], async () => {
    showOutcome(await host!.saveMapping(sheet, region, mapping, lang));
    status((l) => label('mappingSaved', l, { sheet }));
  });
}

function renderIssues(): void {
  renderProblems($('problems'), issues, lang, {
    select: (issue) => void host?.select(issue),
    fix: (list) => confirmFix(list),
  });
  const fixable = issues.filter((i) => i.fix !== null);
  $('fix-all-bar').hidden = fixable.length === 0;
  $('fix-all').textContent = label('fixAll', lang, { n: fixable.length });
}

/** Says how many cells will change before changing any (Office add-ins cannot use window.confirm). */
function confirmFix(list: readonly Issue[]): void {
  const box = $('confirm');
  confirming = list.length;
  $('confirm-text').textContent = label('confirmFix', lang, { n: confirming });
  box.hidden = false;
  $('confirm-yes').focus();
  $('confirm-yes').onclick = () => {
    box.hidden = true;
    void busy(['run-validate', 'fix-all', 'undo-fix'], async () => {
      const out = await host!.applyFixes(list);
      const fixed = new Set(list);
      // The host's re-check (onRevalidated) may already have given the new list; else the fixed ones go.
      issues = issues.filter((i) => !fixed.has(i));
      renderIssues();
      if (out.undo.length > 0) lastUndo = out.undo;
      showUndo();
      const skipped = out.skipped.join(', ');
      status((l) => `${label('fixed', l, { n: out.changed })}${skipped ? ` ${label('fixSkipped', l, { cells: skipped })}` : ''}`);
    });
  };
  $('confirm-no').onclick = () => { box.hidden = true; };
}

function showUndo(): void {
  $('undo-bar').hidden = lastUndo.length === 0;
}

/** Undo last fix: the cells get back what they held, except those edited since (said by name). */
function undoLastFix(): void {
  const undo = lastUndo;
  if (undo.length === 0) return;
  void busy(['run-validate', 'fix-all', 'undo-fix'], async () => {
    const out = await host!.undoFixes(undo);
    lastUndo = [];
    showUndo();
    const kept = out.kept.join(', ');
    status((l) => `${label('undone', l, { n: out.restored })}${kept ? ` ${label('undoKept', l, { cells: kept, n: out.kept.length })}` : ''}`);
  });
}

/** A date box that cannot be read: said in the status line in the pane's language. */
class DateBoxError extends Error {
  constructor(readonly say: (l: Lang) => string) {
    super('date');
  }
}

/** A summary date box's date (ISO), undefined when empty; marks the box and throws when unreadable. */
function dateOf(id: 'from' | 'to'): string | undefined {
  const box = $<HTMLInputElement>(id);
  const text = box.value.trim();
  box.removeAttribute('aria-invalid');
  if (!text) return undefined;
  const iso = parsePaneDate(text, lang);
  if (!iso) {
    box.setAttribute('aria-invalid', 'true');
    box.focus();
    throw new DateBoxError((l) => label('dateInvalid', l, { value: text }));
  }
  box.dataset.iso = iso;
  return iso;
}

/** The date boxes in the pane's language: their hint, and a date typed before a switch written anew. */
function languageDates(previous: Lang): void {
  for (const id of ['from', 'to'] as const) {
    const box = $<HTMLInputElement>(id);
    box.placeholder = label('datePattern', lang);
    const iso = box.value.trim() ? parsePaneDate(box.value, previous) : null;
    if (iso) box.value = formatPaneDate(iso, lang);
  }
}

/** The start-up notice: what this Excel supports and what it does not, in the pane's language. */
function renderCapabilities(): void {
  const box = $<HTMLDetailsElement>('capabilities');
  if (!caps) { box.hidden = true; return; }
  box.hidden = false;
  $('capability-list').replaceChildren(...capabilityLines(caps, lang).map((c) => el('li', `${c.ok ? '✓' : '✗'} ${c.text}`, c.ok ? 'ok' : 'missing')));
}

/** The Summary section's fields, for Build summary and Consolidate alike. */
function summarySpec(): SummarySpec {
  const period = $<HTMLInputElement>('period').value.trim();
  // Dates, when given, are the period (from–to); the period field is for years, halves and quarters.
  const from = dateOf('from');
  const to = dateOf('to');
  if (from && to && from > to) throw new DateBoxError((l) => label('dateOrder', l));
  return {
    period: from || to ? undefined : period || undefined, from, to,
    currency: $<HTMLSelectElement>('currency').value as 'USD' | 'VND', lang,
    breakdowns: [...document.querySelectorAll<HTMLInputElement>('#breakdowns input:checked')].map((c) => c.value as Breakdown),
    hidden: hiddenPolicy(),
    signing: signingFromFields(),
  };
}

/** Which files are picked, said in the pane's language. */
function showChosen(): void {
  const n = $<HTMLInputElement>('consolidate-files').files?.length ?? 0;
  $('consolidate-chosen').textContent = n ? label('filesChosen', lang, { n }) : label('noFilesChosen', lang);
  $<HTMLButtonElement>('run-consolidate').disabled = n === 0;
}

/**
 * Consolidate: the picked files read here one at a time, then combined by the host into new sheets
 * part by part; progress and Cancel all along. Cancel is honoured between files and between parts; a
 * cancel (or an Excel error) while writing removes every sheet the action added, so the workbook, and
 * with it the last fix's undo, stays as it was.
 */
async function runConsolidate(): Promise<void> {
  if (!host) return;
  const files = [...($<HTMLInputElement>('consolidate-files').files ?? [])];
  if (files.length === 0) return;
  const stop: Cancel = { cancelled: false };
  cancelConsolidate = stop;
  const progress = $<HTMLProgressElement>('consolidate-progress');
  const cancelButton = $<HTMLButtonElement>('cancel-consolidate');
  await busy(['run-consolidate', 'build-summary'], async () => {
    const spec = summarySpec();
    // A period that cannot be read is said before any file is read.
    parsePeriod({ period: spec.period, from: spec.from, to: spec.to });
    progress.hidden = false;
    cancelButton.hidden = false;
    cancelButton.disabled = false;
    const read = await readPickedFiles(files, (p) => {
      progress.max = p.total;
      progress.value = p.done - 1;
      const file = files[p.done - 1].name;
      status((l) => label('readingFile', l, { done: p.done, total: p.total, file }));
    }, stop);
    if (!read) { status((l) => label('cancelled', l)); return; }
    consolidateWriting = true;
    let out: ConsolidationOutcome;
    try {
      out = await host!.writeConsolidation(read.books, read.unreadable.map((u) => ({ file: u.file, reason: u.say(spec.lang) })), spec, (p) => {
        progress.max = Math.max(1, p.total);
        progress.value = p.done;
        // Once stopping, the status keeps saying so until the host has removed what it added.
        if (!stop.cancelled) status((l) => label('writingPart', l, { done: Math.min(p.done + 1, p.total), total: p.total }));
      }, stop);
    } catch (e) {
      if (!(e instanceof Error && e.name === 'ConsolidationWriteError')) throw e;
      const failure = e as ConsolidationWriteError;
      status((l) => consolidationFailure(failure, l));
      return;
    }
    if (out.status === 'cancelled') {
      const removed = out.removed;
      status((l) => consolidationStopped(removed, l));
      return;
    }
    if (out.signing) showSigning(out.signing);
    const f = out.facts;
    const sheets = out.sheets;
    status((l) => [
      label('consolidated', l, { files: f.files, rows: f.rows, registers: f.registers, problems: f.problems, errors: f.errors }),
      f.repeats ? label('repeatsOnce', l, { n: f.repeats }) : '',
      f.conflicts ? label('conflictsLeftOut', l, { n: f.conflicts }) : '',
      read.unreadable.length ? [label('unreadableFiles', l, { n: read.unreadable.length }), ...read.unreadable.map((u) => u.say(l))].join(' ') : '',
      label('sheetsAdded', l, { sheets: sheets.join(', ') }),
    ].filter((x) => x).join(' '));
  });
  progress.hidden = true;
  cancelButton.hidden = true;
  cancelConsolidate = null;
  consolidateWriting = false;
}

/** Cancel: said at once; the host stops at the next file or part and then removes what it added. */
function cancelConsolidation(): void {
  if (!cancelConsolidate || cancelConsolidate.cancelled) return;
  cancelConsolidate.cancelled = true;
  $<HTMLButtonElement>('cancel-consolidate').disabled = true;
  status((l) => label(consolidateWriting ? 'stoppingWrite' : 'stopping', l));
}

/** The Validate section's "Count hidden sheets" box, for Validate and Build summary alike. */
function hiddenPolicy(): HiddenPolicy {
  return $<HTMLInputElement>('count-hidden').checked ? 'include' : 'skip-sheets';
}

async function runValidate(): Promise<void> {
  if (!host) return;
  cancel = { cancelled: false };
  const progress = $<HTMLProgressElement>('validate-progress');
  progress.hidden = false;
  $('cancel-validate').hidden = false;
  await busy(['run-validate', 'clear-marks'], async () => {
    const out = await host!.validate(lang, (p) => {
      progress.max = Math.max(1, p.total);
      progress.value = p.done;
      status((l) => label('progress', l, { done: p.done, total: p.total }));
    }, cancel!, hiddenPolicy());
    if (cancel?.cancelled) { status((l) => label('cancelled', l)); return; }
    const { errors, warnings } = showOutcome(out);
    const locked = (l: Lang) => (out.unmarkedSheets?.length ? ` ${label('protectedNote', l, { sheets: out.unmarkedSheets.join(', ') })}` : '');
    const skipped = (l: Lang) => (out.skippedSheets?.length ? ` ${label('skippedNote', l, { sheets: out.skippedSheets.map((s) => s.sheet).join(', ') })}` : '');
    status((l) => `${label('found', l, { tables: out.tables.length, errors, warnings })}${locked(l)}${skipped(l)}`);
  });
  progress.hidden = true;
  $('cancel-validate').hidden = true;
}

export function setLanguage(next: Lang): void {
  const previous = lang;
  lang = next;
  document.documentElement.lang = lang;
  document.title = label('title', lang);
  for (const [id, key] of TEXTS) $(id).textContent = label(key, lang);
  $<HTMLSelectElement>('lang').value = lang;
  $<HTMLSelectElement>('template-lang').value = lang;
  renderIssues();
  renderTables();
  languageDates(previous);
  if (confirming) $('confirm-text').textContent = label('confirmFix', lang, { n: confirming });
  const said = summaryTexts?.[lang];
  if (said) {
    $<HTMLTextAreaElement>('paragraph').value = said.paragraph;
    showSummaryNotes($('paragraph'), said.notes);
  }
  renderCapabilities();
  showChosen();
  if (statusText) $('status').textContent = statusText(lang);
  if (!$('section-functions').hidden) void renderFunctions();
}

function wire(): void {
  $<HTMLSelectElement>('lang').addEventListener('change', (e) => setLanguage((e.target as HTMLSelectElement).value as Lang));
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => showSection(tab.dataset.section as Section));
    // Arrow keys move between tabs, as in every tab list a screen-reader user knows.
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      showSection(next.dataset.section as Section);
      next.focus();
    });
  });
  const insert = (kind: TemplateKind) => () => busy(['insert-aid', 'insert-fdi'], async () => {
    const out = await host!.insertTemplate(kind, $<HTMLSelectElement>('template-lang').value as Lang);
    status((l) => `${label('inserted', l, { sheets: out.sheets.join(', ') })}${out.renamed ? ` ${label('renamedNote', l)}` : ''}`);
  });
  $('insert-aid').addEventListener('click', insert('aid'));
  $('insert-fdi').addEventListener('click', insert('fdi'));
  $('run-validate').addEventListener('click', () => void runValidate());
  $('cancel-validate').addEventListener('click', () => { if (cancel) cancel.cancelled = true; });
  $('fix-all').addEventListener('click', () => confirmFix(issues.filter((i) => i.fix !== null)));
  $('undo-fix').addEventListener('click', undoLastFix);
  $('clear-marks').addEventListener('click', () => busy(['clear-marks'], async () => {
    await host!.clearMarks();
    status((l) => label('cleared', l));
  }));
  $('totals-first').addEventListener('change', (e) => { (e.target as HTMLInputElement).dataset.touched = '1'; });
  $('build-summary').addEventListener('click', () => busy(['build-summary'], async () => {
    const out = await host!.buildSummary(summarySpec());
    if (out.signing) showSigning(out.signing);
    const area = $<HTMLTextAreaElement>('paragraph');
    summaryTexts = out.texts ?? null;
    area.value = out.paragraph;
    area.hidden = false;
    $('copy-paragraph').hidden = false;
    showSummaryNotes(area, out.notes ?? []);
    status((l) => `${label('summaryDone', l, { sheet: out.sheet })}${out.notCounted ? ` ${label('notCounted', l, { n: out.notCounted })}` : ''}`);
  }));
  $('consolidate-files').addEventListener('change', showChosen);
  $('run-consolidate').addEventListener('click', () => void runConsolidate());
  $('cancel-consolidate').addEventListener('click', cancelConsolidation);
  $('copy-paragraph').addEventListener('click', () => {
    const area = $<HTMLTextAreaElement>('paragraph');
    area.select();
    void navigator.clipboard?.writeText(area.value).catch(() => document.execCommand('copy'));
  });
  // Ribbon buttons (commands.ts) open the pane on their section and run its action where it needs no
  // choice first: Validate at once, Build summary with the period and currency shown.
  window.addEventListener('aidledger:command', (e) => {
    const { command, section } = (e as CustomEvent<{ command: string; section: Section }>).detail;
    if (!host) return;
    showSection(section);
    if (command === 'validate' && !$<HTMLButtonElement>('run-validate').disabled) void runValidate();
    if (command === 'buildSummary' && !$<HTMLButtonElement>('build-summary').disabled) $('build-summary').click();
  });
  host?.onRevalidated((out) => {
    const { errors, warnings } = showOutcome(out);
    status((l) => label('rechecked', l, { errors, warnings }));
  });
}

function start(displayLanguage: string | undefined, paneHost: PaneHost | null, supports: IsSetSupported | null, note?: PaneLabel): void {
  host = paneHost;
  caps = supports ? capabilitiesOf(supports) : null;
  $<HTMLDetailsElement>('capabilities').open = caps !== null && missingAny(caps);
  wire();
  setLanguage(langOf(displayLanguage));
  if (note) status((l) => label(note, l));
  // Without a workbook host only the function reference works: offer nothing that cannot run.
  for (const s of ['templates', 'validate', 'summary']) $(`tab-${s}`).hidden = host === null;
  showSection(host ? 'templates' : 'functions');
  // After Office.js has loaded its own parts, so that the worker keeps them too.
  keepForOffline();
}

if (window.__aidPaneHost) {
  const testHost = window.__aidPaneHost;
  // The browser tests may play an older Excel; by default this one supports everything.
  const supports = window.__aidPaneSupports ?? (() => true);
  const able = capabilitiesOf(supports).pane;
  document.addEventListener('DOMContentLoaded', () => start(navigator.language, able ? testHost : null, supports, able ? undefined : 'needsExcelApi'));
} else if (typeof Office !== 'undefined') {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return start(Office.context?.displayLanguage, null, null);
    const supports: IsSetSupported = (set, version) => Office.context.requirements.isSetSupported(set, version);
    // Marks on several areas (RangeAreas) and worksheet-collection events need ExcelApi 1.9.
    const able = capabilitiesOf(supports).pane;
    const excelHost = able ? createOfficeHost({ run: (batch) => Excel.run(batch) }) : null;
    start(Office.context.displayLanguage, excelHost, supports, able ? undefined : 'needsExcelApi');
  });
}
