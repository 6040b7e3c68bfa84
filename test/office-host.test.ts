/// <reference types="office-js" />
// The task pane's Office.js host against the recording Excel mock: it reads the open workbook in
// chunks and finds what the engine finds on the same data; marks problem cells with conditional
// formats only (the user's formatting untouched; Clear leaves the workbook as it was); selects, fixes,
// re-checks edits, keeps column mappings in the workbook; and counts its round trips.
import type { Issue } from '../src/core/model';
import { validateWorkbook } from '../src/core/validate';
import { createOfficeHost, type OfficeHost } from '../src/excel/office/officeHost';
import { MARK_LOOK, markFormula } from '../src/excel/office/marks';
import { MAPPINGS_KEY } from '../src/excel/office/mappingStore';
import { markAreas } from '../src/excel/office/markAreas';
import { a1Box } from '../src/excel/office/a1Box';
import type { ValidateOutcome } from '../src/taskpane/host';
import { regionOf } from '../src/core/detect/savedMapping';
import { REGIONS_SHEET, regionsCells } from './helpers/regionsSheet';
import { mockWithBook, runOn } from './helpers/officeBook';
import { applyFixesOffice, undoFixesOffice } from '../src/excel/office/fixes';
import { a1 } from '../src/core/base/a1';
import { cellKey, createExcelMock, parseAddress, type ExcelRecorder, type InitSheet } from './helpers/officeMock';

const createExcelMockWith = (sheets: InitSheet[]): ExcelRecorder => createExcelMock({ sheets });
import { sampleBook, toInput, TODAY } from './helpers/sample';

const NO_CANCEL = { cancelled: false };
const nothing = (): void => undefined;

function hostOn(rec: ExcelRecorder, extra: Partial<Parameters<typeof createOfficeHost>[0]> = {}): OfficeHost {
  return createOfficeHost({ run: runOn(rec), today: () => TODAY, debounceMs: 0, ...extra });
}

/** Cells our marks cover on a sheet, with the look each gets (the top-priority format wins). */
function markedCells(rec: ExcelRecorder, sheet: string): Map<string, 'error' | 'warning'> {
  const out = new Map<string, 'error' | 'warning'>();
  // Newest first = highest priority first: the first format to claim a cell decides its look.
  for (const cf of rec.conditionalFormats(sheet)) {
    const sev = cf.custom.rule.formula === markFormula('error') ? 'error' : cf.custom.rule.formula === markFormula('warning') ? 'warning' : null;
    if (!sev) continue;
    for (const area of cf.areas) {
      const b = parseAddress(area);
      for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) if (!out.has(cellKey(r, c))) out.set(cellKey(r, c), sev);
    }
  }
  return out;
}

function expectedMarks(issues: readonly Issue[], sheet: string): Map<string, 'error' | 'warning'> {
  const out = new Map<string, 'error' | 'warning'>();
  for (const i of issues) {
    if (i.sheet !== sheet || i.row === null || i.col === null) continue;
    const k = cellKey(i.row, i.col);
    if (out.get(k) !== 'error') out.set(k, i.severity);
  }
  return out;
}

/** Everything of a sheet a user could see or rely on, as plain data. */
function snapshot(rec: ExcelRecorder): string {
  return JSON.stringify({
    sheets: rec.sheets.filter((s) => !s.deleted).map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
      formats: s.formats,
      cfs: s.conditionalFormats.filter((c) => !c.deleted),
      validations: s.validations,
    })),
    settings: [...rec.settings],
    tables: rec.tables,
  });
}

describe('markAreas and a1Box (pure helpers of the Office host)', () => {
  it('joins runs down a column and cuts lists below the address limit', () => {
    expect(markAreas([{ row: 4, col: 2 }, { row: 2, col: 2 }, { row: 3, col: 2 }, { row: 3, col: 2 }, { row: 9, col: 0 }])).toEqual(['A10,C3:C5']);
    const many = Array.from({ length: 3000 }, (_, i) => ({ row: i * 2, col: 1 }));
    const lists = markAreas(many, 100);
    expect(lists.every((l) => l.length <= 100)).toBe(true);
    expect(lists.join(',').split(',')).toHaveLength(3000);
  });

  it('reads event addresses, whole rows and columns included, and refuses several areas', () => {
    expect(a1Box('Sheet1!C5')).toEqual({ r0: 4, c0: 2, r1: 4, c1: 2 });
    expect(a1Box('B2:D10')).toEqual({ r0: 1, c0: 1, r1: 9, c1: 3 });
    expect(a1Box('C:D')).toEqual({ r0: 0, c0: 2, r1: 1_048_575, c1: 3 });
    expect(a1Box('5:7')).toEqual({ r0: 4, c0: 0, r1: 6, c1: 16_383 });
    expect(a1Box('A1,B2')).toBeNull();
  });
});

describe('Office host: Validate', () => {
  const book = sampleBook(true, 60, 30);
  const direct = validateWorkbook(toInput(book), { lang: 'vi', locale: 'vi', today: TODAY });

  it('finds, through chunked Office.js reads, exactly what the engine finds on the same data (every rule family)', async () => {
    const rec = mockWithBook(book);
    // Small chunks so that every sheet is read in several requests.
    const host = hostOn(rec, { read: { chunkRows: 7, chunkCells: 200 } });
    const progress: number[] = [];
    const out = await host.validate('vi', (p) => progress.push(p.done), NO_CANCEL);
    expect(out.issues.map((i) => [i.rule, i.sheet, i.cell, i.fix?.value ?? null])).toEqual(direct.issues.map((i) => [i.rule, i.sheet, i.cell, i.fix?.value ?? null]));
    expect(out.tables.map((t) => [t.sheet, t.kind, t.headerRow, t.rows])).toEqual(direct.tables.map((t) => [t.info.sheet, t.info.kind, t.info.headerRow, t.info.rows]));
    // The planted TCVN3 cell (AID-C111) is read with its font, which Excel gives per cell on request.
    const f = book.sheets[0].fonts![0];
    expect(out.issues.some((i) => i.rule === 'AID-C111' && i.row === f.row && i.col === f.col)).toBe(true);
    expect(rec.calls.filter((c) => c.op === 'range.load' && c.detail === 'values')).not.toHaveLength(0);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('marks every problem cell with a conditional format of its severity, errors over warnings, and nothing else', async () => {
    const rec = mockWithBook(book);
    const out = await hostOn(rec).validate('en', nothing, NO_CANCEL);
    let cells = 0;
    for (const s of book.sheets) {
      const want = expectedMarks(out.issues, s.name);
      cells += want.size;
      expect(markedCells(rec, s.name)).toEqual(want);
    }
    expect(out.marked).toBe(cells);
    const cf = rec.conditionalFormats(book.sheets[0].name)[0];
    expect(cf.type).toBe('Custom');
    expect([cf.custom.format.fill.color, cf.custom.format.font.color]).toEqual(
      cf.custom.rule.formula === markFormula('error') ? [MARK_LOOK.error.fill, MARK_LOOK.error.font] : [MARK_LOOK.warning.fill, MARK_LOOK.warning.font]);
  });

  it('never writes a cell or a cell format, and a second run replaces its marks instead of piling them up', async () => {
    const rec = mockWithBook(book);
    const host = hostOn(rec);
    await host.validate('vi', nothing, NO_CANCEL);
    const writes = rec.calls.filter((c) => ['values', 'formulas', 'numberFormat', 'format', 'merge'].includes(c.op));
    expect(writes).toEqual([]);
    const first = book.sheets.map((s) => rec.conditionalFormats(s.name).length);
    await host.validate('vi', nothing, NO_CANCEL);
    expect(book.sheets.map((s) => rec.conditionalFormats(s.name).length)).toEqual(first);
  });

  it('Clear removes every mark and leaves values, formats, the user\'s own conditional formats and settings as they were', async () => {
    const rec = mockWithBook(book, (r) => {
      const s = r.sheets[0];
      s.cells.set('B5', { ...s.cells.get('B5'), numberFormat: '0.0' });
      s.formats.push({ address: 'A1:C1', bold: true, fill: '#DDEBF7' });
      s.conditionalFormats.push({ id: '{user}', type: 'Custom', areas: ['D4:D40'], custom: { rule: { formula: '=D4>1000000' }, format: { fill: { color: '#00FF00' }, font: {} } }, deleted: false });
    });
    const before = snapshot(rec);
    const host = hostOn(rec);
    const out = await host.validate('vi', nothing, NO_CANCEL);
    expect(out.marked).toBeGreaterThan(20);
    expect(snapshot(rec)).not.toEqual(before);
    await host.clearMarks();
    expect(snapshot(rec)).toEqual(before);
  });

  it('checks a protected sheet but neither marks nor fixes it, and says so', async () => {
    const rec = mockWithBook(book, (r) => { r.sheets[0].protected = true; });
    const host = hostOn(rec);
    const out = await host.validate('vi', nothing, NO_CANCEL);
    const name = book.sheets[0].name;
    expect(out.issues.some((i) => i.sheet === name)).toBe(true);
    expect(out.unmarkedSheets).toEqual([name]);
    expect(rec.conditionalFormats(name)).toHaveLength(0);
    expect(markedCells(rec, book.sheets[1].name)).toEqual(expectedMarks(out.issues, book.sheets[1].name));
    expect(out.marked).toBe(book.sheets.slice(1).reduce((n, s) => n + expectedMarks(out.issues, s.name).size, 0));
    const lockedFixes = out.issues.filter((i) => i.sheet === name && i.fix);
    expect(lockedFixes.length).toBeGreaterThan(0);
    expect((await host.applyFixes(lockedFixes)).changed).toBe(0);
    await host.clearMarks();
    expect(book.sheets.every((s) => rec.conditionalFormats(s.name).length === 0)).toBe(true);
  });

  it('stops between chunks when cancelled, marking nothing', async () => {
    const rec = mockWithBook(book);
    const cancel = { cancelled: false };
    const out = await hostOn(rec, { read: { chunkRows: 10, chunkCells: 100 } }).validate('vi', (p) => { if (p.done > 30) cancel.cancelled = true; }, cancel);
    expect(out).toEqual({ tables: [], issues: [], marked: 0 });
    expect(book.sheets.every((s) => rec.conditionalFormats(s.name).length === 0)).toBe(true);
  });
});

describe('Office host: select, fix, re-check, mappings', () => {
  const book = sampleBook(true, 60, 30);

  it('selects a problem\'s cell on its sheet, and a whole-table problem\'s header row', async () => {
    const rec = mockWithBook(book);
    const host = hostOn(rec);
    const out = await host.validate('vi', nothing, NO_CANCEL);
    const cellIssue = out.issues.find((i) => i.cell)!;
    await host.select(cellIssue);
    expect([rec.active, rec.selected]).toEqual([cellIssue.sheet, `${cellIssue.sheet}!${cellIssue.cell}`]);
    const tableIssue = out.issues.find((i) => i.cell === null)!;
    expect(tableIssue).toBeDefined();
    await host.select(tableIssue);
    const t = out.tables.find((x) => x.sheet === tableIssue.sheet)!;
    expect(rec.selected).toMatch(new RegExp(`^${tableIssue.sheet.replace(/[()]/g, '\\$&')}!A${t.headerRow}:[A-Z]+${t.headerRow}$`));
  });

  it('applies proposed fixes as values (text kept as text), skips cells edited since Validate, and re-marks', async () => {
    const rec = mockWithBook(book);
    const host = hostOn(rec);
    const seen: ValidateOutcome[] = [];
    host.onRevalidated((o) => seen.push(o));
    const out = await host.validate('vi', nothing, NO_CANCEL);
    const fixable = out.issues.filter((i) => i.fix);
    expect(fixable.length).toBeGreaterThan(5);
    // The user changes one of those cells before fixing: that fix no longer applies.
    const edited = fixable[0];
    rec.setCells(edited.sheet, { [edited.cell!]: 'sửa tay' });
    const { changed, skipped } = await host.applyFixes(fixable);
    expect(skipped).toEqual([`${edited.sheet}!${edited.cell}`]);
    const distinct = new Set(fixable.map((i) => `${i.sheet}!${i.cell}`));
    expect(changed).toBe(fixable.filter((i) => `${i.sheet}!${i.cell}` !== `${edited.sheet}!${edited.cell}`).length);
    expect(distinct.size).toBeGreaterThan(0);
    for (const i of fixable.slice(1)) {
      const cell = rec.sheet(i.sheet)!.cells.get(i.cell!)!;
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(i.fix!.value);
    }
    expect(rec.sheet(edited.sheet)!.cells.get(edited.cell!)!.value).toBe('sửa tay');
    // The skipped cell is not taken for fixed: the re-check still sees a problem there.
    expect(seen[0].issues.some((x) => x.sheet === edited.sheet && x.cell === edited.cell)).toBe(true);
    // The fixed cells' marks are gone; the pane hears the new outcome.
    expect(seen).toHaveLength(1);
    for (const i of fixable.slice(1)) {
      const still = seen[0].issues.some((x) => x.sheet === i.sheet && x.cell === i.cell && x.rule === i.rule);
      expect(still).toBe(false);
    }
    for (const s of book.sheets) expect(markedCells(rec, s.name)).toEqual(expectedMarks(seen[0].issues, s.name));
  });

  it('undoes the last fix: every fixed cell gets back its value and number format in 2 syncs, except one edited since (named)', async () => {
    const rec = mockWithBook(book);
    const host = hostOn(rec);
    const seen: ValidateOutcome[] = [];
    host.onRevalidated((o) => seen.push(o));
    const out = await host.validate('vi', nothing, NO_CANCEL);
    const fixable = out.issues.filter((i) => i.fix);
    const cells = [...new Set(fixable.map((i) => `${i.sheet}!${i.cell}`))];
    const before = new Map(cells.map((c) => { const [s, a] = c.split('!'); return [c, structuredClone(rec.sheet(s)!.cells.get(a) ?? null)]; }));
    const fixed = await host.applyFixes(fixable);
    expect(fixed.changed).toBe(fixable.length);
    expect(new Set(fixed.undo.map((u) => `${u.sheet}!${a1(u.row, u.col)}`))).toEqual(new Set(cells));
    // The user edits one fixed cell after the fix: undo keeps the edit and says which cell.
    const [editedSheet, editedCell] = cells[0].split('!');
    rec.setCells(editedSheet, { [editedCell]: 'sửa sau' });
    const syncs = rec.syncs;
    const undone = await host.undoFixes(fixed.undo);
    expect(undone).toEqual({ restored: cells.length - 1, kept: [cells[0]] });
    // One read of the fixed columns, one write; then the re-check's marks.
    const own = rec.calls.filter((c) => c.op === 'range.load' && c.detail === 'values');
    expect(own.length).toBeGreaterThan(0);
    expect(rec.syncs - syncs).toBeLessThanOrEqual(2 + 2);
    for (const c of cells.slice(1)) {
      const [s, a] = c.split('!');
      // A cell emptied again is an empty cell (the mock may keep an empty entry for it).
      const now = rec.sheet(s)!.cells.get(a);
      expect(now && Object.keys(now).length ? now : null).toEqual(before.get(c));
    }
    expect(rec.sheet(editedSheet)!.cells.get(editedCell)!.value).toBe('sửa sau');
    // The problems the fix had solved are back in the list the pane hears.
    const last = seen[seen.length - 1];
    for (const i of fixable.filter((x) => `${x.sheet}!${x.cell}` !== cells[0])) {
      expect(last.issues.some((x) => x.sheet === i.sheet && x.cell === i.cell && x.rule === i.rule)).toBe(true);
    }
  });

  it('undo in exactly two syncs whatever the number of cells, writing one range per run of adjacent cells', async () => {
    const rec = createExcelMockWith([{ name: 'S', cells: { A1: 'x' } }]);
    const undo = Array.from({ length: 300 }, (_, k) => ({ sheet: 'S', row: k < 150 ? k : k + 10, col: 2, wrote: 1, before: k % 2 ? '=1+1' : 'cũ', ...(k % 3 ? {} : { beforeFormat: '@' }), beforeValue: 'cũ' }));
    rec.setCells('S', Object.fromEntries(undo.map((u) => [a1(u.row, u.col), 1])));
    const syncs = rec.syncs;
    const out = await undoFixesOffice(rec.context, undo);
    expect(out.restored).toBe(300);
    expect(rec.syncs - syncs).toBe(2);
    expect(rec.calls.filter((c) => c.op === 'formulas').map((c) => c.address)).toEqual(['C1:C150', 'C161:C310']);
    expect(rec.sheet('S')!.cells.get('C2')).toEqual({ formula: '=1+1' });
    expect(rec.sheet('S')!.cells.get('C1')).toEqual({ value: 'cũ', numberFormat: '@' });
  });

  it('re-checks edited rows after the user types (worksheet onChanged, debounced), reading only those rows', async () => {
    const rec = mockWithBook(book);
    const host = hostOn(rec);
    const seen: ValidateOutcome[] = [];
    host.onRevalidated((o) => seen.push(o));
    const out = await host.validate('vi', nothing, NO_CANCEL);
    const sheet = out.tables.find((t) => t.kind === 'aid-projects')!;
    const amountCol = sheet.columns.find((c) => c.key === 'committed')!.col;
    // A data row without any problem (0-based row index; headerRow is 1-based).
    const row = Array.from({ length: 40 }, (_, i) => sheet.headerRow + i).find((r) => !out.issues.some((i) => i.sheet === sheet.sheet && i.row === r))!;
    const addr = cellKey(row, amountCol);
    const before = rec.syncs;
    rec.setCells(sheet.sheet, { [addr]: -5 });
    // Two quick edits of the same cell make one re-check.
    await Promise.all([rec.emitChanged(sheet.sheet, addr), rec.emitChanged(sheet.sheet, addr)]);
    await host.idle();
    expect(seen).toHaveLength(1);
    const negative = seen[0].issues.find((i) => i.sheet === sheet.sheet && i.cell === addr);
    expect(negative?.severity).toBe('error');
    expect(markedCells(rec, sheet.sheet).get(addr)).toBe('error');
    // One read of the edited row, then the marks of the sheet: not the whole workbook again.
    expect(rec.syncs - before).toBe(3);
    const loads = rec.calls.slice(-40).filter((c) => c.op === 'range.load' && c.detail === 'values');
    expect(loads.map((c) => parseAddress(c.address!).r0)).toEqual([row]);

    // Undoing it removes the mark again.
    rec.setCells(sheet.sheet, { [addr]: 1_000_000 });
    await rec.emitChanged(sheet.sheet, addr);
    await host.idle();
    expect(markedCells(rec, sheet.sheet).get(addr)).toBeUndefined();
  });

  it('after Clear, edits are not re-checked and nothing is marked again', async () => {
    const rec = mockWithBook(book);
    const host = hostOn(rec);
    await host.validate('vi', nothing, NO_CANCEL);
    await host.clearMarks();
    const before = rec.syncs;
    rec.setCells(book.sheets[0].name, { D5: -1 });
    await rec.emitChanged(book.sheets[0].name, 'D5');
    await host.idle();
    expect(rec.syncs).toBe(before);
    expect(rec.conditionalFormats(book.sheets[0].name)).toHaveLength(0);
  });

  it('keeps a corrected column mapping in the workbook settings and validates with it; null forgets it', async () => {
    const rec = mockWithBook(book);
    const host = hostOn(rec);
    const out = await host.validate('vi', nothing, NO_CANCEL);
    const t = out.tables.find((x) => x.kind === 'aid-projects')!;
    const columns = Object.fromEntries(t.columns.map((c) => [c.key, c.col]));
    // The user says the approval date is in the start date's place and vice versa.
    const [a, b] = [columns.approvalDate, columns.startDate];
    expect(a).not.toBe(b);
    const swapped = { ...columns, approvalDate: b, startDate: a };
    const region = regionOf(t);
    const mapping = { kind: 'aid-projects' as const, headerRow: t.headerRow, columns: swapped, span: region.span };
    const again = await host.saveMapping(t.sheet, region, mapping, 'vi');
    expect((rec.settings.get(MAPPINGS_KEY) as Record<string, unknown>)[t.sheet]).toEqual([mapping]);
    const t2 = again.tables.find((x) => x.sheet === t.sheet)!;
    expect(t2.columns.find((c) => c.key === 'approvalDate')!.col).toBe(b);
    // A new host (the workbook reopened) uses the saved mapping without asking.
    const reopened = await hostOn(rec).validate('vi', nothing, NO_CANCEL);
    expect(reopened.tables.find((x) => x.sheet === t.sheet)!.columns.find((c) => c.key === 'approvalDate')!.col).toBe(b);
    const forgotten = await host.saveMapping(t.sheet, region, null, 'vi');
    expect(forgotten.tables.find((x) => x.sheet === t.sheet)!.columns.find((c) => c.key === 'approvalDate')!.col).toBe(a);
    expect((rec.settings.get(MAPPINGS_KEY) as Record<string, unknown>)[t.sheet]).toBeUndefined();
  });

  it('reads a mapping saved by an earlier version (one per sheet) as the mapping of the register at its header row', async () => {
    const rec = mockWithBook(book);
    const out = await hostOn(rec).validate('vi', nothing, NO_CANCEL);
    const t = out.tables.find((x) => x.kind === 'aid-projects')!;
    const columns = Object.fromEntries(t.columns.map((c) => [c.key, c.col]));
    const swapped = { ...columns, approvalDate: columns.startDate, startDate: columns.approvalDate };
    rec.settings.set(MAPPINGS_KEY, { [t.sheet]: { kind: 'aid-projects', headerRow: t.headerRow, columns: swapped } });
    const again = await hostOn(rec).validate('vi', nothing, NO_CANCEL);
    expect(again.tables.find((x) => x.sheet === t.sheet)!.columns.find((c) => c.key === 'approvalDate')!.col).toBe(columns.startDate);
  });
});

describe('Office host: column matching per register on a sheet of several, under a two-row header', () => {
  it('a correction names one register: stored with its region, the register beside it untouched; each is reset on its own', async () => {
    const rec = createExcelMock({ sheets: [{ name: REGIONS_SHEET, ...regionsCells() }] });
    const host = hostOn(rec);
    const out = await host.validate('vi', nothing, NO_CANCEL);
    expect(out.tables.map((t) => [t.kind, t.range, t.headerRows])).toEqual([
      ['aid-projects', 'A3:H7', { first: 3, last: 4 }],
      ['aid-disbursements', 'J3:M6', { first: 3, last: 3 }],
    ]);
    const [left, right] = out.tables;
    // The pane shows each column by its full header path.
    expect(left.columns.find((c) => c.key === 'committed')).toMatchObject({ col: 6, path: ['Giá trị (USD)', 'Cam kết'], headerCurrency: 'USD', unitFrom: 'group' });
    // The user says "Cam kết" and "Giải ngân" are the other way round.
    const cols = Object.fromEntries(left.columns.map((c) => [c.key, c.col]));
    const swapped = { ...cols, committed: cols.disbursedToDate, disbursedToDate: cols.committed };
    const leftRegion = regionOf(left);
    expect(leftRegion).toEqual({ firstHeaderRow: 3, headerRow: 4, span: [0, 7] });
    const again = await host.saveMapping(REGIONS_SHEET, leftRegion, { kind: 'aid-projects', headerRow: 4, columns: swapped, span: leftRegion.span }, 'vi');
    const [l2, r2] = again.tables;
    // The corrected column keeps its path and its group's unit; the register beside it reads as before.
    expect(l2.columns.find((c) => c.key === 'committed')).toMatchObject({ col: 7, path: ['Giá trị (USD)', 'Giải ngân'], headerCurrency: 'USD', unitFrom: 'group' });
    expect(r2).toEqual(right);
    // The right register corrected too: two entries for the sheet, one per register.
    const rightRegion = regionOf(right);
    const rcols = Object.fromEntries(right.columns.map((c) => [c.key, c.col]));
    expect(rcols.notes).toBe(12);
    const noNote = { ...rcols };
    delete noNote.notes;
    await host.saveMapping(REGIONS_SHEET, rightRegion, { kind: 'aid-disbursements', headerRow: 3, columns: noNote, span: rightRegion.span }, 'vi');
    const saved = (rec.settings.get(MAPPINGS_KEY) as Record<string, { kind: string; span: number[] }[]>)[REGIONS_SHEET];
    expect(saved.map((m) => [m.kind, m.span])).toEqual([['aid-projects', [0, 7]], ['aid-disbursements', [9, 12]]]);
    // Reopened, both corrections hold; resetting the left one leaves the right one's.
    const reopened = await hostOn(rec).validate('vi', nothing, NO_CANCEL);
    expect(reopened.tables[0].columns.find((c) => c.key === 'committed')!.col).toBe(7);
    expect(reopened.tables[1].columns.some((c) => c.key === 'notes')).toBe(false);
    const reset = await host.saveMapping(REGIONS_SHEET, regionOf(reopened.tables[0]), null, 'vi');
    expect(reset.tables[0].columns.find((c) => c.key === 'committed')!.col).toBe(6);
    expect((rec.settings.get(MAPPINGS_KEY) as Record<string, { kind: string }[]>)[REGIONS_SHEET].map((m) => m.kind)).toEqual(['aid-disbursements']);
  });
});

describe('Office host: round trips', () => {
  /** Syncs of one Validate, split into those that read cell values and all the others. */
  async function validateSyncs(rows: number): Promise<{ total: number; reads: number; cells: number; maxResponse: number; issues: number; factCalls: number }> {
    const full = sampleBook(false, rows, 0);
    // The aid register alone (and its rates): 20 columns × `rows` rows.
    const book = { ...full, sheets: full.sheets.filter((s) => /Dự án viện trợ|Tỷ giá/.test(s.name)) };
    const rec = mockWithBook(book);
    const host = hostOn(rec);
    const out = await host.validate('vi', nothing, NO_CANCEL);
    const reads = rec.valueReadSyncs();
    const cells = book.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
    // Merged areas, visible cells and list probes: queued per sheet and per register column, never per row.
    const factCalls = rec.calls.filter((c) => /^(mergedAreas|visibleCells|dataValidation)\.load$/.test(c.op)).length;
    return { total: rec.syncs, reads, cells, maxResponse: Math.max(...rec.responses), issues: out.issues.length, factCalls };
  }

  it('Validate on 100,000 rows takes as many more syncs as it reads more chunks, and no response nears 5 MB', async () => {
    const small = await validateSyncs(100);
    const big = await validateSyncs(100_000);
    // 1 sheet list + 1 used ranges + 1 sheet facts + reads + 1 drop-down lists + 2 marks + 1 to start
    // watching edits, and 1 for the fonts of the columns holding texts a legacy font would convert ("Xã
    // Khe Sanh" in a .VnTime cell is "Xó Khe Sanh"): each such column is in one font, so no cell is asked on its own.
    expect(small.total).toBe(small.reads + 8);
    expect(big.factCalls).toBe(small.factCalls);
    expect(big.total - small.total).toBe(big.reads - small.reads);
    // 100k-cell chunks: about one read per 100k cells, each sheet's last chunk possibly short.
    expect(big.reads).toBeLessThanOrEqual(Math.ceil(big.cells / 100_000) + 2);
    expect(big.reads).toBeGreaterThanOrEqual(Math.ceil(big.cells / 100_000));
    expect(big.maxResponse).toBeLessThan(5 * 1024 * 1024 * 0.8);
  }, 120_000);
});

describe('Office host: fonts of legacy-looking text', () => {
  const full = sampleBook(false, 40, 0);
  const book = { ...full, sheets: full.sheets.filter((s) => /Dự án viện trợ|Tỷ giá/.test(s.name)) };
  const aid = book.sheets.find((s) => /Dự án viện trợ/.test(s.name))!;
  const headerRow = aid.rows.findIndex((r) => r.includes('Tên chương trình, dự án'));
  const col = aid.rows[headerRow].indexOf('Tên chương trình, dự án');

  /** The book with short texts planted in the title column, their cells in the given fonts. */
  async function plantAndValidate(planted: readonly (readonly [string, string | null])[]) {
    const rows = aid.rows.map((r) => [...r]);
    planted.forEach(([text], i) => { rows[headerRow + 1 + i][col] = text; });
    const edited = { ...book, sheets: book.sheets.map((s) => (s === aid ? { ...s, rows } : s)) };
    const rec = mockWithBook(edited, (r) => {
      const state = r.sheet(aid.name)!;
      planted.forEach(([, font], i) => {
        const key = cellKey(headerRow + 1 + i, col);
        if (font) state.cells.set(key, { ...state.cells.get(key)!, font });
      });
    });
    const out = await hostOn(rec).validate('vi', nothing, NO_CANCEL);
    const legacy = out.issues.filter((i) => i.rule === 'AID-C111').map((i) => [i.row! - headerRow - 1, i.col, i.fix?.value]);
    // Syncs besides the value reads: 1 sheet list + 1 used ranges + 1 sheet facts + 1 drop-down lists
    // + 2 marks + 1 to watch edits = 7, then the font requests.
    return { legacy, fontSyncs: rec.syncs - rec.valueReadSyncs() - 7 };
  }

  it('without their fonts, short texts that read as Unicode Vietnamese are left alone', async () => {
    const r = await plantAndValidate([['Y TÕ', null], ['Ghi chó', null], ['Sôn La', null]]);
    expect(r.legacy).toEqual([]);
    expect(r.fontSyncs).toBe(1);
  });

  it('in a column of one legacy font, the column\'s font settles them in one request', async () => {
    const r = await plantAndValidate([['Y TÕ', '.VnTime'], ['Ghi chó', '.VnTime'], ['Sôn La', '.VnTime']]);
    expect(r.legacy).toEqual([[0, col, 'Y TẾ'], [1, col, 'Ghi chú'], [2, col, 'Sụn La']]);
    expect(r.fontSyncs).toBe(1);
  });

  it('in a column of mixed fonts, each cell\'s font is asked, all in one more request', async () => {
    const r = await plantAndValidate([['Y TÕ', '.VnTime'], ['Ghi chó', '.VnTimeH'], ['Sôn La', 'VNI-Times']]);
    expect(r.legacy).toEqual([[0, col, 'Y TẾ'], [1, col, 'GHI CHÚ'], [2, col, 'Sơn La']]);
    expect(r.fontSyncs).toBe(2);
  });
});

describe('Office host: templates and fixes in detail', () => {
  it('inserts a template on new sheets; when the code-list sheet\'s name is taken, dropdowns point at the new name', async () => {
    const rec = createExcelMockWith([{ name: 'Danh mục', cells: { A1: 'của người dùng' } }]);
    const host = hostOn(rec);
    const out = await host.insertTemplate('aid', 'vi');
    expect(out.renamed).toBe(true);
    expect(out.sheets).toContain('Danh mục (2)');
    expect(rec.sheet('Danh mục')!.cells.get('A1')).toEqual({ value: 'của người dùng' });
    const sources = out.sheets.flatMap((n) => rec.sheet(n)!.validations.map((v) => String(v.rule.list?.source)));
    expect(sources.length).toBeGreaterThan(3);
    for (const s of sources) expect(s).toMatch(/^='Danh mục \(2\)'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
  });

  it('writes a text fix that starts with = as text, and turns a Text-formatted cell to General for a number fix', async () => {
    const rec = createExcelMockWith([{ name: 'S', cells: { A1: ' =x', B1: '1.234' } }]);
    rec.sheet('S')!.cells.set('B1', { value: '1.234', numberFormat: '@' });
    const out = await applyFixesOffice(rec.context, [
      { sheet: 'S', row: 0, col: 0, value: '=x', expected: ' =x' },
      { sheet: 'S', row: 0, col: 1, value: 1234, expected: '1.234' },
    ]);
    expect({ changed: out.applied.length, skipped: out.skipped }).toEqual({ changed: 2, skipped: [] });
    expect(rec.sheet('S')!.cells.get('A1')).toEqual({ value: '=x', numberFormat: '@' });
    expect(rec.sheet('S')!.cells.get('B1')).toEqual({ value: 1234, numberFormat: 'General' });
  });
});
