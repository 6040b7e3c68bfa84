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
import { sampleBook, TODAY } from './helpers/sample';

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

  beforeAll(async () => {
    fs.rmSync(TMP, { recursive: true, force: true });
    fs.mkdirSync(TMP, { recursive: true });
    const wb = new ExcelJS.Workbook();
    for (const s of sampleBook(false, 40, 20).sheets) writeGridSheet(wb, s);
    await wb.xlsx.writeFile(input);
    const r = await run(['summary', input, '--year', '2024', '--pdf', pdf, '--today', dayToIso(TODAY), '--lang', 'vi']);
    if (r.code !== 0) throw new Error(r.err);
  }, 180_000);

  test('is a PDF of the summary alone, its figures written as Vietnamese numbers, its charts drawn', () => {
    const text = pdfText(pdf);
    expect(text).toContain('VIỆN TRỢ NƯỚC NGOÀI');
    // The register sheets are not printed: only the summary.
    expect(text).not.toMatch(/Mã dự án/);
    // vi-VN separators whatever the machine's locale: 16.968.069,96, never 16,968,069.96.
    expect(text).toMatch(/\d{1,3}(\.\d{3})+,\d{2}/);
    expect(text).not.toMatch(/\d{1,3}(,\d{3})+\.\d{2}/);
    // The charts' titles are drawn on the page (text of the chart objects).
    expect(text).toMatch(/theo lĩnh vực/i);
  });

  test('its first page is kept as a picture for the README', () => {
    const stem = path.join(TMP, 'page');
    const r = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
    expect(r.status).toBe(0);
    fs.copyFileSync(`${stem}.png`, path.join(DOCS, 'summary-page-vi.png'));
    expect(pdfInfo(pdf).pages).toBeGreaterThanOrEqual(1);
  });
});
