// Registers as provincial staff keep them (DOMAIN.md "How real registers look"), one end-to-end test per
// layout: each workbook is built here with ExcelJS as an office would type it, written to test/.tmp/,
// read with the CLI's reader (which supplies merges), validated, and its registers, header rows, units,
// data rows and summary figures checked. Each layout is built in several variants (words, units, tone
// marks, with and without merges), so that the family is tested, not one example.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { readWorkbookFile } from '../src/excel/exceljs/readWorkbook';
import type { ParsedTable, ValidationResult, WorkbookInput } from '../src/core/model';
import { ymdToDay } from '../src/core/parse/date';
import { summaryOf } from '../src/core/summary/request';
import { validateWorkbook } from '../src/core/validate';
import { noRateToReport } from '../src/core/rules/cross/noRateToReport';

const TMP = path.join(__dirname, '.tmp', 'layouts');
const TODAY = ymdToDay(2025, 1, 15);
type Cell = string | number | Date | null;

beforeAll(() => fs.mkdirSync(TMP, { recursive: true }));

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A sheet as typed: rows of cells from A1, and merged areas in A1 ("E1:H1"). */
interface SheetSpec { name: string; rows: Cell[][]; merges?: string[] }

async function book(file: string, sheets: SheetSpec[]): Promise<{ file: string; input: WorkbookInput }> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => { if (v !== null) ws.getCell(r + 1, c + 1).value = v; }));
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const out = path.join(TMP, file);
  await wb.xlsx.writeFile(out);
  const { input } = await readWorkbookFile(out);
  return { file: out, input };
}

const check = (input: WorkbookInput): ValidationResult => validateWorkbook(input, { today: TODAY, lang: 'en' });
/**
 * Issues other than no-rate-to-report: a register kept in VND alone is fine, only a summary in USD
 * would miss it, which validate says once (its own test file checks it).
 */
const otherThanRate = (r: ValidationResult) => r.issues.filter((i) => i.rule !== noRateToReport.id);
const errors = (r: ValidationResult) => r.issues.filter((i) => i.severity === 'error').map((i) => `${i.rule} ${i.sheet}!${i.cell}: ${i.message}`);
const unitOf = (t: ParsedTable, key: string) => {
  const c = t.info.columns.find((x) => x.key === key);
  return c && { col: c.col, currency: c.headerCurrency, multiplier: c.multiplier, from: c.unitFrom };
};
const sheetRows = (t: ParsedTable) => t.rows.map((r) => r.r + 1);

/** The title block of an official table: body and motto, title, "(Kèm theo …)", then the unit line. */
function titleBlock(width: number, unitLine: string | null): { rows: Cell[][]; merges: string[] } {
  const last = String.fromCharCode(64 + width);
  const mid = String.fromCharCode(64 + Math.ceil(width / 2) + 1);
  const row = (cells: Record<number, string>): Cell[] => Array.from({ length: width }, (_, c) => cells[c] ?? null);
  return {
    rows: [
      row({ 0: 'UBND TỈNH YÊN BÁI', [Math.ceil(width / 2)]: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }),
      row({ 0: 'SỞ NGOẠI VỤ', [Math.ceil(width / 2)]: 'Độc lập - Tự do - Hạnh phúc' }),
      row({}),
      row({ 0: 'BIỂU TỔNG HỢP CÁC KHOẢN VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI NĂM 2024' }),
      row({ 0: '(Kèm theo Báo cáo số 12/BC-SNV ngày 10/01/2025 của Sở Ngoại vụ)' }),
      row(unitLine ? { [width - 2]: unitLine } : {}),
    ],
    merges: [`A1:${String.fromCharCode(64 + Math.ceil(width / 2))}1`, `${mid}1:${last}1`, `${mid}2:${last}2`, `A4:${last}4`, `A5:${last}5`],
  };
}

const PROJECTS = [
  { id: 'VT-2024-01', title: 'Nước sạch cho trường học', donor: 'World Vision', sector: 'Y tế', approval: day(2024, 3, 1), committed: 250, disbursed: 100 },
  { id: 'VT-2024-02', title: 'Học bổng cho học sinh nghèo', donor: 'ChildFund', sector: 'Giáo dục - Đào tạo', approval: day(2024, 5, 12), committed: 120.5, disbursed: 60 },
  { id: 'VT-2024-03', title: 'Trạm y tế xã', donor: 'KOICA', sector: 'Y tế', approval: day(2024, 8, 20), committed: 1_000, disbursed: 0 },
];
const TOTAL = 1_370.5;

describe('a title block, the motto and a unit line above a one-row header', () => {
  const variants: { unit: string; header: string[]; currency: string; multiplier?: number }[] = [
    { unit: 'Đơn vị tính: triệu đồng', header: ['STT', 'Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Kinh phí', 'Đã giải ngân'], currency: 'VND', multiplier: 1e6 },
    { unit: 'ĐVT: USD', header: ['STT', 'Mã dự án', 'Tên dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Tổng vốn', 'Giải ngân'], currency: 'USD' },
    { unit: 'Don vi: nghin USD', header: ['STT', 'Ma du an', 'Ten du an', 'Nha tai tro', 'Linh vuc', 'Ngay phe duyet', 'Gia tri', 'Luy ke giai ngan'], currency: 'USD', multiplier: 1e3 },
    { unit: '(Đơn vị: tỷ đồng)', header: ['STT', 'Mã viện trợ', 'Tên khoản viện trợ', 'Tổ chức tài trợ', 'Lĩnh vực', 'Ngày quyết định', 'Vốn viện trợ', 'Giá trị giải ngân'], currency: 'VND', multiplier: 1e9 },
    { unit: 'Unit: USD thousand', header: ['No.', 'Project ID', 'Project title', 'Donor', 'Sector', 'Approval date', 'Amount', 'Disbursed'], currency: 'USD', multiplier: 1e3 },
  ];

  it.each(variants.map((v, i) => [i, v.unit, v] as const))('variant %i, "%s": the unit line sets the amounts\' unit, the rows are the data', async (i, _u, v) => {
    const t = titleBlock(8, v.unit);
    const data = PROJECTS.map((p, k) => [k + 1, p.id, p.title, p.donor, p.sector, p.approval, p.committed, p.disbursed]);
    const { input } = await book(`title-${i}.xlsx`, [{ name: 'Biểu 01', rows: [...t.rows, v.header, ...data], merges: t.merges }]);
    const r = check(input);
    expect(errors(r)).toEqual([]);
    expect(r.tables).toHaveLength(1);
    const tb = r.tables[0];
    expect([tb.info.kind, tb.info.headerRows, tb.info.unitLine, tb.info.range]).toEqual(['aid-projects', { first: 7, last: 7 }, 6, 'A7:H10']);
    expect(unitOf(tb, 'committed')).toEqual({ col: 6, currency: v.currency, multiplier: v.multiplier, from: 'unit-line' });
    expect(unitOf(tb, 'disbursedToDate')).toEqual({ col: 7, currency: v.currency, multiplier: v.multiplier, from: 'unit-line' });
    expect(sheetRows(tb)).toEqual([8, 9, 10]);
    expect(tb.rows.map((row) => row.v.currency)).toEqual([v.currency, v.currency, v.currency]);
    const { summary } = summaryOf(input, { year: 2024, currency: v.currency as 'USD' | 'VND', lang: 'en', today: TODAY });
    expect(summary.exact.aid.projects).toBe(3);
    expect(summary.exact.aid.committed).toBeCloseTo(TOTAL * (v.multiplier ?? 1), 3);
  });

  it('a column that names its own unit keeps it; the unit line sets the others', async () => {
    const t = titleBlock(7, 'Đơn vị tính: triệu đồng');
    const header = ['Mã dự án', 'Tên dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Kinh phí', 'Đã giải ngân (USD)'];
    const { input } = await book('own-unit.xlsx', [{ name: 'DA', rows: [...t.rows, header, ...PROJECTS.map((p) => [p.id, p.title, p.donor, p.sector, p.approval, p.committed, p.disbursed])], merges: t.merges }]);
    const tb = check(input).tables[0];
    expect(unitOf(tb, 'committed')).toEqual({ col: 5, currency: 'VND', multiplier: 1e6, from: 'unit-line' });
    expect(unitOf(tb, 'disbursedToDate')).toEqual({ col: 6, currency: 'USD', multiplier: undefined, from: 'header' });
  });

  it('a one-row "Cam kết (USD)" and an English "Amount (USD)" name the committed column (issue 16)', async () => {
    for (const [i, word] of ['Cam kết (USD)', 'Amount (USD)', 'Giá trị (USD)', 'Số tiền (USD)'].entries()) {
      const header = ['Mã dự án', 'Tên dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', word];
      const { input } = await book(`one-row-${i}.xlsx`, [{ name: 'DA', rows: [header, ...PROJECTS.map((p) => [p.id, p.title, p.donor, p.sector, p.approval, p.committed])] }]);
      const r = check(input);
      expect(errors(r)).toEqual([]);
      expect(unitOf(r.tables[0], 'committed')).toEqual({ col: 5, currency: 'USD', multiplier: undefined, from: 'header' });
      const { summary } = summaryOf(input, { year: 2024, currency: 'USD', lang: 'en', today: TODAY });
      expect([summary.exact.aid.projects, summary.exact.aid.committed]).toEqual([3, TOTAL]);
    }
  });

  it('brackets that are no unit phrase set no unit: "(ngân hàng)", "(tỷ giá …)", "(Yên Bái)"', async () => {
    const header = ['Mã dự án', 'Tên dự án', 'Nhà tài trợ (ngân hàng)', 'Lĩnh vực', 'Ngày phê duyệt', 'Giá trị cam kết (tỷ giá ngày phê duyệt)', 'Địa bàn (Yên Bái)', 'Loại tiền'];
    const { input } = await book('traps.xlsx', [{ name: 'DA', rows: [header, ...PROJECTS.map((p) => [p.id, p.title, p.donor, p.sector, p.approval, p.committed, 'Xã Tân Thịnh', 'USD'])] }]);
    const r = check(input);
    expect(errors(r)).toEqual([]);
    expect(r.tables[0].info.columns.filter((c) => c.headerCurrency || c.multiplier)).toEqual([]);
    const { summary } = summaryOf(input, { year: 2024, currency: 'USD', lang: 'en', today: TODAY });
    expect(summary.exact.aid.committed).toBe(TOTAL);
  });
});

describe('a two-row header with a group cell over "Cam kết | Giải ngân", and a row of column numbers', () => {
  const variants: { name: string; group: string; sub: [string, string]; numbers: Cell[]; merged: boolean; currency: string; multiplier?: number }[] = [
    { name: 'merged', group: 'Giá trị (USD)', sub: ['Cam kết', 'Giải ngân'], numbers: ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'], merged: true, currency: 'USD' },
    { name: 'unmerged, no tone marks', group: 'Gia tri (nghin USD)', sub: ['Cam ket', 'Da giai ngan'], numbers: [1, 2, 3, 4, 5, 6, 7, 8], merged: false, currency: 'USD', multiplier: 1e3 },
    { name: 'merged, letters and numbers', group: 'Số tiền (triệu đồng)', sub: ['Cam kết', 'Lũy kế giải ngân'], numbers: ['A', 'B', '1', '2', '3', '4', '5', '6'], merged: true, currency: 'VND', multiplier: 1e6 },
    { name: 'English', group: 'Value (USD)', sub: ['Commitment', 'Disbursed'], numbers: ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'], merged: true, currency: 'USD' },
  ];

  it.each(variants.map((v) => [v.name, v] as const))('%s: the group\'s words and unit apply to the columns beneath', async (name, v) => {
    const lead = ['STT', 'Mã dự án', 'Tên dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt'];
    const top: Cell[] = [...lead, v.group, v.merged ? v.group : null];
    const bottom: Cell[] = [...lead.map((h) => (v.merged ? h : null)), ...v.sub];
    const merges = v.merged ? ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:H1'] : [];
    const data = PROJECTS.map((p, k) => [k + 1, p.id, p.title, p.donor, p.sector, p.approval, p.committed, p.disbursed]);
    const { input } = await book(`two-row-${name.replace(/\W+/g, '-')}.xlsx`, [{ name: 'Dự án', rows: [top, bottom, v.numbers, ...data], merges }]);
    if (v.merged) expect(input.sheets[0].merges?.length).toBe(7);
    const r = check(input);
    expect(errors(r)).toEqual([]);
    expect(otherThanRate(r)).toEqual([]);
    const tb = r.tables[0];
    expect([tb.info.kind, tb.info.headerRows, tb.info.range]).toEqual(['aid-projects', { first: 1, last: 2 }, 'A1:H6']);
    expect(unitOf(tb, 'committed')).toEqual({ col: 6, currency: v.currency, multiplier: v.multiplier, from: 'group' });
    expect(unitOf(tb, 'disbursedToDate')).toEqual({ col: 7, currency: v.currency, multiplier: v.multiplier, from: 'group' });
    expect(sheetRows(tb)).toEqual([4, 5, 6]);
    const { summary } = summaryOf(input, { year: 2024, currency: v.currency as 'USD' | 'VND', lang: 'en', today: TODAY });
    expect(summary.exact.aid.projects).toBe(3);
    expect(summary.exact.aid.committed).toBeCloseTo(TOTAL * (v.multiplier ?? 1), 3);
  });
});

describe('a three-row header: "Kinh phí" over "Tổng số" and "Trong đó: Viện trợ | Vốn đối ứng"', () => {
  it.each([
    ['merged', 'Kinh phí (triệu đồng)', 'Tổng số', 'Trong đó', ['Viện trợ', 'Vốn đối ứng'], true],
    ['unmerged, no tone marks', 'Tong kinh phi (trieu dong)', 'Tong so', 'Trong do', ['Vien tro', 'Doi ung'], false],
  ] as const)('%s: the aid part is the commitment, counterpart funds a column of their own, the total is not read', async (name, group, total, inWhich, parts, merged) => {
    const lead = ['STT', 'Mã dự án', 'Tên dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt'];
    const r1: Cell[] = [...lead, group, merged ? group : null, merged ? group : null];
    const r2: Cell[] = [...lead.map((h) => (merged ? h : null)), total, inWhich, merged ? inWhich : null];
    const r3: Cell[] = [...lead.map((h) => (merged ? h : null)), merged ? total : null, ...parts];
    const merges = merged ? ['A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:E3', 'F1:F3', 'G1:I1', 'G2:G3', 'H2:I2'] : [];
    const data = PROJECTS.map((p, k) => [k + 1, p.id, p.title, p.donor, p.sector, p.approval, p.committed + 50, p.committed, 50]);
    const { input } = await book(`three-row-${name.replace(/\W+/g, '-')}.xlsx`, [{ name: 'Dự án', rows: [r1, r2, r3, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'], ...data], merges }]);
    const r = check(input);
    expect(otherThanRate(r)).toEqual([]);
    const tb = r.tables[0];
    expect(tb.info.headerRows).toEqual({ first: 1, last: 3 });
    expect(unitOf(tb, 'committed')).toEqual({ col: 7, currency: 'VND', multiplier: 1e6, from: 'group' });
    expect(unitOf(tb, 'counterpart')).toEqual({ col: 8, currency: 'VND', multiplier: 1e6, from: 'group' });
    expect(tb.info.ignored.map((i) => i.col)).toEqual([0, 6]);
    expect(sheetRows(tb)).toEqual([5, 6, 7]);
    expect(tb.rows.map((row) => row.v.counterpart)).toEqual([50e6, 50e6, 50e6]);
    const { summary } = summaryOf(input, { year: 2024, currency: 'VND', lang: 'en', today: TODAY });
    expect(summary.exact.aid.committed).toBeCloseTo(TOTAL * 1e6, 3);
  });
});

const AID_HEAD = ['Mã khoản viện trợ', 'Tên dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Giá trị cam kết (USD)'];
const aidData = () => PROJECTS.map((p) => [p.id, p.title, p.donor, p.sector, p.approval, p.committed]);
const DISB_HEAD = ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền (USD)', 'Ghi chú'];
const DISB = [['VT-2024-01', day(2024, 4, 1), 100, 'Đợt 1'], ['VT-2024-02', day(2024, 6, 1), 60, 'Đợt 1'], ['VT-2024-01', day(2024, 9, 1), 40, 'Đợt 2']];

describe('two registers stacked on one sheet', () => {
  it.each([
    ['a blank row and a title between', [[], ['II. GIẢI NGÂN NĂM 2024']]],
    ['directly below', []],
    ['a unit line between', [[], [null, null, 'ĐVT: USD']]],
  ] as const)('%s: each is found with its own rows; the second header is not read as data', async (name, between) => {
    const rows = [['I. DANH MỤC DỰ ÁN'], AID_HEAD, ...aidData(), ...between.map((r) => [...r]), DISB_HEAD, ...DISB] as Cell[][];
    const { input } = await book(`stacked-${name.replace(/\W+/g, '-')}.xlsx`, [{ name: 'Viện trợ', rows }]);
    const r = check(input);
    expect(r.issues).toEqual([]);
    expect(r.tables.map((t) => [t.info.kind, t.info.headerRows?.first, t.info.rows])).toEqual([
      ['aid-projects', 2, 3],
      ['aid-disbursements', 6 + between.length, 3],
    ]);
    expect(sheetRows(r.tables[0])).toEqual([3, 4, 5]);
    const { summary } = summaryOf(input, { year: 2024, currency: 'USD', lang: 'en', today: TODAY });
    expect([summary.exact.aid.committed, summary.exact.aid.disbursed]).toEqual([TOTAL, 200]);
  });

  it('past the first 30 rows too, without reading every data row as a possible header', async () => {
    const many = Array.from({ length: 60 }, (_, k) => [`VT-2023-${k}`, `Dự án ${k}`, 'JICA', 'Y tế', day(2023, 1, 1 + k % 28), 10]);
    const rows = [AID_HEAD, ...aidData(), ...many, [], DISB_HEAD, ...DISB] as Cell[][];
    const { input } = await book('stacked-far.xlsx', [{ name: 'Viện trợ', rows }]);
    const r = check(input);
    expect(r.issues).toEqual([]);
    expect(r.tables.map((t) => [t.info.kind, t.info.headerRow, t.info.rows])).toEqual([['aid-projects', 1, 63], ['aid-disbursements', 66, 3]]);
  });
});

describe('saved column mappings (the task pane) on a sheet of stacked registers', () => {
  it('keep naming the first register; the one below is still found', async () => {
    const head = ['Số hiệu', 'Tên dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Giá trị cam kết (USD)'];
    const { input } = await book('saved.xlsx', [{ name: 'Viện trợ', rows: [head, ...aidData(), [], DISB_HEAD, ...DISB] as Cell[][] }]);
    const mappings = { 'Viện trợ': { kind: 'aid-projects' as const, headerRow: 1, columns: { aidId: 0, title: 1, donor: 2, sector: 3, approvalDate: 4, committed: 5 } } };
    const r = validateWorkbook(input, { today: TODAY, lang: 'en', mappings });
    expect(r.issues).toEqual([]);
    expect(r.tables.map((t) => [t.info.kind, t.info.headerRow, t.info.rows])).toEqual([['aid-projects', 1, 3], ['aid-disbursements', 6, 3]]);
  });
});

describe('two registers side by side, a blank column between', () => {
  it.each([['same header row', 0], ['the right one a row lower', 1]] as const)('%s: each is found on its columns, none is a duplicate column', async (_name, shift) => {
    const height = Math.max(1 + PROJECTS.length, 1 + DISB.length + shift);
    const rows: Cell[][] = Array.from({ length: height }, () => []);
    [AID_HEAD, ...aidData()].forEach((row, r) => row.forEach((v, c) => { rows[r][c] = v; }));
    [DISB_HEAD, ...DISB].forEach((row, r) => row.forEach((v, c) => { rows[r + shift][AID_HEAD.length + 1 + c] = v; }));
    const { input } = await book(`side-${shift}.xlsx`, [{ name: 'Viện trợ', rows }]);
    const r = check(input);
    expect(r.issues).toEqual([]);
    expect(r.tables.map((t) => [t.info.kind, t.info.range, t.info.rows])).toEqual([
      ['aid-projects', 'A1:F4', 3],
      ['aid-disbursements', `H${1 + shift}:K${4 + shift}`, 3],
    ]);
    const { summary } = summaryOf(input, { year: 2024, currency: 'USD', lang: 'en', today: TODAY });
    expect([summary.exact.aid.committed, summary.exact.aid.disbursed]).toEqual([TOTAL, 200]);
  });
});

describe('the FDI change kind under the words real registers use', () => {
  it.each(['Nội dung', 'Hình thức', 'Loai dieu chinh'])('"%s" names the change kind, so adjustments are counted', async (word) => {
    const fdi = [['Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia', 'Ngày cấp', 'Ngành', 'Vốn đăng ký (USD)'], ['1234567890', 'Nhà máy may', 'ABC Co.', 'Hàn Quốc', day(2020, 1, 1), 'C', 1_000_000]];
    const chg = [['Mã số dự án', 'Ngày', word, 'Số vốn (USD)'], ['1234567890', day(2024, 5, 1), 'Tăng vốn', 200_000], ['1234567890', day(2024, 7, 1), 'Góp vốn, mua cổ phần', 50_000]];
    const { input } = await book(`fdi-${word.replace(/\W+/g, '-')}.xlsx`, [{ name: 'FDI', rows: fdi }, { name: 'Điều chỉnh', rows: chg }]);
    const r = check(input);
    expect(r.issues).toEqual([]);
    expect(r.tables[1].colOf.kind).toBe(2);
    const { summary } = summaryOf(input, { year: 2024, currency: 'USD', lang: 'en', today: TODAY });
    expect([summary.exact.fdi.adjustments, summary.exact.fdi.contributions]).toEqual([{ count: 1, capital: 200_000 }, { count: 1, capital: 50_000 }]);
  });
});

describe('nothing found is said', () => {
  const figures: SheetSpec = { name: 'Thống kê', rows: [['Năm', 'Số dự án', 'Giá trị'], [2022, 10, 1_500], [2023, 12, 1_800], [2024, 15, 2_100]] };
  const codes: SheetSpec = { name: 'Danh mục', rows: [['Lĩnh vực', 'Quốc gia', 'Tình trạng'], ['Y tế', 'Hoa Kỳ', 'Đang thực hiện']] };

  it('a sheet of figures beside a register is named as not a register, with the reason; no error', async () => {
    const { file, input } = await book('figures.xlsx', [{ name: 'Dự án', rows: [AID_HEAD, ...aidData()] }, figures, codes]);
    const r = check(input);
    expect(r.issues).toEqual([]);
    expect(r.notRegisters).toEqual([{ sheet: 'Thống kê', figures: 9, reason: 'no-header' }]);
    const out = await cli(['validate', file, '--json', '--today', '2025-01-15']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.out).notRegisters).toEqual([{ sheet: 'Thống kê', figures: 9, reason: 'no-header' }]);
    const text = await cli(['validate', file, '--lang', 'en', '--today', '2025-01-15']);
    expect(text.out).toContain('Not a register: Thống kê (9 figures): no row names a register\'s columns');
  });

  it('a header without an id, amount or date column is said so', async () => {
    const { input } = await book('no-anchor.xlsx', [{ name: 'Dự án', rows: [['Tên dự án', 'Nhà tài trợ', 'Lĩnh vực'], ['A', 'JICA', 'Y tế'], ['B', 'KOICA', 'Y tế'], [1, 2, 3]] }]);
    const r = check(input);
    expect(r.notRegisters).toEqual([{ sheet: 'Dự án', figures: 3, reason: 'no-anchor', kind: 'aid-projects', headerRow: 1 }]);
  });

  it('a workbook with no register at all is an error (exit 1); a file that is no spreadsheet stays exit 2', async () => {
    const { file, input } = await book('none.xlsx', [figures, codes]);
    const r = check(input);
    expect(errors(r)).toEqual([expect.stringMatching(/^AID-T008 Thống kê!null: Sheet "Thống kê" and the whole workbook \(2 sheets\): no register found/)]);
    const out = await cli(['validate', file, '--json', '--today', '2025-01-15']);
    expect(out.code).toBe(1);
    expect(JSON.parse(out.out).issues.map((i: { rule: string }) => i.rule)).toEqual(['AID-T008']);
    const junk = path.join(TMP, 'junk.xlsx');
    fs.writeFileSync(junk, 'not a workbook');
    expect((await cli(['validate', junk])).code).toBe(2);
  });
});

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { out: (s) => { out += s; }, err: () => undefined });
  return { code, out };
}
