// Section I of the summary sheet: the aid key figures (projects, committed, disbursed with last
// year's and the change; rates, balance, cumulative figures, rows not counted) and the breakdown
// tables by sector, donor, donor country and province.
import type { AidSummary, GroupRow } from '../../summary/aid';
import type { Period } from '../../summary/period';
import { aidCommittedCandidates, aidCountCandidates, aidDisbursedCandidates, type AidGroupField } from './aidCriteria';
import { breakdownTable } from './breakdown';
import { COLS, type NumKind } from './builder';
import { exactCount, exactMoney, exactRatioOrBlank } from './exact';
import { approxLabel, approxNote, keyHeader, lastYear, notCountedRows, overDisbursedNote, reconciliationRows, type Figure, type Section } from './sectionRows';
import { CHART_TITLES, T, type Texts } from './texts';

/** `a` as printed, `x` its unrounded twin (Summary.exact.aid). */
export function aidSection(s: Section, a: AidSummary, x: AidSummary, period: Period, prev: Period): void {
  const { b, ctx, t } = s;
  const cur = ctx.cur;
  const P = { from: period.from, to: period.to };
  const PP = { from: prev.from, to: prev.to };
  const END = { from: null, to: period.to };
  const money = (exact: number | null | undefined, shown: number): number | null => exactMoney(exact ?? undefined, shown, cur);
  // Without a disbursement register the period's disbursements are not known: said in words, not 0.
  const known = a.disbursed !== null;
  const notKnown = (r: number, col: number): void => b.text(r, col, t(T.notKnown), 'note');

  b.keepWithNext(b.row);
  b.text(b.row++, 0, t(T.aid), 'header', 5);
  keyHeader(s);

  // Projects, committed, disbursed, each with last year's figure and the change.
  const lines: { label: Texts; kind: NumKind; now: Figure; previous: Figure | null; change: number | null; exactChange: number | null }[] = [
    {
      label: T.aidProjects, kind: 'count',
      now: { shown: a.projects, exact: exactCount(x.projects, a.projects), cands: aidCountCandidates(ctx, P) },
      previous: a.previous && { shown: a.previous.projects, exact: exactCount(x.previous?.projects, a.previous.projects), cands: aidCountCandidates(ctx, PP) },
      change: a.change.projects, exactChange: x.change.projects,
    },
    {
      label: approxLabel(T.committed, a.qualifiers.committed), kind: 'money',
      now: { shown: a.committed, exact: money(x.committed, a.committed), cands: aidCommittedCandidates(ctx, P) },
      previous: a.previous && { shown: a.previous.committed, exact: money(x.previous?.committed, a.previous.committed), cands: aidCommittedCandidates(ctx, PP) },
      change: a.change.committed, exactChange: x.change.committed,
    },
    {
      label: approxLabel(T.disbursed, a.qualifiers.disbursed), kind: 'money',
      now: { shown: a.disbursed, exact: a.disbursed === null ? null : money(x.disbursed, a.disbursed), cands: aidDisbursedCandidates(ctx, P) },
      previous: a.previous && { shown: a.previous.disbursed, exact: a.previous.disbursed === null ? null : money(x.previous?.disbursed, a.previous.disbursed), cands: aidDisbursedCandidates(ctx, PP) },
      change: a.change.disbursed, exactChange: x.change.disbursed,
    },
  ];
  const rows: number[] = [];
  for (const l of lines) {
    const r = b.row++;
    rows.push(r);
    b.text(r, 0, t(l.label), 'label');
    if (l.now.shown === null) { notKnown(r, COLS.a); continue; }
    b.figure(r, COLS.a, l.kind, cur, l.now.shown, l.now.exact, l.now.cands);
    lastYear(s, r, l.kind, cur, x.previous === null ? null : l.previous, l.change, l.exactChange);
  }
  const [, , rDisbursed] = rows;

  // The period's rate: its disbursements ÷ the committed value of the projects they went to (README
  // "Summaries"); that value has no SUMIFS (it depends on which projects were paid), the ratio does.
  let r = b.row++;
  b.text(r, 0, t(T.committedOfPaid), 'label');
  const rPaid = r;
  if (known) b.literal(r, COLS.a, 'money', cur, a.committedOfPaid);
  else notKnown(r, COLS.a);
  r = b.row++;
  b.text(r, 0, t(T.rate), 'label');
  const rate = exactRatioOrBlank(x.rate, a.rate);
  if (!known) notKnown(r, COLS.a);
  else if (rate.ok) b.ratio(r, COLS.a, [rDisbursed, COLS.a], [rPaid, COLS.a], a.rate, rate.exact);
  else b.literal(r, COLS.a, 'percent', '', a.rate);

  r = b.row++;
  b.text(r, 0, t(T.undisbursed), 'label');
  b.literal(r, COLS.a, 'money', cur, a.undisbursed);

  const rCumC = b.row++;
  b.text(rCumC, 0, t(approxLabel(T.cumCommitted, a.qualifiers.cumulativeCommitted)), 'label');
  b.figure(rCumC, COLS.a, 'money', cur, a.cumulative.committed, money(x.cumulative.committed, a.cumulative.committed), aidCommittedCandidates(ctx, END));
  const rCumD = b.row++;
  const fromToDate = a.cumulative.source === 'disbursedToDate';
  b.text(rCumD, 0, t(fromToDate ? T.cumDisbursedToDate : approxLabel(T.cumDisbursed, a.qualifiers.cumulativeDisbursed)), 'label');
  if (a.cumulative.disbursed === null) notKnown(rCumD, COLS.a);
  else if (fromToDate) b.literal(rCumD, COLS.a, 'money', cur, a.cumulative.disbursed);
  else b.figure(rCumD, COLS.a, 'money', cur, a.cumulative.disbursed, money(x.cumulative.disbursed, a.cumulative.disbursed), aidDisbursedCandidates(ctx, END));
  r = b.row++;
  b.text(r, 0, t(T.cumRate), 'label');
  const cumRate = exactRatioOrBlank(x.cumulative.rate, a.cumulative.rate);
  if (a.cumulative.disbursed === null) notKnown(r, COLS.a);
  else if (cumRate.ok) b.ratio(r, COLS.a, [rCumD, COLS.a], [rCumC, COLS.a], a.cumulative.rate, cumRate.exact);
  else b.literal(r, COLS.a, 'percent', '', a.cumulative.rate);

  notCountedRows(s, a.notCounted, a.notCountedReasons);
  reconciliationRows(s, a.rows);
  r = b.row++;
  b.text(r, 0, t(T.approximate), 'label');
  b.literal(r, COLS.a, 'count', '', a.approximate);
  approxNote(s, Object.values(a.qualifiers).some((q) => q !== null));

  const groups: { field: AidGroupField; title: Texts; head: Texts; rows: GroupRow[]; exact: GroupRow[] }[] = [
    { field: 'sector', title: T.bySector, head: T.sector, rows: a.bySector, exact: x.bySector },
    { field: 'donor', title: T.byDonor, head: T.donor, rows: a.byDonor, exact: x.byDonor },
    { field: 'donorCountry', title: T.byDonorCountry, head: T.donorCountry, rows: a.byDonorCountry, exact: x.byDonorCountry },
    { field: 'province', title: T.byProvince, head: T.province, rows: a.byProvince, exact: x.byProvince },
  ];
  for (const g of groups) {
    breakdownTable(s, cur, {
      breakdown: g.field,
      title: g.title,
      heads: [g.head, T.projects, T.committedCol, T.disbursedCol, T.rateCol],
      rows: g.rows,
      exactRows: g.exact,
      figures: (rr, row, ex) => {
        const group = { field: g.field, key: row.key };
        b.figure(rr, COLS.a, 'count', cur, row.projects, exactCount(ex?.projects, row.projects), aidCountCandidates(ctx, P, group));
        b.figure(rr, COLS.b, 'money', cur, row.committed, money(ex?.committed, row.committed), aidCommittedCandidates(ctx, P, group));
        if (row.disbursed === null) { notKnown(rr, COLS.c); return; }
        b.literal(rr, COLS.c, 'money', cur, row.disbursed);
        // The group's rate is over the projects it paid, not its column of commitments: a value, not a formula.
        // Nothing disbursed in the group: no rate, and the cell stays empty (as the old "" formula showed).
        if (row.rate !== null) b.literal(rr, COLS.d, 'percent', '', row.rate);
      },
      flag: (row) => row.overDisbursed === true,
      approx: (row) => row.qualifiers !== undefined,
      chart: g.field === 'sector' ? { title: CHART_TITLES.aid[s.lang], series: [[T.committedCol, COLS.b], [T.disbursedCol, COLS.c]] } : undefined,
      totals: [
        [COLS.a, 'count', a.projects, exactCount(x.projects, a.projects)],
        [COLS.b, 'money', a.committed, money(x.committed, a.committed)],
        ...(a.disbursed === null ? [] : [[COLS.c, 'money', a.disbursed, money(x.disbursed, a.disbursed)] as [number, NumKind, number, number | null]]),
      ],
      totalRow: (tr) => {
        if (!known) notKnown(tr, COLS.c);
        else if (a.rate !== null) b.literal(tr, COLS.d, 'percent', '', a.rate, true);
      },
    });
    if (g.rows.some((row) => row.overDisbursed) && s.breakdowns.has(g.field)) overDisbursedNote(s);
  }
  b.row++;
}
