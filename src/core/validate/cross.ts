// Rules across tables: references to unknown projects, dates that contradict the project's,
// over-disbursement, missing exchange rates.
import { RateTable } from '../rates/rateTable';
import { lastDay, lastDayOf, precisionsOf, rowIssue as addIssue } from './rows';
import type { RunContext, TableCtx } from './context';
import { indexProjects, type ProjectIndex } from './engine/projectIndex';
import { DayMarks } from './engine/dayMarks';
import { overDisbursed } from '../rules/row/overDisbursed';
import { completedNotDisbursed } from '../rules/row/completedNotDisbursed';
import { changeAfterTermination } from '../rules/row/changeAfterTermination';
import { unknownProject } from '../rules/cross/unknownProject';
import { disbursedBeforeApproval } from '../rules/cross/disbursedBeforeApproval';
import { missingRate } from '../rules/cross/missingRate';
import { convertForeignAmounts, judgeOtherCurrencies } from './units';
import { noRateToReport } from '../rules/cross/noRateToReport';

/**
 * Disbursed amounts per aid project slot, in the project's currency. A class, not an object literal:
 * a literal made once per run gets a hidden class of its own each time (see engine/shapes.ts).
 */
export class Disbursed {
  readonly sum: Float64Array;
  /** 1 once a disbursement of the project was counted. */
  readonly seen: Uint8Array;
  /** 1 while every counted disbursement could be converted to the project's currency. */
  readonly convertible: Uint8Array;

  constructor(projects: number) {
    this.sum = new Float64Array(projects);
    this.seen = new Uint8Array(projects);
    this.convertible = new Uint8Array(projects).fill(1);
  }
}

export function crossRules(ctx: RunContext, tables: TableCtx[]): void {
  const aid = indexProjects(tables, 'aid-projects', 'aidId');
  const fdi = indexProjects(tables, 'fdi-projects', 'projectCode');
  const n = aid ? aid.count : 0;
  const disbursed = new Disbursed(n);
  const rates = new RateTable(tables.filter((t) => t.def.kind === 'exchange-rates').flatMap((t) => t.store.rows()));
  // Before any rule sums amounts: an amount in another currency than its column's is counted converted, or not at all.
  convertForeignAmounts(ctx, tables, rates);
  judgeOtherCurrencies(ctx, tables, rates);

  for (const t of tables) {
    const kind = t.def.kind;
    if (kind === 'aid-disbursements' && aid) disbursementRules(ctx, t, aid, rates, disbursed);
    else if ((kind === 'fdi-capital-changes' || kind === 'fdi-implemented') && fdi) fdiReferenceRules(ctx, t, fdi);
  }

  if (aid) overDisbursement(ctx, tables, aid, disbursed);
  missingRates(ctx, tables, rates);
}

/** Each disbursement names a known project, on or after its approval; sums what each project received. */
function disbursementRules(ctx: RunContext, t: TableCtx, aid: ProjectIndex, rates: RateTable, disbursed: Disbursed): void {
  const s = t.store;
  const ids = s.col('aidId')!, dates = s.col('date')!, amounts = s.col('amount')!, currencies = s.col('currency')!;
  const projectCurrencies = aid.column('currency'), approvals = aid.column('approvalDate');
  const datePrecisions = precisionsOf(s, 'date');
  // A project's disbursements usually follow each other: its currency and approval are read once for them.
  let lastSlot = -1;
  let projectCurrency: string | null = null;
  let approval = NaN;
  for (let i = 0; i < s.n; i++) {
    const id = ids.at(i);
    if (id === null) continue;
    const slot = aid.find(id, ids.keyHash(i));
    if (slot < 0) { addIssue(ctx, t, i, unknownProject.id, t.colOf.aidId, { value: String(id), register: 'aid-projects' }); continue; }
    if (slot !== lastSlot) {
      lastSlot = slot;
      projectCurrency = projectCurrencies.str(slot);
      approval = approvals.num(slot);
    }
    let currency = currencies.at(i);
    // A disbursement without its own currency is in its project's.
    if (currency === null && projectCurrency !== null) s.setValue(i, 'currency', currency = projectCurrency);
    const date = dates.num(i);
    if (lastDay(datePrecisions, i, date) < approval) {
      addIssue(ctx, t, i, disbursedBeforeApproval.id, t.colOf.date, { date, approval, value: String(id) });
    }
    const amount = amounts.num(i);
    if (amount === amount && s.hasError[i] === 0) {
      disbursed.seen[slot] = 1;
      // Converted only when in another currency than the project's; a number-or-null would box each amount.
      if (currency === projectCurrency || typeof currency !== 'string' || projectCurrency === null || date !== date) disbursed.sum[slot] += amount;
      else {
        const converted = rates.convert(amount, currency, projectCurrency, date);
        if (converted === null) disbursed.convertible[slot] = 0; else disbursed.sum[slot] += converted;
      }
    }
  }
}

/** Capital changes and implemented capital name a known FDI project; no change after it ended. */
function fdiReferenceRules(ctx: RunContext, t: TableCtx, fdi: ProjectIndex): void {
  const s = t.store;
  const codes = s.col('projectCode')!;
  const dates = t.def.kind === 'fdi-capital-changes' ? s.col('date')! : null;
  const terminations = fdi.column('terminationDate');
  for (let i = 0; i < s.n; i++) {
    const code = codes.at(i);
    if (code === null) continue;
    const slot = fdi.find(code, codes.keyHash(i));
    if (slot < 0) { addIssue(ctx, t, i, unknownProject.id, t.colOf.projectCode, { value: String(code), register: 'fdi-projects' }); continue; }
    if (dates === null) continue;
    const term = terminations.num(slot);
    const date = dates.num(i);
    // A change after the termination only if after all of it ("2024" ends on 31 December).
    if (date > lastDayOf(fdi.table(slot).store, 'terminationDate', fdi.row(slot), term)) {
      addIssue(ctx, t, i, changeAfterTermination.id, t.colOf.date, { project: String(code), terminated: term, date });
    }
  }
}

function overDisbursement(ctx: RunContext, tables: TableCtx[], aid: ProjectIndex, disbursed: Disbursed): void {
  const haveDisbursementTable = tables.some((t) => t.def.kind === 'aid-disbursements');
  const slots = aid.slots();
  const toDates = aid.column('disbursedToDate'), committedColumn = aid.column('committed'), statuses = aid.column('status'), currencies = aid.column('currency');
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k];
    const t = aid.table(slot);
    const s = t.store;
    const i = aid.row(slot);
    if (s.hasError[i] === 1) continue;
    const seen = disbursed.seen[slot] === 1;
    // NaN for "none", not null: a number-or-null would box every project's figure.
    const toDate = toDates.num(slot);
    const fromColumn = toDate === toDate;
    const total = fromColumn ? toDate : seen && disbursed.convertible[slot] === 1 ? disbursed.sum[slot] : NaN;
    const committed = committedColumn.num(slot);
    if (total === total && committed === committed && total > committed + 1e-9) {
      const col = fromColumn ? t.colOf.disbursedToDate : t.colOf.committed;
      ctx.sink.add(overDisbursed.id, t.sheet.name, s.row(i), col, { kind: t.def.kind, disbursed: total, committed, currency: String(currencies.at(slot) ?? '') });
    }
    const knowsDisbursements = haveDisbursementTable || t.colOf.disbursedToDate !== undefined;
    if (statuses.at(slot) === 'completed' && knowsDisbursements && !seen && !(toDate > 0)) {
      ctx.sink.add(completedNotDisbursed.id, t.sheet.name, s.row(i), t.colOf.status, { kind: t.def.kind });
    }
  }
}

/** The report currency summaries use unless asked for another. */
const DEFAULT_REPORT_CURRENCY = 'USD';

/**
 * Amounts with no rate to USD on their date. When the registers mix currencies, no total can be made
 * without one, so each such amount is an error where it stands (missing-rate). In every workbook, one
 * kept in one currency too, a summary in USD (the default) cannot count them: that is said once per
 * currency, naming how many amounts and where, with what to do (no-rate-to-report).
 */
function missingRates(ctx: RunContext, tables: TableCtx[], rates: RateTable): void {
  const aidTables = tables.filter((t) => t.def.kind === 'aid-projects' || t.def.kind === 'aid-disbursements');
  const mixed = mixesCurrencies(tables, aidTables);
  // Rows share a few currencies and dates, and whether a rate is in force depends on nothing else.
  const missing = new Map<string, DayMarks>();
  // Per currency: amounts without a rate, per sheet, and the first register holding them.
  const unconverted = new Map<string, { count: number; bySheet: Map<string, number>; first: TableCtx }>();
  for (const t of aidTables) {
    const projects = t.def.kind === 'aid-projects';
    const amountKey = projects ? 'committed' : 'amount';
    const s = t.store;
    const currencies = s.col('currency')!, days = s.col(projects ? 'approvalDate' : 'date')!, amounts = s.col(amountKey)!;
    let lastCur: string | null = null;
    let marks: DayMarks | null = null;
    // Rows in the report currency are passed over by their code, without reading it.
    const codes = currencies.codes();
    const foreign = codes === null ? null : currencies.codeMask(notReportCurrency);
    for (let i = 0; i < s.n; i++) {
      if (foreign !== null && foreign[codes![i]] === 0) continue;
      const cur = currencies.str(i), day = days.num(i);
      if (cur === null || cur === DEFAULT_REPORT_CURRENCY || day !== day || amounts.isBlank(i)) continue;
      if (cur !== lastCur) {
        lastCur = cur;
        marks = missingOn(missing, rates, cur);
      }
      if (!marks!.test(day)) continue;
      if (mixed && s.hasError[i] === 0) addIssue(ctx, t, i, missingRate.id, t.colOf.currency ?? t.colOf[amountKey], { currency: cur, date: day });
      let u = unconverted.get(cur);
      if (!u) unconverted.set(cur, u = { count: 0, bySheet: new Map(), first: t });
      u.count++;
      u.bySheet.set(t.sheet.name, (u.bySheet.get(t.sheet.name) ?? 0) + 1);
    }
  }
  for (const [currency, u] of unconverted) {
    const registers = [...u.bySheet].map(([sheet, n]) => `"${sheet}" ${n}`).join(', ');
    ctx.sink.add(noRateToReport.id, u.first.sheet.name, null, null, { currency, count: u.count, registers, target: DEFAULT_REPORT_CURRENCY });
  }
}

const notReportCurrency = (code: string): boolean => code !== DEFAULT_REPORT_CURRENCY;

/**
 * The days without a rate from `currency` to the report currency, made on first use. A function of
 * its own: a closure over the currency made inside the loop over rows would give every row's pass a
 * scope object of its own on the heap (17 MB a run on the bench sample).
 */
function missingOn(missing: Map<string, DayMarks>, rates: RateTable, currency: string): DayMarks {
  let marks = missing.get(currency);
  if (marks === undefined) missing.set(currency, marks = new DayMarks((d) => rates.convert(1, currency, DEFAULT_REPORT_CURRENCY, d) === null));
  return marks;
}

/** True when the aid registers name two currencies or more (FDI registers count as USD). */
function mixesCurrencies(tables: TableCtx[], aidTables: TableCtx[]): boolean {
  const used = new Set<string>();
  if (tables.some((t) => t.def.kind.startsWith('fdi-'))) used.add('USD');
  for (const t of aidTables) {
    const s = t.store;
    const currencies = s.col('currency')!;
    for (let i = 0; i < s.n; i++) {
      const cur = currencies.str(i);
      if (cur === null) continue;
      used.add(cur);
      if (used.size >= 2) return true;
    }
  }
  return false;
}
