// Two registers side by side on one sheet (a blank column between), one laid out as a provincial report
// (section headings, subtotals, a grand total, a signature block) and the other a plain list whose data
// rows run beside those rows. Each register reads only its own columns: the other's headings, totals and
// signature lines change nothing in how its rows are read. Built with ExcelJS, read by the CLI's reader.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Issue } from '../src/core/model';
import { ymdToDay } from '../src/core/parse/date';
import { summaryOf } from '../src/core/summary/request';
import { readWorkbookFile } from '../src/excel/exceljs/readWorkbook';

const TMP = path.join(__dirname, '.tmp', 'side-by-side');
const TODAY = ymdToDay(2025, 1, 15);
type Cell = string | number | Date | null;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The report: header, two sections each closed by its subtotal ("Cộng II" wrong), the total, a signature block. */
const AID: Cell[][] = [
  ['STT', 'Mã khoản viện trợ', 'Tên dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Giá trị cam kết (USD)'],
  ['I', null, 'Y tế'],
  [1, 'VT-2024-01', 'Nước sạch cho trường học', 'World Vision', 'Y tế', day(2024, 3, 1), 250],
  [2, 'VT-2024-03', 'Trạm y tế xã', 'KOICA', null, day(2024, 8, 20), 1_000],
  [null, null, 'Cộng I', null, null, null, 1_250],
  ['II', null, 'Giáo dục - Đào tạo'],
  [1, 'VT-2024-02', 'Học bổng cho học sinh nghèo', 'ChildFund', 'Giáo dục - Đào tạo', day(2024, 5, 12), 120.5],
  [null, null, 'Cộng II', null, null, null, 130],
  [null, null, 'Tổng cộng', null, null, null, 1_370.5],
  [],
  [null, null, null, null, 'Yên Bái, ngày 10 tháng 01 năm 2025'],
  [null, 'NGƯỜI LẬP BIỂU', null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ'],
  [null, '(Ký, ghi rõ họ tên)', null, null, null, '(Ký tên, đóng dấu)'],
  [],
  [null, 'Nguyễn Văn An', null, null, null, 'Lê Văn Cường'],
];

/** The list: 16 disbursements (200 USD), every one after its project's approval, then a wrong total and a signature. */
function disbursements(): Cell[][] {
  const rows: Cell[][] = [['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền (USD)', 'Ghi chú']];
  for (let k = 0; k < 8; k++) rows.push(['VT-2024-01', day(2024, 4 + k, 1), 10, `Đợt ${k + 1}`]);
  for (let k = 0; k < 4; k++) rows.push(['VT-2024-02', day(2024, 6 + k, 1), 5, `Đợt ${k + 1}`]);
  for (let k = 0; k < 4; k++) rows.push(['VT-2024-03', day(2024, 9 + k, 1), 25, `Đợt ${k + 1}`]);
  rows.push(['Tổng cộng', null, 210], [], ['NGƯỜI LẬP BIỂU'], ['(Ký, ghi rõ họ tên)']);
  return rows;
}

const letter = (c: number) => String.fromCharCode(65 + c);

async function sideBySide(name: string, left: Cell[][], right: Cell[][], rightAt: number) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Viện trợ');
  const put = (rows: Cell[][], at: number) => rows.forEach((row, r) => row.forEach((v, c) => { if (v !== null) ws.getCell(r + 1, at + c + 1).value = v; }));
  put(left, 0);
  put(right, rightAt);
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  const { input } = await readWorkbookFile(file);
  return summaryOf(input, { year: 2024, currency: 'USD', lang: 'en', today: TODAY });
}

const brief = (issues: Issue[]) => issues.map((i) => `${i.rule} ${i.cell}`);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('side by side: each register reads only its own columns', () => {
  it.each([
    ['the report left, the list right', 'left'],
    ['the list left, the report right', 'right'],
  ] as const)('%s: headings, subtotals, totals and signature lines beside data rows change nothing', async (_name, reportAt) => {
    const disb = disbursements();
    // One blank column between the two.
    const { result, summary } = reportAt === 'left'
      ? await sideBySide('report-left', AID, disb, AID[0].length + 1)
      : await sideBySide('report-right', disb, AID, disb[0].length + 1);
    const aidCol = reportAt === 'left' ? 0 : disb[0].length + 1;
    const disbCol = reportAt === 'left' ? AID[0].length + 1 : 0;
    const [aid, list] = ['aid-projects', 'aid-disbursements'].map((k) => result.tables.find((t) => t.info.kind === k)!);
    expect(result.tables).toHaveLength(2);

    // The report: its three projects, its sections, subtotals and total; its signature block read as nothing.
    expect(aid.rows.map((r) => r.r + 1)).toEqual([3, 4, 7]);
    expect(aid.info.sections!.map((s) => [s.row, s.marker, s.label])).toEqual([[2, 'I', 'Y tế'], [6, 'II', 'Giáo dục - Đào tạo']]);
    expect([aid.info.subtotalRows, aid.info.totalRows]).toEqual([[5, 8], [9]]);
    // The list: its sixteen rows, beside every kind of row of the report, and its own total only.
    expect(list.rows.map((r) => r.r + 1)).toEqual(range(2, 17));
    expect([list.info.subtotalRows, list.info.totalRows]).toEqual([[], [18]]);

    // No false error; the real problems at their cells: the wrong subtotal, the wrong total (both
    // figures), and the blank sector its heading names.
    expect(brief(result.issues)).toEqual([
      `AID-R208 ${letter(aidCol + 4)}4`,
      `AID-T006 ${letter(aidCol + 6)}8`,
      `AID-T006 ${letter(disbCol + 2)}18`,
    ]);
    const t006 = result.issues.filter((i) => i.rule === 'AID-T006');
    expect(t006.map((i) => [i.params.stated, i.params.computed])).toEqual([[130, 120.5], [210, 200]]);
    expect(result.issues[0].fix).toEqual({ value: 'Y tế' });

    // Both registers' figures reach the summary.
    expect([summary.exact.aid.projects, summary.exact.aid.committed, summary.exact.aid.disbursed]).toEqual([3, 1_370.5, 200]);
    expect(Object.fromEntries(summary.aid.bySector.map((g) => [g.key, g.committed]))).toEqual({ YT: 1_250, GDDT: 120.5 });
  });
});

describe('side by side, the right register started lower down, beside the left one\'s rows', () => {
  it('the left register\'s rows go on past the right one\'s header; each reads its own columns', async () => {
    const left: Cell[][] = [AID[0].slice(1)];
    for (let k = 1; k <= 8; k++) left.push([`VT-2024-${String(k).padStart(2, '0')}`, `Dự án ${k}`, 'KOICA', 'Y tế', day(2024, 2, k), 100]);
    // The disbursements' header on row 6, beside the left register's fifth project.
    const right: Cell[][] = [[], [], [], [], [], ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền (USD)', 'Ghi chú'],
      ['VT-2024-01', day(2024, 4, 1), 30, 'Đợt 1'], ['VT-2024-07', day(2024, 5, 1), 20, 'Đợt 1'], ['VT-2024-08', day(2024, 6, 1), 10, 'Đợt 1']];
    const { result, summary } = await sideBySide('right-lower', left, right, 7);
    expect(result.issues).toEqual([]);
    expect(result.tables.map((t) => [t.info.kind, t.info.range, t.rows.map((r) => r.r + 1)])).toEqual([
      ['aid-projects', 'A1:F9', range(2, 9)],
      ['aid-disbursements', 'H6:K9', [7, 8, 9]],
    ]);
    expect([summary.exact.aid.projects, summary.exact.aid.committed, summary.exact.aid.disbursed]).toEqual([8, 800, 60]);
  });
});
