/// <reference types="office-js" />
// The Office.js plan writer against a recording mock of Excel: it writes what the plan holds and what
// the ExcelJS writer (CLI) writes for the same plan, cell by cell, with the same conditional formats and
// calculated columns; never touches an existing sheet; keeps text as text; and needs a constant number of
// round trips plus one per extra chunk of table rows.
import { a1, colLetter } from '../src/core/base/a1';
import type { SheetPlan } from '../src/core/plan/sheetPlan';
import { templatePlans } from '../src/core/plan/templatePlan';
import { xlsxFormula } from '../src/excel/exceljs/writePlan';
import { rangeAddress } from '../src/excel/office/address';
import { PAYLOAD_BUDGET } from '../src/excel/office/payload';
import { DEFAULT_CHUNK_ROWS, writePlanOffice } from '../src/excel/office/writePlanOffice';
import { createExcelMock } from './helpers/officeMock';
import { FIVE_MB, writeBoth, expectOneLayout, summaryOf, expectedSectorChart, tablePlan, writesOn } from './helpers/writeBoth';

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
    expect(formats.find((f) => f.address === 'A4')).toMatchObject({ bold: true, size: 13 });
    expect(ws[0].getCell('A4').font).toMatchObject({ name: 'Times New Roman', bold: true, size: 13 });

    // The appendix as it prints, in both writers (expectOneLayout compared them cell by cell): Times New
    // Roman everywhere, the motto beside the issuing body, thin borders round the first table's header.
    const sheet = rec.sheet(name)!;
    expect(sheet.cells.get('B1')).toMatchObject({ value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', font: 'Times New Roman' });
    const [head] = plan.borders!;
    const headKey = a1(head.row, 0);
    expect(sheet.cells.get(headKey)?.look?.borders).toEqual({ top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' });
    expect(ws[0].getCell(headKey).border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(sheet.pageLayout).toMatchObject({
      paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: `A1:E${plan.page!.printArea!.rows}`,
    });
    // No sheet-wide print titles: each page that continues a table has that table's header in its rows,
    // and the plan's page breaks are the sheet's manual breaks, queued in the same round trip.
    expect(sheet.pageLayout.printTitleRows).toBeUndefined();
    expect(plan.page!.rowBreaks!.length).toBeGreaterThan(2);
    expect(sheet.rowBreaks).toEqual(plan.page!.rowBreaks);
    expect(rec.calls.filter((x) => x.op === 'horizontalPageBreaks.add').map((x) => x.address)).toEqual(plan.page!.rowBreaks!.map((r) => `A${r + 1}`));
    expect(ws[0].pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
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
