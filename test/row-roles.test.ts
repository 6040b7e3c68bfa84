// Row roles end to end: registers laid out as provincial reports are (sections, subtotals, grand totals
// at the bottom or under the header, notes, a signature block, merged cells), each built here with
// ExcelJS, written to a file, read back by the CLI's reader and validated. Only data rows are data;
// every subtotal and total is checked against the rows it covers.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Issue, RawValue, ValidationResult } from '../src/core/model';
import { summaryOf } from '../src/core/summary/request';
import { ymdToDay } from '../src/core/parse/date';
import { readWorkbookFile } from '../src/excel/exceljs/readWorkbook';

const TODAY = ymdToDay(2025, 6, 1);
const TMP = path.join(__dirname, '.tmp');

const HEADER = ['STT', 'Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Quốc gia tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Ngày bắt đầu', 'Ngày kết thúc', 'Loại tiền', 'Giá trị cam kết', 'Tình trạng'];
/** Column K of HEADER holds the committed value. */
const K = 10;
const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

type Cell = RawValue | { formula: string; result: number };
/** A project row: STT, id, title, donor, country, sector, three dates, currency, committed, status. */
function project(stt: number, i: number, committed: number, sector: string | null = 'Y tế', donor: string | null = 'World Vision'): Cell[] {
  return [stt, `VT-2024-${String(i).padStart(3, '0')}`, `Dự án số ${i}`, donor, 'Hoa Kỳ', sector, date(2024, 3, i), date(2024, 4, 1), date(2026, 4, 1), 'USD', committed, 'Đang thực hiện'];
}
/** A row with `label` in column `col` and figures in the committed column. */
function labelled(col: number, label: string, committed?: Cell): Cell[] {
  const row: Cell[] = [];
  row[col] = label;
  if (committed !== undefined) row[K] = committed;
  return row;
}
/** A heading "I" in the STT column with its name beside it, and its group's subtotal. */
const heading = (marker: string, name: string, subtotal?: number): Cell[] => {
  const row: Cell[] = [marker, null, name];
  if (subtotal !== undefined) row[K] = subtotal;
  return row;
};

/** Notes and a signature block, as they stand under a report's table. */
function footer(): Cell[][] {
  const at = (pairs: [number, string][]): Cell[] => { const r: Cell[] = []; for (const [c, v] of pairs) r[c] = v; return r; };
  return [
    [],
    ['Ghi chú: số liệu tính đến ngày 31/12/2024'],
    ['Nguồn: Sở Ngoại vụ tổng hợp'],
    ['(*) Dự án chuyển tiếp từ năm trước'],
    [],
    at([[8, 'Yên Bái, ngày 10 tháng 01 năm 2025']]),
    at([[1, 'NGƯỜI LẬP BIỂU'], [4, 'KẾ TOÁN TRƯỞNG'], [8, 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC']]),
    at([[1, '(Ký, ghi rõ họ tên)'], [4, '(Ký, ghi rõ họ tên)'], [8, '(Ký tên, đóng dấu)']]),
    [],
    [],
    at([[1, 'Nguyễn Văn An'], [4, 'Trần Thị Bình'], [8, 'Lê Văn Cường']]),
  ];
}

interface Checked { result: ValidationResult; committed: number; projects: number; bySector: Record<string, number> }

/** Writes the rows (header first) to an .xlsx with the given merges, reads it back as the CLI does, checks it. */
async function check(name: string, body: Cell[][], merges: string[] = [], title = true): Promise<Checked> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  const rows: Cell[][] = title ? [['UBND TỈNH YÊN BÁI'], ['BIỂU TỔNG HỢP CÁC KHOẢN VIỆN TRỢ NĂM 2024'], [], HEADER, ...body] : [HEADER, ...body];
  rows.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue; }));
  for (const m of merges) ws.mergeCells(m);
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `row-roles-${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  const { input } = await readWorkbookFile(file);
  const { result, summary } = summaryOf(input, { year: 2024, currency: 'USD', lang: 'en', today: TODAY });
  return {
    result,
    committed: summary.aid.committed,
    projects: summary.aid.projects,
    bySector: Object.fromEntries(summary.aid.bySector.map((g) => [g.key, g.committed])),
  };
}

const brief = (issues: Issue[]) => issues.map((i) => `${i.rule} ${i.cell}`);
/** The 1-based sheet row of body row k (title block of three rows, then the header). */
const rowOf = (k: number, title = true) => k + (title ? 5 : 2);

describe('row roles: only data rows are data', () => {
  it('sections with a Roman STT and the name beside it, carrying their subtotals; grand total; notes and signature', async () => {
    const body = [
      heading('I', 'Y tế', 300),
      project(1, 1, 100), project(2, 2, 200),
      heading('II', 'Lĩnh vực giáo dục', 50),
      project(1, 3, 50, 'Giáo dục - Đào tạo'),
      labelled(2, 'Tổng cộng', 350),
      ...footer(),
    ];
    const c = await check('roman', body, [`I${rowOf(11)}:L${rowOf(11)}`, `A${rowOf(7)}:L${rowOf(7)}`]);
    expect(brief(c.result.issues)).toEqual([]);
    const info = c.result.tables[0].info;
    expect(info.rows).toBe(3);
    expect(info.sections).toEqual([
      { row: rowOf(0), marker: 'I', label: 'Y tế', subtotal: true },
      { row: rowOf(3), marker: 'II', label: 'Lĩnh vực giáo dục', subtotal: true },
    ]);
    expect(info.totalRows).toEqual([rowOf(5)]);
    expect(info.totalsRow).toBe(rowOf(5));
    expect([c.projects, c.committed]).toEqual([3, 350]);
  });

  it('letter sections with the grand total directly under the header, in capitals and without tone marks', async () => {
    const body = [
      labelled(2, 'TỔNG SỐ', 600),
      heading('A', 'Y tế'),
      project(1, 1, 100), project(2, 2, 200),
      heading('B', 'Nong nghiep - Phat trien nong thon'),
      project(1, 3, 300, 'Nông nghiệp - Phát triển nông thôn'),
    ];
    const c = await check('letters-top-total', body, [], false);
    expect(brief(c.result.issues)).toEqual([]);
    const info = c.result.tables[0].info;
    expect([info.rows, info.totalRows, info.sections!.map((s) => s.marker)]).toEqual([3, [rowOf(0, false)], ['A', 'B']]);
    expect(c.committed).toBe(600);
  });

  it('reports a wrong grand total under the header with both figures', async () => {
    const body = [labelled(0, 'Tong so', 700), project(1, 1, 100), project(2, 2, 200)];
    const c = await check('top-total-wrong', body, [], false);
    const t = c.result.issues.filter((i) => i.rule === 'AID-T006');
    expect(brief(t)).toEqual([`AID-T006 K${rowOf(0, false)}`]);
    expect(t[0].params).toMatchObject({ stated: 700, computed: 300 });
    expect(t[0].fix).toEqual({ value: 300 });
  });

  it('"I. Y tế" merged across the row, and "II. Giáo dục" alone in the STT column: one heading each, naming the rows\' sector', async () => {
    const body = [
      ['I. Y tế'], project(1, 1, 100, null), project(2, 2, 200, null),
      ['II. Giáo dục và đào tạo'], project(1, 3, 50, null),
      labelled(1, 'Tổng cộng', 350),
    ];
    // The first heading is merged over A:L (its value copied into every cell), the second is not.
    const c = await check('marked-name', body, ['A5:L5']);
    const info = c.result.tables[0].info;
    expect(info.sections!.map((s) => [s.row, s.label])).toEqual([[rowOf(0), 'Y tế'], [rowOf(3), 'Giáo dục và đào tạo']]);
    expect(info.rows).toBe(3);
    // The blank sectors are read from their headings, with a warning and the fix at each cell.
    const r208 = c.result.issues.filter((i) => i.rule === 'AID-R208');
    expect(brief(c.result.issues)).toEqual([1, 2, 4].map((k) => `AID-R208 F${rowOf(k)}`));
    expect(r208.map((i) => i.fix?.value)).toEqual(['Y tế', 'Y tế', 'Giáo dục - Đào tạo']);
    expect(r208[0].severity).toBe('warning');
    expect(c.bySector).toEqual({ YT: 300, GDDT: 50 });
  });

  it('"Cộng I" subtotal rows: each checked against its section, a wrong one reported at its cell', async () => {
    const body = [
      heading('I', 'Y tế'), project(1, 1, 100), project(2, 2, 200), labelled(2, 'Cộng I', 300),
      heading('II', 'Giáo dục'), project(1, 3, 50, 'Giáo dục - Đào tạo'), project(2, 4, 25, 'Giáo dục - Đào tạo'), labelled(2, 'Cong II', 70),
      heading('III', 'Môi trường'), project(1, 5, 10, 'Tài nguyên - Môi trường'), labelled(2, 'Tổng III', 10),
      labelled(2, 'Tổng cộng', 385),
      ...footer(),
    ];
    const c = await check('subtotals', body);
    const info = c.result.tables[0].info;
    expect(info.rows).toBe(5);
    expect(info.subtotalRows).toEqual([rowOf(3), rowOf(7), rowOf(10)]);
    expect(info.totalRows).toEqual([rowOf(11)]);
    const t = c.result.issues.filter((i) => i.rule === 'AID-T006');
    expect(brief(c.result.issues)).toEqual([`AID-T006 K${rowOf(7)}`]);
    expect(t[0].params).toMatchObject({ stated: 70, computed: 75 });
    expect(c.committed).toBe(385);
  });

  it('a wrong grand total under sections is checked against every data row, not the last subtotal', async () => {
    const body = [
      heading('I', 'Y tế'), project(1, 1, 100), labelled(2, 'Cộng', 100),
      heading('II', 'Y tế'), project(1, 2, 200), labelled(2, 'Cộng', 200),
      labelled(2, 'TỔNG CỘNG', 900),
    ];
    const c = await check('grand-wrong', body);
    expect(brief(c.result.issues)).toEqual([`AID-T006 K${rowOf(6)}`]);
    expect(c.result.issues[0].params).toMatchObject({ stated: 900, computed: 300 });
    expect(c.result.issues.some((i) => i.rule === 'AID-T005')).toBe(false);
  });

  it('English words: "A. Health" sections, "Subtotal" and "Total"; a bare "Cộng" closing the table is the grand total', async () => {
    const en = await check('english', [
      ['A. Health'], project(1, 1, 100), labelled(2, 'Subtotal', 100),
      ['B. Education'], project(1, 2, 40, 'Giáo dục - Đào tạo'), labelled(2, 'Sub-total B', 40),
      labelled(2, 'Total', 140),
    ], [], false);
    expect(brief(en.result.issues)).toEqual([]);
    expect([en.result.tables[0].info.subtotalRows!.length, en.result.tables[0].info.totalRows]).toEqual([2, [rowOf(6, false)]]);
    const bare = await check('bare-cong', [project(1, 1, 100), project(2, 2, 20), labelled(2, 'CỘNG', 130)], [], false);
    expect(brief(bare.result.issues)).toEqual([`AID-T006 K${rowOf(2, false)}`]);
    expect(bare.result.issues[0].params).toMatchObject({ stated: 130, computed: 120 });
  });

  it('nested sections (letters over Roman numerals) each check their own rows, and fill their own codes', async () => {
    const body = [
      heading('A', 'Hàn Quốc', 350),
      heading('I', 'Y tế', 300), project(1, 1, 100), project(2, 2, 200),
      heading('II', 'Giáo dục - Đào tạo', 40), project(1, 3, 50, 'Giáo dục - Đào tạo'),
      heading('B', 'Nhật Bản', 10),
      heading('I', 'Y tế', 10), project(1, 4, 10),
      labelled(2, 'Tổng cộng', 360),
    ];
    const c = await check('nested', body);
    const info = c.result.tables[0].info;
    expect(info.sections!.map((x) => x.marker)).toEqual(['A', 'I', 'II', 'B', 'I']);
    // Only section A.II is wrong (40 stated, 50 in its row); A states 350 for 350 (100 + 200 + 50).
    const t = c.result.issues.filter((i) => i.rule === 'AID-T006');
    expect(t.map((i) => [i.cell, i.params.stated, i.params.computed])).toEqual([[`K${rowOf(4)}`, 40, 50]]);
    // The rows name their donor country themselves ("Hoa Kỳ"), so the headings' countries fill nothing.
    expect(c.result.issues.filter((i) => i.rule === 'AID-R208')).toEqual([]);
  });

  it('a total computed by a formula counts as its stored value', async () => {
    const body = [project(1, 1, 100), project(2, 2, 200), labelled(2, 'Tổng cộng', { formula: 'SUM(K2:K3)', result: 250 })];
    const c = await check('formula', body, [], false);
    const t = c.result.issues.filter((i) => i.rule === 'AID-T006');
    expect(t.map((i) => [i.cell, i.params.stated, i.params.computed])).toEqual([[`K${rowOf(2, false)}`, 250, 300]]);
  });

  it('a donor merged down its projects belongs to every row of the merge, and nothing reports the copies', async () => {
    const body = [
      heading('I', 'Y tế', 600), project(1, 1, 100, 'Y tế', 'KOICA'), project(2, 2, 200, 'Y tế', null), project(3, 3, 300, 'Y tế', null),
      labelled(2, 'Tổng cộng', 600),
    ];
    const c = await check('merged-donor', body, [`D${rowOf(1)}:D${rowOf(3)}`]);
    expect(brief(c.result.issues)).toEqual([]);
    const rows = c.result.tables[0].rows;
    expect(rows.map((r) => r.v.donor)).toEqual(['KOICA', 'KOICA', 'KOICA']);
    expect([c.projects, c.committed]).toEqual([3, 600]);
  });

  it('a grand total with data after it in a table without sections is still a totals row inside the data', async () => {
    const c = await check('inside', [project(1, 1, 100), labelled(2, 'Tổng cộng', 100), project(2, 2, 200)], [], false);
    expect(brief(c.result.issues)).toEqual([`AID-T005 C${rowOf(1, false)}`]);
    expect(c.result.tables[0].info.rows).toBe(2);
  });
});

describe('section headings without a marker: a group\'s name alone on its row', () => {
  it('"Lĩnh vực y tế" merged, "Ngành giáo dục", "Nhà tài trợ: JICA" and a bare sector "Y tế": headings, their codes filling the rows beneath', async () => {
    const body = [
      ['Lĩnh vực y tế'], project(1, 1, 100, null), project(2, 2, 200, null),
      labelled(2, 'Ngành giáo dục'), project(1, 3, 50, null),
      labelled(0, 'Nhà tài trợ: JICA'), project(1, 4, 10, 'Y tế', 'JICA'),
      labelled(2, 'Y tế'), project(1, 5, 20, null),
      labelled(2, 'Tổng cộng', 380),
      ...footer(),
    ];
    // The first heading is merged across the row (its value copied into every cell), the others are not.
    const c = await check('unmarked', body, [`A${rowOf(0)}:L${rowOf(0)}`]);
    const info = c.result.tables[0].info;
    expect(info.sections!.map((s) => [s.row, s.marker, s.label])).toEqual([
      [rowOf(0), '', 'Lĩnh vực y tế'], [rowOf(3), '', 'Ngành giáo dục'], [rowOf(5), '', 'Nhà tài trợ: JICA'], [rowOf(7), '', 'Y tế'],
    ]);
    expect(c.result.tables[0].rows.map((r) => r.r + 1)).toEqual([1, 2, 4, 6, 8].map((k) => rowOf(k)));
    // No "required value missing" on a heading: only the sectors the headings give, each with its fix.
    expect(brief(c.result.issues)).toEqual([1, 2, 4, 8].map((k) => `AID-R208 F${rowOf(k)}`));
    expect(c.result.issues.map((i) => i.fix?.value)).toEqual(['Y tế', 'Y tế', 'Giáo dục - Đào tạo', 'Y tế']);
    expect([c.projects, c.committed, c.bySector]).toEqual([5, 380, { YT: 330, GDDT: 50 }]);
  });

  it('in English, without a title block: "Sector: Health", "Donor: KOICA", a bare country "Japan"', async () => {
    const body = [
      labelled(2, 'Sector: Health'), project(1, 1, 100, null),
      labelled(1, 'Donor: KOICA'), project(1, 2, 40, 'Y tế', 'KOICA'),
      labelled(2, 'Japan'), project(1, 3, 5, 'Y tế'),
      labelled(2, 'Total', 145),
    ];
    const c = await check('unmarked-en', body, [], false);
    expect(c.result.tables[0].info.sections!.map((s) => s.label)).toEqual(['Sector: Health', 'Donor: KOICA', 'Japan']);
    expect(brief(c.result.issues)).toEqual([`AID-R208 F${rowOf(1, false)}`]);
    expect([c.projects, c.committed]).toEqual([3, 145]);
  });

  it('a project\'s title alone, a group name with an amount or a date, a sector alone in its own column: data rows, their blanks reported', async () => {
    const onlyTitle = labelled(2, 'Trạm y tế xã Tân Thịnh');
    const waterTitle = labelled(2, 'Nước sạch cho trường học');
    const withAmount = labelled(2, 'Lĩnh vực y tế', 70);
    const withDate = labelled(2, 'Y tế');
    withDate[6] = date(2024, 5, 1);
    const sectorOnly = labelled(5, 'Y tế');
    const body = [project(1, 1, 100), onlyTitle, waterTitle, withAmount, withDate, sectorOnly, project(2, 2, 200)];
    const c = await check('unmarked-negative', body, [], false);
    const info = c.result.tables[0].info;
    expect(info.sections).toEqual([]);
    expect(c.result.tables[0].rows.map((r) => r.r + 1)).toEqual([0, 1, 2, 3, 4, 5, 6].map((k) => rowOf(k, false)));
    // Each half-typed row is told its missing id at its cell.
    const missingIds = c.result.issues.filter((i) => i.rule === 'AID-C101' && i.col === 1).map((i) => i.row! + 1);
    expect(missingIds).toEqual([1, 2, 3, 4, 5].map((k) => rowOf(k, false)));
  });
});

describe('row roles of stacked registers', () => {
  it('ends each register at its own signature block: a report above another on one sheet', async () => {
    const upper = [project(1, 1, 100), project(2, 2, 200), labelled(2, 'Tổng cộng', 300), ...footer()];
    const lower = [HEADER, project(1, 3, 50), project(2, 4, 70), labelled(2, 'Tổng cộng', 120), ...footer()];
    const { result, committed, projects } = await check('stacked-signatures', [...upper, [], [], ...lower]);
    expect(result.tables.map((t) => [t.info.headerRow, t.info.rows, t.info.totalRows])).toEqual([[4, 2, [7]], [21, 2, [24]]]);
    // No signer's title or name read as data: no issue at all.
    expect(brief(result.issues)).toEqual([]);
    expect([projects, committed]).toEqual([4, 420]);
  });
});
