/// <reference types="office-js" />
// The Office.js plan writer, continued: cell blocks, never touching an existing sheet, text kept as
// text, and the round trips and chunks of large tables (against the recording fake).
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../src/core/plan/sheetPlan';
import { rangeAddress } from '../src/excel/office/address';
import { cellBlocks } from '../src/excel/office/cellGrid';
import { PAYLOAD_BUDGET } from '../src/excel/office/payload';
import { needsTextFormat } from '../src/excel/office/textFormat';
import { DEFAULT_CHUNK_ROWS, WriteCancelledError, writePlanOffice } from '../src/excel/office/writePlanOffice';
import { cellDifferences, snapshotExcelJs, snapshotOffice } from './helpers/officeCompare';
import { createExcelMock, parseAddress } from './helpers/officeMock';
import { FIVE_MB, writeBoth, expectOneLayout, summaryOf, tablePlan, writesOn } from './helpers/writeBoth';

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
