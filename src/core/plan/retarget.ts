// A template's dropdowns point at its code-list sheet by name. When that name is taken in the user's
// workbook the sheet gets another one, and every reference in the other sheets' plans must follow.
import { quoteSheet } from '../base/a1';
import type { SheetPlan } from './sheetPlan';

function replaceDeep<T>(x: T, from: string, to: string): T {
  if (typeof x === 'string') return x.split(from).join(to) as T;
  if (Array.isArray(x)) return x.map((v) => replaceDeep(v, from, to)) as T;
  if (x && typeof x === 'object') {
    return Object.fromEntries(Object.entries(x as Record<string, unknown>).map(([k, v]) => [k, replaceDeep(v, from, to)])) as T;
  }
  return x;
}

/**
 * The plan with every formula reference to sheet `from` ("'Danh mục'!$A$2:…") pointing at `to`.
 * Only the quoted form with its "!" is replaced: plans always quote sheet names in formulas, and
 * that form cannot occur in a label or a value.
 */
export function retargetSheet(plan: SheetPlan, from: string, to: string): SheetPlan {
  if (from === to) return plan;
  return { ...replaceDeep(plan, `${quoteSheet(from)}!`, `${quoteSheet(to)}!`), name: plan.name };
}
