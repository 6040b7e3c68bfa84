/// <reference lib="dom" />
// The task pane in real headless Chromium (Debian's chromium, driven by playwright-core): it loads,
// switches language, runs the three actions against an in-memory host that runs the real engine,
// shows the problem list, and a click selects the cell. Screenshots of both languages go to docs/.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { buildPaneTestHost, servePane } from './helpers/paneTestHost';
import { chromium, type Browser, type Page } from 'playwright-core';
import { validateWorkbook } from '../src/core/validate';
import { ymdToDay } from '../src/core/parse/date';
import { generateSample } from '../src/sample/generate';
import type { MemoryLog } from './pane/memoryHost';
import ExcelJS from 'exceljs';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';

declare global {
  interface Window { __aidPaneLog?: MemoryLog; __aidAssociated?: string[]; __aidPaneEdited?: () => void; __aidPaneType?: (cell: string, value: string | number) => void; __aidPaneTexts?: () => string[] }
}

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, 'dist', 'addin');
const TMP = path.join(ROOT, 'test', '.tmp', 'pane');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const haveChromium = fs.existsSync(CHROMIUM);
const maybe = haveChromium ? describe : describe.skip;
if (!haveChromium) console.warn(`Skipping the pane tests: ${CHROMIUM} is missing (apt-get install chromium).`);



maybe('task pane in Chromium', () => {
  let server: http.Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(BUILD, 'taskpane.html'))) throw new Error('dist/addin is missing: run `npm run build:addin` first (npm test does).');
    await buildPaneTestHost();
    server = await servePane(TMP);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  /** The pane in a 320 px wide task pane; `query` picks the workbook and the Excel played (test/pane/entry.ts). */
  async function open(locale: string, query = '', width = 320): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/taskpane.html${query}`);
    await page.waitForSelector(/excel=ancient/.test(query) ? '#tab-functions[aria-selected="true"]' : '#tab-templates:not([hidden])');
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
    expect(await page.textContent('#status')).toBe('Fixed 1 cell.');
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
    expect(await page.textContent(`${block} summary`)).toMatch(/Dự án viện trợ: .+, \d+ dòng, tiêu đề ở dòng 4, vùng A4:[A-Z]+\d+ \(1 dòng ẩn vẫn tính\)$/);
    // The approval-date dropdown shows the matched column; the user points it at the start date's.
    await page.$eval(block, (d) => d.scrollIntoView());
    await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-mapping-vi.png') });
    const approval = `${block} select[data-key="approvalDate"]`;
    const start = await page.inputValue(`${block} select[data-key="startDate"]`);
    expect(await page.inputValue(approval)).not.toBe('');
    await page.selectOption(approval, start);
    await page.waitForFunction(() => /Đã lưu cách khớp cột/.test(document.getElementById('status')!.textContent ?? ''));
    const log = await page.evaluate(() => window.__aidPaneLog!);
    expect(log.mappings['Dự án viện trợ'].map((m) => m.kind)).toEqual(['aid-projects']);
    expect(log.mappings['Dự án viện trợ'][0].columns.approvalDate).toBe(Number(start));
    // The list now comes from the run with the saved mapping, the register being corrected still open; Reset forgets it.
    expect(await page.$eval(block, (d) => (d as HTMLDetailsElement).open)).toBe(true);
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
    // The same summary said in English after a switch (the paragraph and notes too).
    await page.selectOption('#lang', 'en');
    expect(await page.inputValue('#paragraph')).toMatch(/^(Note: [^\n]+\. )*In 2024, the province/);
    await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-summary-en.png') });
    await page.context().close();
  });

  /** Departments' workbooks as a province receives them, written with ExcelJS; one of them broken (cut short). */
  async function departmentFiles(): Promise<string[]> {
    fs.mkdirSync(TMP, { recursive: true });
    const files: string[] = [];
    for (const [name, aid, fdi] of [['so-huyen-a.xlsx', 40, 20], ['so-huyen-b.xlsx', 25, 10]] as const) {
      const wb = new ExcelJS.Workbook();
      for (const s of generateSample({ aidProjects: aid, fdiProjects: fdi, today: ymdToDay(2026, 11, 23), plant: name.endsWith('a.xlsx') }).sheets) writeGridSheet(wb, s);
      const file = path.join(TMP, name);
      await wb.xlsx.writeFile(file);
      files.push(file);
    }
    const whole = fs.readFileSync(files[0]);
    const broken = path.join(TMP, 'so-hong.xlsx');
    fs.writeFileSync(broken, whole.subarray(0, Math.floor(whole.length / 2)));
    return [...files, broken];
  }

  test('Consolidate reads the picked files in the pane, says which cannot be read, and adds the combined sheets; Cancel before writing writes nothing', async () => {
    const files = await departmentFiles();
    const page = await open('vi-VN');
    await page.click('#tab-summary');
    await page.fill('#period', '2024');
    expect(await page.textContent('#consolidate-chosen')).toBe('Chưa chọn tệp nào.');
    expect(await page.isDisabled('#run-consolidate')).toBe(true);
    await page.setInputFiles('#consolidate-files', files);
    expect(await page.textContent('#consolidate-chosen')).toBe('Đã chọn 3 tệp.');
    // Cancelled while the first file is read: stops before the next, nothing written.
    await page.evaluate(() => { document.getElementById('run-consolidate')!.click(); document.getElementById('cancel-consolidate')!.click(); });
    await page.waitForFunction(() => document.getElementById('status')!.textContent === 'Đã dừng.');
    expect((await page.evaluate(() => window.__aidPaneLog!)).consolidated).toBeUndefined();
    const sheetsBefore = (await page.evaluate(() => window.__aidPaneLog!)).sheets.length;

    await page.click('#run-consolidate');
    await page.waitForFunction(() => /^Đã gộp/.test(document.getElementById('status')!.textContent ?? ''));
    const said = (await page.textContent('#status'))!;
    const log = (await page.evaluate(() => window.__aidPaneLog!)).consolidated!;
    expect(log.files).toEqual(['so-huyen-a.xlsx', 'so-huyen-b.xlsx']);
    expect(log.unreadable.map((u) => u.file)).toEqual(['so-hong.xlsx']);
    // The reader's own one line, in the pane's language, on the files sheet and in the status.
    expect(log.unreadable[0].reason).toMatch(/^Tệp "so-hong\.xlsx" .*hỏng/);
    expect(said).toContain(log.unreadable[0].reason);
    expect(said).toMatch(/^Đã gộp 2 tệp: \d+ dòng trong \d+ sổ, \d+ vấn đề \(\d+ lỗi\)\. /);
    expect(said).toContain('1 tệp không đọc được:');
    // Files, summary, problems, then one sheet per register kind; the workbook's own sheets kept.
    const names = log.sheets.map((x) => x.name);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(said).toContain(`Đã thêm các trang: ${names.join(', ')}.`);
    const after = await page.evaluate(() => window.__aidPaneLog!);
    expect(after.sheets.length).toBe(sheetsBefore + names.length);
    // Register sheets named as the workbook's own get free names.
    expect(names.some((n) => / \(2\)$/.test(n))).toBe(true);
    const rows = Number(/(\d+) dòng trong/.exec(said)![1]);
    expect(log.sheets.slice(3).reduce((n, x) => n + x.rows, 0)).toBe(rows);
    await page.evaluate(() => document.getElementById('consolidate')!.scrollIntoView());
    await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-consolidate-vi.png'), fullPage: true });
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('#status')).toMatch(/^Combined 2 files: \d+ rows in \d+ registers, .* 1 file could not be read: "so-hong\.xlsx" is damaged/);
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

  test('Undo last fix puts back what the fix replaced, and keeps a cell edited since, naming it', async () => {
    const page = await open('vi-VN');
    await page.click('#tab-validate');
    expect(await page.isVisible('#undo-fix')).toBe(false);
    await page.click('#run-validate');
    await page.waitForSelector('#problems details');
    await page.evaluate(() => document.querySelectorAll('#problems details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.click('#problems li .fix');
    await page.click('#confirm-yes');
    await page.waitForSelector('#undo-fix:visible');
    expect(await page.textContent('#undo-fix')).toBe('Hoàn tác lần sửa vừa rồi');
    const fixed = (await page.evaluate(() => window.__aidPaneLog!)).fixed.map((f) => `${f.sheet}!${f.cell}`);
    await page.click('#undo-fix');
    await page.waitForFunction(() => /Đã trả lại giá trị cũ cho 1 ô\./.test(document.getElementById('status')!.textContent ?? ''));
    expect((await page.evaluate(() => window.__aidPaneLog!)).undone).toEqual(fixed);
    expect(await page.isVisible('#undo-fix')).toBe(false);

    // Fix all, then the user types into one of the fixed cells: Undo leaves that cell as typed and says so.
    await page.click('#fix-all');
    await page.click('#confirm-yes');
    await page.waitForSelector('#undo-fix:visible');
    const all = (await page.evaluate(() => window.__aidPaneLog!)).fixed.slice(1).map((f) => `${f.sheet}!${f.cell}`);
    await page.evaluate((cell) => window.__aidPaneType!(cell, 'gõ tay'), all[0]);
    await page.selectOption('#lang', 'en');
    await page.click('#undo-fix');
    await page.waitForFunction(() => /^Put back the previous values of \d+ cells\. Kept .+ as edited after the fix\.$/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.textContent('#status')).toContain(`Kept ${all[0]} as edited`);
    const undone = (await page.evaluate(() => window.__aidPaneLog!)).undone;
    expect(undone).not.toContain(all[0]);
    expect(new Set(undone.slice(1))).toEqual(new Set(all.slice(1)));
    await page.context().close();
  });

  test('the summary\'s date boxes read and show dd/mm/yyyy in Vietnamese, mm/dd/yyyy in English, and say what they cannot read', async () => {
    // An English browser: a date input would follow it; the Vietnamese pane still writes day first.
    const page = await open('en-US');
    await page.selectOption('#lang', 'vi');
    await page.click('#tab-summary');
    expect(await page.$eval('#from', (e) => (e as HTMLInputElement).type)).toBe('text');
    expect(await page.getAttribute('#from', 'placeholder')).toBe('dd/mm/yyyy');
    await page.fill('#from', '05/03/2024');
    await page.fill('#to', '31/12/2024');
    await page.click('#build-summary');
    await page.waitForSelector('#paragraph:not([hidden])');
    expect((await page.evaluate(() => window.__aidPaneLog!)).period).toEqual({ from: '2024-03-05', to: '2024-12-31' });
    // Switching language writes the same dates the other way round.
    await page.selectOption('#lang', 'en');
    expect([await page.inputValue('#from'), await page.inputValue('#to'), await page.getAttribute('#to', 'placeholder')]).toEqual(['03/05/2024', '12/31/2024', 'mm/dd/yyyy']);
    await page.fill('#to', '31/12/2024');
    await page.click('#build-summary');
    await page.waitForFunction(() => /^The date "31\/12\/2024" cannot be read\. Write it as month\/day\/year/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.getAttribute('#to', 'aria-invalid')).toBe('true');
    await page.selectOption('#lang', 'vi');
    expect(await page.textContent('#status')).toBe('Ngày "31/12/2024" không đọc được. Viết theo dạng ngày/tháng/năm, ví dụ 31/12/2024.');
    await page.fill('#to', '01/01/2024');
    await page.click('#build-summary');
    await page.waitForFunction(() => document.getElementById('status')!.textContent === 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.');
    await page.context().close();
  });

  test.each([['vi-VN', 320], ['en-US', 320], ['en-US', 300]] as const)('%s at %i px: every tab button is wholly inside the pane', async (locale, width) => {
    const page = await open(locale, '', width);
    for (const lang of ['vi', 'en']) {
      await page.selectOption('#lang', lang);
      const boxes = await page.$$eval('[role="tab"]', (tabs) => tabs.map((t) => {
        const r = t.getBoundingClientRect();
        return { id: t.id, left: r.left, right: r.right, top: r.top, width: r.width, cut: t.scrollWidth > t.clientWidth };
      }));
      const viewport = await page.evaluate(() => document.documentElement.clientWidth);
      expect(boxes).toHaveLength(4);
      for (const b of boxes) expect({ ...b, inside: b.left >= 0 && b.right <= viewport && b.width > 0 && !b.cut }).toMatchObject({ id: b.id, inside: true });
      // The summary's two date boxes side by side, each wholly inside too.
      await page.click('#tab-summary');
      const dates = await page.$$eval('#from, #to', (inputs) => inputs.map((i) => ({ id: i.id, right: i.getBoundingClientRect().right })));
      for (const d of dates) expect({ id: d.id, inside: d.right <= viewport }).toEqual({ id: d.id, inside: true });
      await page.click('#tab-templates');
    }
    await page.context().close();
  });

  test('a sheet of two registers side by side, one under a two-row header: each register is picked on its own, its columns shown by their full header path, readable, and corrected on its own', async () => {
    const page = await open('vi-VN', '?book=regions');
    await page.click('#tab-validate');
    await page.click('#run-validate');
    await page.waitForSelector('#registers details.found');
    await page.click('#registers details.found > summary');
    const blocks = await page.$$eval('#registers details.register > summary', (s) => s.map((x) => x.textContent));
    expect(blocks).toEqual([
      'Sổ 2024: Danh mục khoản viện trợ, 3 dòng, tiêu đề ở các dòng 3–4, vùng A3:H7',
      'Sổ 2024: Giải ngân viện trợ, 2 dòng, tiêu đề ở dòng 3, vùng J3:M6',
    ]);
    const left = '#registers details.register[data-range="A3:H7"]';
    const right = '#registers details.register[data-range="J3:M6"]';
    await page.click(`${left} > summary`);
    await page.click(`${right} > summary`);
    await page.$eval(left, (d) => d.scrollIntoView());
    // Each dropdown lists its own register's columns, by their full header path.
    expect(await page.$$eval(`${left} select[data-key="committed"] option`, (o) => o.map((x) => x.textContent))).toEqual([
      '— không có —', 'A: STT', 'B: Mã dự án', 'C: Tên chương trình, dự án', 'D: Nhà tài trợ', 'E: Lĩnh vực', 'F: Ngày phê duyệt', 'G: Giá trị (USD) › Cam kết', 'H: Giá trị (USD) › Giải ngân',
    ]);
    expect(await page.$$eval(`${right} select[data-key="amount"] option`, (o) => o.map((x) => x.textContent))).toEqual([
      '— không có —', 'J: Mã khoản viện trợ', 'K: Ngày giải ngân', 'L: Số tiền (USD)', 'M: Ghi chú',
    ]);
    // Readable: each dropdown's chosen text fits in it, or is written out in full under it.
    const cut = await page.$$eval('#registers details.register[open] select', (selects) => selects.flatMap((s) => {
      const sel = s as HTMLSelectElement;
      const text = sel.selectedOptions[0]?.textContent ?? '';
      const ctx = document.createElement('canvas').getContext('2d')!;
      const style = getComputedStyle(sel);
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      // The arrow and padding take about 28 px of a dropdown's width.
      const fits = ctx.measureText(text).width <= sel.clientWidth - 28;
      const chosen = sel.nextElementSibling as HTMLElement;
      const spelt = !chosen.hidden && chosen.textContent === text && chosen.scrollWidth <= chosen.clientWidth;
      const label = sel.previousElementSibling as HTMLElement;
      const labelCut = label.scrollWidth > label.clientWidth;
      return fits || spelt ? (labelCut ? [`label ${label.textContent}`] : []) : [text];
    }));
    expect(cut).toEqual([]);
    // The screenshots show the two-row header's columns and the register beside.
    const shot = (): Promise<void> => page.$eval(`${left} select[data-key="approvalDate"]`, (e) => e.scrollIntoView());
    await shot();
    await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-mapping-vi.png') });
    await page.selectOption('#lang', 'en');
    expect(await page.$$eval('#registers details.register[open]', (d) => d.length)).toBe(2);
    await shot();
    await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-mapping-en.png') });
    await page.selectOption('#lang', 'vi');

    // The right register corrected: saved for it alone.
    await page.selectOption(`${right} select[data-key="notes"]`, '');
    await page.waitForFunction(() => /Đã lưu cách khớp cột/.test(document.getElementById('status')!.textContent ?? ''));
    let saved = (await page.evaluate(() => window.__aidPaneLog!)).mappings['Sổ 2024'];
    expect(saved.map((m) => [m.kind, m.headerRow, m.span])).toEqual([['aid-disbursements', 3, [9, 12]]]);
    expect(saved[0].columns.notes).toBeUndefined();
    // The left one too (its two-row header: the header row saved is the block's last).
    await page.selectOption(`${left} select[data-key="disbursedToDate"]`, '');
    await page.waitForFunction(() => (window.__aidPaneLog!.mappings['Sổ 2024']?.length ?? 0) === 2);
    saved = (await page.evaluate(() => window.__aidPaneLog!)).mappings['Sổ 2024'];
    expect(saved.map((m) => [m.kind, m.headerRow, m.span])).toEqual([['aid-disbursements', 3, [9, 12]], ['aid-projects', 4, [0, 7]]]);
    // The register being corrected stays open; the engine reads it with the correction.
    expect(await page.$eval(left, (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.inputValue(`${left} select[data-key="disbursedToDate"]`)).toBe('');
    expect(await page.inputValue(`${left} select[data-key="committed"]`)).toBe('6');
    // Reset forgets the left one's correction only.
    await page.click(`${left} .reset`);
    await page.waitForFunction(() => window.__aidPaneLog!.mappings['Sổ 2024']?.length === 1);
    expect((await page.evaluate(() => window.__aidPaneLog!)).mappings['Sổ 2024'][0].kind).toBe('aid-disbursements');
    await page.context().close();
  });

  test('the problem list leads with the message; the rule id comes second, smaller', async () => {
    const page = await open('en-US');
    await page.click('#tab-validate');
    await page.click('#run-validate');
    await page.waitForSelector('#problems details');
    const first = await page.$eval('#problems details', (d) => {
      const summary = d.querySelector('summary')!;
      const [a, b] = [...summary.children] as HTMLElement[];
      const li = d.querySelector('li .goto')!;
      return { first: a.className, second: b.className, smaller: parseFloat(getComputedStyle(b).fontSize) < parseFloat(getComputedStyle(a).fontSize), item: [...li.children].map((c) => c.className) };
    });
    expect(first).toEqual({ first: expect.stringMatching(/^sev-/), second: 'rule-id', smaller: true, item: ['message', 'cell'] });
    await page.context().close();
  });

  test.each([['old', 'en-US'], ['old', 'vi-VN'], ['ancient', 'en-US']] as const)('the start-up capability notice, Excel "%s", %s: what works and what does not, in words', async (excel, locale) => {
    const page = await open(locale, `?excel=${excel}`);
    expect(await page.isVisible('#capabilities')).toBe(true);
    expect(await page.$eval('#capabilities', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    const lines = await page.$$eval('#capability-list li', (li) => li.map((x) => `${x.className}: ${x.textContent}`));
    const vi = locale === 'vi-VN';
    if (excel === 'old') {
      expect(lines[0]).toMatch(vi ? /^missing: ✗ Excel này chưa cho đọc ô gộp/ : /^missing: ✗ This Excel cannot read merged cells/);
      expect(lines).toContain(vi
        ? 'missing: ✗ Excel này không có các hàm AID.*: cột kiểm tra của biểu mẫu dùng công thức sẵn có của Excel thay thế; hãy dùng nút Kiểm tra ở đây để kiểm tra đầy đủ.'
        : 'missing: ✗ AID.* functions are not available in this Excel: the check column uses built-in formulas instead; use Validate here for the full check.');
      expect(lines[lines.length - 1]).toMatch(/^ok: ✓ /);
      expect(await page.isVisible('#tab-validate')).toBe(true);
    } else {
      expect(lines[0]).toBe(`missing: ✗ ${await page.textContent('#status')}`);
      expect(await page.isVisible('#tab-validate')).toBe(false);
    }
    await page.context().close();
  });

  describe('a pane that speaks one language', () => {
    /** Letters only Vietnamese writes: any of them in the English pane is a Vietnamese word left in. */
    const VI_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
    /** English words of the pane's own vocabulary: any of them in the Vietnamese pane is English left in. */
    // Word edges by Unicode letters: "to" in "toàn" is no word.
    const EN_WORDS = /(?<![\p{L}\p{N}])(the|and|of|with|cells?|rows?|registers?|sheets?|errors?|warnings?|fix(ed)?|undo|validate|summary|templates?|functions?|period|currency|from|to|cancel|found|not|available|columns?|present|breakdowns?|hidden|copy|paragraph|language|insert(ed)?|date|problems?|select|ok|none|this|cannot|check(ed)?|build|added|donor|sector|province|country|total|counted|read|project|disbursement|commitment)(?![\p{L}\p{N}])/iu;

    /**
     * Every text a user can meet: text nodes (shown or not: a hidden one shows later), the page title,
     * and the title, aria-label, placeholder and alt attributes. The workbook's own texts (sheet names,
     * cells) are data, in whatever language they were typed, and are taken out first; the language
     * menus name each language in itself, as language menus do.
     */
    async function textsOf(page: Page): Promise<string[]> {
      const data = (await page.evaluate(() => window.__aidPaneTexts!())).sort((a, b) => b.length - a.length);
      const raw = await page.evaluate(() => {
        const out: string[] = [document.title];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const parent = n.parentElement!;
          // translate="no": formulas as Excel shows them (the function signatures and examples).
          if (parent.closest('script, style, #lang, #template-lang, [translate="no"]')) continue;
          if (n.textContent!.trim()) out.push(n.textContent!.trim());
        }
        for (const e of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
          for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
            const v = e.getAttribute(a);
            if (v && !e.closest('#lang, #template-lang')) out.push(v);
          }
        }
        // A text box's or text area's content that the pane wrote (the summary paragraph).
        const paragraph = (document.getElementById('paragraph') as HTMLTextAreaElement).value;
        if (paragraph) out.push(paragraph);
        return out;
      });
      return raw.map((t) => {
        // A command-line option ("--hidden include") is a name to type, not a word.
        let rest = t.replace(/--[a-z-]+/g, ' ');
        for (const d of data) if (d.length > 1 && rest.includes(d)) rest = rest.split(d).join(' ');
        return rest;
      });
    }

    async function expectOneLanguage(page: Page, lang: 'vi' | 'en', state: string): Promise<void> {
      const other = (await textsOf(page)).filter((t) => (lang === 'en' ? VI_LETTERS.test(t) : EN_WORDS.test(t)));
      expect({ lang, state, other }).toEqual({ lang, state, other: [] });
    }

    const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const statusIs = (page: Page, re: RegExp) => page.waitForFunction((src) => new RegExp(src).test(document.getElementById('status')!.textContent ?? ''), re.source);

    test.each(['vi', 'en'] as const)('%s: every section and state, and after switching back and forth', async (lang) => {
      const other = lang === 'vi' ? 'en' : 'vi';
      // Loaded in the other language's browser, then switched: what the load said must not stay.
      const page = await open(lang === 'vi' ? 'en-US' : 'vi-VN');
      await page.selectOption('#lang', lang);
      await expectOneLanguage(page, lang, 'templates');
      await page.click('#insert-aid');
      await statusIs(page, lang === 'vi' ? /Đã chèn/ : /Inserted/);
      await expectOneLanguage(page, lang, 'template inserted');
      await page.click('#tab-validate');
      await expectOneLanguage(page, lang, 'validate, not run yet');
      await page.click('#run-validate');
      await page.waitForSelector('#problems details');
      await openAll(page);
      await expectOneLanguage(page, lang, 'problems and registers');
      await page.click('#problems li .fix');
      await expectOneLanguage(page, lang, 'confirm a fix');
      await page.click('#confirm-yes');
      await page.waitForSelector('#undo-fix:visible');
      await expectOneLanguage(page, lang, 'fixed');
      await page.click('#undo-fix');
      await page.waitForSelector('#undo-fix', { state: 'hidden' });
      await expectOneLanguage(page, lang, 'undone');
      await page.click('#tab-summary');
      await expectOneLanguage(page, lang, 'summary, empty');
      await page.fill('#period', '2024-H3');
      await page.click('#build-summary');
      await statusIs(page, /2024-H3/);
      await expectOneLanguage(page, lang, 'period error');
      await page.fill('#period', '');
      await page.fill('#from', '40/40/2024');
      await page.click('#build-summary');
      await statusIs(page, /40\/40\/2024/);
      await expectOneLanguage(page, lang, 'date error');
      await page.fill('#from', '');
      await page.fill('#period', '2024');
      await page.click('#build-summary');
      await page.waitForSelector('#paragraph:not([hidden])');
      await expectOneLanguage(page, lang, 'summary built');
      await page.setInputFiles('#consolidate-files', await departmentFiles());
      await expectOneLanguage(page, lang, 'files chosen');
      await page.click('#run-consolidate');
      await statusIs(page, lang === 'vi' ? /^Đã gộp/ : /^Combined/);
      await expectOneLanguage(page, lang, 'consolidated');
      await page.click('#tab-functions');
      await page.waitForSelector('#function-list li');
      await expectOneLanguage(page, lang, 'functions');
      // Everything said so far, said again in the other language.
      await page.selectOption('#lang', other);
      await page.waitForSelector('#function-list li');
      await openAll(page);
      await expectOneLanguage(page, other, 'after switching');
      await page.context().close();
    });

    test.each(['vi', 'en'] as const)('%s: the capability notice of an older Excel, and a sheet of registers side by side', async (lang) => {
      const page = await open(lang === 'vi' ? 'vi-VN' : 'en-US', '?excel=old&book=regions');
      await expectOneLanguage(page, lang, 'capability notice');
      await page.click('#tab-validate');
      await page.click('#run-validate');
      await page.waitForSelector('#registers details.found');
      await openAll(page);
      await expectOneLanguage(page, lang, 'registers side by side');
      await page.context().close();
    });
  });
});
