// The FDI report in the order national reports use: 1 new projects, 2 capital adjustments,
// 3 contributions and share purchases, 4 the total of 1–3, 5 implemented capital, 6 valid projects
// to date; items 1–3 and 5 also by partner country and by sector.
//
// FDI registers are kept in USD. A VND report converts every figure at the single USD rate in force
// on the period end, as the national reports do, and last year's figures at that same rate, so the
// change against last year reflects investment and not the exchange rate.
import type { ParsedTable } from '../model';
import { spanOf } from '../parse/date';
import type { Period } from './period';
import { samePeriodLastYear } from './period';
import type { RateTable } from '../rates/rateTable';
import { approxOf, change, cmp, DATE_TOO_COARSE, daySpan, idKey, num, Qualifier, rowsOf, spanIn, str, type Reason } from './common';
import type { Approx } from '../vocab/qualifiers';
import { groupKey, Ledger, mergeTallies, rowErrors, UNKNOWN_GROUP, type RowTally } from './ledger';

export interface FdiGroupRow {
  key: string;
  /** New projects certified in the period. */
  projects: number;
  /** New registered capital + net adjustments + contributions in the period. */
  registered: number;
  /** Implemented capital in the period. */
  implemented: number;
  /** Present when some of the group's figures were written as approximate: what each may be called. */
  qualifiers?: { registered: Approx | null; implemented: Approx | null };
}

export interface FdiSummary {
  /** Currency of every amount below: VND when asked and a USD→VND rate was found, else USD. */
  currency: 'USD' | 'VND';
  /** VND per USD used for a VND report (the rate in force on the period end); null for USD. */
  usdToVnd: number | null;
  /** 1. Projects whose first certificate is dated in the period, and their registered capital. */
  newProjects: { count: number; capital: number };
  /** 2. Increases and decreases dated in the period: count = times (lượt), capital = increases − decreases. */
  adjustments: { count: number; capital: number };
  /** 3. Capital contributions and share purchases dated in the period. */
  contributions: { count: number; capital: number };
  /** 4. newProjects.capital + adjustments.capital + contributions.capital. */
  total: number;
  /** 5. Implemented capital of rows whose whole day/month/year lies inside the period. */
  implemented: number;
  /**
   * 6. Projects certified up to the period end and not terminated by then, with their registered
   * capital plus net adjustments dated up to the period end (contributions are reported under 3 only).
   */
  cumulative: { projects: number; capital: number };
  /** How many of the figures in items 1–3 and 5 were written as approximate ("khoảng 4 tỷ USD"). */
  approximate: number;
  /** What items 1–6 may be called when parts were written as approximate ('over', 'about'…); null when exact. */
  qualifiers: {
    newProjects: Approx | null; adjustments: Approx | null; contributions: Approx | null; total: Approx | null; implemented: Approx | null;
    /** Item 6's capital. */
    cumulative: Approx | null;
  };
  /** False when the workbook holds no FDI register at all: every figure is then 0 by absence, not by count. */
  hasRegister: boolean;
  /**
   * False when it holds no implemented-capital register: `implemented` (item 5, and each group's) is then
   * 0 by absence, not a figure; every host says "not known" instead.
   */
  implementedKnown: boolean;
  notCounted: number;
  /**
   * Rule ids of the errors, or: unknown-project, project-not-counted, period-too-coarse, no-date,
   * no-amount, no-kind, terminated-no-date (status "terminated" without a date: left out of item 6).
   */
  notCountedReasons: Reason[];
  /**
   * The reconciliation per register: rows read = counted + not counted + dated after the period
   * (terminated-no-date projects are counted, and listed under `partly`).
   */
  rows: RowTally[];
  byCountry: FdiGroupRow[];
  bySector: FdiGroupRow[];
  /** The same period a year earlier; null when the registers do not reach back that far. */
  previous: { newProjects: number; total: number; implemented: number } | null;
  change: { newProjects: number | null; total: number | null; implemented: number | null };
}

interface Project {
  /** Certificate date, and the last day it may be when only its month, quarter or year was written. */
  cert: number;
  certLast: number;
  registered: number;
  country: string;
  sector: string;
  /** Day the project stopped counting as valid (the termination date); -Infinity when terminated at an unknown date. */
  terminated: number | null;
  approx: string | null;
}

interface Change {
  day: number;
  last: number;
  kind: 'increase' | 'decrease' | 'contribution';
  /** Signed: decreases are negative whatever sign the user typed. */
  amount: number;
  country: string;
  project: Project;
  approx: string | null;
}

interface Implemented {
  first: number;
  last: number;
  amount: number;
  project: Project;
  approx: string | null;
}

type JoinTarget = { ok: true; project: Project } | { ok: false };

interface Prepared {
  projects: Project[];
  changes: Change[];
  implemented: Implemented[];
  ledger: Ledger;
  /** Projects marked terminated without a date (reported as a reason when certified by the period end). */
  undatedTerminations: Project[];
}

const KINDS = new Set(['increase', 'decrease', 'contribution']);

function prepare(tables: readonly ParsedTable[], periodEnd: number): Prepared {
  const ledger = new Ledger(['fdi-projects', 'fdi-capital-changes', 'fdi-implemented'], periodEnd);
  const projects: Project[] = [];
  const undatedTerminations: Project[] = [];
  const byCode = new Map<string, JoinTarget>();
  const join = (id: string | null, target: JoinTarget): void => {
    if (id === null) return;
    const prev = byCode.get(id);
    if (!prev || (!prev.ok && target.ok)) byCode.set(id, target);
  };

  for (const row of rowsOf(tables, 'fdi-projects')) {
    const id = idKey(row.v.projectCode);
    const certSpan = daySpan(row, 'certDate');
    const cert = certSpan?.first ?? null;
    const leaveOut = (reasons: string[]): void => {
      ledger.add('fdi-projects', cert, reasons);
      join(id, { ok: false });
    };
    const e = rowErrors(row, 'fdi-projects');
    if (e.out) { leaveOut(e.out); continue; }
    const registered = num(row, 'registered');
    if (cert === null) { leaveOut(['no-date']); continue; }
    if (registered === null) { leaveOut(['no-amount']); continue; }
    let terminated = num(row, 'terminationDate');
    const undated = terminated === null && str(row, 'status') === 'terminated';
    // The status is today's: with no date, the project is taken as terminated in every period.
    if (undated) terminated = Number.NEGATIVE_INFINITY;
    const project: Project = {
      cert,
      certLast: certSpan!.last,
      registered,
      country: groupKey(str(row, 'country'), 'country', e),
      sector: groupKey(str(row, 'sector'), 'sector', e),
      terminated,
      approx: approxOf(row),
    };
    ledger.add('fdi-projects', cert, null, e.kept);
    projects.push(project);
    if (undated) undatedTerminations.push(project);
    join(id, { ok: true, project });
  }

  const lookup = (raw: unknown): JoinTarget | 'unknown' => {
    const id = idKey(raw);
    return (id === null ? undefined : byCode.get(id)) ?? 'unknown';
  };

  const changes: Change[] = [];
  for (const row of rowsOf(tables, 'fdi-capital-changes')) {
    const span = daySpan(row, 'date');
    const day = span?.first ?? null;
    const leaveOut = (reasons: string[]): void => { ledger.add('fdi-capital-changes', day, reasons); };
    const e = rowErrors(row, 'fdi-capital-changes');
    if (e.out) { leaveOut(e.out); continue; }
    const amount = num(row, 'amount');
    const kind = str(row, 'kind');
    if (day === null) { leaveOut(['no-date']); continue; }
    if (amount === null) { leaveOut(['no-amount']); continue; }
    if (kind === null || !KINDS.has(kind)) { leaveOut(['no-kind']); continue; }
    const target = lookup(row.v.projectCode);
    if (target === 'unknown') { leaveOut(['unknown-project']); continue; }
    if (!target.ok) { leaveOut(['project-not-counted']); continue; }
    changes.push({
      day,
      last: span!.last,
      kind: kind as Change['kind'],
      amount: kind === 'decrease' ? -Math.abs(amount) : amount,
      // A share purchase may come from an investor of another country than the project's first one;
      // blank means the project's, a country in error is unknown.
      country: e.bad.has('country') ? UNKNOWN_GROUP : str(row, 'country') ?? target.project.country,
      project: target.project,
      approx: approxOf(row),
    });
    ledger.add('fdi-capital-changes', day, null, e.kept);
  }

  const implemented: Implemented[] = [];
  for (const row of rowsOf(tables, 'fdi-implemented')) {
    const day = num(row, 'period');
    const leaveOut = (reasons: string[]): void => { ledger.add('fdi-implemented', day, reasons); };
    const e = rowErrors(row, 'fdi-implemented');
    if (e.out) { leaveOut(e.out); continue; }
    const amount = num(row, 'amount');
    if (day === null) { leaveOut(['no-date']); continue; }
    if (amount === null) { leaveOut(['no-amount']); continue; }
    const target = lookup(row.v.projectCode);
    if (target === 'unknown') { leaveOut(['unknown-project']); continue; }
    if (!target.ok) { leaveOut(['project-not-counted']); continue; }
    const sp = spanOf(day, row.meta?.periodPrecision);
    implemented.push({ ...sp, amount, project: target.project, approx: approxOf(row) });
    ledger.add('fdi-implemented', sp.first, null, e.kept);
  }

  return { projects, changes, implemented, ledger, undatedTerminations };
}

interface Acc { projects: number; registered: number; implemented: number; qRegistered: Qualifier; qImplemented: Qualifier }

interface PeriodFigures {
  newProjects: { count: number; capital: number };
  adjustments: { count: number; capital: number };
  contributions: { count: number; capital: number };
  total: number;
  implemented: number;
  /** Implemented rows straddling the period edge: they cannot be split, so they are left out. */
  coarse: Implemented[];
  /** Figures written as approximate among those counted. */
  approximate: number;
  qualifiers: Omit<FdiSummary['qualifiers'], 'cumulative'>;
  byCountry: Map<string, Acc>;
  bySector: Map<string, Acc>;
}

function figures(data: Prepared, period: Period): PeriodFigures {
  const byCountry = new Map<string, Acc>();
  const bySector = new Map<string, Acc>();
  const add = (country: string, sector: string, f: (a: Acc) => void): void => {
    for (const [m, k] of [[byCountry, country], [bySector, sector]] as const) {
      let a = m.get(k);
      if (!a) { a = { projects: 0, registered: 0, implemented: 0, qRegistered: new Qualifier(), qImplemented: new Qualifier() }; m.set(k, a); }
      f(a);
    }
  };

  let approximate = 0;
  const q = { newProjects: new Qualifier(), adjustments: new Qualifier(), contributions: new Qualifier(), total: new Qualifier(), implemented: new Qualifier() };
  const newProjects = { count: 0, capital: 0 };
  for (const p of data.projects) {
    if (!spanIn(p.cert, p.certLast, period)) continue;
    if (p.approx) approximate++;
    q.newProjects.add(p.approx);
    q.total.add(p.approx);
    newProjects.count++;
    newProjects.capital += p.registered;
    add(p.country, p.sector, (a) => { a.projects++; a.registered += p.registered; a.qRegistered.add(p.approx); });
  }

  const adjustments = { count: 0, capital: 0 };
  const contributions = { count: 0, capital: 0 };
  for (const c of data.changes) {
    if (!spanIn(c.day, c.last, period)) continue;
    if (c.approx) approximate++;
    (c.kind === 'contribution' ? q.contributions : q.adjustments).add(c.approx, c.amount < 0);
    q.total.add(c.approx, c.amount < 0);
    const item = c.kind === 'contribution' ? contributions : adjustments;
    item.count++;
    item.capital += c.amount;
    add(c.country, c.project.sector, (a) => { a.registered += c.amount; a.qRegistered.add(c.approx, c.amount < 0); });
  }

  let implemented = 0;
  const coarse: Implemented[] = [];
  for (const r of data.implemented) {
    if (r.last < period.from || r.first > period.to) continue;
    if (r.first < period.from || r.last > period.to) {
      coarse.push(r);
      continue;
    }
    if (r.approx) approximate++;
    q.implemented.add(r.approx);
    implemented += r.amount;
    add(r.project.country, r.project.sector, (a) => { a.implemented += r.amount; a.qImplemented.add(r.approx); });
  }

  return {
    newProjects, adjustments, contributions,
    total: newProjects.capital + adjustments.capital + contributions.capital,
    implemented, coarse, approximate, byCountry, bySector,
    qualifiers: {
      newProjects: q.newProjects.get(), adjustments: q.adjustments.get(), contributions: q.contributions.get(),
      total: q.total.get(), implemented: q.implemented.get(),
    },
  };
}

function reaches(data: Prepared, day: number): boolean {
  return data.projects.some((p) => p.cert <= day)
    || data.changes.some((c) => c.day <= day)
    || data.implemented.some((r) => r.first <= day);
}

function groupRows(map: Map<string, Acc>, k: number): FdiGroupRow[] {
  const rows = [...map].map(([key, a]): FdiGroupRow => {
    const row: FdiGroupRow = { key, projects: a.projects, registered: a.registered * k, implemented: a.implemented * k };
    const q = { registered: a.qRegistered.get(), implemented: a.qImplemented.get() };
    if (q.registered !== null || q.implemented !== null) row.qualifiers = q;
    return row;
  });
  rows.sort((a, b) => b.registered - a.registered || cmp(a.key, b.key));
  return rows;
}

export function summariseFdi(
  tables: ParsedTable[], period: Period, currency: 'USD' | 'VND' = 'USD', rates?: RateTable,
): FdiSummary {
  const data = prepare(tables, period.to);
  const cur = figures(data, period);

  // Item 6: valid projects at the period end and their capital as adjusted by then.
  const valid = new Set<Project>();
  let capital = 0;
  const qCumulative = new Qualifier();
  for (const p of data.projects) {
    if (p.certLast > period.to) continue;
    if (p.terminated !== null && p.terminated <= period.to) continue;
    valid.add(p);
    capital += p.registered;
    qCumulative.add(p.approx);
  }
  for (const c of data.changes) {
    if (c.kind !== 'contribution' && c.last <= period.to && valid.has(c.project)) {
      capital += c.amount;
      qCumulative.add(c.approx, c.amount < 0);
    }
  }

  const usdToVnd = currency === 'VND' ? rates?.rateFor('USD', period.to, 'VND') ?? null : null;
  const k = usdToVnd ?? 1;

  const prevPeriod = samePeriodLastYear(period);
  const prev = reaches(data, prevPeriod.to) ? figures(data, prevPeriod) : null;

  // A row straddling the period edge is wholly out of this period's figures; an undated termination
  // keeps its project in items 1 and 4 but out of item 6 (it stays among "not counted" reasons, as before).
  for (let i = 0; i < cur.coarse.length; i++) data.ledger.uncount('fdi-implemented', 'period-too-coarse');
  // Projects and changes dated by a month, quarter or year the period cuts (as in the aid summary).
  const cut = (first: number, last: number, kind: 'fdi-projects' | 'fdi-capital-changes'): void => {
    if (first === last || last < period.from || first > period.to) return;
    if (last > period.to) data.ledger.uncount(kind, DATE_TOO_COARSE);
    else if (first < period.from) data.ledger.partly(kind, DATE_TOO_COARSE);
  };
  for (const p of data.projects) cut(p.cert, p.certLast, 'fdi-projects');
  for (const c of data.changes) cut(c.day, c.last, 'fdi-capital-changes');
  let undated = 0;
  for (const p of data.undatedTerminations) {
    if (p.cert <= period.to) { undated++; data.ledger.partly('fdi-projects', 'terminated-no-date'); }
  }
  const rows = data.ledger.tallies();
  const nc = mergeTallies(rows, undated > 0 ? [{ rule: 'terminated-no-date', count: undated }] : []);

  const money = (x: { count: number; capital: number }): { count: number; capital: number } =>
    ({ count: x.count, capital: x.capital * k });

  return {
    currency: usdToVnd === null ? 'USD' : 'VND',
    usdToVnd,
    newProjects: money(cur.newProjects),
    adjustments: money(cur.adjustments),
    contributions: money(cur.contributions),
    total: cur.total * k,
    implemented: cur.implemented * k,
    cumulative: { projects: valid.size, capital: capital * k },
    approximate: cur.approximate,
    qualifiers: { ...cur.qualifiers, cumulative: qCumulative.get() },
    hasRegister: tables.some((t) => t.info.kind === 'fdi-projects' || t.info.kind === 'fdi-capital-changes' || t.info.kind === 'fdi-implemented'),
    implementedKnown: tables.some((t) => t.info.kind === 'fdi-implemented'),
    notCounted: nc.count,
    notCountedReasons: nc.reasons,
    rows,
    byCountry: groupRows(cur.byCountry, k),
    bySector: groupRows(cur.bySector, k),
    previous: prev === null ? null : {
      newProjects: prev.newProjects.count, total: prev.total * k, implemented: prev.implemented * k,
    },
    change: {
      newProjects: change(cur.newProjects.count, prev?.newProjects.count),
      total: change(cur.total, prev?.total),
      implemented: change(cur.implemented, prev?.implemented),
    },
  };
}
