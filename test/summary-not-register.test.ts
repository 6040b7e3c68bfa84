// A summary's own tables are not registers: "Lĩnh vực | Số khoản | Cam kết | Giải ngân" names groups and
// figures but no id or name for each row (RegisterDef.identity). A workbook holding its registers and
// the summary sheet written from them (summary --out, consolidate) reads as the registers alone.
import type { RawValue, WorkbookInput } from '../src/core/model';
import { summaryOf } from '../src/core/summary/request';
import { summaryPlan } from '../src/core/plan/summary';
import type { SheetPlan } from '../src/core/plan/sheetPlan';
import { validateWorkbook } from '../src/core/validate';
import { aidRow, sheet, AID_HEADER, TODAY } from './rules/fixtures';
import { sampleBook, toInput } from './helpers/sample';

/** The sheet as a reader would give it: each cell's value, or a formula's computed value. */
function sheetOf(plan: SheetPlan, name: string) {
  const rows: RawValue[][] = [];
  for (const c of plan.cells) {
    (rows[c.row] ??= [])[c.col] = c.formula !== undefined ? (c.expected ?? null) : (c.value ?? null);
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name, rows };
}

test('the summary sheet beside the registers is named "not a register" (no id or name column), and changes no figure', () => {
  const input = toInput(sampleBook(false, 40, 20));
  const first = summaryOf(input, { year: '2024', currency: 'USD', lang: 'vi', today: TODAY });
  const plan = summaryPlan(first.summary, first.result, input, { lang: 'vi', today: TODAY });
  const withSheet: WorkbookInput = { sheets: [...input.sheets, sheetOf(plan, 'Tổng hợp 2024')] };
  const again = summaryOf(withSheet, { year: '2024', currency: 'USD', lang: 'vi', today: TODAY });
  expect(again.result.tables.filter((t) => t.info.sheet === 'Tổng hợp 2024')).toEqual([]);
  expect(again.result.issues.filter((i) => i.sheet === 'Tổng hợp 2024').map((i) => i.rule)).toEqual([]);
  expect(again.result.notRegisters?.find((n) => n.sheet === 'Tổng hợp 2024')?.reason).toBe('no-identity');
  expect(again.summary.aid.committed).toBe(first.summary.aid.committed);
  expect(again.summary.aid.rows).toEqual(first.summary.aid.rows);
});

test('a register with only its name column (no id) is still a register, its missing id reported', () => {
  const noId = AID_HEADER.slice(1);
  const r = validateWorkbook({ sheets: [sheet('Aid', [noId, aidRow(1).slice(1), aidRow(2).slice(1)])] }, { today: TODAY });
  expect(r.tables.map((t) => t.info.kind)).toEqual(['aid-projects']);
  expect(r.issues.map((i) => i.rule)).toContain('AID-T001');
});
