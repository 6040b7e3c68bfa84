/// <reference types="office-js" />
// The Office.js plan writer against a recording mock of Excel: it writes what the plan holds and what
// the ExcelJS writer (CLI) writes for the same plan, cell by cell, with the same conditional formats and
// calculated columns; never touches an existing sheet; keeps text as text; and needs a constant number of
// round trips plus one per extra chunk of table rows.
import ExcelJS from 'exceljs';
import { formulaAtRow } from '../src/core/plan/formulaRows';
import { a1, colLetter } from '../src/core/base/a1';
import type { PlanChart, PlanValue, SheetPlan } from '../src/core/plan/sheetPlan';
import { summaryPlan } from '../src/core/plan/summary';
import { templatePlans } from '../src/core/plan/templatePlan';
import { tableColumnNames } from '../src/core/plan/names';
import { summarise } from '../src/core/summary';
import { parsePeriod } from '../src/core/summary/period';
import { validateWorkbook } from '../src/core/validate';
import { LOOK_FORMATS } from '../src/core/plan/styles';
import { writePlan, xlsxFormula } from '../src/excel/exceljs/writePlan';
import { rangeAddress } from '../src/excel/office/address';
import { cellBlocks } from '../src/excel/office/cellGrid';
import { PAYLOAD_BUDGET } from '../src/excel/office/payload';
import { columnWidthPoints } from '../src/excel/office/styles';
import { needsTextFormat } from '../src/excel/office/textFormat';
import { listSource } from '../src/excel/office/validation';
import { DEFAULT_CHUNK_ROWS, WriteCancelledError, writePlanOffice } from '../src/excel/office/writePlanOffice';
import { cellDifferences, readFile, snapshotExcelJs, snapshotOffice } from './helpers/officeCompare';
import { cellKey, createExcelMock, parseAddress, type ExcelRecorder } from './helpers/officeMock';
import { sampleBook, toInput, TODAY } from './helpers/sample';

const WRITES = new Set(['values', 'formulas', 'numberFormat']);
const FIVE_MB = 5 * 1024 * 1024;

interface BothWritten {
  ws: ExcelJS.Worksheet[];
  rec: ExcelRecorder;
  sheetNames: string[];
  syncsPerPlan: number[];
  /** Per table of the ExcelJS file: column name → its <calculatedColumnFormula>. */
  calculated: Map<string, Record<string, string>>;
}

/** Writes the plans with both writers into workbooks that start alike (optionally with existing sheets). */
async function writeBoth(plans: SheetPlan[], lang: 'vi' | 'en', existing: { name: string; cells?: Record<string, string> }[] = []): Promise<BothWritten> {
  const wb = new ExcelJS.Workbook();
  for (const s of existing) {
    const ws = wb.addWorksheet(s.name);
    for (const [addr, v] of Object.entries(s.cells ?? {})) ws.getCell(addr).value = v;
  }
  const excelNames = plans.map((p) => writePlan(wb, p, { lang }));
  const { book: back, calculated } = await readFile(wb);

  const rec = createExcelMock({ sheets: existing });
  const sheetNames: string[] = [];
  const syncsPerPlan: number[] = [];
  for (const p of plans) {
    const before = rec.syncs;
    const r = await writePlanOffice(rec.context, p, { lang });
    sheetNames.push(r.sheetName);
    syncsPerPlan.push(rec.syncs - before);
  }
  expect(sheetNames).toEqual(excelNames);
  return { ws: excelNames.map((n) => back.getWorksheet(n)!), rec, sheetNames, syncsPerPlan, calculated };
}

/** The ExcelJS form of a list source, as writePlan stores it. */
function excelListFormula(source: string): string {
  return source.startsWith('=') ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

/**
 * Same cells, merges, freeze panes, widths, tables, validations and conditional formats in both writers'
 * sheets, and as the plan says; each calculated column holds its formula, moved down, in every data row
 * and (ExcelJS) is declared calculated in the table part.
 */
function expectOneLayout(both: BothWritten, i: number, plan: SheetPlan, lang: 'vi' | 'en'): void {
  const { rec } = both;
  const ws = both.ws[i];
  const sheetName = both.sheetNames[i];
  const excel = snapshotExcelJs(ws);
  const office = snapshotOffice(rec, sheetName);
  expect(cellDifferences(excel, office)).toEqual([]);
  expect(office.merges).toEqual(excel.merges);
  expect(office.freeze).toEqual(excel.freeze);
  expect([...office.widths]).toEqual([...excel.widths].map(([c, w]) => [c, columnWidthPoints(w)]));
  expect(office.tables.map((t) => [t.name, t.address, t.headers])).toEqual(excel.tables.map((t) => [t.name, t.address, t.headers]));
  expect(office.conditionalFormats).toEqual(excel.conditionalFormats);

  // As the plan holds it.
  for (const c of plan.cells) {
    const got = office.cells.get(cellKey(c.row, c.col));
    if (c.formula) expect(rec.sheet(sheetName)!.cells.get(cellKey(c.row, c.col))?.formula).toBe(`=${c.formula.replace(/^=/, '')}`);
    else if (c.value !== null && c.value !== undefined) expect(got?.value).toBe(c.value);
  }
  const planTables = plan.tables ?? [];
  expect(office.tables.map((t) => t.headers)).toEqual(planTables.map((t) => tableColumnNames(t.headers, lang)));
  planTables.forEach((t, k) => {
    const dataRows = Math.max(1, t.rows.length);
    const calculated: Record<string, string> = {};
    t.formulas?.forEach((f, j) => {
      if (!f) return;
      calculated[office.tables[k].headers[j] as string] = xlsxFormula(f);
      for (let r = 0; r < dataRows; r++) {
        const key = cellKey(t.row + 1 + r, t.col + j);
        expect(rec.sheet(sheetName)!.cells.get(key)?.formula).toBe(`=${formulaAtRow(f, r)}`);
        expect(ws.getCell(key).formula).toBe(xlsxFormula(formulaAtRow(f, r)));
      }
    });
    expect(both.calculated.get(office.tables[k].name)).toEqual(calculated);
  });
  expect(office.conditionalFormats).toEqual((plan.conditionalFormats ?? []).map((cf) => ({
    areas: cf.ranges.map(rangeAddress),
    formula: xlsxFormula(cf.formula),
    fill: LOOK_FORMATS[cf.look].fill.slice(-6),
    font: LOOK_FORMATS[cf.look].font.slice(-6),
  })));
  const sheet = rec.sheet(sheetName)!;
  expect(sheet.validations.map((v) => [v.address, v.rule.list?.source, v.rule.list?.inCellDropDown]))
    .toEqual((plan.validations ?? []).map((v) => [rangeAddress(v.range), listSource(v.list), true]));
  for (const v of sheet.validations) {
    const b = parseAddress(v.address);
    const formula = excelListFormula(String(v.rule.list!.source));
    expect(ws.getCell(cellKey(b.r0, b.c0)).dataValidation).toMatchObject({ type: 'list', formulae: [formula] });
    expect(ws.getCell(cellKey(b.r1, b.c1)).dataValidation).toMatchObject({ type: 'list', formulae: [formula] });
    expect(ws.getCell(cellKey(b.r1 + 1, b.c0)).dataValidation).toBeUndefined();
  }
  if (plan.freeze) expect(sheet.freeze).toEqual(plan.freeze);
}

// ---------------------------------------------------------------------------------------------
// Plans from sample data

/** The summary sheet of the generated sample workbook (as the CLI's `summary --out` builds it). */
function summaryOf(aidProjects: number, fdiProjects: number, lang: 'vi' | 'en' = 'vi'): SheetPlan {
  const input = toInput(sampleBook(false, aidProjects, fdiProjects));
  const result = validateWorkbook(input, { today: TODAY, lang, locale: 'vi' });
  const summary = summarise(result.tables, { period: parsePeriod({ year: 2025 }, TODAY), currency: 'USD' });
  return summaryPlan(summary, result, input, { lang, today: TODAY });
}

/**
 * The committed-vs-disbursed-by-sector chart summaryPlan must hold, derived independently from the
 * plan's own sector table: categories are its labels, series its committed and disbursed columns.
 */
function expectedSectorChart(plan: SheetPlan, lang: 'vi' | 'en'): PlanChart {
  const at = (r: number, c: number) => plan.cells.find((x) => x.row === r && x.col === c);
  const head = plan.cells.find((c) => c.col === 0 && c.style === 'header' && c.value === (lang === 'vi' ? 'Lĩnh vực' : 'Sector'));
  if (!head) throw new Error('no sector table in the summary plan');
  let last = head.row;
  while (at(last + 1, 0) && !['subtitle', 'header', 'note', 'total'].includes(at(last + 1, 0)!.style ?? '')) last++;
  const rows = last - head.row;
  expect(rows).toBeGreaterThan(1);
  return {
    kind: 'clusteredColumn',
    title: lang === 'vi' ? 'Cam kết và giải ngân theo lĩnh vực' : 'Committed vs disbursed by sector',
    categories: { row: head.row + 1, col: 0, rows, cols: 1 },
    series: [2, 3].map((col) => ({ name: String(at(head.row, col)!.value), values: { row: head.row + 1, col, rows, cols: 1 } })),
    anchor: expect.any(Object) as unknown as PlanChart['anchor'],
  };
}

function tablePlan(rows: number, cell: (i: number) => readonly PlanValue[] = (i) => [`P${i}`, i * 1.5, 45000 + (i % 365), i % 7 === 0 ? 'ghi chú' : null]): SheetPlan {
  return {
    name: 'Dữ liệu',
    cells: [{ row: 0, col: 0, value: 'Sổ dữ liệu', style: 'title' }],
    tables: [{ name: 'du_lieu', row: 2, col: 0, headers: ['Mã', 'Số tiền', 'Ngày', 'Ghi chú'], rows: Array.from({ length: rows }, (_, i) => cell(i)), numFmts: [undefined, '#,##0.00', 'dd/mm/yyyy', undefined] }],
    freeze: { rows: 3, cols: 0 },
  };
}

const writesOn = (rec: ExcelRecorder, sheet: string) => rec.calls.filter((c) => c.sheet === sheet && WRITES.has(c.op));

// ---------------------------------------------------------------------------------------------

describe('writePlanOffice: one layout, two writers', () => {
  for (const kind of ['aid', 'fdi'] as const) {
    for (const lang of ['vi', 'en'] as const) {
      it(`writes the ${kind} template (${lang}) as the plan holds it and as the ExcelJS writer does`, async () => {
        const plans = templatePlans(kind, lang);
        const both = await writeBoth(plans, lang);
        const { rec, sheetNames, syncsPerPlan } = both;
        plans.forEach((p, i) => expectOneLayout(both, i, p, lang));
        // 1 read + 1 write per sheet, conditional formats and check column included: templates have no large tables.
        expect(syncsPerPlan).toEqual(plans.map(() => 2));
        // Each register ends in the check column, calculated in both writers, coloured by one rule per column.
        const first = kind === 'aid' ? 'aid-projects' : 'fdi-projects';
        const last = kind === 'aid' ? 'T' : 'L';
        const check = kind === 'aid' ? 'U' : 'M';
        const formula = plans[0].tables![0].formulas![plans[0].tables![0].headers.length - 1]!;
        expect(formula).toMatch(new RegExp(`^IFERROR\\(AID\\.CHECK\\(A4:${last}4,"${first}",A\\$3:${last}\\$3\\),`));
        expect(rec.sheet(sheetNames[0])!.cells.get(`${check}4`)).toEqual({ formula: `=${formula}` });
        expect(both.calculated.get(first.replace('-', '_'))).toEqual({ [lang === 'vi' ? 'Kiểm tra' : 'Check']: xlsxFormula(formula) });
        plans.slice(0, -1).forEach((p, i) => {
          const checkCol = colLetter(p.tables![0].headers.length - 1);
          const formats = rec.conditionalFormats(sheetNames[i]);
          expect(formats).toHaveLength(p.tables![0].headers.length);
          // On top: the check cell's own rule, over the 1000 rows made ready for typing.
          expect(formats[0].areas).toEqual([`${checkCol}4:${checkCol}1003`]);
          expect(formats[0].custom.rule.formula).toBe(`=IFERROR($${checkCol}4<>"",TRUE())`);
        });
        expect(rec.conditionalFormats(sheetNames[sheetNames.length - 1])).toEqual([]);
        expect(rec.payloads.every((b) => b < FIVE_MB)).toBe(true);
        // Few commands: the code lists (hundreds of cells) go out as a couple of rectangles.
        const lists = plans[plans.length - 1];
        const listWrites = writesOn(rec, sheetNames[sheetNames.length - 1]);
        expect(listWrites.length).toBeLessThanOrEqual(6);
        expect(lists.cells.length).toBeGreaterThan(100);
        // A register sheet: one table, its header written in one command.
        const reg = rec.tables.find((t) => t.sheet === sheetNames[0])!;
        expect(reg.style).toBe('TableStyleMedium2');
        expect(rec.calls.filter((c) => c.sheet === sheetNames[0] && c.op === 'values')).toHaveLength(2); // title + header row
      });
    }
  }

  it('writes a summary plan (sample data) with its chart on the plan ranges, in 2 round trips', async () => {
    const plan = summaryOf(60, 30);
    // Committed vs disbursed by sector, then FDI registered vs implemented by country.
    expect(plan.charts).toHaveLength(2);
    expect(plan.charts![0]).toEqual(expectedSectorChart(plan, 'vi'));
    expect(plan.charts![1].title).toBe('Vốn đăng ký và vốn thực hiện theo quốc gia');
    const both = await writeBoth([plan], 'vi');
    const { ws, rec, sheetNames, syncsPerPlan } = both;
    const name = sheetNames[0];
    expectOneLayout(both, 0, plan, 'vi');
    expect(syncsPerPlan).toEqual([2]);
    expect(rec.calls.filter((c) => c.op === 'formulas').length).toBeGreaterThan(0);

    const c = plan.charts![0];
    const [chart, fdiChart] = rec.sheet(name)!.charts;
    expect(fdiChart).toMatchObject({ type: 'ColumnClustered', title: plan.charts![1].title });
    expect(chart).toEqual({
      type: 'ColumnClustered',
      seriesBy: 'Columns',
      source: rangeAddress(c.series[0].values),
      title: c.title,
      position: [a1(c.anchor.row, c.anchor.col), a1(c.anchor.row + c.anchor.rows - 1, c.anchor.col + c.anchor.cols - 1)],
      series: c.series.map((s) => ({ name: s.name, values: rangeAddress(s.values), xValues: rangeAddress(c.categories) })),
    });

    // Styles per rectangle, not per cell; the title as the ExcelJS writer makes it.
    const formats = rec.sheet(name)!.formats;
    expect(formats.length).toBeLessThan(plan.cells.filter((x) => x.style).length / 2);
    expect(formats.find((f) => f.address === 'A1')).toMatchObject({ bold: true, size: 14 });
    expect(ws[0].getCell('A1').font).toMatchObject({ bold: true, size: 14 });
  });
});

describe('writePlanOffice: calculated columns and conditional formats', () => {
  /**
   * tablePlan with a fifth, calculated column (holding values the writers must not write, one of them text
   * that would need the Text format) and two rules, one of them over two areas.
   */
  function calculatedPlan(rows: number): SheetPlan {
    const base = tablePlan(rows);
    return {
      ...base,
      tables: [{
        ...base.tables![0],
        rows: base.tables![0].rows.map((r, i) => [...r, i % 2 === 0 ? '=SUM(A1)' : 7]),
        headers: [...base.tables![0].headers, 'Gấp đôi'],
        formulas: [undefined, undefined, undefined, undefined, 'IF(B4="","",B4*2)&" / "&$A$4&" / "&SUM(B$4:B4)'],
      }],
      conditionalFormats: [
        { ranges: [{ row: 3, col: 1, rows, cols: 1 }, { row: 3, col: 4, rows, cols: 1 }], formula: '=$B4>3', look: 'error' },
        { ranges: [{ row: 3, col: 0, rows, cols: 1 }], formula: 'LEN($D4)>0', look: 'warning' },
      ],
    };
  }

  it('calculated column: every data row holds the formula moved down, in both writers; rules keep the plan\'s priority', async () => {
    const plan = calculatedPlan(4);
    const both = await writeBoth([plan], 'vi');
    expectOneLayout(both, 0, plan, 'vi');
    const sheet = both.rec.sheet(both.sheetNames[0])!;
    expect(sheet.cells.get('E7')).toEqual({ formula: '=IF(B7="","",B7*2)&" / "&$A$4&" / "&SUM(B$4:B7)' });
    expect(both.calculated.get('du_lieu')).toEqual({ 'Gấp đôi': 'IF(B4="","",B4*2)&" / "&$A$4&" / "&SUM(B$4:B4)' });
    expect(both.rec.conditionalFormats(both.sheetNames[0]).map((f) => [f.areas, f.custom.rule.formula, f.custom.format.fill.color]))
      .toEqual([[['B4:B7', 'E4:E7'], '=$B4>3', '#FFC7CE'], [['A4:A7'], '=LEN($D4)>0', '#FFEB9C']]);
    expect(both.syncsPerPlan).toEqual([2]);
  });

  it('calculated column over 12 000 rows: one formulas command per chunk, no extra round trip, under the request limit', async () => {
    const rec = createExcelMock();
    const r = await writePlanOffice(rec.context, calculatedPlan(12_000));
    expect(rec.syncs).toBe(1 + Math.ceil(12_000 / DEFAULT_CHUNK_ROWS));
    expect(rec.calls.filter((c) => c.op === 'formulas').map((c) => c.address)).toEqual(['E4:E5003', 'E5004:E10003', 'E10004:E12003']);
    expect(rec.sheet(r.sheetName)!.cells.get('E12003')).toEqual({ formula: '=IF(B12003="","",B12003*2)&" / "&$A$4&" / "&SUM(B$4:B12003)' });
    expect(Math.max(...rec.payloads)).toBeLessThan(PAYLOAD_BUDGET);
  });
});

describe('cellBlocks', () => {
  it('puts nearby cells in one rectangle and keeps far-apart cells apart', () => {
    const near = cellBlocks([0, 1, 2].flatMap((r) => [0, 1, 3].map((c) => ({ row: r, col: c, value: r * 10 + c }))));
    expect(near.map((b) => rangeAddress(b))).toEqual(['A1:D3']);
    expect(near[0].values![0]).toEqual([0, 1, null, 3]);
    expect(near[0].numberFormat).toBeNull();
    const far = cellBlocks([{ row: 0, col: 0, value: 'a' }, { row: 4999, col: 25, value: 'z' }, { row: 0, col: 200, value: 'x' }]);
    expect(far.map((b) => rangeAddress(b))).toEqual(['A1', 'GS1', 'Z5000']);
  });
});

describe('writePlanOffice never touches an existing sheet', () => {
  it('picks "Name (2)" like the ExcelJS writer, and free table names', async () => {
    const plan: SheetPlan = { ...tablePlan(3), name: 'Tổng hợp 2025' };
    const existing = [{ name: 'TỔNG HỢP 2025', cells: { A1: 'keep me', B2: 'and me' } }];
    const both = await writeBoth([plan, plan], 'vi', existing);
    const { rec, sheetNames } = both;
    expect(sheetNames).toEqual(['Tổng hợp 2025 (2)', 'Tổng hợp 2025 (3)']);
    expect(rec.tables.map((t) => t.name)).toEqual(['du_lieu', 'du_lieu_2']);
    expectOneLayout(both, 1, plan, 'vi');

    const old = rec.sheet('TỔNG HỢP 2025')!;
    expect(Object.fromEntries(old.cells)).toEqual({ A1: { value: 'keep me' }, B2: { value: 'and me' } });
    expect(rec.calls.filter((c) => c.sheet === 'TỔNG HỢP 2025')).toEqual([]);
  });

  it('returns renamed: true only when it had to, and avoids table names and defined names already in the book', async () => {
    const rec = createExcelMock({
      sheets: [{ name: 'Dữ liệu' }],
      tables: [{ sheet: 'Dữ liệu', name: 'DU_LIEU', address: 'A1:B2' }],
      names: ['du_lieu_2'],
    });
    const r = await writePlanOffice(rec.context, tablePlan(2));
    expect(r).toEqual({ sheetName: 'Dữ liệu (2)', tableNames: ['du_lieu_3'], renamed: true });
    const fresh = createExcelMock();
    expect(await writePlanOffice(fresh.context, tablePlan(2))).toEqual({ sheetName: 'Dữ liệu', tableNames: ['du_lieu'], renamed: false });
    // The names were read in one round trip before anything was written.
    expect(rec.calls.slice(0, 4).map((c) => c.op)).toEqual(['load', 'load', 'load', 'sync']);
  });
});

describe('writePlanOffice keeps text as text', () => {
  const TRICKY = ['=SUM(A1)', '+84 912 345 678', '-', '@home', '=1+1', '1.234', '01/02/2024', 'TRUE', '#N/A', 'Mar-24', '10%'];

  it('the mock reads an unformatted "=…" as a formula, as Excel does (control)', async () => {
    const rec = createExcelMock();
    const sheet = (rec.context.workbook.worksheets as unknown as { add(n: string): Excel.Worksheet }).add('x');
    sheet.getRange('A1:B1').values = [['=SUM(A1)', '1.234']];
    expect(rec.sheet('x')!.cells.get('A1')).toEqual({ formula: '=SUM(A1)' });
    expect(rec.sheet('x')!.cells.get('B1')).toEqual({ value: 1.234 });
  });

  it('writes "=SUM(A1)", "+84 912", "-", "@home" and look-alikes of numbers, dates and booleans as text', async () => {
    const plan: SheetPlan = {
      name: 'Văn bản',
      cells: [
        ...TRICKY.map((v, i) => ({ row: i, col: 0, value: v })),
        { row: 0, col: 1, value: 'Y tế' },
        { row: 1, col: 1, value: '-', style: 'money' as const },
        { row: 2, col: 1, formula: 'SUM(C1:C2)', expected: 0 },
      ],
      tables: [{ name: 't', row: 20, col: 0, headers: ['2024', '=x', 'Ghi chú'], rows: [['=SUM(A1)', 5, '@home'], ['+1', -5, 'bình thường']], numFmts: [undefined, '#,##0', undefined] }],
    };
    expect(TRICKY.every(needsTextFormat)).toBe(true);
    expect(needsTextFormat('Y tế') || needsTextFormat('Tổng hợp 2024-H1') || needsTextFormat('Quý III/2024')).toBe(false);

    const { ws, rec, sheetNames } = await writeBoth([plan], 'vi');
    const sheet = rec.sheet(sheetNames[0])!;
    const formulaCells = [...sheet.cells].filter(([, c]) => c.formula !== undefined).map(([k]) => k);
    expect(formulaCells).toEqual(['B3']);
    TRICKY.forEach((v, i) => expect(sheet.cells.get(`A${i + 1}`)).toEqual({ numberFormat: '@', value: v }));
    expect(sheet.cells.get('B1')).toEqual({ value: 'Y tế' });
    expect(sheet.cells.get('B2')).toEqual({ numberFormat: '@', value: '-' });
    expect(['A21', 'B21', 'A22', 'C22', 'A23'].map((k) => sheet.cells.get(k))).toEqual([
      { numberFormat: '@', value: '2024' }, { numberFormat: '@', value: '=x' },
      { numberFormat: '@', value: '=SUM(A1)' }, { numberFormat: '@', value: '@home' }, { numberFormat: '@', value: '+1' },
    ]);
    // The Text format goes out before the value, in the same batch.
    const firstValues = rec.calls.findIndex((c) => c.op === 'values');
    const firstFormat = rec.calls.findIndex((c) => c.op === 'numberFormat');
    expect(firstFormat).toBeGreaterThanOrEqual(0);
    expect(firstFormat).toBeLessThan(firstValues);

    // Same text in the ExcelJS file; the only difference is the Text format on those cells.
    const diffs = cellDifferences(snapshotExcelJs(ws[0]), snapshotOffice(rec, sheetNames[0]));
    const textCells = [...sheet.cells].filter(([, c]) => c.numberFormat === '@').map(([k]) => k).sort();
    expect(diffs.map((d) => d.split(':')[0]).sort()).toEqual(textCells);
    for (const d of diffs) expect(d).toMatch(/office \{"numFmt":"@","value":/);
    for (const k of textCells) expect(ws[0].getCell(k).type).toBe(ExcelJS.ValueType.String);
  });
});

describe('writePlanOffice round trips and chunks', () => {
  it('needs one more round trip per extra chunk of 5000 rows, and nothing else', async () => {
    const small = createExcelMock();
    await writePlanOffice(small.context, tablePlan(100));
    const big = createExcelMock();
    const r = await writePlanOffice(big.context, tablePlan(100_000));
    expect(small.syncs).toBe(2);
    expect(big.syncs - small.syncs).toBe(Math.ceil(100_000 / DEFAULT_CHUNK_ROWS) - 1);

    const body = writesOn(big, r.sheetName).filter((c) => c.op === 'values' && parseAddress(c.address!).r0 > 2);
    expect(body).toHaveLength(20);
    for (const c of body) {
      const b = parseAddress(c.address!);
      expect(b.r1 - b.r0 + 1).toBeLessThanOrEqual(DEFAULT_CHUNK_ROWS);
    }
    const cells = big.sheet(r.sheetName)!.cells;
    expect(cells.get('A100003')).toEqual({ value: 'P99999' });
    expect(cells.get('C100003')).toEqual({ numberFormat: 'dd/mm/yyyy', value: 45000 + (99_999 % 365) });
    expect(big.tables[0].address).toBe('A3:D100003');
    expect(Math.max(...big.payloads)).toBeLessThan(FIVE_MB);
  });

  it('takes a constant number of round trips for a summary plan, whatever the size of the data', async () => {
    const small = summaryOf(20, 10);
    const large = summaryOf(400, 200);
    expect(large.cells.length).toBeGreaterThan(small.cells.length);
    const syncs: number[] = [];
    for (const plan of [small, large]) {
      const rec = createExcelMock();
      await writePlanOffice(rec.context, plan);
      syncs.push(rec.syncs);
    }
    expect(syncs).toEqual([2, 2]);
  });

  it('shrinks chunks of long text to stay under the 5 MB request limit of Excel on the web', async () => {
    const long = 'Dự án cấp nước sạch và vệ sinh môi trường nông thôn '.repeat(20); // ~1 000 characters
    const rows = 6000;
    const rec = createExcelMock();
    await writePlanOffice(rec.context, tablePlan(rows, (i) => [`P${i}`, i, 45000, `${long}${i}`]));
    const perSync = rec.payloads.slice(1);
    expect(Math.max(...perSync)).toBeLessThan(PAYLOAD_BUDGET);
    expect(perSync.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * PAYLOAD_BUDGET); // really more than one request's worth
    expect(rec.syncs - 1).toBeGreaterThan(Math.ceil(rows / DEFAULT_CHUNK_ROWS));
    expect(rec.sheet('Dữ liệu')!.cells.get(`D${rows + 3}`)).toEqual({ value: `${long}${rows - 1}` });
  });

  it('reports progress after each chunk', async () => {
    const rec = createExcelMock();
    const progress: [number, number][] = [];
    await writePlanOffice(rec.context, tablePlan(12_000), { onProgress: (d, t) => progress.push([d, t]) });
    expect(progress).toEqual([[5000, 12_000], [10_000, 12_000], [12_000, 12_000]]);
    expect(rec.syncs).toBe(4);

    const none: [number, number][] = [];
    await writePlanOffice(createExcelMock().context, summaryOf(20, 10), { onProgress: (d, t) => none.push([d, t]) });
    expect(none).toEqual([[0, 0]]);
  });

  it('stops between chunks when cancelled and removes the unfinished sheet', async () => {
    const rec = createExcelMock({ sheets: [{ name: 'Sheet1', cells: { A1: 1 } }] });
    const signal = { cancelled: false };
    const progress: number[] = [];
    const run = writePlanOffice(rec.context, tablePlan(12_000), {
      chunkRows: 4000,
      signal,
      onProgress: (done) => {
        progress.push(done);
        if (done >= 4000) signal.cancelled = true;
      },
    });
    await expect(run).rejects.toBeInstanceOf(WriteCancelledError);
    expect(progress).toEqual([4000]);
    expect(rec.syncs).toBe(3); // read, layout + first chunk, delete
    expect(rec.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(['Sheet1']);
    const lastWrite = rec.calls.map((c) => c.op).lastIndexOf('values');
    expect(lastWrite).toBeLessThan(rec.calls.findIndex((c) => c.op === 'worksheet.delete'));
    expect(rec.calls.filter((c) => c.op === 'values' && parseAddress(c.address!).r0 > 2)).toHaveLength(1);

    // Cancelled before anything was written: only the names were read.
    const early = createExcelMock();
    await expect(writePlanOffice(early.context, tablePlan(10), { signal: { cancelled: true } })).rejects.toBeInstanceOf(WriteCancelledError);
    expect(early.syncs).toBe(1);
    expect(early.sheets).toEqual([]);
  });
});
