// planValuesOnly: the summary sheet as a page that stands alone (summary --pdf).
import { planValuesOnly } from '../src/core/plan/valuesOnly';
import type { SheetPlan } from '../src/core/plan/sheetPlan';

test('formulas become the figures the engine computed; text and styles stay; rules pointing elsewhere go', () => {
  const plan: SheetPlan = {
    name: 'Tổng hợp',
    cells: [
      { row: 0, col: 0, value: '=not a formula', style: 'text' },
      { row: 1, col: 1, formula: "SUMIFS('Dự án'!E:E,'Dự án'!C:C,\"Y tế\")", expected: 1500.25, style: 'money' },
      { row: 2, col: 1, formula: 'COUNTIFS(X:X,"a")', style: 'number' },
    ],
    conditionalFormats: [{ ranges: [{ row: 1, col: 1, rows: 1, cols: 1 }], formula: "'Dự án'!A1>0", look: 'error' } as never],
    charts: [],
  };
  const alone = planValuesOnly(plan);
  expect(alone.cells).toEqual([
    { row: 0, col: 0, value: '=not a formula', style: 'text' },
    { row: 1, col: 1, value: 1500.25, style: 'money' },
    { row: 2, col: 1, value: null, style: 'number' },
  ]);
  expect(alone.conditionalFormats).toBeUndefined();
  expect(alone.charts).toBe(plan.charts);
  // The plan it came from is not changed.
  expect(plan.cells[1].formula).toBeDefined();
});
