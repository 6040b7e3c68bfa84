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
import { summaryOf } from '../src/core/summary/request';
import { summaryPlan } from '../src/core/plan/summary';
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

  test('is a PDF of the summary alone (its print area: the tables, not the charts beside them), figures as Vietnamese numbers', () => {
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
