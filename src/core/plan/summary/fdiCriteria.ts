// The terms of the FDI figures: new projects (overall or of one country or sector), capital
// changes by kind (decreases subtracted), implemented capital and the projects still valid at the
// period end. `scale` carries the USD→VND rate of a VND report into the formula.
import type { ParsedTable } from '../../model';
import { COUNTRIES, FDI_CHANGE_KINDS } from '../../codes';
import type { Criterion, FormulaModel } from './formula';
import { dateIn, spellings, tablesOf, termsOver, type Ctx, type TermSpec } from './criteria';

export const CHANGE_KINDS = ['increase', 'decrease', 'contribution'] as const;
export type ChangeKind = typeof CHANGE_KINDS[number];

/** Spellings of a change kind; with no row of that kind yet, its canonical names (so new rows count). */
function kindSpellings(ctx: Ctx, t: ParsedTable, kind: ChangeKind): string[] | null {
  const found = spellings(ctx, t, t.colOf.kind, (row) => row.v.kind === kind);
  if (found === null || found.length > 0) return found;
  const e = FDI_CHANGE_KINDS.byCode(kind);
  if (!e) return [];
  return e.vi.toLowerCase() === e.en.toLowerCase() ? [e.vi] : [e.vi, e.en];
}

export function fdiNewTerms(ctx: Ctx, fn: FormulaModel['fn'], p: { from: number; to: number }, scale: number, withAmount: boolean,
  group?: { key: 'country' | 'sector'; code: string }): FormulaModel[] | null {
  return termsOver(ctx, 'fdi-projects', fn, fn === 'SUMIFS' ? 'registered' : null, (t) => {
    const cert = t.colOf.certDate;
    const reg = t.colOf.registered;
    if (cert === undefined || reg === undefined) return null;
    const c = dateIn(cert, p);
    if (withAmount) c.push({ col: reg, op: '>=', value: 0 });
    if (!group) return [{ criteria: c }];
    if (group.code === '') return null;
    const texts = spellings(ctx, t, t.colOf[group.key], (row) => row.v[group.key] === group.code);
    if (texts === null || texts.length === 0) return null;
    return texts.map((s) => ({ criteria: [...c, { col: t.colOf[group.key], op: '=', value: s }] }));
  }, scale);
}

/** Capital changes of the given kinds dated in `p` (decreases subtracted), optionally of one country. */
export function fdiChangeTerms(ctx: Ctx, fn: FormulaModel['fn'], p: { from: number; to: number }, kinds: readonly ChangeKind[],
  scale: number, withAmount: boolean, country?: string): FormulaModel[] | null {
  return termsOver(ctx, 'fdi-capital-changes', fn, fn === 'SUMIFS' ? 'amount' : null, (t) => {
    const date = t.colOf.date;
    const kindCol = t.colOf.kind;
    const amount = t.colOf.amount;
    if (date === undefined || kindCol === undefined || amount === undefined) return null;
    const base = dateIn(date, p);
    if (withAmount) base.push({ col: amount, op: '>=', value: 0 });
    let countries: (Criterion | null)[] = [null];
    if (country !== undefined) {
      if (country === '') return null;
      let texts = spellings(ctx, t, t.colOf.country, (row) => row.v.country === country);
      if (texts === null) return null;
      if (texts.length === 0) {
        // No change of that country yet: its canonical names, so that rows added later are counted.
        const e = COUNTRIES.byCode(country);
        texts = e ? [...new Set([e.vi, e.en])] : [];
      }
      countries = texts.map((s) => ({ col: t.colOf.country, op: '=', value: s }));
    }
    const specs: TermSpec[] = [];
    for (const k of kinds) {
      const texts = kindSpellings(ctx, t, k);
      if (texts === null) return null;
      for (const s of texts) {
        for (const cc of countries) {
          const criteria = [...base, { col: kindCol, op: '=' as const, value: s }];
          if (cc) criteria.push(cc);
          specs.push({ criteria, sign: fn === 'SUMIFS' && k === 'decrease' ? -1 : 1 });
        }
      }
    }
    return specs;
  }, scale);
}

/** With no capital-changes register at all, a figure of new projects alone is the whole figure. */
export const noChangesRegister = (ctx: Ctx): boolean => tablesOf(ctx, 'fdi-capital-changes').length === 0;

export function fdiChangeSum(ctx: Ctx, p: { from: number; to: number }, kinds: readonly ChangeKind[], scale: number, country?: string): FormulaModel[] | null {
  if (noChangesRegister(ctx)) return [];
  return fdiChangeTerms(ctx, 'SUMIFS', p, kinds, scale, false, country);
}

export function fdiImplementedTerms(ctx: Ctx, p: { from: number; to: number }, scale: number): FormulaModel[] | null {
  return termsOver(ctx, 'fdi-implemented', 'SUMIFS', 'amount', (t) => {
    const col = t.colOf.period;
    return col === undefined ? null : [{ criteria: dateIn(col, p) }];
  }, scale);
}

/** Item 6 count: certified up to the end, minus those terminated by then. */
export function fdiValidCountTerms(ctx: Ctx, end: number, withAmount: boolean): FormulaModel[] | null {
  return termsOver(ctx, 'fdi-projects', 'COUNTIFS', null, (t) => {
    const cert = t.colOf.certDate;
    const reg = t.colOf.registered;
    if (cert === undefined || reg === undefined) return null;
    const base = dateIn(cert, { from: null, to: end });
    if (withAmount) base.push({ col: reg, op: '>=', value: 0 });
    const specs: TermSpec[] = [{ criteria: base }];
    const term = t.colOf.terminationDate;
    if (term !== undefined) specs.push({ criteria: [...base, ...dateIn(term, { from: null, to: end })], sign: -1 });
    return specs;
  });
}
