/// <reference lib="dom" />
// The task pane in real headless Chromium (Debian's chromium, driven by playwright-core): it loads,
// switches language, runs the three actions against an in-memory host that runs the real engine,
// shows the problem list, and a click selects the cell. Screenshots of both languages go to docs/.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import webpack from 'webpack';
import { chromium, type Browser, type Page } from 'playwright-core';
import { validateWorkbook } from '../src/core/validate';
import { ymdToDay } from '../src/core/parse/date';
import { generateSample } from '../src/sample/generate';
import type { MemoryLog } from './pane/memoryHost';

declare global {
  interface Window { __aidPaneLog?: MemoryLog; __aidAssociated?: string[]; __aidPaneEdited?: () => void }
}

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, 'dist', 'addin');
const TMP = path.join(ROOT, 'test', '.tmp', 'pane');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const haveChromium = fs.existsSync(CHROMIUM);
const maybe = haveChromium ? describe : describe.skip;
if (!haveChromium) console.warn(`Skipping the pane tests: ${CHROMIUM} is missing (apt-get install chromium).`);

function buildTestHost(): Promise<void> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    entry: path.join(ROOT, 'test', 'pane', 'entry.ts'),
    output: { path: TMP, filename: 'testhost.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { configFile: path.join(ROOT, 'tsconfig.addin.json'), transpileOnly: true } } }] },
  });
  return new Promise((resolve, reject) => compiler.run((err, stats) => {
    if (err || stats?.hasErrors()) reject(err ?? new Error(stats!.toString('errors-only')));
    else compiler.close(() => resolve());
  }));
}

/** Serves the production build, with the test host in place of Office.js (no network here). */
function serve(): Promise<http.Server> {
  const page = fs.readFileSync(path.join(BUILD, 'taskpane.html'), 'utf8')
    .replace(/<script[^>]*appsforoffice[^>]*><\/script>/, '<script src="testhost.js"></script>');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    if (url === '/taskpane.html') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(page); return; }
    const file = url === '/testhost.js' ? path.join(TMP, 'testhost.js') : path.join(BUILD, path.normalize(url).replace(/^([/\\])+/, ''));
    if (!file.startsWith(BUILD) && !file.startsWith(TMP)) { res.statusCode = 403; res.end(); return; }
    fs.readFile(file, (err, data) => {
      if (err) { res.statusCode = 404; res.end(); return; }
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
      res.setHeader('content-type', `${type}; charset=utf-8`);
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

maybe('task pane in Chromium', () => {
  let server: http.Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(BUILD, 'taskpane.html'))) throw new Error('dist/addin is missing: run `npm run build:addin` first (npm test does).');
    await buildTestHost();
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function open(locale: string): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/taskpane.html`);
    await page.waitForSelector('#tab-templates:not([hidden])');
    expect(errors).toEqual([]);
    return page;
  }

  test('loads in the browser language and switches language', async () => {
    const page = await open('vi-VN');
    expect(await page.textContent('#title')).toBe('Sổ viện trợ & FDI');
    expect(await page.textContent('#tab-validate')).toBe('Kiểm tra');
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('#title')).toBe('Aid & FDI Ledger');
    expect(await page.textContent('#tab-validate')).toBe('Validate');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });

  test('tabs work by keyboard', async () => {
    const page = await open('en-US');
    await page.focus('#tab-templates');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-validate', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#section-validate')).toBe(true);
    expect(await page.isVisible('#section-templates')).toBe(false);
    await page.context().close();
  });

  test('the hidden-sheet policy: a checkbox and its statement in both languages, passed to Validate and Build summary', async () => {
    const page = await open('vi-VN');
    await page.click('#tab-validate');
    expect(await page.textContent('#count-hidden-label')).toBe('Tính cả trang ẩn');
    expect(await page.textContent('#hidden-note')).toMatch(/trang ẩn .* không tính; dòng và cột bị ẩn hoặc lọc trong sổ vẫn được tính/);
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('#count-hidden-label')).toBe('Count hidden sheets');
    expect(await page.textContent('#hidden-note')).toMatch(/hidden sheet .* neither checked nor counted; hidden or filtered rows/);
    expect(await page.isChecked('#count-hidden')).toBe(false);
    await page.click('#run-validate');
    await page.waitForFunction(() => /Found \d+ registers/.test(document.getElementById('status')!.textContent ?? ''));
    await page.check('#count-hidden');
    await page.click('#run-validate');
    await page.waitForFunction(() => (window.__aidPaneLog?.hidden.length ?? 0) >= 2);
    await page.click('#tab-summary');
    await page.fill('#period', '2024');
    await page.click('#build-summary');
    await page.waitForSelector('#paragraph:not([hidden])');
    expect((await page.evaluate(() => window.__aidPaneLog!)).hidden).toEqual(['skip-sheets', 'include', 'include']);
    await page.context().close();
  });

  test('Insert template reports the new sheets', async () => {
    const page = await open('en-US');
    await page.selectOption('#template-lang', 'vi');
    await page.click('#insert-aid');
    await page.waitForFunction(() => /Inserted sheets/.test(document.getElementById('status')!.textContent ?? ''));
    const log = await page.evaluate(() => window.__aidPaneLog!);
    expect(await page.textContent('#status')).toContain(log.sheets[log.sheets.length - 1]);
    await page.context().close();
  });

  test('Validate lists problems by rule with counts; a click selects the cell; Fix asks first', async () => {
    const page = await open('vi-VN');
    await page.click('#tab-validate');
    await page.click('#run-validate');
    await page.waitForSelector('#problems details');
    // The same engine run in Node on the same sample: the pane shows every rule it found, with its count.
    const book = generateSample({ aidProjects: 40, fdiProjects: 20, today: ymdToDay(2026, 11, 23), plant: true });
    const expected = validateWorkbook({ sheets: book.sheets.map((s) => ({ name: s.name, rows: s.rows, visibility: s.hidden ? 'hidden' as const : undefined, hiddenRows: s.hiddenRows, hiddenCols: s.hiddenCols })) }, { lang: 'vi', today: ymdToDay(2026, 11, 23) });
    const rules = [...new Set(expected.issues.map((i) => i.rule))].sort();
    const shown = (await page.$$eval('#problems details', (ds) => ds.map((d) => (d as HTMLElement).dataset.rule!))).sort();
    expect(shown).toEqual(rules);
    expect(await page.textContent('#status')).toContain(`${expected.issues.filter((i) => i.severity === 'error').length} lỗi`);

    await page.evaluate(() => document.querySelectorAll('#problems details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const first = await page.$('#problems .goto');
    const cell = await first!.getAttribute('data-cell');
    await first!.click();
    expect((await page.evaluate(() => window.__aidPaneLog!)).selected).toEqual([cell]);

    await page.click('#problems li .fix');
    expect(await page.isVisible('#confirm')).toBe(true);
    expect(await page.textContent('#confirm-text')).toContain('1 ô');
    expect((await page.evaluate(() => window.__aidPaneLog!)).fixed).toEqual([]);
    await page.click('#confirm-yes');
    await page.waitForFunction(() => window.__aidPaneLog!.fixed.length === 1);
    await page.waitForFunction(() => /Đã sửa 1 ô/.test(document.getElementById('status')!.textContent ?? ''));

    // Messages follow the language switch without a new run.
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('#problems')).toMatch(/Sheet "/);
    // The status line too: it is said again in the chosen language, not left as it was said.
    expect(await page.textContent('#status')).toBe('Fixed 1 cells.');
    fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-en.png'), fullPage: false });
    await page.selectOption('#lang', 'vi');
    await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-vi.png'), fullPage: false });
    await page.click('#clear-marks');
    await page.waitForFunction(() => window.__aidPaneLog!.marksCleared === 1);
    await page.context().close();
  });

  test('Validate shows the registers found and how columns matched; a corrected match is saved and checked again', async () => {
    const page = await open('vi-VN');
    await page.click('#tab-validate');
    await page.click('#run-validate');
    await page.waitForSelector('#registers details.found');
    expect(await page.textContent('#registers details.found > summary')).toMatch(/^Các sổ tìm thấy \(9\)/);
    await page.click('#registers details.found > summary');
    const sheets = await page.$$eval('#registers details.register', (ds) => ds.map((d) => (d as HTMLElement).dataset.sheet));
    expect(sheets).toContain('Dự án viện trợ');
    const block = '#registers details.register[data-sheet="Dự án viện trợ"]';
    await page.click(`${block} summary`);
    expect(await page.textContent(`${block} summary`)).toMatch(/Dự án viện trợ: .+, \d+ dòng, tiêu đề ở dòng 4 \(1 dòng ẩn vẫn tính\)$/);
    // The approval-date dropdown shows the matched column; the user points it at the start date's.
    await page.$eval(block, (d) => d.scrollIntoView());
    await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-mapping-vi.png') });
    const approval = `${block} select[data-key="approvalDate"]`;
    const start = await page.inputValue(`${block} select[data-key="startDate"]`);
    expect(await page.inputValue(approval)).not.toBe('');
    await page.selectOption(approval, start);
    await page.waitForFunction(() => /Đã lưu cách khớp cột/.test(document.getElementById('status')!.textContent ?? ''));
    const log = await page.evaluate(() => window.__aidPaneLog!);
    expect(log.mappings['Dự án viện trợ'].kind).toBe('aid-projects');
    expect(log.mappings['Dự án viện trợ'].columns.approvalDate).toBe(Number(start));
    // The list now comes from the run with the saved mapping; Reset forgets it.
    await page.click(`#registers details.register[data-sheet="Dự án viện trợ"] summary`);
    await page.click(`#registers details.register[data-sheet="Dự án viện trợ"] .reset`);
    await page.waitForFunction(() => !window.__aidPaneLog!.mappings['Dự án viện trợ']);

    // After an edit the host checks again by itself; the pane follows.
    await page.evaluate(() => window.__aidPaneEdited!());
    await page.waitForFunction(() => /Đã kiểm tra lại sau khi sửa/.test(document.getElementById('status')!.textContent ?? ''));
    await page.context().close();
  });

  test('a period that cannot be read is reported in the pane\'s language', async () => {
    const page = await open('en-US');
    await page.click('#tab-summary');
    await page.fill('#period', '2024-H3');
    await page.click('#build-summary');
    await page.waitForFunction(() => /cannot be read/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.textContent('#status')).toContain('"2024-H3"');
    await page.context().close();
  });

  test('Build summary adds a sheet and shows the report paragraph', async () => {
    const page = await open('vi-VN');
    await page.click('#tab-summary');
    await page.fill('#period', '2024');
    await page.uncheck('#breakdowns input[value="donor"]');
    // The heading and signatures: given once, remembered by the workbook, shown again after the build.
    await page.fill('#sign-issuer', 'Sở Ngoại vụ');
    await page.fill('#sign-head', 'Trần Thị Bình');
    await page.check('#totals-first');
    await page.click('#build-summary');
    await page.waitForSelector('#paragraph:not([hidden])');
    expect((await page.evaluate(() => window.__aidPaneLog!)).breakdowns).toEqual(['sector', 'donorCountry', 'province', 'country', 'vsic']);
    expect((await page.evaluate(() => window.__aidPaneLog!)).signing).toEqual({ issuer: 'Sở Ngoại vụ', head: 'Trần Thị Bình', totals: 'first' });
    await page.fill('#sign-issuer', '');
    await page.fill('#sign-place', 'Quảng Trị');
    await page.click('#build-summary');
    await page.waitForFunction(() => (document.getElementById('sign-issuer') as HTMLInputElement).value !== '');
    expect((await page.evaluate(() => window.__aidPaneLog!)).signing).toEqual({ issuer: 'Sở Ngoại vụ', place: 'Quảng Trị', head: 'Trần Thị Bình', totals: 'first' });
    expect(await page.inputValue('#sign-issuer')).toBe('Sở Ngoại vụ');
    expect(await page.isChecked('#totals-first')).toBe(true);
    // Amounts with no rate (the sample plants one) are said first, then the figures.
    expect(await page.inputValue('#paragraph')).toMatch(/^(Lưu ý: [^\n]+\. )*Năm 2024, toàn tỉnh/);
    // The reconciliation and the unknown groups are listed with it.
    expect(await page.$$eval('#summary-notes li', (li) => li.map((x) => x.textContent))).toEqual(expect.arrayContaining([expect.stringMatching(/^Danh mục khoản viện trợ: đọc \d+ dòng = \d+ được tính \+ \d+ không tính/)]));
    expect(await page.textContent('#status')).toContain('Tổng hợp 2024');
    await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-summary-vi.png') });
    await page.context().close();
  });

  test('the Functions tab lists every AID function, and the page registers each one', async () => {
    const page = await open('en-US');
    expect(await page.evaluate(() => window.__aidAssociated)).toEqual(
      ['AMOUNT', 'CURRENCY', 'CONVERT', 'RATE', 'SECTOR', 'COUNTRY', 'PROVINCE', 'CHECK', 'SUMMARY', 'TEXT', 'WORDS', 'UNICODE']);
    await page.click('#tab-functions');
    await page.waitForSelector('#function-list li');
    expect(await page.$$eval('#function-list code', (c) => c.map((x) => x.textContent!.split('(')[0]))).toEqual(
      ['AMOUNT', 'CURRENCY', 'CONVERT', 'RATE', 'SECTOR', 'COUNTRY', 'PROVINCE', 'CHECK', 'SUMMARY', 'TEXT', 'WORDS', 'UNICODE'].map((n) => `AID.${n}`));
    await page.context().close();
  });
});
