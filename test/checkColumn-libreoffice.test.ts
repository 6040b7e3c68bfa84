// A template's check column in a spreadsheet without the add-in: LibreOffice (or an Excel without
// custom functions) cannot run AID.CHECK, so each row falls back to the rules' native conditions
// (plan/checkColumn.ts). The CLI's template, with problems planted in its rows, is recalculated by
// LibreOffice, and each check cell must name its row's problems instead of showing #NAME?.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { RawCellContent } from 'hyperformula';
import { colLetter } from '../src/core/base/a1';
import type { SheetPlan } from '../src/core/plan/sheetPlan';
import { templatePlans } from '../src/core/plan/templatePlan';
import { registerDef, templateDef, type RegisterDef } from '../src/core/schema/registers';
import { writePlan } from '../src/excel/exceljs/writePlan';
import { disposeLibreOfficeProfile, libreOfficeAvailable, libreOfficeStatus, readFormulaResults, recalcWithLibreOffice } from './helpers/libreoffice';
import { serial } from './helpers/registerRows';

const TMP = path.join(__dirname, '.tmp', 'check-column-lo');
const lo = libreOfficeStatus();
if (!lo.available) console.warn(`Skipping the check column's LibreOffice test: ${lo.reason}`);
const describeLO = libreOfficeAvailable() ? describe : describe.skip;

afterAll(() => disposeLibreOfficeProfile());

/** Rows of the template's aid-projects register as { key: value }, in its Vietnamese words. */
const AID = templateDef(registerDef('aid-projects'));
const good = (id: string): Record<string, RawCellContent> => ({
  aidId: id, title: 'Nâng cấp trạm y tế', donor: 'JICA', donorCountry: 'Nhật Bản', sector: 'Y tế', province: 'Quảng Trị',
  approvalDate: serial(2024, 3, 1), startDate: serial(2024, 4, 1), endDate: serial(2025, 12, 31),
  currency: 'USD', committed: 100_000, disbursedToDate: 40_000, status: 'Đang thực hiện',
});
/** Each row with what the check must name, as "RULE-ID key" in column order. */
const ROWS: { values: Record<string, RawCellContent>; named: string[] }[] = [
  { values: good('VT-1'), named: [] },
  { values: { ...good('VT-2'), title: null }, named: ['AID-C101 title'] },
  { values: { ...good('VT-3'), committed: -5 }, named: ['AID-C108 committed'] },
  { values: { ...good('VT-4'), startDate: '1/4/2024' }, named: ['AID-C114 startDate'] },
  { values: { ...good('VT-5'), sector: 'Không có trong danh mục' }, named: ['AID-C107 sector'] },
  { values: { ...good('VT-6'), endDate: serial(2024, 1, 1) }, named: ['AID-R201 endDate'] },
  { values: { ...good('VT-7'), committed: 'một trăm nghìn' }, named: ['AID-C102 committed'] },
  { values: { ...good('VT-8'), disbursedToDate: 500_000 }, named: ['AID-R203 disbursedToDate'] },
];

function withRows(plan: SheetPlan, def: RegisterDef): SheetPlan {
  const table = plan.tables![0];
  const rows = ROWS.map((r) => [...def.columns.map((c) => (r.values[c.key] ?? null) as string | number | null), null]);
  return { ...plan, tables: [{ ...table, rows }] };
}

describeLO('check column without the add-in, recalculated by LibreOffice', () => {
  it('names each planted problem in its row, in the register\'s words, instead of #NAME?', async () => {
    fs.mkdirSync(TMP, { recursive: true });
    const plans = templatePlans('aid', 'vi');
    const wb = new ExcelJS.Workbook();
    const register = writePlan(wb, withRows(plans[0], AID), { lang: 'vi' });
    for (const p of plans.slice(1)) writePlan(wb, p, { lang: 'vi' });
    const input = path.join(TMP, 'template.xlsx');
    await wb.xlsx.writeFile(input);

    const results = await readFormulaResults(await recalcWithLibreOffice(input, path.join(TMP, 'out')));
    const check = colLetter(AID.columns.length);
    const byAddress = new Map(results.filter((r) => r.sheet === register).map((r) => [r.address, r]));
    const labelOf = new Map(AID.columns.map((c) => [c.vi, c.key]));
    const got = ROWS.map((_, k) => {
      const cell = byAddress.get(`${check}${4 + k}`);
      // The formula is still the add-in's: Excel with the add-in runs AID.CHECK.
      expect(cell?.formula).toMatch(/AID_CHECK|AID\.CHECK/i);
      return [...String(cell?.value ?? '').matchAll(/(AID-[A-Z]\d{3}) ([^:]+):/g)].map((m) => `${m[1]} ${labelOf.get(m[2]) ?? m[2]}`);
    });
    expect(got).toEqual(ROWS.map((r) => r.named));
  });
});
