// The summary sheet as the appendix a province signs (DOMAIN.md, "Reports a province signs"): the
// title block, numbered columns, bordered tables, totals first or last, the signature block, the page
// setup; figures as reports write them (no mark inside a number format); criteria Excel cannot take
// fall back to the engine's value; wrapped text gets the rows it needs; every formula is stored with
// its computed value; the paragraph says what it leaves out.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { disposeLibreOfficeProfile, formulasDisagreeing, libreOfficeAvailable, readFormulaResults, recalcWithLibreOffice } from './helpers/libreoffice';
import type { RawValue, WorkbookInput } from '../src/core/model';
import { dayToExcelSerial, isoToDay } from '../src/core/parse/date';
import type { PlanCell, SheetPlan } from '../src/core/plan/sheetPlan';
import { summaryParagraph, summaryPlan, type Signing } from '../src/core/plan/summary';
import { placeAndDate } from '../src/core/plan/summary/appendix';
import { criterionLength, safeCriterionText } from '../src/core/plan/summary/criteria';
import { wrappedLines, wrappedRowHeights } from '../src/core/plan/rowHeights';
import { summarise } from '../src/core/summary';
import { parsePeriod } from '../src/core/summary/period';
import { validateWorkbook } from '../src/core/validate';
import { writePlan } from '../src/excel/exceljs/writePlan';

const TODAY = isoToDay('2025-01-15');
const s = (iso: string): number => dayToExcelSerial(isoToDay(iso));
type Rows = RawValue[][];

const LONG_DONOR = `Quỹ ${'Hỗ trợ Phát triển Cộng đồng '.repeat(10)}`.trim();

function aidProjects(extra: Rows = []): Rows {
  return [
    ['Mã khoản viện trợ', 'Tên dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Loại tiền', 'Giá trị cam kết'],
    ['VT01', 'Nước sạch', 'World Vision', 'Y tế', s('2024-02-10'), 'USD', 1_200_000],
    ['VT02', 'Học bổng', 'ChildFund', 'Giáo dục - Đào tạo', s('2024-03-05'), 'USD', 850_000.5],
    ['VT03', 'Trạm y tế', 'KFHI', 'Y tế', s('2024-05-20'), 'USD', 1_650_000],
    ['VT05', 'Dinh dưỡng', 'World Vision', 'Y tế', s('2023-04-10'), 'USD', 900_000],
    ...extra,
  ];
}

const DISBURSEMENTS: Rows = [
  ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'],
  ['VT01', s('2024-03-01'), 400_000, 'USD'],
  ['VT02', s('2024-04-15'), 0, 'USD'],
];

function build(aid: Rows, opts: { lang?: 'vi' | 'en'; signing?: Signing } = {}): { plan: SheetPlan; paragraph: string; input: WorkbookInput } {
  const input: WorkbookInput = { sheets: [{ name: 'Dự án viện trợ', rows: aid }, { name: 'Giải ngân', rows: DISBURSEMENTS }] };
  const lang = opts.lang ?? 'vi';
  const result = validateWorkbook(input, { today: TODAY, lang, locale: 'vi' });
  const summary = summarise(result.tables, { period: parsePeriod({ period: '2024' }, TODAY), currency: 'USD' });
  return { plan: summaryPlan(summary, result, input, { lang, today: TODAY, signing: opts.signing }), paragraph: summaryParagraph(summary, lang), input };
}

const at = (plan: SheetPlan, row: number, col: number): PlanCell | undefined => plan.cells.find((c) => c.row === row && c.col === col);
const rowOf = (plan: SheetPlan, value: string): number => plan.cells.find((c) => c.col === 0 && c.value === value)!.row;

/** The registers and the plan in one ExcelJS workbook, as the CLI writes them. */
function fileOf(input: WorkbookInput, plan: SheetPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sh of input.sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.rows.forEach((row, r) => row?.forEach((v, c) => { if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue; }));
  }
  writePlan(wb, plan, { lang: 'vi' });
  return wb;
}

const lo = libreOfficeAvailable() ? it : it.skip;

describe('the summary sheet as an administrative appendix', () => {
  afterAll(async () => { await disposeLibreOfficeProfile(); });

  lo('recalculates in LibreOffice to the engine\'s figures with totals first too', async () => {
    const { plan, input } = build(aidProjects(), { signing: { totals: 'first' } });
    const tmp = path.join(__dirname, '.tmp', 'summary-appendix');
    fs.mkdirSync(tmp, { recursive: true });
    const file = path.join(tmp, 'totals-first.xlsx');
    await fileOf(input, plan).xlsx.writeFile(file);
    const got = new Map((await readFormulaResults(await recalcWithLibreOffice(file, path.join(tmp, 'out')))).filter((r) => r.sheet === plan.name).map((r) => [r.address, r.value]));
    const formulas = plan.cells.filter((c) => c.formula);
    expect(formulas.some((c) => c.formula!.startsWith('SUM('))).toBe(true);
    expect(formulasDisagreeing(formulas, got)).toEqual([]);
  }, 120_000);

  const signing: Signing = { governingBody: 'UBND tỉnh Quảng Trị', issuer: 'Sở Ngoại vụ', place: 'Quảng Trị', reportNumber: '12/BC-SNgV', reportDate: '2025-01-10', preparedBy: 'Nguyễn Văn An', head: 'Trần Thị Bình' };

  it('lays out the title block, unit line, numbered and bordered tables and the signature block', () => {
    const { plan } = build(aidProjects(), { signing });
    expect([at(plan, 0, 0)?.value, at(plan, 1, 0)?.value]).toEqual(['UBND TỈNH QUẢNG TRỊ', 'SỞ NGOẠI VỤ']);
    expect(at(plan, 0, 1)).toMatchObject({ value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'heading' });
    expect(at(plan, 1, 1)).toMatchObject({ value: 'Độc lập - Tự do - Hạnh phúc', style: 'headingSub' });
    expect(plan.merges).toEqual(expect.arrayContaining([{ row: 0, col: 1, rows: 1, cols: 4 }, { row: 3, col: 0, rows: 1, cols: 5 }]));
    expect(at(plan, 3, 0)?.style).toBe('sheetTitle');
    expect(at(plan, 5, 0)?.value).toBe('(Kèm theo Báo cáo số 12/BC-SNgV ngày 10/01/2025)');
    expect(plan.cells.find((c) => c.value === 'Đơn vị tính: USD')?.style).toBe('unit');

    // Every table header is followed by its column numbers, and the table is bordered header to last row.
    const heads = plan.cells.filter((c) => c.style === 'header' && c.col === 0 && c.row > 6 && !String(c.value).startsWith('I'));
    expect(heads.length).toBeGreaterThan(3);
    for (const h of heads) {
      expect(at(plan, h.row + 1, 0)).toMatchObject({ value: '(A)', style: 'colNumber' });
      // "(1)" typed into Excel is -1: written as text, in both writers.
      expect(at(plan, h.row + 1, 1)).toMatchObject({ value: '(1)', numFmt: '@' });
      expect(plan.borders!.some((b) => b.row === h.row && b.rows > 2)).toBe(true);
    }
    const total = rowOf(plan, 'Tổng cộng');
    expect(plan.borders!.some((b) => b.row <= total && total < b.row + b.rows)).toBe(true);

    // Signatures below the paragraph, in the province's words.
    const last = Math.max(...plan.cells.map((c) => c.row));
    const texts = plan.cells.filter((c) => c.row > last - 8).map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(['Quảng Trị, ngày 15 tháng 01 năm 2025', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)', 'Nguyễn Văn An', 'Trần Thị Bình']));

    expect(plan.font).toBe('Times New Roman');
    // No print titles repeated over the whole sheet: the plan's own pages (summary-pages.test.ts).
    expect(plan.page).toEqual({
      paper: 'A4', orientation: 'landscape', fitToWidth: 1, centerHorizontally: true,
      margins: expect.any(Object), printArea: { row: 0, col: 0, rows: last + 1, cols: 5 }, rowBreaks: expect.any(Array),
    });
  });

  it('leaves dotted gaps to fill by hand when no option is given, and speaks English for EN', () => {
    const vi = build(aidProjects()).plan;
    expect(at(vi, 1, 0)?.value).toBe('……');
    expect(at(vi, 5, 0)?.value).toBe('(Kèm theo Báo cáo số …… ngày ……)');
    expect(vi.cells.some((c) => c.value === '……, ngày 15 tháng 01 năm 2025')).toBe(true);
    const en = build(aidProjects(), { lang: 'en', signing }).plan;
    expect(at(en, 0, 1)?.value).toBe('SOCIALIST REPUBLIC OF VIET NAM');
    expect(at(en, 1, 1)?.value).toBe('Independence - Freedom - Happiness');
    expect(at(en, 5, 0)?.value).toBe('(Attached to Report No. 12/BC-SNgV dated Jan 10, 2025)');
    const texts = en.cells.map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(['Unit: USD', 'PREPARED BY', 'HEAD OF AGENCY', 'Quảng Trị, 15 January 2025']));
  });

  it('writes the date of signing as administrative documents do (leading zero for days under 10 and months under 3)', () => {
    expect(placeAndDate('Yên Bái', isoToDay('2025-01-10'), 'vi')).toBe('Yên Bái, ngày 10 tháng 01 năm 2025');
    expect(placeAndDate('Huế', isoToDay('2026-12-05'), 'vi')).toBe('Huế, ngày 05 tháng 12 năm 2026');
    expect(placeAndDate('Huế', isoToDay('2026-03-05'), 'vi')).toBe('Huế, ngày 05 tháng 3 năm 2026');
  });

  it('puts each table\'s total row first or last as the province prefers, with the same figures', () => {
    const last = build(aidProjects()).plan;
    const first = build(aidProjects(), { signing: { totals: 'first' } }).plan;
    const tLast = rowOf(last, 'Tổng cộng');
    const tFirst = rowOf(first, 'Tổng cộng');
    // Last: under the groups; first: right under the column numbers, summing the rows below it.
    expect(at(last, tLast - 1, 0)?.style).toBe('label');
    expect(at(first, tFirst - 1, 0)).toMatchObject({ value: '(A)' });
    const sumLast = at(last, tLast, 2)!;
    const sumFirst = at(first, tFirst, 2)!;
    expect(sumFirst.formula).toMatch(new RegExp(`^SUM\\(C${tFirst + 2}:C\\d+\\)$`));
    expect(sumFirst.expected).toBe(sumLast.expected);
    expect(first.cells.filter((c) => c.formula).map((c) => c.expected).sort()).toEqual(last.cells.filter((c) => c.formula).map((c) => c.expected).sort());
  });

  it('keeps number formats to the number: engine figures are told apart by their look and the legend', () => {
    const { plan } = build(aidProjects());
    for (const c of plan.cells) if (c.numFmt) expect(c.numFmt).toMatch(/^(#,##0(\.00)?|0\.0%|@)$/);
    const engine = plan.cells.filter((c) => c.style === 'engine' || c.style === 'engineTotal');
    expect(engine.length).toBeGreaterThan(0);
    for (const c of engine) expect(typeof c.value).toBe('number');
    expect(plan.cells.some((c) => typeof c.value === 'string' && c.value.startsWith('Số liệu trên nền xám'))).toBe(true);
  });

  it('falls back to the engine\'s value for a group Excel cannot name in a criterion (#N/A, over 255 characters)', () => {
    expect(safeCriterionText('#N/A')).toBe(false);
    expect(safeCriterionText(' #VALUE!')).toBe(false);
    expect(safeCriterionText('World Vision')).toBe(true);
    expect(criterionLength('a*b?')).toBe(7); // "=" and a~*b~?
    expect(safeCriterionText('x'.repeat(254))).toBe(true);
    expect(safeCriterionText('x'.repeat(255))).toBe(false);
    expect(safeCriterionText(`${'x'.repeat(250)}****`)).toBe(false);
    expect(LONG_DONOR.length).toBeGreaterThan(255);
    const { plan } = build(aidProjects([
      ['VT07', 'Cứu trợ', '#N/A', 'Y tế', s('2024-06-01'), 'USD', 10_000],
      ['VT08', 'Sinh kế', LONG_DONOR, 'Y tế', s('2024-07-01'), 'USD', 20_000],
    ]));
    const donorCell = (name: string): PlanCell => {
      const head = rowOf(plan, 'Nhà tài trợ');
      const row = plan.cells.find((c) => c.col === 0 && c.row > head && c.value === name)!.row;
      return at(plan, row, 2)!;
    };
    expect(donorCell('#N/A')).toMatchObject({ value: 10_000, style: 'engine' });
    expect(donorCell('#N/A').formula).toBeUndefined();
    expect(donorCell(LONG_DONOR).formula).toBeUndefined();
    expect(donorCell('World Vision').formula).toMatch(/^SUMIFS\(.*"=World Vision"/);
    for (const c of plan.cells) if (c.formula) expect(c.formula).not.toMatch(/"=[^"]{256,}"/);
  });

  it('gives wrapped text the rows it needs, so a long label prints whole', () => {
    const vsic = 'Hoạt động chuyên môn, khoa học và công nghệ; hoạt động hành chính và hỗ trợ'; // 75 characters
    expect(vsic.length).toBe(75);
    expect(wrappedLines(vsic, 52)).toBe(2);
    expect(wrappedRowHeights([{ row: 4, col: 0, value: vsic, style: 'label' }, { row: 5, col: 0, value: 'Y tế', style: 'label' }], [], [52, 18])).toEqual([{ row: 4, height: 30 }]);
    // A merged note wraps in the merge's width.
    expect(wrappedRowHeights([{ row: 1, col: 0, value: vsic, style: 'note' }], [{ row: 1, col: 0, rows: 1, cols: 2 }], [52, 30])).toEqual([]);
    expect(wrappedRowHeights([{ row: 1, col: 0, value: vsic, style: 'note' }], [], [52, 30])).toEqual([{ row: 1, height: 30 }]);
    const { plan } = build(aidProjects());
    const legend = rowOf(plan, plan.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('Số liệu trên nền xám'))!.value as string);
    expect(plan.rowHeights!.find((h) => h.row === legend)?.height).toBeGreaterThanOrEqual(30);
  });

  it('stores every formula with its computed value in the file, zeros and blanks included', async () => {
    const { plan, input } = build(aidProjects());
    const wb = fileOf(input, plan);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer() as ArrayBuffer);
    const xml = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    const cells = xml.split('<c ').slice(1);
    const withFormula = cells.filter((c) => c.includes('<f>'));
    expect(withFormula.length).toBe(plan.cells.filter((c) => c.formula).length);
    expect(withFormula.filter((c) => !/<\/f><v>[^<]*<\/v>/.test(c) && !/<\/f><v\/>/.test(c))).toEqual([]);
    expect(withFormula.some((c) => c.includes('</f><v>0</v>'))).toBe(true);
  });

  it('says in the paragraph which rows its figures leave out and why, and what was approximate', () => {
    const { paragraph } = build(aidProjects([['VT09', 'Cầu', 'JICA', 'Giao thông', s('2024-08-01'), 'EUR', 'khoảng 500.000']]));
    // A rate gap is said by currency, once (not again among the other reasons).
    expect(paragraph).toContain('Các số liệu viện trợ trên chưa gồm 1 số tiền bằng EUR chưa có tỷ giá sang USD.');
    expect(paragraph).not.toContain('không tính 1 khoản do thiếu tỷ giá');
    const en = build(aidProjects([['VT09', 'Cầu', 'JICA', 'Giao thông', s('2024-08-01'), 'USD', 'khoảng 500.000']]), { lang: 'en' }).paragraph;
    expect(en).toMatch(/total commitments of about USD/);
  });
});
