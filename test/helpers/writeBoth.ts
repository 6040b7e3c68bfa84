/// <reference types="office-js" />
// Both plan writers side by side for the Office.js writer's tests: a plan written by the ExcelJS writer
// and by the Office.js writer into a recording fake, compared cell by cell; plans of a given size.
import ExcelJS from 'exceljs';
import { formulaAtRow } from '../../src/core/plan/formulaRows';
import { planExtent, type PlanChart, type PlanValue, type SheetPlan } from '../../src/core/plan/sheetPlan';
import { summaryPlan } from '../../src/core/plan/summary';
import { tableColumnNames } from '../../src/core/plan/names';
import { summarise } from '../../src/core/summary';
import { parsePeriod } from '../../src/core/summary/period';
import { validateWorkbook } from '../../src/core/validate';
import { LOOK_FORMATS } from '../../src/core/plan/styles';
import { writePlan, xlsxFormula } from '../../src/excel/exceljs/writePlan';
import { rangeAddress } from '../../src/excel/office/address';
import { columnWidthPoints } from '../../src/excel/office/styles';
import { listSource } from '../../src/excel/office/validation';
import { writePlanOffice } from '../../src/excel/office/writePlanOffice';
import { cellDifferences, lookDifferences, pageExcelJs, pageOffice, readFile, snapshotExcelJs, snapshotOffice } from './officeCompare';
import { cellKey, createExcelMock, parseAddress, type ExcelRecorder } from './officeMock';
import { sampleBook, toInput, TODAY } from './sample';

export const WRITES = new Set(['values', 'formulas', 'numberFormat']);
export const FIVE_MB = 5 * 1024 * 1024;

export interface BothWritten {
  ws: ExcelJS.Worksheet[];
  rec: ExcelRecorder;
  sheetNames: string[];
  syncsPerPlan: number[];
  /** Per table of the ExcelJS file: column name → its <calculatedColumnFormula>. */
  calculated: Map<string, Record<string, string>>;
  /** Per sheet of the ExcelJS file: its manual page breaks (0-based rows that begin a page). */
  rowBreaks: Map<string, number[]>;
}

/** Writes the plans with both writers into workbooks that start alike (optionally with existing sheets). */
export async function writeBoth(plans: SheetPlan[], lang: 'vi' | 'en', existing: { name: string; cells?: Record<string, string> }[] = []): Promise<BothWritten> {
  const wb = new ExcelJS.Workbook();
  for (const s of existing) {
    const ws = wb.addWorksheet(s.name);
    for (const [addr, v] of Object.entries(s.cells ?? {})) ws.getCell(addr).value = v;
  }
  const excelNames = plans.map((p) => writePlan(wb, p, { lang }));
  const { book: back, calculated, rowBreaks } = await readFile(wb);

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
  return { ws: excelNames.map((n) => back.getWorksheet(n)!), rec, sheetNames, syncsPerPlan, calculated, rowBreaks };
}

/** The ExcelJS form of a list source, as writePlan stores it. */
export function excelListFormula(source: string): string {
  return source.startsWith('=') ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

/**
 * Same cells, merges, freeze panes, widths, tables, validations and conditional formats in both writers'
 * sheets, and as the plan says; each calculated column holds its formula, moved down, in every data row
 * and (ExcelJS) is declared calculated in the table part.
 */
export function expectOneLayout(both: BothWritten, i: number, plan: SheetPlan, lang: 'vi' | 'en'): void {
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

  // The printed look, cell by cell over everything the plan writes (and its borders), and the page setup.
  const extent = planExtent(plan);
  if (extent) {
    const rows = Math.max(extent.rows, ...(plan.borders ?? []).map((b) => b.row + b.rows));
    const cols = Math.max(extent.cols, ...(plan.borders ?? []).map((b) => b.col + b.cols));
    expect(lookDifferences(ws, rec, sheetName, rows, cols, Boolean(plan.font))).toEqual([]);
  }
  if (plan.page) {
    // Page breaks included: both as the plan says, in the file and in the Office.js sheet.
    expect(pageOffice(rec, sheetName)).toEqual(pageExcelJs(ws, both.rowBreaks.get(sheetName) ?? []));
    expect(rec.sheet(sheetName)!.rowBreaks).toEqual(plan.page.rowBreaks ?? []);
  }
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  expect(new Map(sheet.rowHeights)).toEqual(heights);
  for (const [row, height] of heights) expect(ws.getRow(row + 1).height).toBe(height);
}

// ---------------------------------------------------------------------------------------------
// Plans from sample data

/** The summary sheet of the generated sample workbook (as the CLI's `summary --out` builds it). */
export function summaryOf(aidProjects: number, fdiProjects: number, lang: 'vi' | 'en' = 'vi'): SheetPlan {
  const input = toInput(sampleBook(false, aidProjects, fdiProjects));
  const result = validateWorkbook(input, { today: TODAY, lang, locale: 'vi' });
  const summary = summarise(result.tables, { period: parsePeriod({ year: 2025 }, TODAY), currency: 'USD' });
  return summaryPlan(summary, result, input, { lang, today: TODAY });
}

/**
 * The committed-vs-disbursed-by-sector chart summaryPlan must hold, derived independently from the
 * plan's own sector table: categories are its labels, series its committed and disbursed columns.
 */
export function expectedSectorChart(plan: SheetPlan, lang: 'vi' | 'en'): PlanChart {
  const at = (r: number, c: number) => plan.cells.find((x) => x.row === r && x.col === c);
  const head = plan.cells.find((c) => c.col === 0 && c.style === 'header' && c.value === (lang === 'vi' ? 'Lĩnh vực' : 'Sector'));
  if (!head) throw new Error('no sector table in the summary plan');
  // Under the header, the row of column numbers "(A) (1) (2)…", then the groups.
  expect(at(head.row + 1, 0)).toMatchObject({ value: '(A)', style: 'colNumber' });
  const firstRow = head.row + 2;
  let last = head.row + 1;
  while (at(last + 1, 0) && !['subtitle', 'header', 'note', 'total'].includes(at(last + 1, 0)!.style ?? '')) last++;
  const rows = last - head.row - 1;
  expect(rows).toBeGreaterThan(1);
  return {
    kind: 'clusteredColumn',
    title: lang === 'vi' ? 'Cam kết và giải ngân theo lĩnh vực' : 'Committed vs disbursed by sector',
    categories: { row: firstRow, col: 0, rows, cols: 1 },
    series: [2, 3].map((col) => ({ name: String(at(head.row, col)!.value), values: { row: firstRow, col, rows, cols: 1 } })),
    anchor: expect.any(Object) as unknown as PlanChart['anchor'],
  };
}

export function tablePlan(rows: number, cell: (i: number) => readonly PlanValue[] = (i) => [`P${i}`, i * 1.5, 45000 + (i % 365), i % 7 === 0 ? 'ghi chú' : null]): SheetPlan {
  return {
    name: 'Dữ liệu',
    cells: [{ row: 0, col: 0, value: 'Sổ dữ liệu', style: 'title' }],
    tables: [{ name: 'du_lieu', row: 2, col: 0, headers: ['Mã', 'Số tiền', 'Ngày', 'Ghi chú'], rows: Array.from({ length: rows }, (_, i) => cell(i)), numFmts: [undefined, '#,##0.00', 'dd/mm/yyyy', undefined] }],
    freeze: { rows: 3, cols: 0 },
  };
}

export const writesOn = (rec: ExcelRecorder, sheet: string) => rec.calls.filter((c) => c.sheet === sheet && WRITES.has(c.op));

// ---------------------------------------------------------------------------------------------
