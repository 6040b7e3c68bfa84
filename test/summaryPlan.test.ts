// The summary sheet: live SUMIFS/COUNTIFS formulas where Excel can compute a figure (checked by
// recalculating the written workbook in headless LibreOffice), engine values elsewhere, and the
// report paragraph in Vietnamese and English.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { RawValue, WorkbookInput } from '../src/core/model';
import { dayToExcelSerial, isoToDay } from '../src/core/parse/date';
import { a1 } from '../src/core/base/a1';
import type { PlanCell, SheetPlan } from '../src/core/plan/sheetPlan';
import { renderFormula, sameFigure, simulateFormula, summaryPlan, type FormulaModel } from '../src/core/plan/summary';
import { moneyWords } from '../src/core/i18n/moneyWords';
import { periodPhrase, summaryParagraph } from '../src/core/plan/summary/paragraph';
import { summarise, type Summary } from '../src/core/summary';
import * as aidSummariser from '../src/core/summary/aid';
import * as fdiSummariser from '../src/core/summary/fdi';
import { parsePeriod } from '../src/core/summary/period';
import { validateWorkbook } from '../src/core/validate';
import { writePlan } from '../src/excel/exceljs/writePlan';
import { disposeLibreOfficeProfile, libreOfficeAvailable, readFormulaResults, recalcWithLibreOffice } from './helpers/libreoffice';

const TMP = path.resolve(__dirname, '.tmp', 'summaryPlan');
const TODAY = isoToDay('2025-01-15');
/** A date as Excel stores it: a serial number. */
const s = (iso: string): number => dayToExcelSerial(isoToDay(iso));

type Rows = RawValue[][];

const AID_PROJECTS: Rows = [
  ['DANH MỤC CÁC KHOẢN VIỆN TRỢ PCPNN'],
  ['STT', 'Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Quốc gia tài trợ', 'Lĩnh vực', 'Tỉnh, thành phố', 'Ngày phê duyệt', 'Loại tiền', 'Giá trị cam kết'],
  [1, 'VT01', 'Nước sạch cho trường học', 'World Vision', 'Hoa Kỳ', 'Y tế', 'Quảng Trị', s('2024-02-10'), 'USD', 1_200_000],
  [2, 'VT02', 'Học bổng cho học sinh nghèo', 'ChildFund', 'Ô-xtrây-li-a', 'Giáo dục - Đào tạo', 'Quảng Trị', s('2024-03-05'), 'USD', 850_000.5],
  [3, 'VT03', 'Trạm y tế xã', 'KFHI', 'Hàn Quốc', 'Y tế', 'Quảng Bình', s('2024-05-20'), 'USD', 1_650_000],
  // An error row: the amount is not a number, so the engine leaves it out (and so does SUMIFS).
  [4, 'VT04', 'Cứu trợ sau bão', 'Samaritan\'s Purse', 'Hoa Kỳ', 'Cứu trợ khẩn cấp', 'Quảng Trị', s('2024-04-01'), 'USD', 'chưa rõ'],
  [5, 'VT05', 'Dinh dưỡng trẻ em', 'World Vision', 'Hoa Kỳ', 'Y tế', 'Quảng Trị', s('2023-04-10'), 'USD', 900_000],
  [6, 'VT06', 'Sinh kế bền vững', 'HOLT', 'Hoa Kỳ', 'Phát triển kinh tế - xã hội', 'Quảng Trị', s('2024-09-01'), 'USD', 500_000],
];

const DISBURSEMENTS: Rows = [
  ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'],
  ['VT01', s('2024-03-01'), 400_000, 'USD'],
  ['VT02', s('2024-04-15'), 300_000, 'USD'],
  ['VT01', s('2024-06-10'), 250_000.25, 'USD'],
  ['VT05', s('2023-05-01'), 200_000, 'USD'],
  ['VT05', s('2024-02-01'), 100_000, 'USD'],
  ['VT03', s('2024-08-01'), 50_000, 'USD'],
];

const FDI_PROJECTS: Rows = [
  ['Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia, vùng lãnh thổ', 'Ngày cấp GCNĐKĐT lần đầu', 'Ngành (VSIC)', 'Vốn đăng ký (USD)', 'Ngày chấm dứt'],
  ['FDI01', 'Nhà máy linh kiện điện tử', 'Công ty A', 'Hàn Quốc', s('2024-01-15'), 'C', 100_000_000, null],
  ['FDI02', 'Nhà máy may mặc', 'Công ty B', 'Nhật Bản', s('2024-04-02'), 'C', 15_600_000, null],
  ['FDI03', 'Khu đô thị', 'Công ty C', 'Xin-ga-po', s('2024-06-30'), 'L', 100_000_000, null],
  ['FDI04', 'Nhà máy giày', 'Công ty D', 'Hàn Quốc', s('2020-05-05'), 'C', 50_000_000, null],
  ['FDI05', 'Trung tâm thương mại', 'Công ty E', 'Đài Loan', s('2019-03-01'), 'G', 20_000_000, s('2023-12-31')],
  ['FDI06', 'Nhà máy chế biến gỗ', 'Công ty F', 'Nhật Bản', s('2023-03-10'), 'C', 80_000_000, null],
  ['FDI07', 'Dự án lỗi', 'Công ty G', 'Nhật Bản', s('2024-02-02'), 'C', 'không rõ', null],
];

const CAPITAL_CHANGES: Rows = [
  ['Mã số dự án', 'Ngày điều chỉnh', 'Loại điều chỉnh', 'Số vốn (USD)'],
  ['FDI04', s('2024-02-20'), 'Tăng vốn', 10_000_000],
  ['FDI04', s('2024-05-05'), 'Tăng vốn', 5_000_000],
  ['FDI06', s('2024-03-03'), 'Giảm vốn', 3_000_000],
  ['FDI01', s('2024-06-01'), 'Góp vốn, mua cổ phần', 4_500_000],
  ['FDI06', s('2023-06-01'), 'Tăng vốn', 2_000_000],
];

const IMPLEMENTED: Rows = [
  ['Mã số dự án', 'Kỳ', 'Vốn thực hiện (USD)'],
  ['FDI01', s('2024-03-31'), 20_000_000],
  ['FDI04', s('2024-06-30'), 7_500_000],
  ['FDI06', s('2023-12-31'), 10_000_000],
];

const RATES: Rows = [
  ['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi VND'],
  ['USD', s('2023-01-01'), 25_000],
];

const SHEETS: [string, Rows][] = [
  ['Dự án viện trợ', AID_PROJECTS],
  ['Giải ngân', DISBURSEMENTS],
  ['Dự án FDI', FDI_PROJECTS],
  ['Điều chỉnh vốn', CAPITAL_CHANGES],
  ['Vốn thực hiện', IMPLEMENTED],
];

const inputOf = (sheets: [string, Rows][]): WorkbookInput => ({ sheets: sheets.map(([name, rows]) => ({ name, rows })) });

function build(sheets: [string, Rows][], period: string, lang: 'vi' | 'en' = 'vi', currency: 'USD' | 'VND' = 'USD'): { summary: Summary; plan: SheetPlan; input: WorkbookInput } {
  const input = inputOf(sheets);
  const result = validateWorkbook(input, { today: TODAY, lang, locale: 'vi' });
  const summary = summarise(result.tables, { period: parsePeriod({ period }, TODAY), currency });
  const plan = summaryPlan(summary, result, input, { lang, today: TODAY });
  return { summary, plan, input };
}

const formulas = (plan: SheetPlan): PlanCell[] => plan.cells.filter((c) => c.formula !== undefined);

/**
 * Write the registers and the plan with ExcelJS, recalculate with LibreOffice, and list every formula
 * cell whose recalculated value is not its `expected` (1e-6 relative).
 */
async function recalcMismatches(sheets: [string, Rows][], plan: SheetPlan, file: string): Promise<string[]> {
  fs.mkdirSync(TMP, { recursive: true });
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }));
  }
  const sheetName = writePlan(wb, plan, { lang: 'vi' });
  const xlsx = path.join(TMP, `${file}.xlsx`);
  await wb.xlsx.writeFile(xlsx);
  const out = await recalcWithLibreOffice(xlsx, path.join(TMP, 'out'));
  const results = new Map((await readFormulaResults(out)).filter((r) => r.sheet === sheetName).map((r) => [r.address, r.value]));
  const f = formulas(plan);
  const wrong: string[] = [];
  if (results.size !== f.length) wrong.push(`${results.size} formulas read back, ${f.length} written`);
  for (const c of f) {
    const addr = a1(c.row, c.col);
    const got = results.get(addr);
    const ok = typeof c.expected === 'number'
      ? typeof got === 'number' && sameFigure(got, c.expected)
      : got === c.expected;
    if (!ok) wrong.push(`${addr}: ${c.formula} → ${JSON.stringify(got)}, expected ${JSON.stringify(c.expected)}`);
  }
  return wrong;
}

/** The cell right of the label `label` in column A (first match), in column `col`. */
function cellRightOf(plan: SheetPlan, label: string, col = 1): PlanCell | undefined {
  const row = plan.cells.find((c) => c.col === 0 && c.value === label)?.row;
  return row === undefined ? undefined : plan.cells.find((c) => c.row === row && c.col === col);
}

describe('summaryPlan on a hand-built workbook', () => {
  const { summary, plan } = build(SHEETS, '2024-H1');

  it('summarises what the registers say (engine figures)', () => {
    expect(summary.aid.projects).toBe(3);
    expect(summary.aid.committed).toBe(3_700_000.5);
    expect(summary.aid.disbursed).toBe(1_050_000.25);
    expect(summary.aid.notCounted).toBe(1);
    expect(summary.fdi.newProjects).toEqual({ count: 3, capital: 215_600_000 });
    expect(summary.fdi.adjustments).toEqual({ count: 3, capital: 12_000_000 });
    expect(summary.fdi.contributions).toEqual({ count: 1, capital: 4_500_000 });
    expect(summary.fdi.implemented).toBe(27_500_000);
  });

  it('names the sheet after the period and writes formulas for the figures Excel can compute', () => {
    expect(plan.name).toBe('Tổng hợp 2024-H1');
    const f = formulas(plan);
    expect(f.length).toBeGreaterThanOrEqual(8);
    for (const c of f) expect(c.expected).toBeDefined();
    // Key figures become SUMIFS/COUNTIFS with absolute ranges and serial-number dates.
    const committed = cellRightOf(plan, 'Giá trị cam kết');
    expect(committed?.formula).toBe(
      `SUMIFS('Dự án viện trợ'!$J$3:$J$8,'Dự án viện trợ'!$H$3:$H$8,">="&${s('2024-01-01')},'Dự án viện trợ'!$H$3:$H$8,"<"&${s('2024-07-01')},'Dự án viện trợ'!$I$3:$I$8,"=USD")`,
    );
    expect(committed?.expected).toBe(3_700_000.5);
    expect(cellRightOf(plan, 'Số khoản viện trợ được phê duyệt')?.formula).toMatch(/^COUNTIFS\(/);
    expect(cellRightOf(plan, 'Giải ngân trong kỳ')?.formula).toMatch(/^SUMIFS\('Giải ngân'!/);
    expect(cellRightOf(plan, '1. Dự án cấp mới (số dự án)')?.formula).toMatch(/^COUNTIFS\('Dự án FDI'!/);
    expect(cellRightOf(plan, '2. Điều chỉnh vốn (số lượt)')?.formula).toContain('"=Giảm vốn"');
    expect(cellRightOf(plan, '    Vốn đăng ký tăng thêm (ròng)')?.formula).toMatch(/\)-SUMIFS\(/);
    expect(cellRightOf(plan, '5. Vốn thực hiện')?.formula).toMatch(/^SUMIFS\('Vốn thực hiện'!/);
    // The period rate divides by the committed value of the projects paid (a value), still as a live ratio.
    expect(cellRightOf(plan, 'Tỷ lệ giải ngân trong kỳ (giải ngân / cam kết của các khoản được giải ngân)')?.formula).toMatch(/^IFERROR\(B\d+\/B\d+,""\)$/);
    // The Quảng Trị group holds rows spelled "Quảng Trị" and "Quảng Bình" (merged in 2025): two terms.
    const qt = cellRightOf(plan, 'Quảng Trị', 2);
    expect(qt?.formula).toContain('"=Quảng Trị"');
    expect(qt?.formula).toContain('"=Quảng Bình"');
    // Figures that need a join (disbursed by group, undisbursed) are engine values: told apart by their
    // grey look and the legend, with a number format holding nothing but the number.
    const undisbursed = cellRightOf(plan, 'Chưa giải ngân của các khoản phê duyệt trong kỳ');
    expect(undisbursed?.formula).toBeUndefined();
    expect(undisbursed?.style).toBe('engine');
    expect(undisbursed?.numFmt).toBe('#,##0.00');
    expect(plan.cells.some((c) => typeof c.value === 'string' && c.value.startsWith('Số liệu trên nền xám do công cụ tính'))).toBe(true);
    for (const c of plan.cells) expect(c.numFmt ?? '').not.toMatch(/["*]/);
  });

  it('never leaves a formula whose simulation disagrees with its expected value', () => {
    const input = inputOf(SHEETS);
    // Only the register formulas are simulated here; formulas over the summary's own cells are checked by LibreOffice.
    for (const c of formulas(plan)) expect(typeof c.expected === 'number' || c.expected === '').toBe(true);
    const terms: FormulaModel[] = [{
      fn: 'SUMIFS', sheet: 'Dự án viện trợ', firstRow: 2, lastRow: 7, sumCol: 9,
      criteria: [{ col: 5, op: '=', value: 'y TẾ' }],
    }];
    // "=text" is case-insensitive equality; the text amount of the error row is not summed.
    expect(simulateFormula(terms, input)).toBe(1_200_000 + 1_650_000 + 900_000);
    expect(renderFormula(terms)).toBe(`SUMIFS('Dự án viện trợ'!$J$3:$J$8,'Dự án viện trợ'!$F$3:$F$8,"=y TẾ")`);
    // Wildcards are escaped, quotes doubled, scales and signs rendered.
    expect(renderFormula([{ fn: 'COUNTIFS', sheet: "O'Brien", firstRow: 0, lastRow: 1, criteria: [{ col: 0, op: '=', value: 'a*b?"c"~' }] },
      { fn: 'SUMIFS', sheet: 'S', firstRow: 0, lastRow: 1, sumCol: 1, criteria: [{ col: 0, op: '<', value: 45000 }], scale: 1e6, sign: -1 }]))
      .toBe(`COUNTIFS('O''Brien'!$A$1:$A$2,"=a~*b~?""c""~~")-SUMIFS('S'!$B$1:$B$2,'S'!$A$1:$A$2,"<"&45000)*1000000`);
    // Where Excel and LibreOffice could disagree, the simulation refuses to answer.
    const grid = (rows: RawValue[][]): WorkbookInput => ({ sheets: [{ name: 'G', rows }] });
    const sum: FormulaModel = { fn: 'SUMIFS', sheet: 'G', firstRow: 0, lastRow: 1, sumCol: 1, criteria: [{ col: 0, op: '>=', value: 0 }] };
    expect(simulateFormula([sum], grid([[1, 10], ['1', 20]]))).toBe(10);
    expect(simulateFormula([sum], grid([[1, true], [2, 20]]))).toBeNull();
    expect(simulateFormula([sum], grid([[true, 10], [2, 20]]))).toBeNull();
    expect(simulateFormula([sum], grid([[1, { error: '#N/A' }], [2, 20]]))).toBeNull();
    expect(simulateFormula([sum], grid([['x', { error: '#N/A' }], [2, 20]]))).toBe(20);
    const text: FormulaModel = { fn: 'COUNTIFS', sheet: 'G', firstRow: 0, lastRow: 1, criteria: [{ col: 0, op: '=', value: 'Y tế' }] };
    expect(simulateFormula([text], grid([['Y TẾ'], ['Y tế ']]))).toBe(1);
    expect(simulateFormula([text], grid([['Y tế'.normalize('NFD')], ['Y tế']]))).toBeNull();
  });

  const lo = libreOfficeAvailable() ? it : it.skip;
  lo('recalculates in LibreOffice to the engine figures, formula by formula', async () => {
    expect(await recalcMismatches(SHEETS, plan, 'summary')).toEqual([]);
  });

  lo('also in a VND report, where FDI formulas carry the USD/VND rate', async () => {
    const sheets: [string, Rows][] = [...SHEETS, ['Tỷ giá', RATES]];
    const vnd = build(sheets, '2024-H1', 'vi', 'VND');
    expect(vnd.summary.fdi.currency).toBe('VND');
    const capital = cellRightOf(vnd.plan, '    Vốn đăng ký cấp mới');
    expect(capital?.formula).toMatch(/\*25000$/);
    expect(capital?.expected).toBe(215_600_000 * 25_000);
    // Aid committed in USD and converted at each approval date: no SUMIFS can say that.
    expect(cellRightOf(vnd.plan, 'Giá trị cam kết')?.formula).toBeUndefined();
    expect(await recalcMismatches(sheets, vnd.plan, 'summary-vnd')).toEqual([]);
  });

  afterAll(async () => {
    await disposeLibreOfficeProfile();
  });
});

describe('summaryPlan takes the exact and the printed figures from one summary call', () => {
  // Amounts with more decimals than print (cents): the printed figure is rounded, a SUMIFS is not.
  const aid: Rows = AID_PROJECTS.map((r) => [...r]);
  aid[2][9] = 1_200_000.125;
  const paid: Rows = DISBURSEMENTS.map((r) => [...r]);
  paid[1][2] = 400_000.333;
  const sheets: [string, Rows][] = [['Dự án viện trợ', aid], ['Giải ngân', paid], ...SHEETS.slice(2)];

  it('checks its formulas against the summary\'s unrounded figures (Summary.exact), not a second summary', () => {
    const { summary, plan } = build(sheets, '2024-H1');
    const a = summary.exact.aid;
    const f = summary.exact.fdi;
    expect(summary.aid.committed).toBe(3_700_000.63);
    expect(a.committed).toBe(3_700_000.625);
    expect(summary.aid.disbursed).toBe(1_050_000.58);
    expect(a.disbursed).toBeCloseTo(1_050_000.583, 6);
    const figures: [string, number][] = [
      ['Số khoản viện trợ được phê duyệt', a.projects],
      ['Giá trị cam kết', a.committed],
      ['Giải ngân trong kỳ', a.disbursed!],
      ['Lũy kế cam kết đến cuối kỳ', a.cumulative.committed],
      ['Lũy kế giải ngân đến cuối kỳ', a.cumulative.disbursed!],
      ['1. Dự án cấp mới (số dự án)', f.newProjects.count],
      ['    Vốn đăng ký cấp mới', f.newProjects.capital],
      ['2. Điều chỉnh vốn (số lượt)', f.adjustments.count],
      ['    Vốn đăng ký tăng thêm (ròng)', f.adjustments.capital],
      ['3. Góp vốn, mua cổ phần (số lượt)', f.contributions.count],
      ['    Giá trị góp vốn, mua cổ phần', f.contributions.capital],
      ['4. Tổng vốn đăng ký (1 + 2 + 3)', f.total],
      ['5. Vốn thực hiện', f.implemented],
      ['6. Lũy kế dự án còn hiệu lực đến cuối kỳ', f.cumulative.projects],
    ];
    for (const [label, exact] of figures) {
      const cell = cellRightOf(plan, label);
      expect([label, cell?.formula !== undefined]).toEqual([label, true]);
      expect([label, cell?.expected]).toEqual([label, exact]);
    }
    // Group rows too: the Y tế sector's committed value is its exact twin.
    const health = summary.exact.aid.bySector.find((g) => g.key === 'YT');
    expect(health?.committed).toBe(2_850_000.125);
    expect(cellRightOf(plan, 'Y tế', 2)?.expected).toBe(health?.committed);
  });

  it('runs the summarisers once: summarise does, the plan never again', () => {
    const aidSpy = jest.spyOn(aidSummariser, 'summariseAid');
    const fdiSpy = jest.spyOn(fdiSummariser, 'summariseFdi');
    try {
      const input = inputOf(sheets);
      const result = validateWorkbook(input, { today: TODAY, lang: 'vi', locale: 'vi' });
      const summary = summarise(result.tables, { period: parsePeriod({ period: '2024-H1' }, TODAY), currency: 'USD' });
      expect([aidSpy.mock.calls.length, fdiSpy.mock.calls.length]).toEqual([1, 1]);
      summaryPlan(summary, result, input, { lang: 'vi', today: TODAY });
      expect([aidSpy.mock.calls.length, fdiSpy.mock.calls.length]).toEqual([1, 1]);
    } finally {
      aidSpy.mockRestore();
      fdiSpy.mockRestore();
    }
  });

  const lo = libreOfficeAvailable() ? it : it.skip;
  lo('and LibreOffice recalculates those formulas to the exact figures', async () => {
    const { plan } = build(sheets, '2024-H1');
    expect(await recalcMismatches(sheets, plan, 'summary-exact')).toEqual([]);
  });

  afterAll(async () => {
    await disposeLibreOfficeProfile();
  });
});

describe('summaryPlan where a formula would disagree with the engine', () => {
  it('writes the engine value when the register holds a number stored as text', () => {
    const rows: Rows = AID_PROJECTS.filter((r) => r[1] !== 'VT04').map((r) => [...r]);
    // "850000" typed as text: the engine reads it (a warning), SUMIFS would skip it.
    rows[3][9] = '850000';
    const { summary, plan } = build([['Dự án viện trợ', rows], ['Giải ngân', DISBURSEMENTS]], '2024-H1');
    expect(summary.aid.committed).toBe(3_700_000);
    const committed = cellRightOf(plan, 'Giá trị cam kết');
    expect(committed?.formula).toBeUndefined();
    expect(committed?.value).toBe(3_700_000);
    expect(committed?.numFmt).toBe('#,##0.00');
    expect(committed?.style).toBe('engine');
    // The sector holding that row is a value too; the other sector stays a formula.
    expect(cellRightOf(plan, 'Giáo dục - Đào tạo', 2)?.formula).toBeUndefined();
    expect(cellRightOf(plan, 'Y tế', 2)?.formula).toMatch(/^SUMIFS\(/);
  });

  it('writes the engine value for implemented capital kept by month ("6/2024" cannot be SUMIFSed)', () => {
    const impl: Rows = IMPLEMENTED.map((r) => [...r]);
    impl[2][1] = '6/2024';
    const { summary, plan } = build([['Dự án FDI', FDI_PROJECTS], ['Điều chỉnh vốn', CAPITAL_CHANGES], ['Vốn thực hiện', impl]], '2024-H1');
    expect(summary.fdi.implemented).toBe(27_500_000);
    const cell = cellRightOf(plan, '5. Vốn thực hiện');
    expect(cell?.formula).toBeUndefined();
    expect(cell?.value).toBe(27_500_000);
  });
});

describe('summaryParagraph', () => {
  it('writes the aid and FDI paragraph in Vietnamese', () => {
    const { summary } = build(SHEETS, '2024-H1');
    expect(summaryParagraph(summary, 'vi')).toMatchInlineSnapshot(`"Trong 6 tháng đầu năm 2024, toàn tỉnh đã phê duyệt 3 khoản viện trợ với tổng giá trị cam kết 3,7 triệu USD, tăng 311,1% so với cùng kỳ; giải ngân đạt 1,05 triệu USD (35,6%). Các số liệu viện trợ trên không tính 1 khoản do không phải số. Về FDI, cấp mới 3 dự án với tổng vốn đăng ký 215,6 triệu USD; 3 lượt điều chỉnh tăng vốn thêm 12 triệu USD; 1 lượt góp vốn, mua cổ phần với giá trị 4,5 triệu USD. Tổng vốn đăng ký cấp mới, điều chỉnh và góp vốn đạt 232,1 triệu USD, tăng 183% so với cùng kỳ; vốn thực hiện đạt 27,5 triệu USD. Lũy kế đến 30/06/2024, trên địa bàn có 5 dự án FDI còn hiệu lực với tổng vốn đăng ký 359,6 triệu USD. Các số liệu FDI trên không tính 1 dòng do không phải số."`);
  });

  it('writes it in English', () => {
    const { summary } = build(SHEETS, '2024-H1', 'en');
    expect(summaryParagraph(summary, 'en')).toMatchInlineSnapshot(`"In the first half of 2024, the province approved 3 aid projects with total commitments of USD 3.7 million, up 311.1% year on year; disbursements reached USD 1.05 million (35.6%). These aid figures leave out 1 row (not a number). FDI: 3 new projects were licensed with registered capital of USD 215.6 million; 3 capital adjustments added USD 12 million; 1 capital contribution or share purchase totalled USD 4.5 million. Total new, adjusted and contributed capital reached USD 232.1 million, up 183% year on year; implemented capital reached USD 27.5 million. As of Jun 30, 2024, the province had 5 valid FDI projects with registered capital of USD 359.6 million. These FDI figures leave out 1 row (not a number)."`);
  });

  it('names periods the way reports do', () => {
    const p = (label: string, from: string, to: string): Summary['period'] => ({ label, from, to });
    expect(periodPhrase(p('2024', '2024-01-01', '2024-12-31'), 'vi')).toBe('Năm 2024');
    expect(periodPhrase(p('2024', '2024-01-01', '2024-12-31'), 'en')).toBe('In 2024');
    expect(periodPhrase(p('2024-H1', '2024-01-01', '2024-06-30'), 'vi')).toBe('Trong 6 tháng đầu năm 2024');
    expect(periodPhrase(p('2024-H1', '2024-01-01', '2024-06-30'), 'en')).toBe('In the first half of 2024');
    expect(periodPhrase(p('2024-H2', '2024-07-01', '2024-12-31'), 'vi')).toBe('Trong 6 tháng cuối năm 2024');
    expect(periodPhrase(p('2024-Q3', '2024-07-01', '2024-09-30'), 'vi')).toBe('Quý III/2024');
    expect(periodPhrase(p('2024-Q3', '2024-07-01', '2024-09-30'), 'en')).toBe('In Q3 2024');
    expect(periodPhrase(p('2024-01-01..2024-03-31', '2024-01-01', '2024-03-31'), 'vi')).toBe('Từ 01/01/2024 đến 31/03/2024');
  });

  it('omits the comparison when last year is unknown', () => {
    const { summary } = build(SHEETS, '2024-H1');
    const noPrev: Summary = { ...summary, aid: { ...summary.aid, previous: null, change: { projects: null, committed: null, disbursed: null } } };
    expect(summaryParagraph(noPrev, 'vi')).not.toContain('so với cùng kỳ; giải ngân');
  });
});

describe('moneyWords', () => {
  it('writes money the way provinces do', () => {
    expect(moneyWords(3_700_000, 'USD', 'vi')).toBe('3,7 triệu USD');
    expect(moneyWords(1_250_000_000, 'USD', 'vi')).toBe('1,25 tỷ USD');
    expect(moneyWords(850_000, 'USD', 'vi')).toBe('850 nghìn USD');
    expect(moneyWords(45_300_000_000, 'VND', 'vi')).toBe('45,3 tỷ đồng');
    expect(moneyWords(215_600_000, 'USD', 'vi')).toBe('215,6 triệu USD');
    expect(moneyWords(1_200_000_000_000, 'VND', 'vi')).toBe('1.200 tỷ đồng');
    expect(moneyWords(999_999, 'USD', 'vi')).toBe('1 triệu USD');
    expect(moneyWords(500, 'USD', 'vi')).toBe('500 USD');
    expect(moneyWords(3_700_000, 'USD', 'en')).toBe('USD 3.7 million');
    expect(moneyWords(1_250_000_000, 'USD', 'en')).toBe('USD 1.25 billion');
    expect(moneyWords(45_300_000_000, 'VND', 'en')).toBe('VND 45.3 billion');
    expect(moneyWords(850_000, 'USD', 'en')).toBe('USD 850,000');
  });
});
