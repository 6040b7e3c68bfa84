// `summary --out` grafts the summary sheet into the input's own package (src/excel/xlsx/graft.ts,
// src/cli/summaryOut.ts) instead of copying the whole workbook through ExcelJS: the input's parts
// pass through unchanged, the sheet equals what the ExcelJS writer made the old way, a second summary
// and inputs from LibreOffice or with drawings of their own still work, and a large register is
// summarised under a heap cap the old way exceeds.
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../src/cli/main';
import { writeSummaryOut, writeSummaryOutWhole } from '../src/cli/summaryOut';
import { dayToIso } from '../src/core/parse/date';
import { summaryPlan } from '../src/core/plan/summary';
import { templatePlans } from '../src/core/plan/templatePlan';
import type { SheetPlan } from '../src/core/plan/sheetPlan';
import { summaryOf } from '../src/core/summary/request';
import { customPart, customPartWith, customTextProperties, withCustomPart } from '../src/excel/exceljs/documentProperties';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';
import { readXlsxFile } from '../src/excel/xlsx/node';
import { openGraft } from '../src/excel/xlsx/graft';
import { bytesSource } from '../src/excel/xlsx/zip';
import { formulasDisagreeing, libreOfficeAvailable, readFormulaResults, recalcWithLibreOffice } from './helpers/libreoffice';
import { sampleBook, TODAY } from './helpers/sample';
import { headerOf, rowOf, serial } from './helpers/registerRows';

const TMP = path.join(__dirname, '.tmp', 'summary-graft');
const BIN = path.join(__dirname, '..', 'bin', 'aidledger.js');
const lo = libreOfficeAvailable() ? it : it.skip;
const quiet = { out: (): void => undefined, err: (s: string): void => { throw new Error(s); } };

/** A 1×1 PNG: an input with a picture has a drawing of its own. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The sample registers, plus what a user's workbook holds besides: styles, merges, a list, a name, a hidden sheet, a picture, custom properties. */
async function userWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sampleBook(true, 60, 30).sheets) writeGridSheet(wb, s);
  const notes = wb.addWorksheet('Ghi chú');
  const styled = notes.getCell('B2');
  styled.value = 1234.5678;
  styled.font = { name: 'Arial', size: 14, bold: true, color: { argb: 'FFC00000' } };
  styled.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  styled.border = { bottom: { style: 'double', color: { argb: 'FF0000FF' } } };
  styled.numFmt = '0.000';
  notes.getCell('A4').value = 'Gộp ô';
  notes.mergeCells('A4:C5');
  notes.getCell('D1').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] };
  wb.definedNames.add("'Ghi chú'!$B$2", 'GhiChu');
  wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 'hidden';
  notes.addImage(wb.addImage({ buffer: PNG, extension: 'png' } as unknown as ExcelJS.Image), 'F2:G4');
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  fs.writeFileSync(file, await withCustomPart(bytes, customPartWith('', new Map([['Owner', 'Sở KH&ĐT Quảng Trị']]))));
}

/** What `summary --out` computes before writing: the plan and the custom part. */
async function planFor(file: string, lang: 'vi' | 'en' = 'vi'): Promise<{ plan: SheetPlan; custom: string }> {
  const { input } = await readXlsxFile(file);
  const { result, summary } = summaryOf(input, { period: '2024', currency: 'USD', lang, today: TODAY });
  const plan = summaryPlan(summary, result, input, { lang, today: TODAY });
  return { plan, custom: customPartWith(await customPart(fs.readFileSync(file)), new Map([['AidLedger.Place', 'Quảng Trị']])) };
}

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('nodebuffer'));
  return out;
}

async function book(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of a sheet as ExcelJS reads it back: value, formula and result, and its style resolved. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => {
    out.set(c.address, JSON.stringify({ value: c.value, result: c.result, style: c.style }));
  }));
  return out;
}

/** ExcelJS 4.4 reads a sheet's conditional formats into this field, which index.d.ts does not declare. */
const conditionalOf = (ws: ExcelJS.Worksheet): unknown[] => (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;

function sheetLook(ws: ExcelJS.Worksheet): unknown {
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push([row.number, row.height]));
  return {
    merges: [...(ws.model.merges ?? [])].sort(),
    widths: ws.columns.map((c) => c.width),
    rows,
    page: { ...ws.pageSetup, printArea: ws.pageSetup.printArea, printTitlesRow: ws.pageSetup.printTitlesRow },
    views: (ws.views ?? []).map((v) => ({ ...v, tabSelected: undefined })),
    conditional: conditionalOf(ws),
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    tables: ws.getTables().map((t) => (t as unknown as { table: { ref: string; columns: unknown } }).table).map((t) => ({ ref: t.ref, columns: t.columns })),
  };
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of a) if (b.get(k) !== v) out.push(`${k}: ${v} ≠ ${b.get(k)}`);
  for (const k of b.keys()) if (!a.has(k)) out.push(`${k}: only in the second`);
  return out.slice(0, 10);
}

beforeAll(() => fs.mkdirSync(TMP, { recursive: true }));

describe('summary --out grafts the sheet into the input package', () => {
  const input = path.join(TMP, 'user.xlsx');
  const out = path.join(TMP, 'user-out.xlsx');
  const old = path.join(TMP, 'user-old.xlsx');
  beforeAll(async () => {
    await userWorkbook(input);
    for (const f of [out, old]) fs.rmSync(f, { force: true });
    const { plan, custom } = await planFor(input);
    expect(await writeSummaryOut(input, out, false, plan, 'vi', custom)).toEqual({ sheet: 'Tổng hợp 2024', how: 'grafted' });
    expect(await writeSummaryOutWhole(input, old, false, plan, 'vi', custom)).toBe('Tổng hợp 2024');
  });

  it('copies every part of the input it does not amend byte for byte, and amends only by adding', async () => {
    const before = await parts(input);
    const after = await parts(out);
    const amended = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/custom.xml'];
    for (const [name, bytes] of before) {
      if (amended.includes(name)) continue;
      expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    }
    const text = (m: Map<string, Buffer>, n: string): string => m.get(n)!.toString('utf8');
    // The input's sheets, relationships and overrides are all still there, unchanged.
    for (const tag of text(before, 'xl/workbook.xml').match(/<sheet [^>]*>/g)!) expect(text(after, 'xl/workbook.xml')).toContain(tag);
    for (const tag of text(before, 'xl/_rels/workbook.xml.rels').match(/<Relationship [^>]*>/g)!) expect(text(after, 'xl/_rels/workbook.xml.rels')).toContain(tag);
    for (const tag of text(before, '[Content_Types].xml').match(/<(Override|Default) [^>]*>/g)!) expect(text(after, '[Content_Types].xml')).toContain(tag);
    // The styles: the input's formats first, in their places, the summary's after them.
    for (const section of ['fonts', 'fills', 'borders', 'cellXfs']) {
      const inner = (s: string): string => s.slice(s.indexOf('>', s.indexOf(`<${section}`)) + 1, s.indexOf(`</${section}>`));
      expect(inner(text(after, 'xl/styles.xml')).startsWith(inner(text(before, 'xl/styles.xml')))).toBe(true);
    }
    // The summary's strings are inline: the input's shared strings pass through.
    const newSheet = [...after.keys()].find((n) => n.startsWith('xl/worksheets/sheet') && !before.has(n))!;
    expect(text(after, newSheet)).toContain('t="inlineStr"');
    expect(text(after, newSheet)).not.toContain('t="s"');
    expect(text(after, newSheet)).not.toContain('tabSelected');
    // Its drawing and charts took numbers the input's own drawing does not use.
    expect(before.has('xl/drawings/drawing1.xml')).toBe(true);
    expect([...after.keys()].filter((n) => /^xl\/(drawings\/drawing|charts\/chart)\d+\.xml$/.test(n)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml']);
  });

  it('keeps the input\'s sheets, styles, merges, lists, names, hidden sheets, picture and custom properties', async () => {
    const a = await book(input);
    const b = await book(out);
    expect(b.worksheets.map((w) => [w.name, w.state])).toEqual([...a.worksheets.map((w) => [w.name, w.state]), ['Tổng hợp 2024', 'visible']]);
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name)!;
      expect([ws.name, differences(cellsOf(ws), cellsOf(other))]).toEqual([ws.name, []]);
      expect(sheetLook(other)).toEqual(sheetLook(ws));
      expect(other.getImages().length).toBe(ws.getImages().length);
    }
    expect(b.getWorksheet('Ghi chú')!.getImages()).toHaveLength(1);
    expect(b.getWorksheet('Ghi chú')!.getCell('B2').style).toEqual(a.getWorksheet('Ghi chú')!.getCell('B2').style);
    const named = (wb: ExcelJS.Workbook): unknown => wb.definedNames.model.filter((d) => d.name === 'GhiChu');
    expect(named(a)).toHaveLength(1);
    expect(named(b)).toEqual(named(a));
    const props = customTextProperties(await customPart(fs.readFileSync(out)));
    expect(Object.fromEntries(props)).toEqual({ Owner: 'Sở KH&ĐT Quảng Trị', 'AidLedger.Place': 'Quảng Trị' });
  });

  it('writes the summary sheet the ExcelJS writer wrote the old way, cell by cell, styles resolved', async () => {
    const a = (await book(old)).getWorksheet('Tổng hợp 2024')!;
    const b = (await book(out)).getWorksheet('Tổng hợp 2024')!;
    const cells = cellsOf(a);
    expect(cells.size).toBeGreaterThan(300);
    expect(differences(cells, cellsOf(b))).toEqual([]);
    expect(sheetLook(b)).toEqual(sheetLook(a));
    // The print area and titles belong to the summary (its position, the last).
    expect(b.pageSetup.printArea).toMatch(/^A\$?1:E\$?\d+$/);
  });

  lo('recalculates in LibreOffice to the engine\'s figures', async () => {
    const { plan } = await planFor(input);
    const recalced = await recalcWithLibreOffice(out, path.join(TMP, 'lo'));
    const got = new Map((await readFormulaResults(recalced)).filter((r) => r.sheet === 'Tổng hợp 2024').map((r) => [r.address, r.value]));
    const formulas = plan.cells.filter((c) => c.formula && c.expected !== undefined);
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulasDisagreeing(formulas, got)).toEqual([]);
  }, 120_000);

  it('a second summary --out on the output: a free name, charts and names of its own, the first summary kept', async () => {
    const second = path.join(TMP, 'user-second.xlsx');
    fs.rmSync(second, { force: true });
    expect(await main(['summary', out, '--period', '2024', '--today', dayToIso(TODAY), '--out', second, '--json', '--lang', 'vi'], quiet)).toBe(0);
    const b = await book(second);
    const names = b.worksheets.map((w) => w.name);
    expect(names.slice(-2)).toEqual(['Tổng hợp 2024', 'Tổng hợp 2024 (2)']);
    const first = (await book(out)).getWorksheet('Tổng hợp 2024')!;
    expect(differences(cellsOf(first), cellsOf(b.getWorksheet('Tổng hợp 2024')!))).toEqual([]);
    expect(b.getWorksheet('Tổng hợp 2024 (2)')!.pageSetup.printArea).toBeDefined();
    const p = await parts(second);
    const wbXml = p.get('xl/workbook.xml')!.toString('utf8');
    // Each summary sheet's print area (it has no print titles: its pages repeat each table's own header).
    expect(wbXml.match(/localSheetId="(\d+)"/g)).toEqual(['localSheetId="12"', 'localSheetId="13"']);
    expect([...p.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(4);
    expect(new Set(wbXml.match(/sheetId="\d+"/g)).size).toBe(names.length);
    // The signing remembered by the first run is read back from the grafted file.
    expect(Object.fromEntries(customTextProperties(await customPart(fs.readFileSync(second))))).toMatchObject({ Owner: 'Sở KH&ĐT Quảng Trị', 'AidLedger.Place': 'Quảng Trị' });
  }, 60_000);
});

describe('inputs written otherwise', () => {
  lo('a workbook saved by LibreOffice: grafted, opens in ExcelJS, recalculates to the engine\'s figures', async () => {
    const src = path.join(TMP, 'lo-src.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const s of sampleBook(true, 60, 30).sheets) writeGridSheet(wb, s);
    await wb.xlsx.writeFile(src);
    const saved = await recalcWithLibreOffice(src, path.join(TMP, 'lo-saved'));
    const out = path.join(TMP, 'lo-saved-out.xlsx');
    fs.rmSync(out, { force: true });
    const { plan, custom } = await planFor(saved);
    expect((await writeSummaryOut(saved, out, false, plan, 'vi', custom)).how).toBe('grafted');
    const back = await book(out);
    expect(back.worksheets.map((w) => w.name)).toEqual([...(await book(saved)).worksheets.map((w) => w.name), plan.name]);
    const recalced = await recalcWithLibreOffice(out, path.join(TMP, 'lo-saved-recalc'));
    const got = new Map((await readFormulaResults(recalced)).filter((r) => r.sheet === plan.name).map((r) => [r.address, r.value]));
    expect(formulasDisagreeing(plan.cells.filter((c) => c.formula && c.expected !== undefined), got)).toEqual([]);
  }, 180_000);

  it('a plan with tables, lists and conditional formats: table names and ids stay unique, the look is the old way\'s', async () => {
    const src = path.join(TMP, 'tables.xlsx');
    const plan = templatePlans('aid', 'vi')[0];
    expect(plan.tables?.length).toBeGreaterThan(0);
    // An input whose own table already takes the name the plan asks for.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sổ');
    ws.addTable({ name: plan.tables![0].name, ref: 'A1', headerRow: true, columns: [{ name: 'Mã' }, { name: 'Số tiền' }], rows: [['VT-1', 5]] });
    await wb.xlsx.writeFile(src);
    const out = path.join(TMP, 'tables-out.xlsx');
    const old = path.join(TMP, 'tables-old.xlsx');
    for (const f of [out, old]) fs.rmSync(f, { force: true });
    const none = customPartWith('', new Map());
    expect((await writeSummaryOut(src, out, false, plan, 'vi', none)).how).toBe('grafted');
    await writeSummaryOutWhole(src, old, false, plan, 'vi', none);
    const p = await parts(out);
    const tables = [...p.entries()].filter(([n]) => n.startsWith('xl/tables/')).map(([, b]) => b.toString('utf8').match(/<table [^>]*>/)![0]);
    const attrs = (k: string): string[] => tables.map((t) => new RegExp(` ${k}="([^"]*)"`).exec(t)![1]);
    expect(tables).toHaveLength(2);
    expect(new Set(attrs('id')).size).toBe(2);
    expect(new Set(attrs('name').map((n) => n.toUpperCase())).size).toBe(2);
    const a = (await book(old)).getWorksheet(plan.name)!;
    const b = (await book(out)).getWorksheet(plan.name)!;
    expect(differences(cellsOf(a), cellsOf(b))).toEqual([]);
    expect(sheetLook(b)).toEqual(sheetLook(a));
    expect(conditionalOf(b).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('packages the graft leaves alone', () => {
  it('refuses a workbook written with a namespace prefix before writing anything (the caller then copies it the old way)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sổ').getCell('A1').value = 1;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', xml.replace('<workbook xmlns=', '<x:workbook xmlns:x=').replace('</workbook>', '</x:workbook>').replace(/<(\/?)(sheets|sheet|workbookPr|bookViews|workbookView|calcPr|definedNames|definedName)\b/g, '<$1x:$2'));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(openGraft(bytesSource(bytes))).rejects.toMatchObject({ reason: 'not-transitional' });
    const pkg = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const ok = await openGraft(bytesSource(await pkg.generateAsync({ type: 'uint8array' })));
    expect(ok.sheetNames).toEqual(['Sổ']);
  });
});

describe('a macro-enabled workbook', () => {
  it('is copied the old way, through ExcelJS: grafted as it is, its package would not open as .xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    for (const s of sampleBook(false, 20, 10).sheets) writeGridSheet(wb, s);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'));
    const src = path.join(TMP, 'macros.xlsm');
    fs.writeFileSync(src, await zip.generateAsync({ type: 'uint8array' }));
    expect(fs.readFileSync(src).includes('macroEnabled.main+xml')).toBe(true);
    const out = path.join(TMP, 'macros-out.xlsx');
    fs.rmSync(out, { force: true });
    const { plan, custom } = await planFor(src);
    expect(await writeSummaryOut(src, out, false, plan, 'vi', custom)).toEqual({ sheet: plan.name, how: { whole: 'not-xlsx' } });
    const p = await parts(out);
    expect(p.get('[Content_Types].xml')!.toString('utf8')).toContain('spreadsheetml.sheet.main+xml');
    expect((await book(out)).worksheets.map((w) => w.name)).toContain(plan.name);
  }, 60_000);
});

describe('memory: the registers are never loaded to write the summary', () => {
  it('summarises a 60k-row register with a 120 MB heap; the old way runs out of it', async () => {
    const file = path.join(TMP, 'register-60k.xlsx');
    if (!fs.existsSync(file)) {
      const w = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.partial`, useSharedStrings: true, useStyles: true });
      const ws = w.addWorksheet('Giải ngân');
      ws.addRow(headerOf('aid-disbursements').slice(0, 4)).commit();
      for (let i = 0; i < 60_000; i++) {
        ws.addRow(rowOf('aid-disbursements', { aidId: `VT-${i % 5000}`, date: serial(2024, 1 + (i % 12), 1 + (i % 28)), amount: 1000 + (i % 977), currency: 'USD' }).slice(0, 4)).commit();
      }
      ws.commit();
      await w.commit();
      fs.renameSync(`${file}.partial`, file);
    }
    const run = (code: string, target: string): ReturnType<typeof spawnSync> => {
      fs.rmSync(target, { force: true });
      return spawnSync(process.execPath, ['--max-old-space-size=120', '-e', code, BIN, file, target], { encoding: 'utf8', timeout: 120_000 });
    };
    const grafted = run(`process.argv = [process.argv[0], process.argv[1], 'summary', process.argv[2], '--year', '2024', '--out', process.argv[3], '--today', '${dayToIso(TODAY)}', '--json', '--lang', 'vi']; require(process.argv[1]);`, path.join(TMP, 'register-60k-out.xlsx'));
    expect([grafted.status, String(grafted.stderr).slice(0, 300)]).toEqual([0, '']);
    expect((await book(path.join(TMP, 'register-60k-out.xlsx'))).worksheets.map((w) => w.name)).toEqual(['Giải ngân', 'Tổng hợp 2024']);
    // The old way, under the same cap: the whole workbook through ExcelJS does not fit.
    const summaryOut = path.join(__dirname, '..', 'dist', 'src', 'cli', 'summaryOut.js');
    const oldWay = run([
      `const { writeSummaryOutWhole } = require(${JSON.stringify(summaryOut)});`,
      `writeSummaryOutWhole(process.argv[2], process.argv[3], false, { name: 'S', cells: [{ row: 0, col: 0, value: 1 }] }, 'vi', '').then(() => process.exit(0));`,
    ].join('\n'), path.join(TMP, 'register-60k-old.xlsx'));
    expect(oldWay.status).not.toBe(0);
    expect(String(oldWay.stderr)).toMatch(/heap out of memory/);
  }, 180_000);
});
