// The terms of the aid figures: projects approved (count and committed value, overall or of one
// group) and disbursements, over every sheet of the aid registers.
import type { ParsedRow, ParsedTable } from '../../model';
import { idKey, rowsOf, str } from '../../summary/common';
import { cleanSpaces, nfc } from '../../base/text';
import type { Candidates, Criterion, FormulaModel } from './formula';
import { dateIn, headerCurrency, spellings, termsOver, type Ctx, type Span } from './criteria';

/** The aid breakdowns a formula can describe (the projects register holds these columns). */
export type AidGroupField = 'sector' | 'donor' | 'donorCountry' | 'province';

interface AidOpts { amount: boolean; currency: boolean }

/** Criteria of aid projects approved in `p` (or up to `p.to` when `from` is null), in the report currency. */
function aidProjectCriteria(ctx: Ctx, t: ParsedTable, p: Span, o: AidOpts): Criterion[] | null {
  const date = t.colOf.approvalDate;
  const amount = t.colOf.committed;
  if (date === undefined || amount === undefined) return null;
  const c = dateIn(date, p);
  if (o.amount) c.push({ col: amount, op: '>=', value: 0 });
  if (o.currency) {
    const curCol = t.colOf.currency;
    if (curCol !== undefined) c.push({ col: curCol, op: '=', value: ctx.cur });
    else if (headerCurrency(t, 'committed') !== ctx.cur) return null;
  }
  return c;
}

/** Aid groups: the spellings of the group's key on the projects register. */
function aidGroupPick(field: AidGroupField, key: string): (row: ParsedRow) => boolean {
  if (field === 'donor') {
    const k = cleanSpaces(nfc(key)).toLowerCase();
    return (row) => {
      const d = str(row, 'donor');
      return d !== null && cleanSpaces(nfc(d)).toLowerCase() === k;
    };
  }
  return (row) => row.v[field] === key;
}

function aidProjectTerms(
  ctx: Ctx, fn: FormulaModel['fn'], p: Span, o: AidOpts,
  group?: { field: AidGroupField; key: string },
): FormulaModel[] | null {
  return termsOver(ctx, 'aid-projects', fn, fn === 'SUMIFS' ? 'committed' : null, (t) => {
    const base = aidProjectCriteria(ctx, t, p, o);
    if (base === null) return null;
    if (!group) return [{ criteria: base }];
    if (group.key === '') return null;
    const texts = spellings(ctx, t, t.colOf[group.field], aidGroupPick(group.field, group.key));
    if (texts === null || texts.length === 0) return null;
    return texts.map((s) => ({ criteria: [...base, { col: t.colOf[group.field], op: '=', value: s }] }));
  });
}

export function aidCountCandidates(ctx: Ctx, p: Span, group?: { field: AidGroupField; key: string }): Candidates {
  return [
    aidProjectTerms(ctx, 'COUNTIFS', p, { amount: true, currency: true }, group),
    aidProjectTerms(ctx, 'COUNTIFS', p, { amount: true, currency: false }, group),
  ];
}

export function aidCommittedCandidates(ctx: Ctx, p: Span, group?: { field: AidGroupField; key: string }): Candidates {
  return [aidProjectTerms(ctx, 'SUMIFS', p, { amount: false, currency: true }, group)];
}

/** True when every disbursement dated in `p` is, by its own currency or its project's, in the report currency. */
function disbursementsAllInCurrency(ctx: Ctx, p: Span): boolean {
  const projectCurrency = new Map<string, string | null>();
  for (const row of rowsOf(ctx.tables, 'aid-projects')) {
    const id = idKey(row.v.aidId);
    if (id !== null && !projectCurrency.has(id)) projectCurrency.set(id, str(row, 'currency'));
  }
  for (const row of rowsOf(ctx.tables, 'aid-disbursements')) {
    const day = row.v.date;
    if (typeof day !== 'number' || day > p.to || (p.from !== null && day < p.from)) continue;
    const id = idKey(row.v.aidId);
    const cur = str(row, 'currency') ?? (id === null ? null : projectCurrency.get(id) ?? null);
    if (cur === null || cur.toUpperCase() !== ctx.cur) return false;
  }
  return true;
}

export function aidDisbursedCandidates(ctx: Ctx, p: Span): Candidates {
  const build = (withCurrency: boolean): FormulaModel[] | null => termsOver(ctx, 'aid-disbursements', 'SUMIFS', 'amount', (t) => {
    const date = t.colOf.date;
    if (date === undefined) return null;
    const c = dateIn(date, p);
    if (withCurrency) {
      const curCol = t.colOf.currency;
      if (curCol === undefined) return null;
      c.push({ col: curCol, op: '=', value: ctx.cur });
    }
    return [{ criteria: c }];
  });
  return [build(true), disbursementsAllInCurrency(ctx, p) ? build(false) : null];
}
