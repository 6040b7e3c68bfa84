// Section II of the summary sheet: the FDI items in the national reports' order (1 new projects,
// 2 adjustments, 3 contributions, 4 their total, 5 implemented capital, 6 valid projects), last
// year's figures for items 1, 4 and 5, and the breakdown tables by country and by VSIC section.
import type { FdiGroupRow, FdiSummary } from '../../summary/fdi';
import type { Period } from '../../summary/period';
import { a1 } from '../../base/a1';
import { breakdownTable } from './breakdown';
import { COLS, type NumKind } from './builder';
import { join } from './criteria';
import { exactCount, exactMoney } from './exact';
import {
  CHANGE_KINDS, fdiChangeSum, fdiChangeTerms, fdiImplementedTerms, fdiNewTerms, fdiValidCountTerms, noChangesRegister,
  type ChangeKind,
} from './fdiCriteria';
import type { Candidates } from './formula';
import { approxLabel, approxNote, keyHeader, lastYear, notCountedRows, reconciliationRows, type Figure, type Section } from './sectionRows';
import { CHART_TITLES, T, type Texts } from './texts';
import { implementedUnknown } from '../../summary/words';

/** A closed period: this one or the same one a year earlier. */
type Dates = { from: number; to: number };

/**
 * `f` as printed, `x` its unrounded twin (Summary.exact.fdi). Both come from one summarising pass, so
 * they share the currency and the USD→VND rate the formulas are scaled by.
 */
export function fdiSection(s: Section, f: FdiSummary, x: FdiSummary, period: Period, prev: Period): void {
  const { b, ctx, t } = s;
  const cur = f.currency;
  const k = x.usdToVnd ?? 1;
  const P = { from: period.from, to: period.to };
  const PP = { from: prev.from, to: prev.to };
  const m = (exact: number | undefined, shown: number): number | null => exactMoney(exact, shown, cur);

  b.keepWithNext(b.row);
  b.text(b.row++, 0, t(T.fdi), 'header', 5);
  keyHeader(s);

  const newCount = (p: Dates): Candidates => [fdiNewTerms(ctx, 'COUNTIFS', p, 1, true), fdiNewTerms(ctx, 'COUNTIFS', p, 1, false)];
  const changeCount = (kinds: readonly ChangeKind[]): Candidates => [
    fdiChangeTerms(ctx, 'COUNTIFS', P, kinds, 1, true), fdiChangeTerms(ctx, 'COUNTIFS', P, kinds, 1, false),
  ];
  const totalTerms = (p: Dates): Candidates => [join(fdiNewTerms(ctx, 'SUMIFS', p, k, false), fdiChangeSum(ctx, p, CHANGE_KINDS, k))];
  /** One labelled figure in column A; its row. */
  const line = (label: Texts, kind: NumKind, fig: Figure): number => {
    const r = b.row++;
    b.text(r, 0, t(label), 'label');
    b.figure(r, COLS.a, kind, cur, fig.shown, fig.exact, fig.cands);
    return r;
  };
  const ADJUSTMENTS = ['increase', 'decrease'] as const;
  const CONTRIBUTIONS = ['contribution'] as const;

  // 1. New projects; 2. adjustments (times and net capital); 3. contributions.
  const r1 = line(T.fdiNew, 'count', { shown: f.newProjects.count, exact: exactCount(x.newProjects.count, f.newProjects.count), cands: newCount(P) });
  const q = f.qualifiers;
  const r1c = line(approxLabel(T.fdiNewCap, q.newProjects), 'money', { shown: f.newProjects.capital, exact: m(x.newProjects.capital, f.newProjects.capital), cands: [fdiNewTerms(ctx, 'SUMIFS', P, k, false)] });
  line(T.fdiAdj, 'count', { shown: f.adjustments.count, exact: exactCount(x.adjustments.count, f.adjustments.count), cands: changeCount(ADJUSTMENTS) });
  const r2c = line(approxLabel(T.fdiAdjCap, q.adjustments), 'money', { shown: f.adjustments.capital, exact: m(x.adjustments.capital, f.adjustments.capital), cands: [fdiChangeTerms(ctx, 'SUMIFS', P, ADJUSTMENTS, k, false)] });
  line(T.fdiContrib, 'count', { shown: f.contributions.count, exact: exactCount(x.contributions.count, f.contributions.count), cands: changeCount(CONTRIBUTIONS) });
  const r3c = line(approxLabel(T.fdiContribCap, q.contributions), 'money', { shown: f.contributions.capital, exact: m(x.contributions.capital, f.contributions.capital), cands: [fdiChangeTerms(ctx, 'SUMIFS', P, CONTRIBUTIONS, k, false)] });

  // 4. Total of 1–3, as a sum of the cells above.
  const r4 = b.row++;
  b.text(r4, 0, t(approxLabel(T.fdiTotal, q.total)), 'label');
  const totalExact = m(x.total, f.total);
  const refs: [number, number][] = [[r1c, COLS.a], [r2c, COLS.a], [r3c, COLS.a]];
  b.sum(r4, COLS.a, 'money', cur, f.total, totalExact, refs, refs.map((ref) => a1(...ref)).join('+'), false);

  // 5. Implemented capital; without an implemented-capital register it is not known, never 0.
  const known = f.implementedKnown;
  let r5: number;
  if (known) r5 = line(approxLabel(T.fdiImpl, q.implemented), 'money', { shown: f.implemented, exact: m(x.implemented, f.implemented), cands: [fdiImplementedTerms(ctx, P, k)] });
  else {
    r5 = b.row++;
    b.text(r5, 0, t(T.fdiImpl), 'label');
    b.text(r5, COLS.a, implementedUnknown(s.lang), 'note');
  }

  // Last year's figures and changes for items 1, 4 and 5.
  const p = f.previous;
  const xp = x.previous;
  const hasPrev = p !== null && xp !== null;
  lastYear(s, r1, 'count', cur, hasPrev ? { shown: p.newProjects, exact: exactCount(xp.newProjects, p.newProjects), cands: newCount(PP) } : null, f.change.newProjects, x.change.newProjects);
  lastYear(s, r4, 'money', cur, hasPrev ? { shown: p.total, exact: m(xp.total, p.total), cands: totalTerms(PP) } : null, f.change.total, x.change.total);
  if (known) lastYear(s, r5, 'money', cur, hasPrev ? { shown: p.implemented, exact: m(xp.implemented, p.implemented), cands: [fdiImplementedTerms(ctx, PP, k)] } : null, f.change.implemented, x.change.implemented);

  // 6. Valid projects at the period end.
  line(T.fdiValid, 'count', {
    shown: f.cumulative.projects, exact: exactCount(x.cumulative.projects, f.cumulative.projects),
    cands: [fdiValidCountTerms(ctx, period.to, true), fdiValidCountTerms(ctx, period.to, false)],
  });
  const r6c = b.row++;
  b.text(r6c, 0, t(approxLabel(T.fdiValidCap, q.cumulative)), 'label');
  b.literal(r6c, COLS.a, 'money', cur, f.cumulative.capital);

  notCountedRows(s, f.notCounted, f.notCountedReasons);
  reconciliationRows(s, f.rows);
  const ra = b.row++;
  b.text(ra, 0, t(T.approximate), 'label');
  b.literal(ra, COLS.a, 'count', '', f.approximate);
  approxNote(s, Object.values(q).some((x) => x !== null));

  const groups: { key: 'country' | 'sector'; breakdown: 'country' | 'vsic'; title: Texts; head: Texts; rows: FdiGroupRow[]; exact: FdiGroupRow[] }[] = [
    { key: 'country', breakdown: 'country', title: T.byCountry, head: T.country, rows: f.byCountry, exact: x.byCountry },
    { key: 'sector', breakdown: 'vsic', title: T.byVsic, head: T.vsic, rows: f.bySector, exact: x.bySector },
  ];
  for (const g of groups) {
    breakdownTable(s, cur, {
      breakdown: g.breakdown,
      title: g.title,
      heads: [g.head, T.newProjects, T.registered, T.implemented],
      rows: g.rows,
      exactRows: g.exact,
      figures: (rr, row, ex) => {
        const group = { key: g.key, code: row.key };
        b.figure(rr, COLS.a, 'count', cur, row.projects, exactCount(ex?.projects, row.projects), [
          fdiNewTerms(ctx, 'COUNTIFS', P, 1, true, group), fdiNewTerms(ctx, 'COUNTIFS', P, 1, false, group),
        ]);
        // Registered = new capital + changes; changes carry a country but not a sector.
        const changes = g.key === 'country' ? fdiChangeSum(ctx, P, CHANGE_KINDS, k, row.key) : (noChangesRegister(ctx) ? [] : null);
        b.figure(rr, COLS.b, 'money', cur, row.registered, m(ex?.registered, row.registered), [join(fdiNewTerms(ctx, 'SUMIFS', P, k, false, group), changes)]);
        if (known) b.literal(rr, COLS.c, 'money', cur, row.implemented);
        else b.text(rr, COLS.c, '–', 'note');
      },
      approx: (row) => row.qualifiers !== undefined,
      chart: g.key !== 'country' ? undefined : known
        ? { title: CHART_TITLES.fdi[s.lang], series: [[T.registered, COLS.b], [T.implemented, COLS.c]] }
        : { title: CHART_TITLES.fdiRegistered[s.lang], series: [[T.registered, COLS.b]] },
      totals: [
        [COLS.a, 'count', f.newProjects.count, exactCount(x.newProjects.count, f.newProjects.count)],
        [COLS.b, 'money', f.total, totalExact],
        ...(known ? [[COLS.c, 'money', f.implemented, m(x.implemented, f.implemented)] as [number, NumKind, number, number | null]] : []),
      ],
    });
  }
  b.row++;
}
