// The ExcelJS writer (the CLI's): names, formulas as files store them, and a plan read back cell by cell.
// Recalculation by LibreOffice is in writePlan-libreoffice.test.ts.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../src/core/plan/sheetPlan';
import { withCalculatedColumns } from '../src/excel/exceljs/calculatedColumns';
import { ADDIN_NAMESPACE, freeSheetName, freeTableName, writePlan, xlsxFormula } from '../src/excel/exceljs/writePlan';
import { LOOK_FORMATS, STYLE_FORMATS } from '../src/core/plan/styles';
import { readFile } from './helpers/officeCompare';

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
