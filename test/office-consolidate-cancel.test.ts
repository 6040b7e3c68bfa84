/// <reference types="office-js" />
// Consolidate's writing in the Office.js host, stopped: by the pane's Cancel between parts, or by a
// request Excel refuses. Against the recording fake: the workbook afterwards is the workbook before
// (sheets, cells, tables, the signing options), the clean-up is one batch and one sync, no part is
// sent after a cancel, and the parts said before writing are the requests made.
import { createOfficeHost, type ExcelRun } from '../src/excel/office/officeHost';
import { plannedRequests, WriteCancelledError, writePlanOffice } from '../src/excel/office/writePlanOffice';
import type { SheetPlan } from '../src/core/plan/sheetPlan';
import { SIGNING_PROPERTIES } from '../src/core/plan/summary';
import { ConsolidationWriteError, type Cancel, type LoadedBook, type Progress } from '../src/taskpane/host';
import { mockWithBook, runOn } from './helpers/officeBook';
import { createExcelMock, type ExcelRecorder } from './helpers/officeMock';
import { tablePlan } from './helpers/writeBoth';
import { sampleBook, toInput, TODAY } from './helpers/sample';

const CHUNK_ROWS = 200;
const SPEC = { period: '2024', currency: 'USD' as const, lang: 'vi' as const, signing: { issuer: 'UBND TỈNH QUẢNG TRỊ', place: 'Quảng Trị' } };
/** What the workbook remembered before: an issuer, and no place. */
const REMEMBERED = new Map([[SIGNING_PROPERTIES.issuer, 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ'], [SIGNING_PROPERTIES.preparedBy, 'Nguyễn Thị Lan']]);
/** Two departments' books: about 1 400 combined register rows, several parts per register sheet. */
const BOOKS: LoadedBook[] = [{ file: 'huyen-a.xlsx', input: toInput(sampleBook(false, 500, 200)) }, { file: 'huyen-b.xlsx', input: toInput(sampleBook(false, 500, 200)) }];
/** What the clean-up may do after a cancel: look sheets up, delete them, put properties back, sync once. */
const CLEAN_UP = new Set(['worksheets.getItemOrNullObject', 'worksheet.delete', 'nullObject.delete', 'customProperties.add', 'customProperty.delete', 'sync']);

/** The user's open workbook: the sample, and signing options remembered from an earlier summary. */
function openBook(): ExcelRecorder {
  const rec = mockWithBook(sampleBook(true, 60, 30));
  for (const [k, v] of REMEMBERED) rec.customProperties.set(k, v);
  return rec;
}

/** Everything of the workbook a user could see: its sheets with their cells and merges, tables, names and properties. */
function workbookState(rec: ExcelRecorder): string {
  const live = rec.sheets.filter((s) => !s.deleted);
  return JSON.stringify({
    sheets: live.map((s) => [s.name, [...s.cells.entries()], s.merges, [...s.columnWidths], s.validations, s.conditionalFormats, s.charts, s.freeze]),
    tables: rec.tables.filter((t) => live.some((s) => s.name === t.sheet)),
    names: rec.definedNames,
    properties: [...rec.customProperties].sort(),
  });
}

const added = (rec: ExcelRecorder): string[] => rec.calls.filter((c) => c.op === 'worksheets.add').map((c) => c.sheet!);

/** Excel.run over the fake whose sync fails, as Excel's RichApi errors do, whenever `fails` says so. */
function failingRun(rec: ExcelRecorder, fails: () => boolean): ExcelRun {
  const context = new Proxy(rec.context, {
    get: (target, prop) => (prop === 'sync'
      ? async () => {
        if (fails()) throw Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' });
        return target.sync();
      }
      : Reflect.get(target, prop)),
  });
  return (batch) => batch(context);
}

describe('Consolidate stopped while it writes', () => {
  it('a cancel between two parts of a register sheet: no further part is sent, and one request removes every sheet added and puts the signing options back', async () => {
    const rec = openBook();
    const before = workbookState(rec);
    const host = createOfficeHost({ run: runOn(rec), today: () => TODAY, write: { chunkRows: CHUNK_ROWS } });
    const cancel: Cancel = { cancelled: false };
    const progress: Progress[] = [];
    let at: { syncs: number; calls: number; sheets: string[] } | null = null;
    let sheetsBefore = 0;
    const out = await host.writeConsolidation(BOOKS, [], SPEC, (p) => {
      progress.push(p);
      const now = added(rec);
      // After the first part of the first register sheet (files, summary and problems come first).
      if (!at && now.length === 4 && sheetsBefore === 3) {
        cancel.cancelled = true;
        at = { syncs: rec.syncs, calls: rec.calls.length, sheets: now };
      }
      sheetsBefore = now.length;
    }, cancel);
    expect(at).not.toBeNull();
    const { syncs, calls, sheets } = at!;
    expect(out).toEqual({ status: 'cancelled', removed: sheets });
    expect(workbookState(rec)).toBe(before);
    // The register sheet was cut short: its table's last row was never written.
    const cut = rec.sheets.find((s) => s.name === sheets[3])!;
    const table = rec.tables.find((t) => t.sheet === cut.name)!;
    const lastRow = Number(/(\d+)$/.exec(table.address)![1]);
    expect(table.address).toMatch(/^A\d+:[A-Z]+\d+$/);
    expect([...cut.cells.keys()].some((k) => Number(/\d+$/.exec(k)![0]) === lastRow)).toBe(false);
    // Cancel costs one request, made only of the clean-up, which comes last.
    expect(rec.syncs - syncs).toBe(1);
    const after = rec.calls.slice(calls).map((c) => c.op);
    expect(after.filter((op) => !CLEAN_UP.has(op))).toEqual([]);
    expect(after.filter((op) => op === 'sync')).toHaveLength(1);
    expect(after.at(-1)).toBe('sync');
    expect(after.filter((op) => op === 'worksheet.delete')).toHaveLength(4);
    // Progress: part by part, the count said at the start kept.
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i));
    expect(new Set(progress.map((p) => p.total)).size).toBe(1);
    expect(progress[0].total).toBeGreaterThan(8);
  }, 120_000);

  it('a cancel between two sheets: the next sheet is not begun (not even its read of the names)', async () => {
    const rec = openBook();
    const before = workbookState(rec);
    const host = createOfficeHost({ run: runOn(rec), today: () => TODAY, write: { chunkRows: CHUNK_ROWS } });
    const cancel: Cancel = { cancelled: false };
    let syncs = -1;
    const out = await host.writeConsolidation(BOOKS, [], SPEC, (p) => {
      if (p.done === 1) { cancel.cancelled = true; syncs = rec.syncs; }
    }, cancel);
    expect(out).toEqual({ status: 'cancelled', removed: added(rec).slice(0, 1) });
    expect(added(rec)).toHaveLength(1);
    expect(rec.syncs - syncs).toBe(1);
    expect(workbookState(rec)).toBe(before);
  }, 120_000);

  it('a cancel before the first part: nothing sent but the first read', async () => {
    const rec = openBook();
    const before = workbookState(rec);
    const host = createOfficeHost({ run: runOn(rec), today: () => TODAY });
    const out = await host.writeConsolidation(BOOKS, [], SPEC, () => undefined, { cancelled: true });
    expect(out).toEqual({ status: 'cancelled', removed: [] });
    expect(rec.syncs).toBe(1);
    expect(rec.calls.filter((c) => c.op !== 'load' && c.op !== 'sync')).toEqual([]);
    expect(workbookState(rec)).toBe(before);
  }, 120_000);

  it('an Excel error on a later part: the same clean-up in one request, and the part and Excel\'s message said', async () => {
    const rec = openBook();
    const before = workbookState(rec);
    let failNext = false;
    let syncs = -1;
    const host = createOfficeHost({ run: failingRun(rec, () => { const f = failNext; failNext = false; return f; }), today: () => TODAY, write: { chunkRows: CHUNK_ROWS } });
    let sheetsBefore = 0;
    let failedAt = -1;
    const run = host.writeConsolidation(BOOKS, [], SPEC, (p) => {
      const now = added(rec).length;
      // The second part of the first register sheet fails: the sheet is known to exist.
      if (failedAt < 0 && now === 4 && sheetsBefore === 3) { failNext = true; failedAt = p.done + 1; syncs = rec.syncs; }
      sheetsBefore = now;
    });
    const error = await run.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConsolidationWriteError);
    const e = error as ConsolidationWriteError;
    expect([e.part, e.reason, e.left, e.cleanedUp]).toEqual([failedAt, 'An internal error has occurred.', [], true]);
    expect(e.parts).toBeGreaterThan(failedAt);
    expect(rec.syncs - syncs).toBe(1); // the failed request is not counted by the fake: only the clean-up
    expect(workbookState(rec)).toBe(before);
    // Removed by id: a sheet known to exist is found even if the user renamed it meanwhile.
    expect(rec.calls.filter((c) => c.op === 'worksheets.getItemOrNullObject').map((c) => c.detail)).toEqual(added(rec).map((n) => `id:${n}`));
  }, 120_000);

  it('an Excel error on a sheet\'s first request: that sheet may or may not exist, and is removed by name if it does', async () => {
    const rec = openBook();
    const before = workbookState(rec);
    let failed = false;
    const host = createOfficeHost({
      // The request that carries the fourth sheet's creation fails (the fake has applied it: the sheet exists).
      run: failingRun(rec, () => { if (failed || added(rec).length < 4) return false; failed = true; return true; }),
      today: () => TODAY, write: { chunkRows: CHUNK_ROWS },
    });
    const e = await host.writeConsolidation(BOOKS, [], SPEC, () => undefined).then(() => null, (x: unknown) => x as ConsolidationWriteError);
    expect(e?.name).toBe('ConsolidationWriteError');
    expect([e!.left, e!.cleanedUp]).toEqual([[], true]);
    expect(workbookState(rec)).toBe(before);
    const lookups = rec.calls.filter((c) => c.op === 'worksheets.getItemOrNullObject').map((c) => c.detail);
    expect(lookups).toEqual([...added(rec).slice(0, 3).map((n) => `id:${n}`), added(rec)[3]]);
  }, 120_000);

  it('when the clean-up fails too (Excel gone), the sheets left are named for the user to delete', async () => {
    const rec = openBook();
    let broken = false;
    const host = createOfficeHost({ run: failingRun(rec, () => broken), today: () => TODAY, write: { chunkRows: CHUNK_ROWS } });
    const e = await host.writeConsolidation(BOOKS, [], SPEC, (p) => { if (p.done === 2) broken = true; }).then(() => null, (x: unknown) => x as ConsolidationWriteError);
    expect(e?.name).toBe('ConsolidationWriteError');
    expect(e!.part).toBe(3);
    expect([e!.left, e!.cleanedUp]).toEqual([added(rec).slice(0, 3), false]);
    expect(e!.message).toContain(e!.left.join(', '));
  }, 120_000);

  it('written to the end, the parts said before writing are the requests made, and the signing options are kept', async () => {
    const rec = openBook();
    const host = createOfficeHost({ run: runOn(rec), today: () => TODAY, write: { chunkRows: CHUNK_ROWS } });
    const progress: Progress[] = [];
    const out = await host.writeConsolidation(BOOKS, [], SPEC, (p) => progress.push(p));
    if (out.status !== 'written') throw new Error(out.status);
    const parts = progress[0].total;
    expect(progress.map((p) => [p.done, p.total])).toEqual(Array.from({ length: parts + 1 }, (_, i) => [i, parts]));
    // One read for the action, one read of the names per sheet, and one request per part.
    expect(rec.syncs).toBe(1 + out.sheets.length + parts);
    expect(rec.customProperties.get(SIGNING_PROPERTIES.issuer)).toBe('UBND TỈNH QUẢNG TRỊ');
    expect(rec.customProperties.get(SIGNING_PROPERTIES.place)).toBe('Quảng Trị');
    expect(rec.customProperties.get(SIGNING_PROPERTIES.preparedBy)).toBe('Nguyễn Thị Lan');
  }, 120_000);
});

/** A sheet whose cells alone (no table) pass one request's payload: its layout goes in several requests. */
function bigLayout(): SheetPlan {
  const text = 'Dự án cấp nước sạch và vệ sinh môi trường nông thôn '.repeat(6);
  return { name: 'Các vấn đề', cells: Array.from({ length: 8000 }, (_, i) => ({ row: i, col: 0, value: `${text}${i}` })) };
}

describe('plannedRequests', () => {
  it('is the number of requests writePlanOffice makes after its read of the names, also when long text makes chunks smaller or the layout needs several', async () => {
    const long = 'Dự án cấp nước sạch và vệ sinh môi trường nông thôn '.repeat(20);
    const plans = [tablePlan(0), tablePlan(10), tablePlan(12_000), tablePlan(6000, (i) => [`P${i}`, i, 45000, `${long}${i}`]), bigLayout()];
    const counted: number[] = [];
    const made: number[] = [];
    for (const plan of plans) {
      const rec = createExcelMock();
      let requests = 0;
      await writePlanOffice(rec.context, plan, { onRequest: () => { requests++; } });
      made.push(requests);
      counted.push(await plannedRequests(plan));
      expect(rec.syncs).toBe(1 + requests);
    }
    expect(counted).toEqual(made);
    expect(made[3]).toBeGreaterThan(2);
    expect(made[4]).toBeGreaterThan(1);
  });

  it('a cancel between two requests of one sheet\'s layout: the rest is not sent, the sheet is left to the caller', async () => {
    const rec = createExcelMock();
    const signal = { cancelled: false };
    let requests = 0;
    const run = writePlanOffice(rec.context, bigLayout(), { signal, leaveUnfinished: true, onRequest: () => { requests++; signal.cancelled = true; } });
    await expect(run).rejects.toEqual(new WriteCancelledError('Các vấn đề'));
    expect([requests, rec.syncs]).toEqual([1, 2]);
    expect(await plannedRequests(bigLayout())).toBeGreaterThan(1);
  });
});
