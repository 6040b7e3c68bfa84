// The aid report: projects approved, committed, disbursed, rate and balance for a period, the same
// by sector, donor, donor country, province and source, cumulative execution, and the comparison
// with the same period a year earlier.
//
// Every figure is converted into the report currency at the rate in force on the figure's own date
// (commitments at approval, disbursements on the day they were paid), so a period's totals do not
// move when later rates are added to the register.
import type { ParsedRow, ParsedTable } from '../model';
import { missingRate as missingRateRule } from '../rules/cross/missingRate';
import { cleanSpaces, nfc } from '../base/text';
import type { Period } from './period';
import { samePeriodLastYear } from './period';
import type { RateTable } from '../rates/rateTable';
import type { Approx } from '../vocab/qualifiers';
import {
  approxOf, change, cmp, DATE_TOO_COARSE, daySpan, idKey, num, Qualifier, ratio, rowsOf, spanIn, str, type Reason,
} from './common';
import { groupKey, Ledger, mergeTallies, noRateList, rowErrors, UNKNOWN_GROUP, type RowTally } from './ledger';

export interface GroupRow {
  /** The group's code or text; UNKNOWN_GROUP ('') for rows whose group is blank or in error. */
  key: string;
  projects: number;
  committed: number;
  /** Disbursements dated in the period; null when there is no disbursement register (not known). */
  disbursed: number | null;
  /**
   * The period's disbursement rate: disbursed ÷ the committed value of the projects those
   * disbursements went to (whenever approved); null when nothing was disbursed or it is not known.
   */
  rate: number | null;
  /** The rate's denominator: the committed value of the group's projects paid in the period; null when not known. */
  committedOfPaid: number | null;
  undisbursed: number;
  /** True when the rate is above 100%: the projects paid in the period received more than was committed to them. */
  overDisbursed?: boolean;
  /** Present when some of the group's figures were written as approximate: what each may be called. */
  qualifiers?: { committed: Approx | null; disbursed: Approx | null };
}

export interface NotCounted {
  count: number;
  reasons: { rule: string; count: number }[];
}

export interface AidSummary {
  /** Projects approved in the period (approval date within it), counted rows only. */
  projects: number;
  /** Committed value of those projects, converted at each approval date. */
  committed: number;
  /**
   * Disbursements dated in the period, whatever the project's approval date; converted at each
   * disbursement date. null (not known) when the workbook has projects but no disbursement register.
   */
  disbursed: number | null;
  /**
   * The period's disbursement rate: disbursed ÷ the committed value of the projects the period's
   * disbursements went to (whenever approved). null when nothing was disbursed or it is not known.
   */
  rate: number | null;
  /** The committed value of the projects paid in the period, the rate's denominator; null when not known. */
  committedOfPaid: number | null;
  /**
   * Balance still to pay on the period's projects: their committed value minus everything disbursed
   * to them up to the period end (also before the period start). Negative means over-disbursed.
   * Without a disbursement register, from the projects' "disbursed to date" (as of the register's date).
   */
  undisbursed: number;
  /**
   * Every project approved up to the period end, every disbursement dated up to the period end. Without
   * a disbursement register, disbursed is the sum of the projects' "disbursed to date" (null when
   * the register has no such column either); `source` says which.
   */
  cumulative: { committed: number; disbursed: number | null; rate: number | null; source: 'disbursements' | 'disbursedToDate' | 'none' };
  /** How many of the figures in `committed` and `disbursed` were written as approximate. */
  approximate: number;
  /**
   * What the period's committed and disbursed may be called when some of their parts were written as
   * approximate: 'over' when all were "trên…", 'about' when they differ; null when all were exact.
   */
  qualifiers: {
    committed: Approx | null; disbursed: Approx | null;
    /** The same for `cumulative.committed` and `cumulative.disbursed` (from the disbursement register). */
    cumulativeCommitted: Approx | null; cumulativeDisbursed: Approx | null;
  };
  /** False when the workbook holds no aid register at all: every figure is then 0 by absence, not by count. */
  hasRegister: boolean;
  /** Rows (projects and disbursements) dated up to the period end, or undated, that were left out. */
  notCounted: number;
  /** Rule ids of the errors, or: no-rate, unknown-project, project-not-counted, no-date, no-amount, no-currency. */
  notCountedReasons: Reason[];
  /** The reconciliation per register: rows read = counted + not counted + dated after the period. */
  rows: RowTally[];
  /** Amounts that could not be converted to the report currency, per currency (shown before any figure). */
  noRate: { currency: string; count: number }[];
  bySector: GroupRow[];
  byDonor: GroupRow[];
  byDonorCountry: GroupRow[];
  byProvince: GroupRow[];
  bySource: GroupRow[];
  /** The same figures for the same period a year earlier; null when the registers do not reach back that far. */
  previous: { projects: number; committed: number; disbursed: number | null } | null;
  /** Relative change against `previous` (0.352 = +35.2%); null when the previous figure is 0 or absent. */
  change: { projects: number | null; committed: number | null; disbursed: number | null };
}

type GroupField = 'sector' | 'donor' | 'donorCountry' | 'province' | 'source';
const GROUP_FIELDS: readonly GroupField[] = ['sector', 'donor', 'donorCountry', 'province', 'source'];

interface Project {
  /** Approval date, and the last day it may be when only its month, quarter or year was written. */
  approval: number;
  approvalLast: number;
  /** Committed value in the report currency. */
  committed: number;
  currency: string;
  /** The amount's qualifier when written as approximate ('over', 'about'…), else null. */
  approx: string | null;
  groups: Record<GroupField, string>;
  /** The row's own "disbursed to date", converted at the approval date; null when blank or in error. */
  toDate: number | null;
}

interface Disbursement {
  day: number;
  /** The last day the disbursement may be dated (its day, or the end of the month, quarter or year written). */
  last: number;
  amount: number;
  approx: string | null;
  project: Project;
}

/** What a disbursement's aid id points to: a counted project, or a project that was itself left out. */
type JoinTarget = { ok: true; project: Project } | { ok: false };

interface Prepared {
  projects: Project[];
  disbursements: Disbursement[];
  ledger: Ledger;
  /** Amounts with no rate to the report currency, by their own currency. */
  noRate: Map<string, number>;
}

/** Donor key: NFC, trimmed, single-spaced, case-insensitive; the first spelling met becomes the label. */
function donorKey(text: string): string {
  return cleanSpaces(nfc(text)).toLowerCase();
}

function prepare(tables: readonly ParsedTable[], currency: 'USD' | 'VND', rates: RateTable, periodEnd: number): Prepared {
  const ledger = new Ledger(['aid-projects', 'aid-disbursements'], periodEnd);
  const noRate = new Map<string, number>();
  const projects: Project[] = [];
  const byId = new Map<string, JoinTarget>();
  const donorLabels = new Map<string, string>();
  const missingRate = (cur: string): void => { noRate.set(cur.toUpperCase(), (noRate.get(cur.toUpperCase()) ?? 0) + 1); };

  // Validate already reports an amount with no rate on its date (the missing-rate rule): the summary's warning counts it too.
  const noRateError = (row: ParsedRow, reasons: readonly string[], target: JoinTarget | undefined): void => {
    if (!reasons.includes(missingRateRule.id)) return;
    const cur = str(row, 'currency') ?? (target?.ok ? target.project.currency : null);
    if (cur !== null) missingRate(cur);
  };

  const join = (id: string | null, target: JoinTarget): void => {
    if (id === null) return;
    // A counted project wins over a left-out row with the same id; otherwise the first row wins.
    const prev = byId.get(id);
    if (!prev || (!prev.ok && target.ok)) byId.set(id, target);
  };

  for (const row of rowsOf(tables, 'aid-projects')) {
    const id = idKey(row.v.aidId);
    const approvalSpan = daySpan(row, 'approvalDate');
    const approval = approvalSpan?.first ?? null;
    const leaveOut = (reasons: string[]): void => {
      ledger.add('aid-projects', approval, reasons);
      join(id, { ok: false });
    };
    const e = rowErrors(row, 'aid-projects');
    if (e.out) { noRateError(row, e.out, undefined); leaveOut(e.out); continue; }
    const amount = num(row, 'committed');
    const cur = str(row, 'currency');
    if (approval === null) { leaveOut(['no-date']); continue; }
    if (amount === null) { leaveOut(['no-amount']); continue; }
    if (cur === null) { leaveOut(['no-currency']); continue; }
    const committed = rates.convert(amount, cur, currency, approval);
    if (committed === null) { missingRate(cur); leaveOut(['no-rate']); continue; }

    const donorText = e.bad.has('donor') ? null : str(row, 'donor');
    let donor = UNKNOWN_GROUP;
    if (donorText !== null) {
      const k = donorKey(donorText);
      if (!donorLabels.has(k)) donorLabels.set(k, cleanSpaces(nfc(donorText)));
      donor = donorLabels.get(k) ?? UNKNOWN_GROUP;
    }
    const toDateRaw = e.bad.has('disbursedToDate') ? null : num(row, 'disbursedToDate');
    const project: Project = {
      approval,
      approvalLast: approvalSpan!.last,
      committed,
      currency: cur,
      approx: approxOf(row),
      groups: {
        sector: groupKey(str(row, 'sector'), 'sector', e),
        donor,
        donorCountry: groupKey(str(row, 'donorCountry'), 'donorCountry', e),
        province: groupKey(str(row, 'province'), 'province', e),
        source: groupKey(str(row, 'source'), 'source', e),
      },
      // Paid on unknown days: converted at the approval date, as the commitment it is measured against.
      toDate: toDateRaw === null ? null : rates.convert(toDateRaw, cur, currency, approval),
    };
    projects.push(project);
    ledger.add('aid-projects', approval, null, e.kept);
    join(id, { ok: true, project });
  }

  const disbursements: Disbursement[] = [];
  for (const row of rowsOf(tables, 'aid-disbursements')) {
    const span = daySpan(row, 'date');
    const day = span?.first ?? null;
    const leaveOut = (reasons: string[]): void => { ledger.add('aid-disbursements', day, reasons); };
    const e = rowErrors(row, 'aid-disbursements');
    if (e.out) { noRateError(row, e.out, byId.get(idKey(row.v.aidId) ?? '')); leaveOut(e.out); continue; }
    const amount = num(row, 'amount');
    if (day === null) { leaveOut(['no-date']); continue; }
    if (amount === null) { leaveOut(['no-amount']); continue; }
    const id = idKey(row.v.aidId);
    const target = id === null ? undefined : byId.get(id);
    if (!target) { leaveOut(['unknown-project']); continue; }
    // Money paid to a project that is itself out of the totals would make the groups disagree with the total.
    if (!target.ok) { leaveOut(['project-not-counted']); continue; }
    const cur = str(row, 'currency') ?? target.project.currency;
    const converted = rates.convert(amount, cur, currency, day);
    if (converted === null) { missingRate(cur); leaveOut(['no-rate']); continue; }
    disbursements.push({ day, last: span!.last, amount: converted, approx: approxOf(row), project: target.project });
    ledger.add('aid-disbursements', day, null, e.kept);
  }
  return { projects, disbursements, ledger, noRate };
}

interface Acc {
  projects: number;
  committed: number;
  disbursed: number;
  paidToEnd: number;
  /** Committed value of the projects paid in the period: the period rate's denominator. */
  committedOfPaid: number;
  qCommitted: Qualifier;
  qDisbursed: Qualifier;
}

const emptyAcc = (): Acc => ({
  projects: 0, committed: 0, disbursed: 0, paidToEnd: 0, committedOfPaid: 0, qCommitted: new Qualifier(), qDisbursed: new Qualifier(),
});

/** A period rate and whether it shows over-disbursement (above 100%, with a margin for float noise). */
function periodRate(a: Acc): { rate: number | null; over: boolean } {
  const rate = ratio(a.disbursed, a.committedOfPaid);
  return { rate, over: rate !== null && rate > 1 + 1e-9 };
}

/** A total's or a group's figures; the period's are null when there is no disbursement register. */
function figuresOf(a: Acc, known: boolean) {
  return {
    projects: a.projects,
    committed: a.committed,
    disbursed: known ? a.disbursed : null,
    rate: known ? periodRate(a).rate : null,
    committedOfPaid: known ? a.committedOfPaid : null,
    undisbursed: a.committed - a.paidToEnd,
  };
}

function groupRows(map: Map<string, Acc>, known: boolean): GroupRow[] {
  const rows = [...map].map(([key, a]): GroupRow => {
    const row: GroupRow = { key, ...figuresOf(a, known) };
    if (known && periodRate(a).over) row.overDisbursed = true;
    const q = { committed: a.qCommitted.get(), disbursed: known ? a.qDisbursed.get() : null };
    if (q.committed !== null || q.disbursed !== null) row.qualifiers = q;
    return row;
  });
  rows.sort((a, b) => b.committed - a.committed || cmp(a.key, b.key));
  return rows;
}

/** The headline figures of one period (used for the period itself and for last year's). */
function headline(data: Prepared, period: Period, known: boolean): { projects: number; committed: number; disbursed: number | null } {
  let projects = 0;
  let committed = 0;
  let disbursed = 0;
  for (const p of data.projects) {
    if (spanIn(p.approval, p.approvalLast, period)) { projects++; committed += p.committed; }
  }
  for (const d of data.disbursements) if (spanIn(d.day, d.last, period)) disbursed += d.amount;
  return { projects, committed, disbursed: known ? disbursed : null };
}

/**
 * A counted row dated by a month, quarter or year that the period cuts: one that runs past the period's
 * end is in no figure, so the ledger takes it back to "not counted"; one that began before the period and
 * ends in it counts among the cumulative figures only, which the ledger notes. True for the first kind.
 */
function coarse(first: number, last: number, period: Period, kind: 'aid-projects' | 'aid-disbursements', data: Prepared): boolean {
  if (first === last || last < period.from || first > period.to) return false;
  if (last > period.to) { data.ledger.uncount(kind, DATE_TOO_COARSE); return true; }
  if (first < period.from) data.ledger.partly(kind, DATE_TOO_COARSE);
  return false;
}

/** True when some counted record is dated on or before `day`: the registers reach back that far. */
function reaches(data: Prepared, day: number): boolean {
  return data.projects.some((p) => p.approval <= day) || data.disbursements.some((d) => d.day <= day);
}

export function summariseAid(
  tables: ParsedTable[], period: Period, currency: 'USD' | 'VND', rates: RateTable,
): AidSummary {
  const data = prepare(tables, currency, rates, period.to);
  // Without a disbursement register the period's disbursements are not known (not 0); the projects'
  // own "disbursed to date" still gives the cumulative figure and the balance.
  const hasProjects = tables.some((t) => t.info.kind === 'aid-projects');
  const known = !hasProjects || tables.some((t) => t.info.kind === 'aid-disbursements');
  const hasToDate = tables.some((t) => t.info.kind === 'aid-projects' && t.colOf.disbursedToDate !== undefined);

  const groups: Record<GroupField, Map<string, Acc>> = {
    sector: new Map(), donor: new Map(), donorCountry: new Map(), province: new Map(), source: new Map(),
  };
  const accFor = (field: GroupField, p: Project): Acc => {
    const m = groups[field];
    const key = p.groups[field];
    let a = m.get(key);
    if (!a) { a = emptyAcc(); m.set(key, a); }
    return a;
  };

  const total = emptyAcc();
  let cumCommitted = 0;
  let cumToDate = 0;
  let approximate = 0;
  const qCommitted = new Qualifier();
  const qDisbursed = new Qualifier();
  const qCumCommitted = new Qualifier();
  const qCumDisbursed = new Qualifier();
  const inThisPeriod = new Set<Project>();
  // Projects paid in the period, each counted once in the rates' denominators.
  const paid = new Set<Project>();

  for (const p of data.projects) {
    // A month, quarter or year counts only in a period that holds it whole (see coarse below).
    if (p.approvalLast <= period.to) {
      cumCommitted += p.committed;
      cumToDate += p.toDate ?? 0;
      qCumCommitted.add(p.approx, p.committed < 0);
    }
    if (coarse(p.approval, p.approvalLast, period, 'aid-projects', data)) continue;
    if (!spanIn(p.approval, p.approvalLast, period)) continue;
    inThisPeriod.add(p);
    total.projects++;
    total.committed += p.committed;
    if (!known) total.paidToEnd += p.toDate ?? 0;
    if (p.approx) approximate++;
    qCommitted.add(p.approx, p.committed < 0);
    for (const f of GROUP_FIELDS) {
      const a = accFor(f, p);
      a.projects++;
      a.committed += p.committed;
      a.qCommitted.add(p.approx, p.committed < 0);
      if (!known) a.paidToEnd += p.toDate ?? 0;
    }
  }

  let cumDisbursed = 0;
  for (const d of data.disbursements) {
    if (coarse(d.day, d.last, period, 'aid-disbursements', data)) continue;
    if (d.last > period.to) continue;
    cumDisbursed += d.amount;
    qCumDisbursed.add(d.approx, d.amount < 0);
    const paidToPeriodProject = inThisPeriod.has(d.project);
    const inside = d.day >= period.from;
    if (paidToPeriodProject) total.paidToEnd += d.amount;
    const firstPayment = inside && !paid.has(d.project);
    if (firstPayment) { paid.add(d.project); total.committedOfPaid += d.project.committed; }
    if (inside) {
      total.disbursed += d.amount;
      if (d.approx) approximate++;
      qDisbursed.add(d.approx, d.amount < 0);
    }
    if (!paidToPeriodProject && !inside) continue;
    for (const f of GROUP_FIELDS) {
      const a = accFor(f, d.project);
      if (paidToPeriodProject) a.paidToEnd += d.amount;
      if (inside) { a.disbursed += d.amount; a.qDisbursed.add(d.approx, d.amount < 0); }
      if (firstPayment) a.committedOfPaid += d.project.committed;
    }
  }

  const source = known ? 'disbursements' : hasToDate ? 'disbursedToDate' : 'none';
  const cumulativeDisbursed = known ? cumDisbursed : hasToDate ? cumToDate : null;
  const prevPeriod = samePeriodLastYear(period);
  const previous = reaches(data, prevPeriod.to) ? headline(data, prevPeriod, known) : null;
  const rows = data.ledger.tallies();
  const nc = mergeTallies(rows);

  return {
    ...figuresOf(total, known),
    cumulative: {
      committed: cumCommitted,
      disbursed: cumulativeDisbursed,
      rate: cumulativeDisbursed === null ? null : ratio(cumulativeDisbursed, cumCommitted),
      source,
    },
    approximate,
    qualifiers: {
      committed: qCommitted.get(), disbursed: known ? qDisbursed.get() : null,
      cumulativeCommitted: qCumCommitted.get(), cumulativeDisbursed: known ? qCumDisbursed.get() : null,
    },
    hasRegister: tables.some((t) => t.info.kind === 'aid-projects' || t.info.kind === 'aid-disbursements'),
    notCounted: nc.count,
    notCountedReasons: nc.reasons,
    rows,
    noRate: noRateList(data.noRate),
    bySector: groupRows(groups.sector, known),
    byDonor: groupRows(groups.donor, known),
    byDonorCountry: groupRows(groups.donorCountry, known),
    byProvince: groupRows(groups.province, known),
    bySource: groupRows(groups.source, known),
    previous,
    change: {
      projects: change(total.projects, previous?.projects),
      committed: change(total.committed, previous?.committed),
      disbursed: known ? change(total.disbursed, previous?.disbursed) : null,
    },
  };
}
