// The summary sheet's printed pages (issue 20): where pages end is decided in the plan, each page that
// continues a table begins with that table's own header, headings and the signature block are never
// cut, the title block stays on page 1, the charts have a page of their own inside the print area, and
// the repeated headers change no figure (LibreOffice recalculates the plan to the engine's figures).
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { disposeLibreOfficeProfile, formulasDisagreeing, libreOfficeAvailable, readFormulaResults, recalcWithLibreOffice } from './helpers/libreoffice';
import type { RawValue, SheetInput, WorkbookInput } from '../src/core/model';
import { dayToExcelSerial, isoToDay } from '../src/core/parse/date';
import type { PlanCell, SheetPlan } from '../src/core/plan/sheetPlan';
import { summaryPlan } from '../src/core/plan/summary';
import { PAGE_FILL, pageCapacity, pageStarts, rowHeightsOf, type PrintLayout } from '../src/core/plan/printPages';
import { withPages } from '../src/core/plan/insertRows';
import { summarise } from '../src/core/summary';
import { parsePeriod } from '../src/core/summary/period';
import { validateWorkbook } from '../src/core/validate';
import { writePlan } from '../src/excel/exceljs/writePlan';
import { applyPageSetup } from '../src/excel/office/pageSetup';
import { createExcelMock } from './helpers/officeMock';
import { expectOneLayout, writeBoth } from './helpers/writeBoth';
import { rangeAddress } from '../src/excel/office/address';
import { COUNTRIES } from '../src/core/codes/countries';

const TODAY = isoToDay('2025-01-15');
const serial = (iso: string): number => dayToExcelSerial(isoToDay(iso));
const SECTORS = ['Y tế', 'Giáo dục - Đào tạo', 'Nông nghiệp - Phát triển nông thôn', 'Cứu trợ khẩn cấp'];

/** An aid register of `donors` donors, one project each, all approved in 2024. */
function register(donors: number): RawValue[][] {
  const rows: RawValue[][] = [['Mã khoản viện trợ', 'Tên dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Loại tiền', 'Giá trị cam kết']];
  for (let i = 1; i <= donors; i++) {
    rows.push([`VT${String(i).padStart(3, '0')}`, `Dự án ${i}`, `Quỹ Hỗ trợ Cộng đồng số ${i}`, SECTORS[i % SECTORS.length], serial(`2024-0${1 + (i % 9)}-1${i % 10}`), 'USD', 10_000 * i + 0.5]);
  }
  return rows;
}

const DISBURSEMENTS: RawValue[][] = [
  ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'],
  ['VT001', serial('2024-03-01'), 4_000, 'USD'],
  ['VT002', serial('2024-04-15'), 7_500, 'USD'],
];

/** An FDI register of `countries` investor countries, one project each, licensed in 2024. */
function fdiRegister(countries: number): RawValue[][] {
  const rows: RawValue[][] = [['STT', 'Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia, vùng lãnh thổ', 'Ngày cấp GCNĐKĐT lần đầu', 'Ngành (VSIC)', 'Tỉnh, thành phố', 'Vốn đăng ký (USD)', 'Tình trạng']];
  COUNTRIES.entries.filter((e) => e.code !== 'INT').slice(0, countries).forEach((e, i) => {
    rows.push([i + 1, `2100${String(i).padStart(6, '0')}`, `Dự án ${i + 1}`, `Công ty ${i + 1}`, e.vi, serial(`2024-0${1 + (i % 9)}-15`), 'C - Công nghiệp chế biến, chế tạo', 'Quảng Trị', 1_000_000 * (i + 1), 'Đang hoạt động']);
  });
  return rows;
}

function build(donors: number, countries = 0): { plan: SheetPlan; input: WorkbookInput } {
  const sheets: SheetInput[] = [{ name: 'Dự án viện trợ', rows: register(donors) }, { name: 'Giải ngân', rows: DISBURSEMENTS }];
  if (countries > 0) sheets.push({ name: 'Dự án FDI', rows: fdiRegister(countries) });
  const input: WorkbookInput = { sheets };
  const result = validateWorkbook(input, { today: TODAY, lang: 'vi', locale: 'vi' });
  const summary = summarise(result.tables, { period: parsePeriod({ period: '2024' }, TODAY), currency: 'USD' });
  const signing = { place: 'Quảng Trị', preparedBy: 'Nguyễn Văn An', head: 'Trần Thị Bình' };
  return { plan: summaryPlan(summary, result, input, { lang: 'vi', today: TODAY, signing }), input };
}

const cellAt = (plan: SheetPlan) => {
  const at = new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
  return (row: number, col: number): PlanCell | undefined => at.get(`${row}:${col}`);
};

/** The print area's rows page by page, as the plan's breaks cut them. */
function pagesOf(plan: SheetPlan): number[][] {
  const breaks = new Set(plan.page!.rowBreaks ?? []);
  const pages: number[][] = [[]];
  for (let r = 0; r < plan.page!.printArea!.rows; r++) {
    if (breaks.has(r)) pages.push([]);
    pages[pages.length - 1].push(r);
  }
  return pages;
}

/** The rows of each bordered table: its header (headings and column numbers) first. */
const headerValues = (plan: SheetPlan, row: number): unknown[] => [0, 1, 2, 3, 4].map((c) => cellAt(plan)(row, c)?.value);

describe('the summary sheet cut into printed pages', () => {
  afterAll(async () => { await disposeLibreOfficeProfile(); });

  it('120 donors: several pages, each continuing table under its own header, headings and signatures whole', () => {
    const { plan } = build(120);
    const at = cellAt(plan);
    const pages = pagesOf(plan);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(plan.page!.titleRows).toBeUndefined();

    // Each page holds what a page holds, by the same estimate the plan used (kept 12% short of the paper).
    const heights = rowHeightsOf(plan.page!.printArea!.rows, plan.cells, plan.rowHeights ?? []);
    const capacity = pageCapacity(plan.page!, plan.columnWidths!);
    expect(capacity).toBeCloseTo((595.28 - 1.2 * 72) * PAGE_FILL, 1);
    for (const p of pages) expect(p.reduce((s, r) => s + heights[r], 0)).toBeLessThanOrEqual(capacity);

    // The donor table: its header once at its start and again at the top of every page it continues on.
    const donorHeader = plan.cells.filter((c) => c.col === 0 && c.value === 'Nhà tài trợ' && c.style === 'header').map((c) => c.row);
    expect(donorHeader.length).toBeGreaterThanOrEqual(3);
    const original = donorHeader[0];
    for (const h of donorHeader.slice(1)) {
      expect(plan.page!.rowBreaks).toContain(h);
      expect(headerValues(plan, h)).toEqual(headerValues(plan, original));
      expect(headerValues(plan, h + 1)).toEqual(['(A)', '(1)', '(2)', '(3)', '(4)']);
      for (let c = 0; c < 5; c++) expect({ ...at(h, c), row: 0 }).toEqual({ ...at(original, c), row: 0 });
      // Bordered with its table.
      expect(plan.borders!.some((b) => b.row <= h && h + 1 < b.row + b.rows)).toBe(true);
    }

    // Every page that begins inside a bordered table begins with that table's header.
    for (const p of pages.slice(1)) {
      const top = p[0];
      const box = plan.borders!.find((b) => b.row < top && top < b.row + b.rows);
      if (box) expect(headerValues(plan, top)).toEqual(headerValues(plan, box.row));
    }

    // No page ends on a heading, a table's title or a table's header rows.
    for (const p of pages.slice(0, -1)) {
      const lastWritten = [...p].reverse().find((r) => at(r, 0) !== undefined)!;
      expect(['header', 'subtitle', 'colNumber']).not.toContain(at(lastWritten, 0)?.style);
    }

    // Page 1 opens with the title block; the signature block is whole on the last page.
    expect(pages[0][0]).toBe(0);
    const unit = plan.cells.find((c) => c.value === 'Đơn vị tính: USD')!.row;
    expect(pages[0]).toContain(unit);
    expect(pages[0]).toContain(plan.cells.find((c) => c.value === 'I. VIỆN TRỢ NƯỚC NGOÀI')!.row);
    const signRows = ['Quảng Trị, ngày 15 tháng 01 năm 2025', 'NGƯỜI LẬP BIỂU', 'Nguyễn Văn An'].map((v) => plan.cells.find((c) => c.value === v)!.row);
    const lastPage = pages[pages.length - 1];
    for (const r of signRows) expect(lastPage).toContain(r);

    // The charts: a page of their own inside the print area, stacked in columns A–E.
    const chartsHead = plan.cells.find((c) => c.value === 'Biểu đồ số liệu tại mục I và II')!.row;
    expect(plan.page!.rowBreaks).toContain(chartsHead);
    const chartPage = pages.find((p) => p[0] === chartsHead)!;
    expect(plan.charts!.length).toBeGreaterThan(0);
    for (const c of plan.charts!) {
      expect(c.anchor).toMatchObject({ col: 0, cols: 5 });
      expect(chartPage).toContain(c.anchor.row);
      expect(chartPage).toContain(c.anchor.row + c.anchor.rows - 1);
    }
  });

  it('keeps every figure: the totals over a table cut by pages sum the same groups', () => {
    const { plan } = build(120);
    const at = cellAt(plan);
    const total = plan.cells.filter((c) => c.formula?.startsWith('SUM(C')).map((c) => c);
    expect(total.length).toBeGreaterThan(0);
    // The donor table's total: its SUM spans the header written again, whose cells are text.
    const donors = total.find((c) => {
      const [, from, to] = /^SUM\(C(\d+):C(\d+)\)$/.exec(c.formula!)!.map(Number);
      return Array.from({ length: to - from + 1 }, (_, i) => from - 1 + i).some((r) => at(r, 0)?.value === 'Nhà tài trợ');
    })!;
    expect(donors).toBeDefined();
    const [, from, to] = /^SUM\(C(\d+):C(\d+)\)$/.exec(donors.formula!)!.map(Number);
    let sum = 0;
    let groups = 0;
    for (let r = from - 1; r <= to - 1; r++) {
      const c = at(r, 2)!;
      if (typeof c.value === 'string') continue; // the header written again
      sum += typeof c.value === 'number' ? c.value : Number(c.expected);
      groups++;
    }
    expect(groups).toBe(120);
    expect(sum).toBeCloseTo(Number(donors.expected), 2);
  });

  it('a chart whose table a page cuts (60 investor countries) reads an unbroken copy of its rows; both writers write it alike', async () => {
    const { plan } = build(6, 60);
    const at = cellAt(plan);
    const head = plan.cells.find((c) => c.col === 0 && c.value === 'Quốc gia, vùng lãnh thổ' && c.style === 'header')!.row;
    const box = plan.borders!.find((b) => b.row === head)!;
    // The table is cut: its header written again inside its box.
    const again = plan.cells.filter((c) => c.col === 0 && c.value === 'Quốc gia, vùng lãnh thổ' && c.row > head && c.row < box.row + box.rows);
    expect(again.length).toBeGreaterThan(0);
    const groups = [];
    for (let r = head + 2; r < box.row + box.rows - 1; r++) if (at(r, 0)?.style === 'label') groups.push(r);
    expect(groups).toHaveLength(60);
    const chart = plan.charts!.find((c) => c.title.startsWith('Vốn đăng ký'))!;
    // Beside the print area (A–E), one row per country in the table's order, each reading the table's cell.
    expect(chart.categories.col).toBeGreaterThan(5);
    expect(chart.categories.rows).toBe(60);
    expect(at(chart.categories.row - 1, chart.categories.col)?.value).toMatch(/^Số liệu của biểu đồ "Vốn đăng ký/);
    // The series' column in the table: the one headed by the series' name.
    const col = [1, 2, 3, 4].find((c) => at(head, c)?.value === chart.series[0].name)!;
    expect(col).toBe(2);
    groups.forEach((r, i) => {
      const copy = at(chart.categories.row + i, chart.categories.col)!;
      expect(copy).toMatchObject({ formula: `A${r + 1}`, expected: at(r, 0)!.value });
      const value = at(chart.series[0].values.row + i, chart.series[0].values.col)!;
      const source = at(r, col)!;
      expect(value.formula).toBe(`C${r + 1}`);
      expect(value.expected).toBe(source.formula !== undefined ? source.expected : source.value);
    });
    // The sector chart's table is whole: the chart reads the table itself.
    expect(plan.charts!.find((c) => c !== chart)!.categories.col).toBe(0);

    const both = await writeBoth([plan], 'vi');
    expectOneLayout(both, 0, plan, 'vi');
    expect(both.syncsPerPlan).toEqual([2]);
    const recorded = both.rec.sheet(both.sheetNames[0])!.charts.find((c) => c.title === chart.title)!;
    expect(recorded.series[0]).toMatchObject({ values: rangeAddress(chart.series[0].values), xValues: rangeAddress(chart.categories) });
  });

  const lo = libreOfficeAvailable() ? it : it.skip;
  lo('recalculates in LibreOffice to the engine\'s figures with the headers written again and the chart\'s copy', async () => {
    const { plan, input } = build(120, 60);
    expect(plan.cells.some((c) => c.col > 5 && c.formula)).toBe(true);
    const tmp = path.join(__dirname, '.tmp', 'summary-pages');
    fs.mkdirSync(tmp, { recursive: true });
    const wb = new ExcelJS.Workbook();
    for (const sh of input.sheets) {
      const ws = wb.addWorksheet(sh.name);
      sh.rows.forEach((row, r) => row?.forEach((v, c) => { if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue; }));
    }
    writePlan(wb, plan, { lang: 'vi' });
    const file = path.join(tmp, 'donors-120.xlsx');
    await wb.xlsx.writeFile(file);
    const got = new Map((await readFormulaResults(await recalcWithLibreOffice(file, path.join(tmp, 'out')))).filter((r) => r.sheet === plan.name).map((r) => [r.address, r.value]));
    const formulas = plan.cells.filter((c) => c.formula);
    expect(formulas.filter((c) => c.formula!.startsWith('SUM(')).length).toBeGreaterThan(2);
    expect(formulasDisagreeing(formulas, got)).toEqual([]);
  }, 120_000);

  it('a small summary: no table is cut, so no header is written twice; pages begin at titles and headings', () => {
    const { plan } = build(6);
    const at = cellAt(plan);
    const pages = pagesOf(plan);
    expect(plan.cells.filter((c) => c.col === 0 && c.value === '(A)').length).toBe(plan.borders!.length);
    for (const b of plan.borders!) expect(pages.find((p) => p.includes(b.row))).toContain(b.row + b.rows - 1);
    const chartsHead = plan.cells.find((c) => c.value === 'Biểu đồ số liệu tại mục I và II')!.row;
    expect(plan.page!.rowBreaks).toContain(chartsHead);
    for (const r of plan.page!.rowBreaks!) expect(['subtitle', 'header']).toContain(at(r, 0)?.style);
    expect(at(plan.page!.rowBreaks![0], 0)?.style).toBe('subtitle');
  });

  it('pages begin where rows may part: spans kept together, headings with what follows, forced pages', () => {
    const layout: PrintLayout = { tables: [{ header: 2, headerRows: 2, last: 20 }], keepWithNext: [1], keepTogether: [{ first: 22, last: 26 }], newPageBefore: [27], keepWithPrevious: [21] };
    const heights = new Array<number>(30).fill(10);
    // 8 rows a page: the table continues at 8 and 14 (under its 2 header rows, 6 rows each), then rows
    // 20–21 (21 a blank kept with 20); the span 22–26 does not fit after them and begins a page; 27 is forced.
    expect(pageStarts(heights, layout, 80)).toEqual([
      { row: 8, repeat: layout.tables[0] },
      { row: 14, repeat: layout.tables[0] },
      { row: 20, repeat: layout.tables[0] },
      { row: 22 },
      { row: 27 },
    ]);
    // A page too short for a span: the span is cut where it must be, nothing is lost.
    const tall = pageStarts(new Array<number>(6).fill(10), { tables: [], keepWithNext: [], keepTogether: [{ first: 0, last: 5 }], newPageBefore: [] }, 25);
    expect(tall.map((s) => s.row)).toEqual([2, 4]);
  });

  it('a chart over rows a page cuts reads an unbroken copy of them beside the print area, as formulas', () => {
    const cells: PlanCell[] = [{ row: 0, col: 0, value: 'Nhóm', style: 'header' }, { row: 0, col: 1, value: 'Số tiền', style: 'header' }];
    for (let i = 1; i <= 10; i++) cells.push({ row: i, col: 0, value: `N${i}`, style: 'label' }, { row: i, col: 1, value: i * 100, style: 'engine', numFmt: '#,##0' });
    cells.push({ row: 11, col: 1, formula: 'SUM(B2:B11)', expected: 5500 });
    const plan: SheetPlan = {
      name: 'S', cells, columnWidths: [20, 12], borders: [{ row: 0, col: 0, rows: 12, cols: 2 }],
      charts: [{ kind: 'clusteredColumn', title: 'Biểu đồ', categories: { row: 1, col: 0, rows: 10, cols: 1 }, series: [{ name: 'Số tiền', values: { row: 1, col: 1, rows: 10, cols: 1 } }], anchor: { row: 13, col: 0, rows: 5, cols: 2 } }],
      page: { paper: 'A4', orientation: 'landscape', fitToWidth: 1, margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5 }, centerHorizontally: false, printArea: { row: 0, col: 0, rows: 18, cols: 2 } },
    };
    const paged = withPages(plan, [{ row: 6, repeat: { header: 0, headerRows: 1, last: 11 } }], (c) => `Số liệu của ${c.title}`);
    const at = cellAt(paged);
    expect(paged.page!.rowBreaks).toEqual([6]);
    expect(headerValues(paged, 6).slice(0, 2)).toEqual(['Nhóm', 'Số tiền']);
    expect(at(7, 0)?.value).toBe('N6');
    expect(at(12, 1)).toMatchObject({ formula: 'SUM(B2:B12)', expected: 5500 });
    expect(paged.borders).toEqual([{ row: 0, col: 0, rows: 13, cols: 2 }]);
    const chart = paged.charts![0];
    expect(chart.anchor).toEqual({ row: 14, col: 0, rows: 5, cols: 2 });
    // Column D on (a blank column after the print area A–B): the title, then the rows without the header.
    expect(at(14, 3)?.value).toBe('Số liệu của Biểu đồ');
    expect(chart.categories).toEqual({ row: 15, col: 3, rows: 10, cols: 1 });
    expect(chart.series[0].values).toEqual({ row: 15, col: 4, rows: 10, cols: 1 });
    expect([at(15, 3), at(19, 3), at(20, 3), at(24, 4)].map((c) => [c?.formula, c?.expected])).toEqual([['A2', 'N1'], ['A6', 'N5'], ['A8', 'N6'], ['B12', 1000]]);
  });

  it('Office.js: no page setup and no page breaks where ExcelApi 1.9 is missing', () => {
    const rec = createExcelMock();
    const sheet = rec.context.workbook.worksheets.add('S');
    const page = { paper: 'A4' as const, orientation: 'landscape' as const, fitToWidth: 1, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 }, centerHorizontally: true, rowBreaks: [30, 60] };
    applyPageSetup(sheet, page, () => false);
    expect(rec.calls.filter((c) => c.op === 'horizontalPageBreaks.add')).toEqual([]);
    applyPageSetup(sheet, page, () => true);
    expect(rec.calls.filter((c) => c.op === 'horizontalPageBreaks.add').map((c) => c.address)).toEqual(['A31', 'A61']);
  });
});
