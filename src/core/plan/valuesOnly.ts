// A sheet plan that stands alone: every formula replaced by the figure the engine computed for it.
// A summary's formulas point at the register sheets; a file holding only the summary (to print it as
// a PDF) would show #REF! there. The engine's figures are what those formulas give (the LibreOffice
// tests hold it), so the page prints the same numbers.
import type { PlanCell, SheetPlan } from './sheetPlan';

export function planValuesOnly(plan: SheetPlan): SheetPlan {
  const cells = plan.cells.map((c): PlanCell => {
    if (c.formula === undefined) return c;
    const figure: PlanCell = { ...c, value: c.expected ?? null };
    delete figure.formula;
    delete figure.expected;
    return figure;
  });
  // Rules and lists may point at other sheets too; on a printed page they only colour or restrict cells.
  return { ...plan, cells, conditionalFormats: undefined, validations: undefined };
}
