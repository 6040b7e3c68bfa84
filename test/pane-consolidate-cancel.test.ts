/// <reference lib="dom" />
// Consolidate stopped while it writes, in real headless Chromium: the in-memory host writes part by
// part, slowly (?write=slow), or refuses the third part (?write=fail), as Excel on the web may. The
// pane keeps Cancel offered while writing, says "part n of m", and afterwards that the sheets added
// were removed; the workbook's sheets and signing options are as before, and the last fix can still
// be undone.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildPaneTestHost, PANE_TEST_BUILD, PANE_TEST_TMP, servePane } from './helpers/paneTestHost';
import { ymdToDay } from '../src/core/parse/date';
import { generateSample } from '../src/sample/generate';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';
import type { MemoryLog } from './pane/memoryHost';

declare global {
  interface Window { __aidPaneLog?: MemoryLog }
}

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const OUT = path.join(PANE_TEST_TMP, 'consolidate-cancel');
const haveChromium = fs.existsSync(CHROMIUM);
const maybe = haveChromium ? describe : describe.skip;


/** Two districts' workbooks, written with ExcelJS. */
async function districtFiles(): Promise<string[]> {
  fs.mkdirSync(OUT, { recursive: true });
  const files: string[] = [];
  for (const [name, aid, fdi] of [['huyen-a.xlsx', 40, 20], ['huyen-b.xlsx', 30, 15]] as const) {
    const wb = new ExcelJS.Workbook();
    for (const s of generateSample({ aidProjects: aid, fdiProjects: fdi, today: ymdToDay(2026, 11, 23), plant: false }).sheets) writeGridSheet(wb, s);
    const file = path.join(OUT, name);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

const log = (page: Page): Promise<MemoryLog> => page.evaluate(() => window.__aidPaneLog!);
const statusIs = (page: Page, pattern: RegExp): Promise<unknown> => page.waitForFunction((p) => new RegExp(p).test(document.getElementById('status')!.textContent ?? ''), pattern.source);

maybe('Consolidate cancelled or failing while it writes, in Chromium', () => {
  let server: http.Server;
  let browser: Browser;
  let base: string;
  let files: string[];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(PANE_TEST_BUILD, 'taskpane.html'))) throw new Error('dist/addin is missing: run `npm run build:addin` first (npm test does).');
    await buildPaneTestHost(OUT);
    files = await districtFiles();
    server = await servePane(OUT);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function open(query: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/taskpane.html${query}`);
    await page.waitForSelector('#tab-templates:not([hidden])');
    expect(errors).toEqual([]);
    return page;
  }

  test('Cancel stays offered while writing; a click stops between parts, the added sheets go, the last fix can still be undone', async () => {
    const page = await open('?write=slow');
    // A fix first, so that there is something for Undo last fix.
    await page.click('#tab-validate');
    await page.click('#run-validate');
    await page.waitForSelector('#problems details');
    await page.evaluate(() => document.querySelectorAll('#problems details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.click('#problems li .fix');
    await page.click('#confirm-yes');
    await page.waitForSelector('#undo-fix:visible');
    const fixed = (await log(page)).fixed.map((f) => `${f.sheet}!${f.cell}`);

    await page.click('#tab-summary');
    await page.fill('#period', '2024');
    await page.fill('#sign-place', 'Quảng Trị');
    const before = await log(page);
    await page.setInputFiles('#consolidate-files', files);
    await page.click('#run-consolidate');
    // Writing, part by part: the status counts parts, the bar follows, Cancel is there and enabled.
    await statusIs(page, /^Đang ghi 2\/\d+ phần…$/);
    const said = (await page.textContent('#status'))!;
    const parts = Number(/\/(\d+) phần/.exec(said)![1]);
    expect(parts).toBeGreaterThan(4);
    expect(await page.isVisible('#cancel-consolidate')).toBe(true);
    expect(await page.isEnabled('#cancel-consolidate')).toBe(true);
    expect(await page.isDisabled('#run-consolidate')).toBe(true);
    expect(await page.$eval('#consolidate-progress', (p) => [(p as HTMLProgressElement).value, (p as HTMLProgressElement).max])).toEqual([1, parts]);
    const during = (await log(page)).sheets.length;
    expect(during).toBeGreaterThan(before.sheets.length);

    await page.click('#cancel-consolidate');
    // Said at once; the part in flight finishes first.
    expect(await page.textContent('#status')).toBe('Đang dừng: chờ ghi xong phần đang ghi rồi xóa các trang vừa thêm…');
    expect(await page.isDisabled('#cancel-consolidate')).toBe(true);
    await statusIs(page, /^Đã dừng gộp sổ: /);
    const after = await log(page);
    const removed = after.consolidateRemoved!;
    expect(removed.length).toBeGreaterThanOrEqual(during - before.sheets.length);
    expect(removed.length).toBeLessThan(parts);
    expect(await page.textContent('#status')).toBe(`Đã dừng gộp sổ: đã xóa ${removed.length} trang vừa thêm (${removed.join(', ')}); tệp đang mở giữ nguyên như trước.`);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.signing).toEqual(before.signing);
    expect(after.consolidated).toBeUndefined();
    expect(await page.isVisible('#cancel-consolidate')).toBe(false);
    expect(await page.isVisible('#consolidate-progress')).toBe(false);
    expect(await page.isEnabled('#run-consolidate')).toBe(true);
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('#status')).toMatch(/^Consolidate stopped: the \d+ sheets it had added \(.+\) were removed; the workbook is as it was\.$/);

    // Nothing happened as far as Undo last fix is concerned: it is still offered and still works.
    await page.click('#tab-validate');
    expect(await page.isVisible('#undo-fix')).toBe(true);
    await page.click('#undo-fix');
    await statusIs(page, /^Put back the previous value/);
    expect((await log(page)).undone).toEqual(fixed);

    // Run again to the end: the parts count up to the last, then the sheets are listed.
    await page.click('#tab-summary');
    await page.click('#run-consolidate');
    await statusIs(page, /^Combined 2 files: /);
    expect((await log(page)).consolidated!.sheets.length).toBeGreaterThanOrEqual(5);
    await page.context().close();
  }, 120_000);

  test('Excel refusing a part: one line says which, and that the workbook is as it was', async () => {
    const page = await open('?write=fail');
    await page.click('#tab-summary');
    await page.fill('#period', '2024');
    const before = await log(page);
    await page.setInputFiles('#consolidate-files', files);
    await page.click('#run-consolidate');
    await statusIs(page, /^Gộp sổ không xong/);
    expect(await page.textContent('#status')).toMatch(/^Gộp sổ không xong: Excel báo lỗi khi ghi phần 3\/\d+ \(An internal error has occurred\.\)\. Các trang vừa thêm đã được xóa; tệp đang mở giữ nguyên như trước\.$/);
    const after = await log(page);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.consolidateRemoved!.length).toBeGreaterThan(0);
    expect(await page.isVisible('#cancel-consolidate')).toBe(false);
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('#status')).toMatch(/^Consolidate failed: Excel refused part 3 of \d+ \(An internal error has occurred\.\)\. The sheets it had added were removed; the workbook is as it was\.$/);
    await page.context().close();
  }, 120_000);
});
