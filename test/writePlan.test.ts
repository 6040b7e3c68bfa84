import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { a1, quoteSheet } from '../src/core/base/a1';
import type { PlanCell, SheetPlan } from '../src/core/plan/sheetPlan';
import { templatePlans } from '../src/core/plan/templatePlan';
import { withCalculatedColumns } from '../src/excel/exceljs/calculatedColumns';
import { ADDIN_NAMESPACE, CHARTS_SUPPORTED, freeSheetName, freeTableName, writePlan, xlsxFormula } from '../src/excel/exceljs/writePlan';
import { LOOK_FORMATS, STYLE_FORMATS } from '../src/core/plan/styles';
import { disposeLibreOfficeProfile, libreOfficeAvailable, libreOfficeStatus, readFormulaResults, recalcWithLibreOffice } from './helpers/libreoffice';
import { readFile } from './helpers/officeCompare';

const TMP = path.resolve(__dirname, '.tmp', 'writePlan');

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

describe('freeSheetName', () => {
  it('keeps a free, valid name', () => {
    expect(freeSheetName([], 'Tổng hợp')).toBe('Tổng hợp');
    expect(freeSheetName(['Data'], 'Tổng hợp')).toBe('Tổng hợp');
  });

  it('never reuses a taken name, comparing case-insensitively like Excel', () => {
    expect(freeSheetName(['Tổng hợp'], 'TỔNG HỢP')).toBe('TỔNG HỢP (2)');
    expect(freeSheetName(['Summary', 'summary (2)'], 'Summary')).toBe('Summary (3)');
    expect(freeSheetName(['History'.toLowerCase()], 'x')).toBe('x');
    expect(freeSheetName([], 'History')).toBe('History (2)');
  });

  it('strips []:*?/\\ and edge apostrophes, and falls back to "Sheet"', () => {
    expect(freeSheetName([], 'a[b]:c*d?e/f\\g')).toBe('abcdefg');
    expect(freeSheetName([], "'Vốn ODA'")).toBe('Vốn ODA');
    expect(freeSheetName([], '[]:*?/\\')).toBe('Sheet');
  });

  it('truncates to 31 characters, also with the (n) suffix', () => {
    const long = 'Tổng hợp vốn viện trợ phát triển chính thức ODA 2024';
    const first = freeSheetName([], long);
    expect(first).toHaveLength(31);
    expect(long.startsWith(first.trimEnd())).toBe(true);
    const second = freeSheetName([first], long);
    expect(second).toBe('Tổng hợp vốn viện trợ phát (2)'); // no space left dangling before the suffix
    expect(freeSheetName([first], 'x'.repeat(40))).toBe('x'.repeat(31));
    expect(freeSheetName(['x'.repeat(31)], 'x'.repeat(40))).toBe(`${'x'.repeat(27)} (2)`);
    const xs = ['x'.repeat(31), ...Array.from({ length: 8 }, (_, i) => `${'x'.repeat(27)} (${i + 2})`)];
    expect(freeSheetName(xs, 'X'.repeat(40))).toBe(`${'X'.repeat(26)} (10)`);
  });

  it('compares decomposed and precomposed Vietnamese the same', () => {
    expect(freeSheetName(['Dự án'.normalize('NFD')], 'Dự án')).toBe('Dự án (2)');
  });
});

describe('freeTableName and xlsxFormula', () => {
  it('makes table names valid and unique', () => {
    expect(freeTableName(new Set(), 'Dự án 2024')).toBe('Du_an_2024');
    expect(freeTableName(new Set(), '2024 data')).toBe('Table_2024_data');
    expect(freeTableName(new Set(), 'A1')).toBe('Table_A1');
    expect(freeTableName(new Set(), 'R1C1')).toBe('Table_R1C1');
    expect(freeTableName(new Set(['PROJECTS', 'PROJECTS_2']), 'projects')).toBe('projects_3');
  });

  it('prefixes post-2007 functions and leaves strings, sheet names and older functions alone', () => {
    expect(xlsxFormula('=IFNA(MAXIFS(A:A,B:B,"IFS(x)"),0)')).toBe('_xlfn.IFNA(_xlfn.MAXIFS(A:A,B:B,"IFS(x)"),0)');
    expect(xlsxFormula("SUM('IFS(1)'!A1,Sheet1!B2)+IFERROR(1/0,0)")).toBe("SUM('IFS(1)'!A1,Sheet1!B2)+IFERROR(1/0,0)");
    expect(xlsxFormula('_xlfn.IFNA(1,2)')).toBe('_xlfn.IFNA(1,2)');
    expect(xlsxFormula('filter(A1:A3,B1:B3)+STDEV.S(A:A)')).toBe('_xlfn._xlws.filter(A1:A3,B1:B3)+_xlfn.STDEV.S(A:A)');
    expect(xlsxFormula('SUM(T[IFS(x)])')).toBe('SUM(T[IFS(x)])');
  });

  it('stores the add-in\'s functions under the names Excel saves them with (_xldudf_AID_CHECK), only where called', () => {
    expect(xlsxFormula('=AID.CHECK(A4:T4,"aid-projects",A$3:T$3)')).toBe('_xldudf_AID_CHECK(A4:T4,"aid-projects",A$3:T$3)');
    expect(xlsxFormula('IFERROR(aid.text(A1,"USD"),"AID.TEXT(x)")&AIDX.CHECK(1)&AID.CHECK')).toBe('IFERROR(_xldudf_AID_TEXT(A1,"USD"),"AID.TEXT(x)")&AIDX.CHECK(1)&AID.CHECK');
  });

  it('knows the add-in\'s namespace as the manifest declares it', () => {
    const manifest = fs.readFileSync(path.resolve(__dirname, '..', 'manifest.xml'), 'utf8');
    expect(/<bt:String id="Functions.Namespace" DefaultValue="([^"]+)"/.exec(manifest)?.[1]).toBe(ADDIN_NAMESPACE);
  });
});

describe('writePlan (ExcelJS read-back)', () => {
  it('writes literal strings as text even when they start with = + - @', async () => {
    const tricky = ['=SUM(A1:A2)', '+84 912 345 678', '-5', '@nhà tài trợ', '=1+1', "'=quoted"];
    const plan: SheetPlan = { name: 'Text', cells: tricky.map((v, i) => ({ row: i, col: 0, value: v })) };
    const wb = new ExcelJS.Workbook();
    writePlan(wb, plan);
    const ws = (await roundTrip(wb)).getWorksheet('Text')!;
    tricky.forEach((v, i) => {
      const cell = ws.getCell(i + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(v);
      expect(cell.formula).toBeUndefined();
    });
  });

  it('never overwrites a sheet and returns the name used', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tổng hợp').getCell('A1').value = 'keep me';
    const used = writePlan(wb, { name: 'tổng hợp', cells: [{ row: 0, col: 0, value: 'new' }] });
    expect(used).toBe('tổng hợp (2)');
    expect(wb.getWorksheet('Tổng hợp')!.getCell('A1').value).toBe('keep me');
    expect(wb.getWorksheet(used)!.getCell('A1').value).toBe('new');
  });

  it('writes formulas with the expected value as cached result, styles, merges, freeze, widths, tables, validations', async () => {
    const plan: SheetPlan = {
      name: 'Mẫu nhập',
      columnWidths: [30, 12, 14],
      cells: [
        { row: 0, col: 0, value: 'Sổ đăng ký dự án', style: 'title' },
        { row: 1, col: 0, value: 'Tổng', style: 'total' },
        { row: 1, col: 1, formula: '=SUM(B12:B13)', expected: 3.5, style: 'money' },
        { row: 1, col: 2, formula: 'IFNA(MATCH("x",A12:A13,0),-1)', expected: -1, numFmt: '0' },
        { row: 1, col: 3, formula: 'COUNTIFS(A12:A13,"P9")', expected: 0 },
        { row: 1, col: 4, formula: 'IF(B2>0,"","x")', expected: '' },
      ],
      merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
      freeze: { rows: 3, cols: 1 },
      tables: [
        { name: 'Dự án', row: 10, col: 0, headers: ['Mã', 'Vốn', 'vốn'], rows: [['P1', 1.25, '=x'], ['P2', 2.25, null]], numFmts: [undefined, '#,##0.00', undefined] },
        { name: 'Dự án', row: 20, col: 0, headers: ['Mã'], rows: [] },
      ],
      validations: [
        { range: { row: 3, col: 0, rows: 5000, cols: 1 }, list: ['Y tế', 'Giáo dục', 'Nói "có"'] },
        { range: { row: 3, col: 1, rows: 2, cols: 2 }, list: { formula: "='Danh mục'!$A$2:$A$50" } },
      ],
      charts: [{ kind: 'clusteredColumn', title: 'c', categories: { row: 0, col: 0, rows: 1, cols: 1 }, series: [], anchor: { row: 0, col: 5, rows: 10, cols: 5 } }],
    };
    const wb = new ExcelJS.Workbook();
    expect(CHARTS_SUPPORTED).toBe(false);
    const used = writePlan(wb, plan, { lang: 'vi' });
    const ws = (await roundTrip(wb)).getWorksheet(used)!;

    const b2 = ws.getCell('B2');
    expect(b2.type).toBe(ExcelJS.ValueType.Formula);
    expect(b2.formula).toBe('SUM(B12:B13)');
    expect((b2.value as ExcelJS.CellFormulaValue).result).toBe(3.5);
    expect(b2.numFmt).toBe(STYLE_FORMATS.money.numFmt);
    expect(ws.getCell('C2').formula).toBe('_xlfn.IFNA(MATCH("x",A12:A13,0),-1)');
    expect(ws.getCell('C2').numFmt).toBe('0');
    expect(ws.getCell('D2').result).toBe(0); // a zero cached result is written (ExcelJS drops falsy results otherwise)
    expect(ws.getCell('E2').formula).toBe('IF(B2>0,"","x")');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').font.size).toBe(14);
    expect(ws.getCell('A2').border.top?.style).toBe('thin');

    expect(ws.model.merges).toContain('A1:C1');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect(ws.getColumn(1).width).toBe(30);

    const tables = ws.getTables() as unknown as Array<{ name: string; table: { tableRef: string; columns: Array<{ name: string }> } }>;
    const byName = new Map(tables.map((t) => [t.name, t.table]));
    expect([...byName.keys()].sort()).toEqual(['Du_an', 'Du_an_2']);
    expect(byName.get('Du_an')!.tableRef).toBe('A11:C13');
    expect(byName.get('Du_an')!.columns.map((c) => c.name)).toEqual(['Mã', 'Vốn', 'vốn2']);
    expect(byName.get('Du_an_2')!.tableRef).toBe('A21:A22'); // one empty data row: Excel wants at least one
    expect(ws.getCell('C12').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B12').numFmt).toBe('#,##0.00');

    expect(ws.getCell('A4').dataValidation).toMatchObject({ type: 'list', allowBlank: true, formulae: ['"Y tế,Giáo dục,Nói ""có"""'] });
    expect(ws.getCell('A5003').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('A5004').dataValidation).toBeUndefined();
    expect(ws.getCell('C5').dataValidation).toMatchObject({ formulae: ["'Danh mục'!$A$2:$A$50"] });
  });

  it('writes conditional formats in plan order as priorities, over several areas, with the looks\' colours', async () => {
    const plan: SheetPlan = {
      name: 'Màu',
      cells: [{ row: 0, col: 0, value: 1 }],
      conditionalFormats: [
        { ranges: [{ row: 1, col: 0, rows: 5, cols: 1 }, { row: 1, col: 2, rows: 5, cols: 2 }], formula: '=$B2<0', look: 'error' },
        { ranges: [{ row: 1, col: 1, rows: 5, cols: 1 }], formula: 'AND(ISNUMBER(B2),B2>IFNA(1,0))', look: 'warning' },
        { ranges: [{ row: 1, col: 1, rows: 0, cols: 1 }], formula: 'TRUE()', look: 'warning' },
      ],
    };
    const wb = new ExcelJS.Workbook();
    writePlan(wb, plan);
    const ws = (await roundTrip(wb)).getWorksheet('Màu')! as unknown as { conditionalFormattings: { ref: string; rules: { priority: number; formulae: string[]; style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } } }[] }[] };
    expect(ws.conditionalFormattings.map((cf) => [cf.ref, cf.rules[0].priority, cf.rules[0].formulae, cf.rules[0].style.fill.bgColor.argb, cf.rules[0].style.font.color.argb])).toEqual([
      ['A2:A6 C2:D6', 1, ['$B2<0'], LOOK_FORMATS.error.fill, LOOK_FORMATS.error.font],
      ['B2:B6', 2, ['AND(ISNUMBER(B2),B2>_xlfn.IFNA(1,0))'], LOOK_FORMATS.warning.fill, LOOK_FORMATS.warning.font],
    ]);
  });

  it('makes a table column calculated: its formula in every data row, moved down, and declared in the table part', async () => {
    const plan: SheetPlan = {
      name: 'Bảng',
      cells: [],
      tables: [{
        name: 'Bảng', row: 0, col: 0, headers: ['Số', 'A > B & "C"', 'Kiểm tra'], rows: [[1, 'x', null], [2, 'y', null], [3, 'z', 'bị thay']],
        formulas: [undefined, undefined, 'IF(A2>1,AID.TEXT(A2,"USD"),"<"&A$2&">")'],
      }],
    };
    const wb = new ExcelJS.Workbook();
    writePlan(wb, plan);
    const { book, calculated } = await readFile(wb);
    const ws = book.getWorksheet('Bảng')!;
    expect(['C2', 'C3', 'C4'].map((k) => ws.getCell(k).formula)).toEqual([
      'IF(A2>1,_xldudf_AID_TEXT(A2,"USD"),"<"&A$2&">")', 'IF(A3>1,_xldudf_AID_TEXT(A3,"USD"),"<"&A$2&">")', 'IF(A4>1,_xldudf_AID_TEXT(A4,"USD"),"<"&A$2&">")',
    ]);
    expect(ws.getCell('B2').value).toBe('x');
    expect(calculated.get('Bang')).toEqual({ 'Kiểm tra': 'IF(A2>1,_xldudf_AID_TEXT(A2,"USD"),"<"&A$2&">")' });
    // Writing the same workbook again declares the column once, not twice.
    expect((await readFile(wb)).calculated.get('Bang')).toEqual({ 'Kiểm tra': 'IF(A2>1,_xldudf_AID_TEXT(A2,"USD"),"<"&A$2&">")' });
  });

  it('amends a table part only where the column exists, escaping the formula', () => {
    const part = '<tableColumns count="2"><tableColumn id="1" name="a"/><tableColumn id="2" name="x &gt; y"/></tableColumns>';
    expect(withCalculatedColumns(part, [{}, { calculatedColumnFormula: 'IF(A2<1,"&","")' }])).toBe(
      '<tableColumns count="2"><tableColumn id="1" name="a"/><tableColumn id="2" name="x &gt; y"><calculatedColumnFormula>IF(A2&lt;1,"&amp;","")</calculatedColumnFormula></tableColumn></tableColumns>',
    );
    expect(() => withCalculatedColumns(part, [{}, {}, { calculatedColumnFormula: 'A2' }])).toThrow(/no column 3/);
  });

  it('refuses literal list items with commas', () => {
    const wb = new ExcelJS.Workbook();
    expect(() => writePlan(wb, { name: 'x', cells: [], validations: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, list: ['a,b'] }] })).toThrow(/comma/);
  });
});

// ---------------------------------------------------------------------------------------------
// Recalculation by an independent engine (LibreOffice) must give what the plan says it expects.

const lo = libreOfficeStatus();
if (!lo.available) {
  console.warn(`Skipping LibreOffice recalculation tests: ${lo.reason}`);
}
const describeLO = libreOfficeAvailable() ? describe : describe.skip;

type Cell = string | number | null;
interface DataRow { sector: Cell; year: Cell; committed: Cell; disbursed: Cell }

function makeData(n: number, seed: number): DataRow[] {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const sectors = ['Y tế', 'Giáo dục', 'Giao thông', 'Năng lượng', 'Nông nghiệp', 'Môi trường'];
  const rows: DataRow[] = [];
  for (let i = 0; i < n; i++) {
    const committed = Math.round(rnd() * 100000) / 100;
    rows.push({
      sector: i % 17 === 5 ? null : sectors[Math.floor(rnd() * sectors.length)],
      year: 2019 + Math.floor(rnd() * 5),
      committed: i % 23 === 7 ? 'n/a' : i % 19 === 3 ? null : committed,
      disbursed: i % 13 === 2 ? null : i % 29 === 11 ? 'chưa có' : Math.round(committed * rnd() * 100) / 100,
    });
  }
  return rows;
}

function fillSheet(ws: ExcelJS.Worksheet, rows: DataRow[]): void {
  ws.addRow(['Lĩnh vực', 'Năm', 'Cam kết', 'Giải ngân']);
  for (const r of rows) ws.addRow([r.sector, r.year, r.committed, r.disbursed]);
}

const num = (v: Cell): number => (typeof v === 'number' ? v : 0);

describeLO('writePlan + LibreOffice recalculation', () => {
  afterAll(() => disposeLibreOfficeProfile());

  const DATA_NAME = 'Data';
  const VN_NAME = 'Dự án viện trợ';
  const APOS_NAME = "Vốn 'ODA' mới";
  const data = makeData(200, 42);
  const vn = makeData(60, 7);
  const apos = makeData(30, 99);
  const sectors = ['Y tế', 'Giáo dục', 'Giao thông', 'Năng lượng', 'Nông nghiệp', 'Môi trường', 'Khác'];
  const years = [2019, 2020, 2021, 2022, 2023];
  const D = quoteSheet(DATA_NAME);
  const last = data.length + 1;

  function buildPlan(): SheetPlan {
    const cells: PlanCell[] = [
      { row: 0, col: 0, value: 'Tổng hợp vốn theo lĩnh vực', style: 'title' },
      { row: 2, col: 0, value: 'Lĩnh vực', style: 'header' },
    ];
    years.forEach((y, j) => cells.push({ row: 2, col: 1 + j, value: y, style: 'header' }));
    const C = { total: 6, count: 7, disb: 8, ratio: 9, flag: 10, recent: 11 };
    ['Tổng', 'Số dự án', 'Giải ngân', 'Tỷ lệ', 'Có vốn?', 'Dự án từ 2021'].forEach((h, k) => cells.push({ row: 2, col: 6 + k, value: h, style: 'header' }));

    sectors.forEach((sec, i) => {
      const r = 3 + i;
      const lab = `$A${r + 1}`;
      cells.push({ row: r, col: 0, value: sec, style: 'label' });
      const inSector = data.filter((d) => d.sector === sec);
      years.forEach((y, j) => {
        cells.push({
          row: r, col: 1 + j, style: 'money',
          formula: `SUMIFS(${D}!$C:$C,${D}!$A:$A,${lab},${D}!$B:$B,${a1(2, 1 + j).replace(/(\d+)$/, '$$$1')})`,
          expected: inSector.filter((d) => d.year === y).reduce((s, d) => s + num(d.committed), 0),
        });
      });
      const committed = inSector.reduce((s, d) => s + num(d.committed), 0);
      const disbursed = inSector.reduce((s, d) => s + num(d.disbursed), 0);
      cells.push({ row: r, col: C.total, style: 'money', formula: `SUM(B${r + 1}:F${r + 1})`, expected: committed });
      cells.push({ row: r, col: C.count, style: 'number', formula: `COUNTIFS(${D}!$A:$A,${lab})`, expected: inSector.length });
      cells.push({
        row: r, col: C.disb, style: 'money',
        formula: `SUMPRODUCT((${D}!$A$2:$A$${last}=${lab})*(${D}!$B$2:$B$${last}>=2019),${D}!$D$2:$D$${last})`,
        expected: disbursed,
      });
      cells.push({
        row: r, col: C.ratio, style: 'percent',
        formula: `IFERROR(SUMIFS(${D}!$D:$D,${D}!$A:$A,${lab})/SUMIFS(${D}!$C:$C,${D}!$A:$A,${lab}),0)`,
        expected: committed === 0 ? 0 : disbursed / committed,
      });
      cells.push({ row: r, col: C.flag, formula: `IF(G${r + 1}>0,"Có","Không")`, expected: committed > 0 ? 'Có' : 'Không' });
      cells.push({
        row: r, col: C.recent, style: 'number',
        formula: `COUNTIFS(${D}!$A$2:$A$${last},${lab},${D}!$B$2:$B$${last},">="&2021)`,
        expected: inSector.filter((d) => num(d.year) >= 2021).length,
      });
    });

    // Totals and whole-sheet checks.
    const tr = 3 + sectors.length;
    const allCommitted = data.reduce((s, d) => s + num(d.committed), 0);
    const known = data.filter((d) => sectors.includes(d.sector as string));
    cells.push({ row: tr, col: 0, value: 'Tổng cộng', style: 'total' });
    cells.push({ row: tr, col: C.total, style: 'total', numFmt: '#,##0.00', formula: `SUM(G4:G${tr})`, expected: known.reduce((s, d) => s + num(d.committed), 0) });
    cells.push({ row: tr, col: C.count, style: 'total', formula: `SUM(H4:H${tr})`, expected: known.length });
    const extra: Array<[string, string, number | string]> = [
      ['Cam kết toàn bộ', `SUM(${D}!C:C)`, allCommitted],
      ['Dòng thiếu lĩnh vực', `COUNTBLANK(${D}!A2:A${last})`, data.filter((d) => d.sector === null).length],
      ['Ô cam kết là chữ', `COUNTIFS(${D}!C2:C${last},"n/a")`, data.filter((d) => d.committed === 'n/a').length],
      ['Ô cam kết là số', `COUNT(${D}!C2:C${last})`, data.filter((d) => typeof d.committed === 'number').length],
      ['Giải ngân / cam kết', `IFERROR(SUM(${D}!D:D)/SUM(${D}!C:C),0)`, data.reduce((s, d) => s + num(d.disbursed), 0) / allCommitted],
      ['Chia cho 0', `IFERROR(1/COUNTIFS(${D}!A:A,"Không tồn tại"),-1)`, -1],
      ['Năm lớn nhất (Y tế)', `MAXIFS(${D}!B:B,${D}!A:A,"Y tế")`, Math.max(...data.filter((d) => d.sector === 'Y tế').map((d) => num(d.year)))],
      ['IFNA', `IFNA(MATCH("Không tồn tại",${D}!A:A,0),-2)`, -2],
      ['Sheet có dấu cách', `SUM(${quoteSheet(VN_NAME)}!C:C)`, vn.reduce((s, d) => s + num(d.committed), 0)],
      ['Sheet có dấu cách (SUMIFS)', `SUMIFS(${quoteSheet(VN_NAME)}!C:C,${quoteSheet(VN_NAME)}!A:A,"Giáo dục")`, vn.filter((d) => d.sector === 'Giáo dục').reduce((s, d) => s + num(d.committed), 0)],
      ['Sheet có nháy', `SUM(${quoteSheet(APOS_NAME)}!C:C)`, apos.reduce((s, d) => s + num(d.committed), 0)],
      ['Lấy chữ', `INDEX(${D}!A:A,1)&" / "&${quoteSheet(VN_NAME)}!A1`, 'Lĩnh vực / Lĩnh vực'],
      ['Chuỗi rỗng', `IF(COUNTIFS(${D}!A:A,"Không tồn tại")>0,"x","")`, ''],
      ['Không', `COUNTIFS(${D}!A:A,"Không tồn tại")`, 0],
    ];
    extra.forEach(([label, formula, expected], k) => {
      cells.push({ row: tr + 2 + k, col: 0, value: label, style: 'label' });
      cells.push({ row: tr + 2 + k, col: 1, formula, expected });
    });
    // A date-formatted result is compared as the serial number the file stores.
    cells.push({ row: tr + 2 + extra.length, col: 0, value: 'Ngày', style: 'label' });
    cells.push({ row: tr + 2 + extra.length, col: 1, style: 'date', formula: 'DATE(2024,3,15)', expected: Date.UTC(2024, 2, 15) / 86_400_000 + 25_569 });
    // Literal text that looks like formulas must survive a real spreadsheet load as text.
    const textRow = tr + 4 + extra.length;
    ['=SUM(1,2)', '+84 24 3823 4567', '-', '@ghi chú'].forEach((v, k) => cells.push({ row: textRow, col: k, value: v, style: 'note' }));

    return { name: 'Tổng hợp', columnWidths: [28, 14, 14, 14, 14, 14, 16, 10, 16, 10, 10, 12], cells, freeze: { rows: 3, cols: 1 }, merges: [{ row: 0, col: 0, rows: 1, cols: 6 }] };
  }

  it('gives, for every formula, the value the plan expects', async () => {
    fs.mkdirSync(TMP, { recursive: true });
    const wb = new ExcelJS.Workbook();
    fillSheet(wb.addWorksheet(DATA_NAME), data);
    fillSheet(wb.addWorksheet(VN_NAME), vn);
    fillSheet(wb.addWorksheet(APOS_NAME), apos);
    const plan = buildPlan();
    // Cached results deliberately wrong: only a real recalculation can make the comparison pass.
    const poisoned: SheetPlan = { ...plan, cells: plan.cells.map((c) => (c.formula ? { ...c, expected: 999 } : c)) };
    const sheet = writePlan(wb, poisoned, { lang: 'vi' });
    const input = path.join(TMP, 'recalc-input.xlsx');
    await wb.xlsx.writeFile(input);

    const started = Date.now();
    const output = await recalcWithLibreOffice(input, path.join(TMP, 'out'));
    console.info(`LibreOffice recalculation took ${Date.now() - started} ms`);
    const results = await readFormulaResults(output);
    const got = new Map(results.filter((r) => r.sheet === sheet).map((r) => [r.address, r]));

    const mismatches: string[] = [];
    for (const c of plan.cells) {
      if (!c.formula) continue;
      const addr = a1(c.row, c.col);
      const r = got.get(addr);
      const ok = r !== undefined && (typeof c.expected === 'number'
        ? typeof r.value === 'number' && Math.abs(r.value - c.expected) <= 1e-6 * Math.max(1, Math.abs(c.expected))
        : r.value === c.expected);
      if (!ok) mismatches.push(`${addr} ${c.formula}: expected ${JSON.stringify(c.expected)}, LibreOffice ${JSON.stringify(r?.value)} (${r?.formula ?? 'no formula cell'})`);
    }
    expect(mismatches).toEqual([]);
    expect(got.size).toBe(plan.cells.filter((c) => c.formula).length);

    // Text that looks like a formula is still text after LibreOffice loaded and saved the file.
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    const ws = back.getWorksheet(sheet)!;
    const texts = plan.cells.filter((c) => typeof c.value === 'string' && /^[=+\-@]/.test(c.value));
    expect(texts.length).toBe(4);
    for (const c of texts) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(c.value);
    }
  });

  it('loads a template (check column, calculated columns, conditional formats): tables and rules survive, AID.CHECK cannot run and the native check answers', async () => {
    fs.mkdirSync(TMP, { recursive: true });
    const wb = new ExcelJS.Workbook();
    const plans = templatePlans('aid', 'vi');
    const names = plans.map((p) => writePlan(wb, p, { lang: 'vi' }));
    const input = path.join(TMP, 'template-aid-vi.xlsx');
    await wb.xlsx.writeFile(input);
    const output = await recalcWithLibreOffice(input, path.join(TMP, 'out'));
    // The check cells are the only formulas: the add-in's function is unknown here, so each falls back
    // to the native check, which finds nothing in the template's blank first row (not #NAME?).
    const results = await readFormulaResults(output);
    expect(results.map((r) => [r.sheet, r.address, r.value])).toEqual([[names[0], 'U4', ''], [names[1], 'F4', ''], [names[2], 'E4', '']]);
    for (const r of results) expect(r.formula).toMatch(/^IFERROR\(_xldudf_AID_CHECK\(/i);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    plans.slice(0, -1).forEach((p, i) => {
      const ws = back.getWorksheet(names[i])! as unknown as ExcelJS.Worksheet & { conditionalFormattings: unknown[] };
      expect(ws.getTables()).toHaveLength(1);
      expect(ws.conditionalFormattings).toHaveLength(p.conditionalFormats!.length);
    });
  });

  it('runs concurrent requests one at a time, and shows where LibreOffice and Excel differ on numbers stored as text', async () => {
    fs.mkdirSync(TMP, { recursive: true });
    const files = await Promise.all(['a', 'b'].map(async (tag) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('D');
      [2021, '2021', 2022].forEach((v) => ws.addRow([v]));
      writePlan(wb, {
        name: 'S',
        cells: [
          { row: 0, col: 0, formula: 'COUNTIF(D!A1:A3,2021)', expected: 999 },
          { row: 1, col: 0, formula: 'COUNTIF(D!A1:A3,">=2021")', expected: 999 },
          { row: 2, col: 0, formula: 'D!A2+1', expected: 999 },
        ],
      });
      const file = path.join(TMP, `text-numbers-${tag}.xlsx`);
      await wb.xlsx.writeFile(file);
      return file;
    }));
    const outputs = await Promise.all(files.map((f) => recalcWithLibreOffice(f, path.join(TMP, 'out'))));
    for (const out of outputs) {
      const values = Object.fromEntries((await readFormulaResults(out)).map((r) => [r.address, r.value]));
      // Excel gives 2 for A1: its "=" criteria treat the text "2021" as the number 2021. LibreOffice counts only
      // the number. Engine formulas must not rely on criteria matching numbers stored as text.
      expect(values).toEqual({ A1: 1, A2: 2, A3: 2022 });
    }
  });
});
