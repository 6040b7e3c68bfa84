/// <reference types="office-js" />
// Both hosts read what real registers hold besides values — merged areas, hidden sheets, rows and
// columns, drop-down lists and where they point — and give the engine the same SheetInput for the same
// workbook: the CLI's ExcelJS reader from an .xlsx file, the add-in's Office.js reader from the
// recording fake set up alike. Reading stays one pass over the rows that exist.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellBox, RawValue, SheetInput, SheetList } from '../src/core/model';
import { readWorkbookFile, sheetToInput } from '../src/excel/exceljs/readWorkbook';
import { readBookOffice } from '../src/excel/office/readBook';
import { areaBoxes } from '../src/excel/office/sheetFacts';
import { parseReference, resolveListSource, sourceFromFormula1 } from '../src/excel/listSource';
import { cellKey, createExcelMock, type InitName, type InitSheet } from './helpers/officeMock';

const TMP = path.join(__dirname, '.tmp', 'readers');

/** A kept register: title merged over the table, a donor merged down its projects, a hidden row and column, lists. */
const REGISTER: InitSheet = {
  name: 'Dự án',
  cells: {
    A1: 'BIỂU TỔNG HỢP CÁC KHOẢN VIỆN TRỢ',
    A2: 'STT', B2: 'Nhà tài trợ', C2: 'Lĩnh vực', D2: 'Cam kết', E2: 'Trạng thái',
    ...Object.fromEntries([3, 4, 5, 6, 7, 8, 9, 10].flatMap((r) => [
      [`A${r}`, r - 2], [`C${r}`, r % 2 ? 'Y tế' : 'Giáo dục'], [`D${r}`, r * 1000], [`E${r}`, 'Đang thực hiện'],
    ])),
    B3: 'JICA', B6: 'KOICA', B7: 'KOICA', B8: 'WB', B9: 'WB', B10: 'ADB',
    A11: 'Tổng cộng', D11: 52_000,
  },
  merges: ['A1:E1', 'B3:B5'],
  // Row 6 is hidden (a filtered-out row is stored the same way); column E is hidden. Row 14 and column H
  // are hidden but hold nothing, past the last value: no reader reports them.
  hiddenRows: [5, 13],
  hiddenCols: [4, 7],
  lists: [
    { address: 'B3:B10', source: 'JICA,KOICA,WB,ADB' },
    { address: 'C3:C10', source: "='Danh mục'!$A$2:$A$5" },
    { address: 'E3:E10', source: '=TrangThai' },
  ],
};

const BOOK: { sheets: InitSheet[]; names: InitName[] } = {
  sheets: [
    REGISTER,
    { name: 'Danh mục', cells: { A1: 'Lĩnh vực', A2: 'Y tế', A3: 'Giáo dục', A4: 'Môi trường', A5: 'Nông nghiệp', B1: 'Trạng thái', B2: 'Đang chuẩn bị', B3: 'Đang thực hiện', B4: 'Hoàn thành' } },
    { name: 'Bản sao', visibility: 'Hidden', cells: { A1: 'STT', B1: 'Nhà tài trợ', A2: 1, B2: 'JICA' } },
    { name: 'Ẩn', visibility: 'VeryHidden', cells: { A1: 'không đọc' } },
  ],
  names: [{ name: 'TrangThai', formula: "='Danh mục'!$B$2:$B$4" }],
};

/** The same workbook through ExcelJS, as Excel would save it. */
function excelJsBook(spec: typeof BOOK): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility === 'Hidden' ? 'hidden' : s.visibility === 'VeryHidden' ? 'veryHidden' : 'visible' });
    for (const [address, v] of Object.entries(s.cells ?? {})) ws.getCell(address).value = v as ExcelJS.CellValue;
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    for (const c of s.hiddenCols ?? []) ws.getColumn(c + 1).hidden = true;
    const dvs = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    for (const l of s.lists ?? []) {
      const formula1 = l.source.startsWith('=') ? l.source.slice(1) : `"${l.source.replace(/"/g, '""')}"`;
      dvs.add(l.address, { type: 'list', allowBlank: true, formulae: [formula1] });
    }
  }
  for (const n of spec.names) wb.definedNames.add(n.formula.replace(/^=/, ''), n.name);
  return wb;
}

async function readBoth(spec: typeof BOOK): Promise<{ cli: readonly SheetInput[]; office: readonly SheetInput[]; limits: unknown }> {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, 'kept-register.xlsx');
  await excelJsBook(spec).xlsx.writeFile(file);
  const cli = (await readWorkbookFile(file)).input.sheets;
  const rec = createExcelMock({ sheets: spec.sheets, names: spec.names });
  const office = await readBookOffice(rec.context);
  return { cli, office: office.input.sheets, limits: office.input.limits };
}

/** Rows without their trailing blanks (the hosts pad rows differently; the engine reads both alike). */
const trimmed = (rows: readonly (readonly RawValue[])[]): RawValue[][] => {
  const out = rows.map((row) => {
    let n = row.length;
    while (n > 0 && (row[n - 1] === null || row[n - 1] === undefined)) n--;
    return row.slice(0, n);
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
};

const box = (row: number, col: number, rows: number, cols: number): CellBox => ({ row, col, rows, cols });
const inside = (a: CellBox, b: CellBox): boolean => a.row >= b.row && a.col >= b.col && a.row + a.rows <= b.row + b.rows && a.col + a.cols <= b.col + b.cols;
const listKey = (l: SheetList): string => JSON.stringify([l.range.col, l.source, l.resolved]);

describe('Readers: what a kept register holds besides values, alike from ExcelJS and Office.js', () => {
  let cli: readonly SheetInput[];
  let office: readonly SheetInput[];
  let limits: unknown;
  beforeAll(async () => { ({ cli, office, limits } = await readBoth(BOOK)); });

  it('reads visible and hidden sheets, leaves very hidden ones out, and says which are hidden', () => {
    for (const sheets of [cli, office]) {
      expect(sheets.map((s) => [s.name, s.visibility])).toEqual([['Dự án', 'visible'], ['Danh mục', 'visible'], ['Bản sao', 'hidden']]);
    }
  });

  it('gives the same values, a merged value shown in each cell of its merge', () => {
    for (let i = 0; i < cli.length; i++) expect(trimmed(office[i].rows)).toEqual(trimmed(cli[i].rows));
    const rows = cli[0].rows;
    expect([rows[3][1], rows[4][1], rows[0][4]]).toEqual(['JICA', 'JICA', 'BIỂU TỔNG HỢP CÁC KHOẢN VIỆN TRỢ']);
  });

  it('reads merged areas, hidden rows and hidden columns up to the last value, 0-based', () => {
    for (const sheets of [cli, office]) {
      const s = sheets[0];
      expect(s.merges).toEqual([box(0, 0, 1, 5), box(2, 1, 3, 1)]);
      expect(s.hiddenRows).toEqual([5]);
      expect(s.hiddenCols).toEqual([4]);
      expect([sheets[1].merges, sheets[1].hiddenRows, sheets[1].hiddenCols, sheets[1].lists]).toEqual([[], [], [], []]);
    }
  });

  it('reads drop-down lists with their sources resolved: another sheet, a defined name, an inline list', () => {
    const expected: SheetList[] = [
      { range: box(2, 1, 8, 1), source: 'JICA,KOICA,WB,ADB', resolved: { values: ['JICA', 'KOICA', 'WB', 'ADB'] } },
      { range: box(2, 2, 8, 1), source: "='Danh mục'!$A$2:$A$5", resolved: { sheet: 'Danh mục', range: box(1, 0, 4, 1) } },
      { range: box(2, 4, 8, 1), source: '=TrangThai', resolved: { sheet: 'Danh mục', range: box(1, 1, 3, 1) } },
    ];
    expect(cli[0].lists).toEqual(expected);
    // Office.js cannot list validations: the add-in finds each list where it probes, within the true range.
    const got = office[0].lists ?? [];
    expect(got.map(listKey).sort()).toEqual(expected.map(listKey).sort());
    for (const l of got) expect(inside(l.range, expected.find((e) => listKey(e) === listKey(l))!.range)).toBe(true);
    expect(limits).toEqual([{ fact: 'lists', why: 'sampled' }]);
  });

  it('on an Excel without the newer API sets skips those facts without failing and says so', async () => {
    const rec = createExcelMock({ sheets: BOOK.sheets, names: BOOK.names });
    const old = await readBookOffice(rec.context, { apiCheck: (v) => Number(v.split('.')[1]) <= 8 });
    expect(old.input.limits).toEqual([{ fact: 'merges', why: 'unsupported' }, { fact: 'hidden', why: 'unsupported' }, { fact: 'lists', why: 'sampled' }]);
    const s = old.input.sheets[0];
    expect([s.merges, s.hiddenRows, s.hiddenCols]).toEqual([undefined, undefined, undefined]);
    // Without names (ExcelApi 1.7 is there), the named list is still resolved.
    expect(s.lists?.find((l) => l.source === '=TrangThai')?.resolved).toEqual({ sheet: 'Danh mục', range: box(1, 1, 3, 1) });
    expect(s.rows[3][1]).toBeNull();
  });
});

describe('Readers: cost', () => {
  const ROWS = 200_000;

  it('the ExcelJS reader takes a 200k-row sheet\'s facts in one pass: no row or column asked for by number', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lớn');
    for (let r = 1; r <= ROWS; r++) ws.getRow(r).values = [r, `Dự án ${r}`, r * 10];
    ws.getRow(ROWS / 2).hidden = true;
    ws.mergeCells('A1:C1');
    const getRow = jest.spyOn(ws, 'getRow');
    const getColumn = jest.spyOn(ws, 'getColumn');
    const findRow = jest.spyOn(ws, 'findRow');
    const input = sheetToInput(ws);
    expect(input.hiddenRows).toEqual([ROWS / 2 - 1]);
    expect(input.merges).toEqual([box(0, 0, 1, 3)]);
    expect([getRow.mock.calls.length, getColumn.mock.calls.length, findRow.mock.calls.length]).toEqual([0, 0, 0]);
  });

  it('the Office reader asks a 200k-row register\'s facts in one request, and its lists in one more, probing each column once, not per row', async () => {
    const cells: Record<string, string | number> = { A1: 'Mã khoản viện trợ', B1: 'Ngày giải ngân', C1: 'Số tiền (USD)' };
    for (let r = 1; r <= ROWS; r++) { cells[cellKey(r, 0)] = `VT-${r}`; cells[cellKey(r, 1)] = 45_000 + (r % 300); cells[cellKey(r, 2)] = r; }
    const rec = createExcelMock({ sheets: [{ name: 'Lớn', cells, hiddenRows: [7, 8, 9, 150_000], merges: ['D5:E6'] }] });
    const out = await readBookOffice(rec.context);
    const s = out.input.sheets[0];
    expect(s.hiddenRows).toEqual([7, 8, 9, 150_000]);
    const factLoads = rec.calls.filter((c) => /^(mergedAreas|visibleCells|dataValidation)\.load$/.test(c.op));
    // One merged-areas and one visible-cells read; one list probe per column, at the first data row.
    expect(factLoads.map((c) => [c.op, c.op === 'dataValidation.load' ? c.address : ''])).toEqual([
      ['mergedAreas.load', ''], ['visibleCells.load', ''],
      ['dataValidation.load', 'A2'], ['dataValidation.load', 'B2'], ['dataValidation.load', 'C2'],
    ]);
    // Names, used ranges, facts, the value reads, then the lists: one sync, after the last read.
    expect(rec.syncs).toBe(3 + rec.valueReadSyncs() + 1);
    const probes = rec.calls.findIndex((c) => c.op === 'dataValidation.load');
    expect(rec.calls.slice(probes).filter((c) => c.op === 'sync').length).toBe(1);
  });

  it('the Office reader finds a list over the data rows only, under a title block and above a long signature block', async () => {
    // The used range runs to row 40 (notes, signature, names): the data rows 4–9 are not its middle or its end.
    const cells: Record<string, string | number> = {
      A1: 'BIỂU TỔNG HỢP', A3: 'Mã khoản viện trợ', B3: 'Tên dự án', C3: 'Lĩnh vực', D3: 'Ngày phê duyệt', E3: 'Giá trị cam kết (USD)',
      G3: 'Mã khoản viện trợ', H3: 'Ngày giải ngân', I3: 'Số tiền (USD)', J3: 'Loại tiền',
      A30: 'Ghi chú: số liệu đến 31/12/2024', B34: 'NGƯỜI LẬP BIỂU', B40: 'Nguyễn Văn An',
    };
    for (let r = 4; r <= 9; r++) Object.assign(cells, { [`A${r}`]: `VT-${r}`, [`B${r}`]: `Dự án ${r}`, [`C${r}`]: 'Du lịch', [`D${r}`]: 45_400, [`E${r}`]: 100, [`G${r}`]: `VT-${r}`, [`H${r}`]: 45_500, [`I${r}`]: 10, [`J${r}`]: 'USD' });
    const lists = [{ address: 'C4:C9', source: "='Danh mục'!$A$2:$A$5" }, { address: 'J4:J9', source: 'USD,VND' }];
    const rec = createExcelMock({ sheets: [{ name: 'Dự án', cells, lists }, BOOK.sheets[1]] });
    const out = await readBookOffice(rec.context);
    expect(out.input.sheets[0].lists).toEqual([
      { range: box(3, 2, 1, 1), source: "='Danh mục'!$A$2:$A$5", resolved: { sheet: 'Danh mục', range: box(1, 0, 4, 1) } },
      { range: box(3, 9, 1, 1), source: 'USD,VND', resolved: { values: ['USD', 'VND'] } },
    ]);
    // Both registers side by side probed, each in its own columns at its first data row, in one request.
    const probed = rec.calls.filter((c) => c.op === 'dataValidation.load').map((c) => c.address);
    expect(probed).toEqual(['A4', 'B4', 'C4', 'D4', 'E4', 'F4', 'G4', 'H4', 'I4', 'J4']);
    const probes = rec.calls.findIndex((c) => c.op === 'dataValidation.load');
    expect(rec.calls.slice(probes).filter((c) => c.op === 'sync').length).toBe(1);
  });
});

describe('Readers: list sources and Excel addresses', () => {
  it('reads the sources both hosts give, and refuses what is no range', () => {
    expect(sourceFromFormula1('"Y tế,Nói ""có"""')).toBe('Y tế,Nói "có"');
    expect(sourceFromFormula1("'Danh mục'!$A$2:$A$40")).toBe("='Danh mục'!$A$2:$A$40");
    expect(parseReference("='It''s'!A:A")).toEqual({ sheet: "It's", box: box(0, 0, 1_048_576, 1) });
    expect(parseReference('=$B$2:$B$9')).toEqual({ sheet: null, box: box(1, 1, 8, 1) });
    expect(parseReference('=ABC')).toBeNull();
    expect(resolveListSource('=$B$2:$B$9', 'Dự án', new Map())).toEqual({ sheet: 'Dự án', range: box(1, 1, 8, 1) });
    expect(resolveListSource('=OFFSET(A1,0,0,5)', 'Dự án', new Map())).toBeUndefined();
    expect(resolveListSource('=Loop', 'x', new Map([['LOOP', '=Loop']]))).toBeUndefined();
    expect(areaBoxes("'a,b'!A1:B2,'a,b'!D4")).toEqual([box(0, 0, 2, 2), box(3, 3, 1, 1)]);
  });
});
