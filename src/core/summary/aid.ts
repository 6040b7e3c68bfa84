// The aid report: projects approved, committed, disbursed, rate and balance for a period, the same
// by sector, donor, donor country, province and source, cumulative execution, and the comparison
// with the same period a year earlier.
//
// Every figure is converted into the report currency at the rate in force on the figure's own date
// (commitments at approval, disbursements on the day they were paid), so a period's totals do not
// move when later rates are added to the register.
import type { ParsedTable } from '../model';
import { cleanSpaces, nfc } from '../base/text';
import type { Period } from './period';
import { samePeriodLastYear } from './period';
import type { RateTable } from '../rates/rateTable';
import {
  change, cmp, errorReasons, idKey, inPeriod, isApprox, num, ratio, rowsOf, str, tally,
  type Excluded, type Reason,
} from './common';

export interface GroupRow {
  key: string;
  projects: number;
  committed: number;
  disbursed: number;
  rate: number | null;
  undisbursed: number;
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
  /** Disbursements dated in the period, whatever the project's approval date; converted at each disbursement date. */
  disbursed: number;
  /** disbursed ÷ committed; null when committed is 0. */
  rate: number | null;
  /**
   * Balance still to pay on the period's projects: their committed value minus everything disbursed
   * to them up to the period end (also before the period start). Negative means over-disbursed.
   */
  undisbursed: number;
  /** Every project approved up to the period end, every disbursement dated up to the period end. */
  cumulative: { committed: number; disbursed: number; rate: number | null };
  /** How many of the figures in `committed` and `disbursed` were written as approximate. */
  approximate: number;
  /** Rows (projects and disbursements) dated up to the period end, or undated, that were left out. */
  notCounted: number;
  /** Rule ids of the errors, or: no-rate, unknown-project, project-not-counted, no-date, no-amount, no-currency. */
  notCountedReasons: Reason[];
  bySector: GroupRow[];
  byDonor: GroupRow[];
  byDonorCountry: GroupRow[];
  byProvince: GroupRow[];
  bySource: GroupRow[];
  /** The same figures for the same period a year earlier; null when the registers do not reach back that far. */
  previous: { projects: number; committed: number; disbursed: number } | null;
  /** Relative change against `previous` (0.352 = +35.2%); null when the previous figure is 0 or absent. */
  change: { projects: number | null; committed: number | null; disbursed: number | null };
}

type GroupField = 'sector' | 'donor' | 'donorCountry' | 'province' | 'source';
const GROUP_FIELDS: readonly GroupField[] = ['sector', 'donor', 'donorCountry', 'province', 'source'];

interface Project {
  approval: number;
  /** Committed value in the report currency. */
  committed: number;
  currency: string;
  approx: boolean;
  groups: Record<GroupField, string>;
}

interface Disbursement {
  day: number;
  amount: number;
  approx: boolean;
  project: Project;
}

/** What a disbursement's aid id points to: a counted project, or a project that was itself left out. */
type JoinTarget = { ok: true; project: Project } | { ok: false };

interface Prepared {
  projects: Project[];
  disbursements: Disbursement[];
  excluded: Excluded[];
}

/** Donor key: NFC, trimmed, single-spaced, case-insensitive; the first spelling met becomes the label. */
function donorKey(text: string): string {
  return cleanSpaces(nfc(text)).toLowerCase();
}

function prepare(tables: readonly ParsedTable[], currency: 'USD' | 'VND', rates: RateTable): Prepared {
  const excluded: Excluded[] = [];
  const projects: Project[] = [];
  const byId = new Map<string, JoinTarget>();
  const donorLabels = new Map<string, string>();

  const join = (id: string | null, target: JoinTarget): void => {
    if (id === null) return;
    // A counted project wins over a left-out row with the same id; otherwise the first row wins.
    const prev = byId.get(id);
    if (!prev || (!prev.ok && target.ok)) byId.set(id, target);
  };

  for (const row of rowsOf(tables, 'aid-projects')) {
    const id = idKey(row.v.aidId);
    const approval = num(row, 'approvalDate');
    const leaveOut = (reasons: string[]): void => {
      excluded.push({ day: approval, reasons });
      join(id, { ok: false });
    };
    if (row.hasError) { leaveOut(errorReasons(row)); continue; }
    const amount = num(row, 'committed');
    const cur = str(row, 'currency');
    if (approval === null) { leaveOut(['no-date']); continue; }
    if (amount === null) { leaveOut(['no-amount']); continue; }
    if (cur === null) { leaveOut(['no-currency']); continue; }
    const committed = rates.convert(amount, cur, currency, approval);
    if (committed === null) { leaveOut(['no-rate']); continue; }

    const donorText = str(row, 'donor');
    let donor = '';
    if (donorText !== null) {
      const k = donorKey(donorText);
      if (!donorLabels.has(k)) donorLabels.set(k, cleanSpaces(nfc(donorText)));
      donor = donorLabels.get(k) ?? '';
    }
    const project: Project = {
      approval,
      committed,
      currency: cur,
      approx: isApprox(row),
      groups: {
        sector: str(row, 'sector') ?? '',
        donor,
        donorCountry: str(row, 'donorCountry') ?? '',
        province: str(row, 'province') ?? '',
        source: str(row, 'source') ?? '',
      },
    };
    projects.push(project);
    join(id, { ok: true, project });
  }

  const disbursements: Disbursement[] = [];
  for (const row of rowsOf(tables, 'aid-disbursements')) {
    const day = num(row, 'date');
    const leaveOut = (reasons: string[]): void => { excluded.push({ day, reasons }); };
    if (row.hasError) { leaveOut(errorReasons(row)); continue; }
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
    if (converted === null) { leaveOut(['no-rate']); continue; }
    disbursements.push({ day, amount: converted, approx: isApprox(row), project: target.project });
  }
  return { projects, disbursements, excluded };
}

interface Acc {
  projects: number;
  committed: number;
  disbursed: number;
  paidToEnd: number;
}

const emptyAcc = (): Acc => ({ projects: 0, committed: 0, disbursed: 0, paidToEnd: 0 });

function groupRows(map: Map<string, Acc>): GroupRow[] {
  const rows = [...map].map(([key, a]) => ({
    key,
    projects: a.projects,
    committed: a.committed,
    disbursed: a.disbursed,
    rate: ratio(a.disbursed, a.committed),
    undisbursed: a.committed - a.paidToEnd,
  }));
  rows.sort((a, b) => b.committed - a.committed || cmp(a.key, b.key));
  return rows;
}

/** The headline figures of one period (used for the period itself and for last year's). */
function headline(data: Prepared, period: Period): { projects: number; committed: number; disbursed: number } {
  let projects = 0;
  let committed = 0;
  let disbursed = 0;
  for (const p of data.projects) {
    if (inPeriod(p.approval, period)) { projects++; committed += p.committed; }
  }
  for (const d of data.disbursements) if (inPeriod(d.day, period)) disbursed += d.amount;
  return { projects, committed, disbursed };
}

/** True when some counted record is dated on or before `day`: the registers reach back that far. */
function reaches(data: Prepared, day: number): boolean {
  return data.projects.some((p) => p.approval <= day) || data.disbursements.some((d) => d.day <= day);
}

export function summariseAid(
  tables: ParsedTable[], period: Period, currency: 'USD' | 'VND', rates: RateTable,
): AidSummary {
  const data = prepare(tables, currency, rates);

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
  let cumDisbursed = 0;
  let approximate = 0;
  const inThisPeriod = new Set<Project>();

  for (const p of data.projects) {
    if (p.approval <= period.to) cumCommitted += p.committed;
    if (!inPeriod(p.approval, period)) continue;
    inThisPeriod.add(p);
    total.projects++;
    total.committed += p.committed;
    if (p.approx) approximate++;
    for (const f of GROUP_FIELDS) {
      const a = accFor(f, p);
      a.projects++;
      a.committed += p.committed;
    }
  }

  for (const d of data.disbursements) {
    if (d.day > period.to) continue;
    cumDisbursed += d.amount;
    const paidToPeriodProject = inThisPeriod.has(d.project);
    const inside = d.day >= period.from;
    if (paidToPeriodProject) total.paidToEnd += d.amount;
    if (inside) {
      total.disbursed += d.amount;
      if (d.approx) approximate++;
    }
    if (!paidToPeriodProject && !inside) continue;
    for (const f of GROUP_FIELDS) {
      const a = accFor(f, d.project);
      if (paidToPeriodProject) a.paidToEnd += d.amount;
      if (inside) a.disbursed += d.amount;
    }
  }

  const prevPeriod = samePeriodLastYear(period);
  const previous = reaches(data, prevPeriod.to) ? headline(data, prevPeriod) : null;
  const nc = tally(data.excluded, period.to);

  return {
    projects: total.projects,
    committed: total.committed,
    disbursed: total.disbursed,
    rate: ratio(total.disbursed, total.committed),
    undisbursed: total.committed - total.paidToEnd,
    cumulative: { committed: cumCommitted, disbursed: cumDisbursed, rate: ratio(cumDisbursed, cumCommitted) },
    approximate,
    notCounted: nc.count,
    notCountedReasons: nc.reasons,
    bySector: groupRows(groups.sector),
    byDonor: groupRows(groups.donor),
    byDonorCountry: groupRows(groups.donorCountry),
    byProvince: groupRows(groups.province),
    bySource: groupRows(groups.source),
    previous,
    change: {
      projects: change(total.projects, previous?.projects),
      committed: change(total.committed, previous?.committed),
      disbursed: change(total.disbursed, previous?.disbursed),
    },
  };
}
