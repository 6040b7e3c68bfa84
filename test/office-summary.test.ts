/// <reference types="office-js" />
// Build summary, two ways to one sheet: the task pane's Office.js host (reading the open workbook
// through the Excel mock) and the CLI (`aidledger summary --out`, reading the .xlsx with ExcelJS) write
// the same cells, formulas and formats for the same registers; the CLI's file, recalculated by
// LibreOffice, gives the engine's figures; and the Office path's round trips do not grow with the data
// beyond the chunked reads.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { dayToIso } from '../src/core/parse/date';
import { summaryPlan } from '../src/core/plan/summary';
import { summaryOf } from '../src/core/summary/request';
import { createOfficeHost } from '../src/excel/office/officeHost';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';
import { customPart, customTextProperties } from '../src/excel/exceljs/documentProperties';
import { mockWithBook, runOn } from './helpers/officeBook';
import { cellDifferences, snapshotExcelJs, snapshotOffice } from './helpers/officeCompare';
import { formulasDisagreeing, libreOfficeAvailable, readFormulaResults, recalcWithLibreOffice } from './helpers/libreoffice';
import { sampleBook, toInput, TODAY } from './helpers/sample';

const TMP = path.join(__dirname, '.tmp', 'office-summary');
const lo = libreOfficeAvailable() ? it : it.skip;

async function cliSummary(book: ReturnType<typeof sampleBook>, name: string, args: string[]): Promise<{ file: string; wb: ExcelJS.Workbook; sheet: string }> {
  fs.mkdirSync(TMP, { recursive: true });
  const input = path.join(TMP, `${name}-in.xlsx`);
  const out = path.join(TMP, `${name}-out.xlsx`);
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) writeGridSheet(wb, s);
  await wb.xlsx.writeFile(input);
  // The CLI refuses to replace a file without --force: a run before this one left its report here.
  fs.rmSync(out, { force: true });
  const code = await main(['summary', input, ...args, '--today', dayToIso(TODAY), '--out', out, '--json'], { out: () => undefined, err: (s) => { throw new Error(s); } });
  expect(code).toBe(0);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  const sheet = back.worksheets.map((w) => w.name).find((n) => !book.sheets.some((s) => s.name === n))!;
  return { file: out, wb: back, sheet };
}

describe('Build summary: Office.js path and CLI', () => {
  const book = sampleBook(true, 60, 30);

  for (const [lang, currency, period] of [['vi', 'USD', '2024'], ['en', 'VND', '2025-H1']] as const) {
    it(`write the same sheet for the same registers (${lang}, ${currency}, ${period})`, async () => {
      const cli = await cliSummary(book, `${lang}-${currency}`, ['--period', period, '--currency', currency, '--lang', lang]);
      const rec = mockWithBook(book);
      const host = createOfficeHost({ run: runOn(rec), today: () => TODAY });
      const out = await host.buildSummary({ period, currency, lang });
      expect(out.sheet).toBe(cli.sheet);
      const excel = snapshotExcelJs(cli.wb.getWorksheet(cli.sheet)!);
      const office = snapshotOffice(rec, out.sheet);
      expect(excel.cells.size).toBeGreaterThan(100);
      expect(cellDifferences(excel, office)).toEqual([]);
      expect(office.tables.map((t) => [t.name, t.address])).toEqual(excel.tables.map((t) => [t.name, t.address]));
      expect(office.merges).toEqual(excel.merges);
      // Rows with errors are left out, and the pane says how many.
      const { summary } = summaryOf(toInput(book), { period, currency, lang, today: TODAY });
      expect(out.notCounted).toBe(summary.aid.notCounted + summary.fdi.notCounted);
      expect(out.notCounted).toBeGreaterThan(0);
      expect(out.paragraph.length).toBeGreaterThan(80);
    }, 60_000);
  }

  it('holds only the breakdowns asked for (--by in the CLI, the checkboxes in the pane), the same in both', async () => {
    const cli = await cliSummary(book, 'by', ['--period', '2024', '--lang', 'en', '--by', 'vsic,sector']);
    const rec = mockWithBook(book);
    const out = await createOfficeHost({ run: runOn(rec), today: () => TODAY }).buildSummary({ period: '2024', currency: 'USD', lang: 'en', breakdowns: ['sector', 'vsic'] });
    const excel = snapshotExcelJs(cli.wb.getWorksheet(cli.sheet)!);
    expect(cellDifferences(excel, snapshotOffice(rec, out.sheet))).toEqual([]);
    const texts = [...excel.cells.values()].map((c) => c.value);
    expect(texts).toContain('By sector');
    expect(texts).toContain('By sector (VSIC)');
    expect(texts).not.toContain('By donor');
    expect(texts).not.toContain('By country or territory');
    // The aid chart stays (it is the sector table's); the FDI chart by country goes with its table.
    expect(rec.sheet(out.sheet)!.charts).toHaveLength(1);
    const bad = await main(['summary', cli.file, '--by', 'sector,colour'], { out: () => undefined, err: () => undefined });
    expect(bad).toBe(2);
  }, 60_000);

  lo('the CLI\'s file recalculates in LibreOffice to the engine\'s figures', async () => {
    const cli = await cliSummary(book, 'lo', ['--period', '2024', '--currency', 'USD', '--lang', 'vi']);
    const { result, summary } = summaryOf(toInput(book), { period: '2024', currency: 'USD', lang: 'vi', today: TODAY });
    const plan = summaryPlan(summary, result, toInput(book), { lang: 'vi', today: TODAY });
    const recalced = await recalcWithLibreOffice(cli.file, path.join(TMP, 'lo-out'));
    const got = new Map((await readFormulaResults(recalced)).filter((r) => r.sheet === cli.sheet).map((r) => [r.address, r.value]));
    const formulas = plan.cells.filter((c) => c.formula && c.expected !== undefined);
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulasDisagreeing(formulas, got)).toEqual([]);
  }, 120_000);

  it('takes the heading and signatures from the options, remembers them in the workbook (both hosts), and the next summary uses them', async () => {
    const flags = ['--governing-body', 'UBND tỉnh Quảng Trị', '--issuer', 'Sở Ngoại vụ', '--place', 'Quảng Trị', '--report-no', '125/BC-SNgV',
      '--report-date', '2025-01-10', '--signer-prepared', 'Nguyễn Văn An', '--signer-head', 'Trần Thị Bình', '--totals', 'first'];
    const signing = { governingBody: 'UBND tỉnh Quảng Trị', issuer: 'Sở Ngoại vụ', place: 'Quảng Trị', reportNumber: '125/BC-SNgV', reportDate: '2025-01-10', preparedBy: 'Nguyễn Văn An', head: 'Trần Thị Bình', totals: 'first' as const };
    const cli = await cliSummary(book, 'signed', ['--period', '2024', '--lang', 'vi', ...flags]);
    const rec = mockWithBook(book);
    const host = createOfficeHost({ run: runOn(rec), today: () => TODAY });
    const out = await host.buildSummary({ period: '2024', currency: 'USD', lang: 'vi', signing });
    expect(out.signing).toEqual(signing);
    expect(cellDifferences(snapshotExcelJs(cli.wb.getWorksheet(cli.sheet)!), snapshotOffice(rec, out.sheet))).toEqual([]);
    const ws = cli.wb.getWorksheet(cli.sheet)!;
    expect(ws.getCell('A1').value).toBe('UBND TỈNH QUẢNG TRỊ');
    expect(ws.getCell('A2').value).toBe('SỞ NGOẠI VỤ');
    expect(ws.getCell('A6').value).toBe('(Kèm theo Báo cáo số 125/BC-SNgV ngày 10/01/2025)');
    const texts = new Set<unknown>();
    ws.eachRow((row) => row.eachCell((c) => texts.add(c.value)));
    expect(texts).toContain(`Quảng Trị, ngày 23 tháng 11 năm 2026`);
    expect(texts).toContain('Nguyễn Văn An');
    expect(texts).toContain('Trần Thị Bình');

    // Remembered: Office in the workbook's custom properties, the CLI in its file's docProps/custom.xml.
    expect(Object.fromEntries(rec.customProperties)).toMatchObject({ 'AidLedger.Issuer': 'Sở Ngoại vụ', 'AidLedger.Head': 'Trần Thị Bình', 'AidLedger.Totals': 'first' });
    const again = await host.buildSummary({ period: '2024', currency: 'USD', lang: 'vi' });
    expect(again.signing).toEqual(signing);
    expect(rec.sheet(again.sheet)!.cells.get('A2')?.value).toBe('SỞ NGOẠI VỤ');
    const second = path.join(TMP, 'signed-again.xlsx');
    fs.rmSync(second, { force: true });
    expect(await main(['summary', cli.file, '--period', '2024', '--today', dayToIso(TODAY), '--out', second, '--json'], { out: () => undefined, err: (e) => { throw new Error(e); } })).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(second);
    const newest = back.worksheets[back.worksheets.length - 1];
    expect(newest.getCell('A2').value).toBe('SỞ NGOẠI VỤ');
    // Both hosts wrote the same properties: what one remembers, the other reads.
    const cliProps = customTextProperties(await customPart(fs.readFileSync(second)));
    expect(Object.fromEntries(cliProps)).toEqual(Object.fromEntries(rec.customProperties));
  }, 60_000);

  it('takes the same number of round trips for 40 or 400 projects, apart from reading the registers in chunks', async () => {
    const counts = [];
    for (const size of [40, 400]) {
      const rec = mockWithBook(sampleBook(true, size, size / 2));
      const host = createOfficeHost({ run: runOn(rec), today: () => TODAY, read: { chunkCells: 2000 } });
      await host.buildSummary({ period: '2024', currency: 'USD', lang: 'vi' });
      counts.push({ size, total: rec.syncs, reads: rec.valueReadSyncs() });
    }
    expect(counts[1].reads).toBeGreaterThan(counts[0].reads);
    // Sheet list + used ranges + sheet facts, the planted TCVN3 cell's font, the drop-down probes, then the writer's 2.
    expect(counts.map((c) => c.total - c.reads)).toEqual([7, 7]);
  }, 60_000);
});
