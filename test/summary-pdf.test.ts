// summary --pdf: the summary sheet printed by LibreOffice, checked with poppler's pdfinfo and pdftotext
// (Debian poppler-utils; .ci/run installs it). The first page is kept as a picture in docs/ for the README.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';
import { dayToIso } from '../src/core/parse/date';
import { libreOfficeAvailable } from './helpers/libreoffice';
import { sampleBook, toInput, TODAY } from './helpers/sample';
import type { SampleBook } from '../src/sample/generate';
import { loadWorkbook } from '../src/cli/load';
import { summaryOf } from '../src/core/summary/request';
import { summaryPlan } from '../src/core/plan/summary';
import { CHART_TITLES } from '../src/core/plan/summary/texts';
import type { SheetPlan } from '../src/core/plan/sheetPlan';

const TMP = path.join(__dirname, '.tmp', 'summary-pdf');
const DOCS = path.join(__dirname, '..', 'docs');
const poppler = spawnSync('pdfinfo', ['-v']).status === 0;
if (!poppler) console.warn('Skipping the PDF checks: pdfinfo/pdftotext are missing (apt-get install poppler-utils).');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

const pdfText = (file: string, ...args: string[]): string => spawnSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }).stdout;

function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]) };
}

test('--pdf must name a .pdf file; without LibreOffice it says in one line what to install', async () => {
  const r = await run(['summary', 'x.xlsx', '--pdf', 'report.xlsx', '--lang', 'en']);
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/--pdf must name a \.pdf file/)]);
  const saved = process.env.SOFFICE_PATH;
  process.env.SOFFICE_PATH = path.join(TMP, 'no-such-soffice');
  try {
    const missing = await run(['summary', 'x.xlsx', '--pdf', 'report.pdf', '--lang', 'vi']);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toEqual([expect.stringMatching(/--pdf cần LibreOffice .*libreoffice-calc/)]);
  } finally {
    if (saved === undefined) delete process.env.SOFFICE_PATH;
    else process.env.SOFFICE_PATH = saved;
  }
});

(libreOfficeAvailable() && poppler ? describe : describe.skip)('the printed summary', () => {
  const input = path.join(TMP, 'registers.xlsx');
  const pdf = path.join(TMP, 'tong-hop.pdf');
  // The plan the command prints, made the same way (its labels are what the page must show whole).
  let plan: SheetPlan;

  beforeAll(async () => {
    fs.rmSync(TMP, { recursive: true, force: true });
    fs.mkdirSync(TMP, { recursive: true });
    const wb = new ExcelJS.Workbook();
    for (const s of sampleBook(false, 40, 20).sheets) writeGridSheet(wb, s);
    await wb.xlsx.writeFile(input);
    const r = await run(['summary', input, '--year', '2024', '--pdf', pdf, '--today', dayToIso(TODAY), '--lang', 'vi',
      '--governing-body', 'UBND TỈNH QUẢNG TRỊ', '--issuer', 'SỞ NGOẠI VỤ', '--place', 'Quảng Trị', '--report-no', '15/BC-SNgV',
      '--report-date', '2025-01-10', '--signer-prepared', 'Nguyễn Văn An', '--signer-head', 'Trần Thị Bình']);
    if (r.code !== 0) throw new Error(r.err);
    const book = toInput(sampleBook(false, 40, 20));
    const { result, summary } = summaryOf(book, { year: '2024', currency: 'USD', lang: 'vi', today: TODAY });
    const signing = { governingBody: 'UBND TỈNH QUẢNG TRỊ', issuer: 'SỞ NGOẠI VỤ', place: 'Quảng Trị', reportNumber: '15/BC-SNgV', reportDate: '2025-01-10', preparedBy: 'Nguyễn Văn An', head: 'Trần Thị Bình' };
    plan = summaryPlan(summary, result, book, { lang: 'vi', today: TODAY, signing });
  }, 180_000);

  test('is a PDF of the summary alone (its print area: the tables, the charts\' page, the signatures), figures as Vietnamese numbers', () => {
    const text = pdfText(pdf);
    expect(text).toContain('VIỆN TRỢ NƯỚC NGOÀI');
    // The heading and the signature block from the options.
    for (const t of ['UBND TỈNH QUẢNG TRỊ', 'SỞ NGOẠI VỤ', '15/BC-SNgV', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', 'Nguyễn Văn An', 'Trần Thị Bình']) expect(text).toContain(t);
    // The register sheets are not printed: only the summary.
    expect(text).not.toMatch(/Mã dự án/);
    // vi-VN separators whatever the machine's locale: 16.968.069,96, never 16,968,069.96.
    expect(text).toMatch(/\d{1,3}(\.\d{3})+,\d{2}/);
    expect(text).not.toMatch(/\d{1,3}(,\d{3})+\.\d{2}/);
  });

  test('A4 landscape, one page wide: every label printed whole, each row\'s figures on its label\'s page and line', () => {
    const info = pdfInfo(pdf);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([842, 595]);
    // Text as read on the pages, whitespace collapsed: a wrapped label reads whole across its lines.
    const flat = pdfText(pdf).replace(/\s+/g, ' ');
    const labels = plan.cells.filter((c) => c.col === 0 && typeof c.value === 'string' && c.value.length > 3 && c.value.length <= 120).map((c) => String(c.value).replace(/\s+/g, ' '));
    expect(labels.length).toBeGreaterThan(20);
    const cut = labels.filter((l) => !flat.includes(l));
    expect(cut).toEqual([]);
    // One page wide: on every page, a figure row's last column is on the same line as its label.
    const pages = pdfText(pdf, '-layout').split('\f');
    const committedLine = pages.flatMap((p) => p.split('\n')).find((l) => l.startsWith('Giá trị cam kết'));
    expect(committedLine).toMatch(/^Giá trị cam kết.*\d,\d{2}\s+.*%$/);
  });

  test('its first page is kept as a picture for the README', () => {
    const stem = path.join(TMP, 'page');
    const r = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
    expect(r.status).toBe(0);
    fs.copyFileSync(`${stem}.png`, path.join(DOCS, 'summary-page-vi.png'));
    expect(pdfInfo(pdf).pages).toBeGreaterThanOrEqual(1);
  });
});

/** The sample registers with `extra` more donors, one 2024 aid project each: a donor table over several pages. */
function manyDonors(extra: number): SampleBook {
  const book = sampleBook(false, 40, 20);
  const aid = book.sheets.find((x) => x.name === 'Dự án viện trợ')!;
  const head = aid.rows.findIndex((r) => r?.[1] === 'Mã khoản viện trợ');
  const model = aid.rows[head + 1]!;
  const donor = aid.rows[head]!.indexOf('Nhà tài trợ');
  const [id, approved, currency, committed] = ['Mã khoản viện trợ', 'Ngày phê duyệt', 'Loại tiền', 'Giá trị cam kết'].map((h) => aid.rows[head]!.indexOf(h));
  const rows = aid.rows.slice();
  const last = rows.length;
  for (let i = 1; i <= extra; i++) {
    const row = model.slice();
    row[0] = last - head + i;
    row[id] = `VT-2024-9${String(i).padStart(3, '0')}`;
    row[donor] = `Quỹ Hỗ trợ Cộng đồng số ${i}`;
    row[approved] = 45300 + i;
    row[currency] = 'USD';
    row[committed] = 5_000 * i;
    rows.push(row);
  }
  return { ...book, sheets: book.sheets.map((x) => (x === aid ? { ...aid, rows } : x)) };
}

(libreOfficeAvailable() && poppler ? describe : describe.skip)('the printed summary of a long breakdown (120 more donors)', () => {
  const input = path.join(TMP, 'long', 'registers.xlsx');
  const pdf = path.join(TMP, 'long', 'tong-hop.pdf');
  let plan: SheetPlan;
  let pages: string[];

  beforeAll(async () => {
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(pdf), { recursive: true });
    const wb = new ExcelJS.Workbook();
    for (const s of manyDonors(120).sheets) writeGridSheet(wb, s);
    await wb.xlsx.writeFile(input);
    const r = await run(['summary', input, '--year', '2024', '--pdf', pdf, '--today', dayToIso(TODAY), '--lang', 'vi',
      '--place', 'Quảng Trị', '--signer-prepared', 'Nguyễn Văn An', '--signer-head', 'Trần Thị Bình']);
    if (r.code !== 0) throw new Error(r.err);
    // The plan the command printed, from the file as the command read it.
    const loaded = await loadWorkbook(input);
    const { result, summary } = summaryOf(loaded.input, { year: '2024', currency: 'USD', lang: 'vi', today: TODAY });
    plan = summaryPlan(summary, result, loaded.input, { lang: 'vi', today: TODAY, signing: { place: 'Quảng Trị', preparedBy: 'Nguyễn Văn An', head: 'Trần Thị Bình' } });
    const count = pdfInfo(pdf).pages;
    pages = Array.from({ length: count }, (_, i) => pdfText(pdf, '-layout', '-f', String(i + 1), '-l', String(i + 1)));
  }, 180_000);

  const lines = (page: string): string[] => page.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l !== '');

  test('prints the pages the plan cut, no more: LibreOffice broke nowhere else', () => {
    expect(plan.page!.rowBreaks!.length).toBeGreaterThanOrEqual(6);
    expect(pages.length).toBe(plan.page!.rowBreaks!.length + 1);
  });

  test('page 1 opens with the title block; every other page with what the plan puts there, a continued table with its own header', () => {
    expect(lines(pages[0])[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines(pages[0])[2]).toBe('TỔNG HỢP VIỆN TRỢ NƯỚC NGOÀI VÀ ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI)');
    const at = new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
    let continued = 0;
    plan.page!.rowBreaks!.forEach((row, i) => {
      const first = at.get(`${row}:0`)!;
      const [top, next] = lines(pages[i + 1]);
      expect(top.startsWith(String(first.value))).toBe(true);
      if (first.style === 'header' && at.get(`${row + 1}:0`)?.value === '(A)') {
        // A header row: its column headings on the page's first line, the column numbers under them.
        for (let c = 1; c < 5; c++) {
          const h = at.get(`${row}:${c}`);
          if (h) expect(top).toContain(String(h.value).split(' ')[0]);
        }
        expect(next.startsWith('(A) (1) (2) (3)')).toBe(true);
        continued++;
      }
    });
    // The donor table begins under its title and runs over several more pages, each under its header.
    const donorPages = pages.filter((p) => p.includes('Quỹ Hỗ trợ Cộng đồng số'));
    expect(donorPages.length).toBeGreaterThanOrEqual(4);
    expect(donorPages[0]).toContain('Theo nhà tài trợ');
    for (const p of donorPages.slice(1)) expect(lines(p).slice(0, 2)).toEqual(['Nhà tài trợ Số khoản viện trợ Cam kết Giải ngân Tỷ lệ giải ngân', '(A) (1) (2) (3) (4)']);
    expect(continued).toBeGreaterThanOrEqual(donorPages.length - 1);
  });

  test('the signature block is whole on one page, the last; the charts have their page before it', () => {
    const signature = ['Quảng Trị, ngày', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, ghi rõ họ tên)', 'Nguyễn Văn An', 'Trần Thị Bình'];
    const signed = pages.filter((p) => signature.some((t) => p.includes(t)));
    expect(signed).toEqual([pages[pages.length - 1]]);
    for (const t of signature) expect(signed[0]).toContain(t);
    // pdftotext reads a chart's title and axis figures (LibreOffice draws them as text): only on the charts' page.
    const chartPages = pages.filter((p) => p.includes(CHART_TITLES.aid.vi) || p.includes(CHART_TITLES.fdi.vi));
    expect(chartPages).toHaveLength(1);
    const chartPage = chartPages[0];
    expect(lines(chartPage)[0]).toBe('Biểu đồ số liệu tại mục I và II');
    expect(chartPage).toContain(CHART_TITLES.aid.vi);
    expect(chartPage).toContain(CHART_TITLES.fdi.vi);
    // Value-axis labels, one per line: drawn by the charts, not by a table (whose lines start with a label).
    expect(lines(chartPage).filter((l) => /^\d{1,3}(\.\d{3})+$/.test(l)).length).toBeGreaterThanOrEqual(4);
    expect(pages.indexOf(chartPage)).toBe(pages.length - 2);
  });
});
