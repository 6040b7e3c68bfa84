/// <reference types="office-js" />
// Plan dropdown lists as Office.js list data validation (ExcelApi 1.8).
import type { PlanValidation } from '../../core/plan/sheetPlan';

const LIST_MAX = 255;

/**
 * ListDataValidation.source as a string: a formula reference keeps its "=" (Excel stores a list
 * source as a formula, e.g. ='Danh mục'!$A$2:$A$60; a Range object would need the referenced sheet to
 * exist in this batch, and template plans point at the code-list sheet written after them); a literal
 * list is the items joined by commas, with the same limits the ExcelJS writer enforces.
 */
export function listSource(list: PlanValidation['list']): string {
  if (!Array.isArray(list)) return `=${(list as { formula: string }).formula.replace(/^\s*=/, '')}`;
  const items = list as readonly string[];
  const bad = items.find((s) => s.includes(','));
  if (bad !== undefined) throw new Error(`List validation item contains a comma, which a literal list cannot hold: ${JSON.stringify(bad)}; use a range source`);
  const joined = items.join(',');
  if (joined.replace(/"/g, '""').length > LIST_MAX) throw new Error('Literal validation list is longer than Excel\'s 255 characters; use a range source');
  return joined;
}

export function applyValidation(range: Excel.Range, v: PlanValidation): void {
  range.dataValidation.rule = { list: { inCellDropDown: true, source: listSource(v.list) } };
}
