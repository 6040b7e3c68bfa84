// The streaming .xlsx reader (src/excel/xlsx) gives the engine what the ExcelJS reader gives it, for the
// demo sample, the sectioned layout and workbooks built here with every kind of cell and sheet fact;
// and it refuses, with a typed error, what is not a workbook it can read.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { SheetInput, WorkbookInput } from '../src/core/model';
import { generateSample } from '../src/sample/generate';
import { sectionedSheet } from '../src/sample/sectioned';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';
import { readWorkbookFile } from '../src/excel/exceljs/readWorkbook';
import { readXlsxFile } from '../src/excel/xlsx/node';
import { readXlsx } from '../src/excel/xlsx/read';
import { bytesSource } from '../src/excel/xlsx/zip';
import { XlsxReadError, type XlsxErrorCode } from '../src/excel/xlsx/errors';

const TMP = path.join(__dirname, '.tmp', 'xlsx-reader');
fs.mkdirSync(TMP, { recursive: true });

/** A sheet as plain data: every field, and the font of every cell up to two past each row's end. */
function plain(s: SheetInput): unknown {
  const width = Math.max(0, ...s.rows.map((r) => r.length)) + 2;
  const fonts: string[] = [];
  for (let r = 0; r < s.rows.length + 2; r++) {
    for (let c = 0; c < width; c++) {
      const f = s.font?.(r, c);
      if (f !== undefined) fonts.push(`${r},${c}:${f}`);
    }
  }
  // Formulas likewise, cell by cell (the function itself cannot be compared).
  const formulas: string[] = [];
  s.rows.forEach((row, r) => row.forEach((_, c) => { const f = s.formula?.(r, c); if (f !== undefined) formulas.push(`${r},${c}:${f}`); }));
  return { ...s, font: fonts, formula: formulas };
}

/** Fonts the engine can ask for: those of cells holding text (it asks for no other). */
function textFonts(s: SheetInput): string[] {
  const out: string[] = [];
  s.rows.forEach((row, r) => row.forEach((v, c) => { if (typeof v === 'string') out.push(`${r},${c}:${s.font?.(r, c)}`); }));
  return out;
}

async function both(file: string): Promise<{ exceljs: WorkbookInput; xlsx: WorkbookInput }> {
  return { exceljs: (await readWorkbookFile(file)).input, xlsx: (await readXlsxFile(file)).input };
}

function expectSame(a: WorkbookInput, b: WorkbookInput, opts: { tablesDiffer?: boolean } = {}): void {
  expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
  a.sheets.forEach((sa, i) => {
    const sb = b.sheets[i];
    const pa = plain(sa) as Record<string, unknown>;
    const pb = plain(sb) as Record<string, unknown>;
    if (opts.tablesDiffer) { delete pa.tables; delete pb.tables; }
    expect({ sheet: sa.name, ...pb }).toEqual({ sheet: sa.name, ...pa });
    expect(textFonts(sb)).toEqual(textFonts(sa));
  });
}

async function writeBook(name: string, wb: ExcelJS.Workbook): Promise<string> {
  const file = path.join(TMP, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('the streaming reader reads what the ExcelJS reader reads', () => {
  it('the demo sample (every rule planted) and the sectioned layout', async () => {
    const book = generateSample({ aidProjects: 60, fdiProjects: 30, today: 20_400, plant: true });
    const wb = new ExcelJS.Workbook();
    for (const s of book.sheets) writeGridSheet(wb, s);
    writeGridSheet(wb, { ...sectionedSheet().sheet, name: 'Sectioned copy' });
    const { exceljs, xlsx } = await both(await writeBook('sample.xlsx', wb));
    expect(xlsx.sheets.length).toBeGreaterThan(3);
    expectSame(exceljs, xlsx);
  });

  it('merges, hidden rows/columns/sheets, lists, names, fonts, dates, formulas, strings of every kind', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dự án');
    ws.getCell('A1').value = 'BIỂU TỔNG HỢP';
    ws.mergeCells('A1:F1');
    ws.getCell('A2').value = 'STT';
    ws.getCell('B2').value = { richText: [{ text: 'Nhà ', font: { bold: true } }, { text: 'tài trợ' }] };
    ws.getCell('C2').value = 'Ngày ký';
    ws.getCell('D2').value = 'Cam kết';
    ws.getCell('E2').value = 'Tỷ lệ';
    ws.getCell('F2').value = 'Ghi chú';
    for (let r = 3; r <= 12; r++) {
      ws.getCell(`A${r}`).value = r - 2;
      ws.getCell(`B${r}`).value = r % 3 ? 'JICA' : 'KOICA';
      ws.getCell(`C${r}`).value = new Date(Date.UTC(2024, r, r, r % 2 ? 13 : 0, 30));
      ws.getCell(`C${r}`).numFmt = r % 2 ? 'dd/mm/yyyy hh:mm' : '[$-42A]dd/mm/yyyy';
      ws.getCell(`D${r}`).value = r * 1234.5;
      ws.getCell(`D${r}`).numFmt = '#,##0.00 "triệu"';
      ws.getCell(`E${r}`).value = r / 7;
      ws.getCell(`E${r}`).numFmt = '0.0%';
    }
    ws.getCell('F3').value = 'Dự án Tăng cường năng lực & "quản lý" <mới>\n dòng hai';
    ws.getCell('F4').value = { richText: [{ text: 'Ch÷ ', font: { name: '.VnTime' } }, { text: 'TCVN3' }] };
    ws.getCell('F5').value = 'Dù ¸n';
    ws.getCell('F5').font = { name: '.VnTime' };
    ws.getCell('F6').value = 'Döï aùn';
    ws.getCell('F6').font = { name: 'VNI-Times' };
    ws.getCell('F7').value = true;
    ws.getCell('F8').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('F9').value = '';
    ws.getCell('F10').value = '   ';
    ws.mergeCells('B11:B12');
    ws.getCell('A13').value = 'Tổng cộng';
    ws.getCell('D13').value = { formula: 'SUM(D3:D12)', result: 92_587.5 } as ExcelJS.CellFormulaValue;
    ws.getCell('E13').value = { formula: 'D13&""', result: '92587.5' } as ExcelJS.CellFormulaValue;
    ws.getCell('C13').value = { formula: 'MAX(C3:C12)', result: new Date(Date.UTC(2025, 0, 2)) } as ExcelJS.CellFormulaValue;
    ws.getCell('C13').numFmt = 'dd/mm/yyyy';
    ws.getCell('F13').value = { formula: '1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('B13').value = { formula: 'A1=A1', result: true } as ExcelJS.CellFormulaValue;
    ws.getCell('A14').value = { formula: 'NA()' } as ExcelJS.CellFormulaValue;
    ws.getCell('G20').font = { name: 'Arial' }; // a styled cell with no value past the data
    ws.getRow(6).hidden = true;
    ws.getRow(30).hidden = true; // past the values: not reported
    ws.getColumn(5).hidden = true;
    ws.getColumn(12).hidden = true;
    ws.getColumn(7).font = { name: 'Times New Roman' };
    ws.mergeCells('A40:C41'); // empty merged area: rows grow, as ExcelJS makes the cells
    const dvs = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    dvs.add('B3:B12', { type: 'list', allowBlank: true, formulae: ['"JICA,KOICA,""WB"""'] });
    dvs.add('B5', { type: 'whole', operator: 'between', formulae: [1, 5] }); // takes B5 from the list
    dvs.add('F3:G12', { type: 'list', allowBlank: true, formulae: ["'Danh mục'!$A$2:$A$5"] });
    dvs.add('E3:E12', { type: 'list', allowBlank: true, formulae: ['TrangThai'] });
    ws.addTable({ name: 'BangPhu', ref: 'J2', columns: [{ name: 'Mã' }, { name: 'Tên' }], rows: [['X', 'Một'], ['Y', 'Hai']] });
    const cat = wb.addWorksheet('Danh mục');
    ['Lĩnh vực', 'Y tế', 'Giáo dục', 'Môi trường', 'Nông nghiệp'].forEach((v, i) => { cat.getCell(`A${i + 1}`).value = v; });
    ['Trạng thái', 'Đang chuẩn bị', 'Đang thực hiện'].forEach((v, i) => { cat.getCell(`B${i + 1}`).value = v; });
    wb.addWorksheet('Bản sao', { state: 'hidden' }).getCell('A1').value = 'STT';
    wb.addWorksheet('Ẩn', { state: 'veryHidden' }).getCell('A1').value = 'không đọc';
    wb.addWorksheet('Trống');
    wb.definedNames.add("'Danh mục'!$B$2:$B$3", 'TrangThai');
    const { exceljs, xlsx } = await both(await writeBook('facts.xlsx', wb));
    // ExcelJS reads a table's range as '' (it keeps it under another name); this reader gives it.
    expectSame(exceljs, xlsx, { tablesDiffer: true });
    expect(exceljs.sheets[0].tables).toEqual([{ name: 'BangPhu', ref: '' }]);
    expect(xlsx.sheets[0].tables).toEqual([{ name: 'BangPhu', ref: 'J2:K4' }]);
    const s = xlsx.sheets[0];
    expect(s.lists?.length).toBeGreaterThan(2);
    expect(s.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 6 }, { row: 10, col: 1, rows: 2, cols: 1 }]);
    expect(s.font?.(4, 5)).toBe('.VnTime');
    expect(xlsx.sheets.map((x) => x.visibility)).toEqual(['visible', 'visible', 'hidden', 'visible']);
  });

  it('a 1904 workbook, inline strings, shared formulas and cells written without addresses', async () => {
    // Written by hand, as other producers write them (ExcelJS never writes inline strings).
    const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Mã dự án</t></is></c><c r="B1" t="inlineStr"><is><r><t>Giá </t></r><r><rPr><b/></rPr><t xml:space="preserve">trị </t></r></is></c><c r="C1" t="s"><v>0</v></c></row>
<row r="2"><c r="A2" t="str"><v>VN&amp;01</v></c><c r="B2" s="1"><v>45000.5</v></c><c r="C2"><f>B2*2</f><v>90001</v></c></row>
<row r="3"><c r="A3"><v>7</v></c><c><v>8</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#REF!</v></c></row>
<row r="4"><c r="A4"><f t="shared" ref="A4:A5" si="0">A3+1</f><v>8</v></c><c r="B4" s="1"><f>B2+1</f><v>45001.5</v></c></row>
<row r="5"><c r="A5"><f t="shared" si="0"/><v>9</v></c><c r="B5" s="2"><v>3</v></c></row>
</sheetData></worksheet>`;
    const file = path.join(TMP, 'hand.xlsx');
    fs.writeFileSync(file, handBook({ 'xl/worksheets/sheet1.xml': sheet }, { date1904: true, strings: ['Tên &lt;dự án&gt;_x000D_'] }));
    const { exceljs, xlsx } = await both(file);
    expectSame(exceljs, xlsx);
    expect(xlsx.sheets[0].rows[1][1]).toBeCloseTo(45000.5 + 1462, 6);
    expect(xlsx.sheets[0].rows[0]).toEqual(['Mã dự án', 'Giá trị ', 'Tên <dự án>\r']);
    expect(xlsx.sheets[0].rows[2]).toEqual([7, 8, null, null, true, { error: '#REF!' }]);
  });
});

/** A minimal .xlsx from parts; `extra` overrides or adds parts. */
function handBook(extra: Record<string, string>, opts: { date1904?: boolean; strings?: string[] } = {}): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Sổ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    'xl/styles.xml': '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><name val="Calibri"/></font><font><name val=".VnTime"/></font></fonts><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="0" fontId="1"/></cellXfs></styleSheet>',
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${(opts.strings ?? []).map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

async function refusal(bytes: Uint8Array): Promise<XlsxErrorCode> {
  try {
    await readXlsx(bytesSource(bytes));
  } catch (e) {
    if (e instanceof XlsxReadError) {
      // One line in each language, saying what to do.
      for (const l of ['vi', 'en'] as const) expect(e.say(l)).not.toMatch(/\n/);
      return e.code;
    }
    throw e;
  }
  throw new Error('read without error');
}

describe('what the reader refuses, with a typed error', () => {
  it('files that are not .xlsx: .xls, password-protected, CSV, anything else', async () => {
    expect(await refusal(cfb(['Root Entry', 'Workbook', '\u0005SummaryInformation']))).toBe('xls');
    expect(await refusal(cfb(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']))).toBe('encrypted');
    expect(await refusal(strToU8('Mã dự án;Tên;Cam kết\nVN01;Trường học;1.000.000\n'))).toBe('text');
    expect(await refusal(new Uint8Array([0xff, 0xfe, 0x4d, 0, 0x61, 0]))).toBe('text');
    expect(await refusal(new Uint8Array([1, 2, 3, 0, 0, 9, 200, 17]))).toBe('not-zip');
    expect(await refusal(new Uint8Array(0))).toBe('not-zip');
  });

  it('a zip with no workbook, a workbook with no sheet, a broken sheet (named), a broken archive', async () => {
    expect(await refusal(zipSync({ 'word/document.xml': strToU8('<w/>') }))).toBe('no-workbook');
    const noSheets = handBook({
      'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
    });
    expect(await refusal(noSheets)).toBe('no-sheets');
    const broken = handBook({ 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>' });
    try {
      await readXlsx(bytesSource(broken));
      throw new Error('read');
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxReadError);
      expect((e as XlsxReadError).code).toBe('corrupt-sheet');
      expect((e as XlsxReadError).say('vi')).toContain('“Sổ”');
      expect((e as XlsxReadError).say('en')).toContain('"Sổ"');
    }
    const good = handBook({ 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>' });
    expect((await readXlsx(bytesSource(good))).sheets[0].rows).toEqual([[1]]);
    expect(await refusal(good.slice(0, good.length - 30))).toBe('corrupt-zip');
  });

  it('limits: unpacked size, cells, and a zip bomb stop while inflating', async () => {
    const rows = Array.from({ length: 2000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><v>1</v></c></row>`).join('');
    const book = handBook({ 'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${rows}</sheetData></worksheet>` });
    const code = async (limits: object): Promise<string> => {
      try { await readXlsx(bytesSource(book), { limits }); return 'read'; } catch (e) { return (e as XlsxReadError).code; }
    };
    expect(await code({})).toBe('read');
    expect(await code({ maxCells: 3999 })).toBe('too-many-cells');
    expect(await code({ maxCells: 4000 })).toBe('read');
    expect(await code({ maxUnpackedBytes: 20_000 })).toBe('too-large');
    const bomb = handBook({ 'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${' '.repeat(8 * 2 ** 20)}</sheetData></worksheet>` });
    expect(bomb.length).toBeLessThan(100_000);
    try { await readXlsx(bytesSource(bomb), { limits: { ratioFrom: 2 ** 20 } }); throw new Error('read'); } catch (e) {
      expect((e as XlsxReadError).code).toBe('zip-bomb');
    }
  });
});

/** A minimal OLE compound file whose directory holds the given stream names (512-byte sectors). */
function cfb(names: string[]): Uint8Array {
  const out = new Uint8Array(512 * 4);
  const dv = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  dv.setUint16(30, 9, true);
  dv.setUint32(48, 1, true); // directory in sector 1
  for (let i = 0; i < 109; i++) dv.setUint32(76 + i * 4, 0xffffffff, true);
  dv.setUint32(76, 0, true); // FAT in sector 0
  const fat = 512;
  dv.setUint32(fat, 0xfffffffd, true);
  dv.setUint32(fat + 4, 0xfffffffe, true); // the directory: one sector
  names.slice(0, 4).forEach((n, i) => {
    const e = 1024 + i * 128;
    for (let k = 0; k < n.length; k++) dv.setUint16(e + k * 2, n.charCodeAt(k), true);
    dv.setUint16(e + 64, (n.length + 1) * 2, true);
  });
  return out;
}


describe('the pane side', () => {
  it('reads a Blob (a picked File) slice by slice, as it reads a file', async () => {
    const { blobSource } = await import('../src/excel/xlsx/zip');
    const bytes = handBook({ 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c></row></sheetData></worksheet>' }, { strings: ['Mã dự án'] });
    const input = await readXlsx(blobSource(new Blob([bytes.slice().buffer as ArrayBuffer])));
    expect(input.sheets[0].rows).toEqual([[], [null, 'Mã dự án']]);
  });
});

describe('the Node side', () => {
  const codeOf = async (file: string): Promise<string> => {
    try { await readXlsxFile(file); return 'read'; } catch (e) { return e instanceof XlsxReadError ? e.code : String(e); }
  };

  it('says what is wrong in one line naming the file, in either language', async () => {
    const file = path.join(TMP, 'old.xls');
    fs.writeFileSync(file, cfb(['Root Entry', 'Workbook']));
    const e = await readXlsxFile(file).then(() => null, (x: unknown) => x as XlsxReadError);
    expect(e?.code).toBe('xls');
    expect(e?.text('vi')).toBe(`Tệp "${file}" là sổ Excel 97–2003 (.xls): hãy mở trong Excel và lưu lại dạng .xlsx (Tệp › Lưu thành › Sổ làm việc Excel).`);
    expect(e?.text('en')).toBe(`"${file}" is an Excel 97–2003 workbook (.xls): open it in Excel and save it as .xlsx (File › Save As › Excel Workbook).`);
  });

  it('reads only regular files: a folder or a device is refused, never read', async () => {
    expect(await codeOf(TMP)).toBe('not-file');
    if (fs.existsSync('/dev/zero')) expect(await codeOf('/dev/zero')).toBe('not-file');
  });

  it('loads the ExcelJS workbook only when asked (for a command that writes the sheets out again)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sổ').getCell('A1').value = 'Mã dự án';
    const file = await writeBook('node-side.xlsx', wb);
    expect((await readXlsxFile(file)).workbook).toBeUndefined();
    const both = await readXlsxFile(file, { workbook: true });
    expect(both.workbook.worksheets.map((w) => w.name)).toEqual(['Sổ']);
    expect(both.input.sheets[0].rows).toEqual([['Mã dự án']]);
  });
});

describe('the limits hold in a process with a small heap', () => {
  // The compiled reader (dist/, built by `npm run build`, as the CLI tests use it) in a child whose
  // heap is capped at 96 MB: a bomb of 64 MiB of XML packed into a few kB, and a sheet past the cell
  // limit, end with the typed error, never with the heap exhausted.
  const reader = path.join(__dirname, '..', 'dist', 'src', 'excel', 'xlsx', 'node.js');
  const inChild = (file: string, limits: object = {}): { status: number | null; out: string } => {
    const script = `require(${JSON.stringify(reader)}).readXlsxFile(${JSON.stringify(file)}, { limits: ${JSON.stringify(limits)} })`
      + '.then(() => console.log("read"), (e) => console.log(e.code || e.message))';
    const r = spawnSync(process.execPath, ['--max-old-space-size=96', '-e', script], { encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}`.trim() };
  };

  it('a zip bomb and too many cells', () => {
    expect(fs.existsSync(reader)).toBe(true);
    const spaces = new Uint8Array(64 * 2 ** 20).fill(32);
    const open = strToU8('<worksheet><sheetData>');
    const close = strToU8('</sheetData></worksheet>');
    const xml = new Uint8Array(open.length + spaces.length + close.length);
    xml.set(open);
    xml.set(spaces, open.length);
    xml.set(close, open.length + spaces.length);
    const base = handBook({});
    const files = unzipSync(base);
    files['xl/worksheets/sheet1.xml'] = xml;
    const bomb = path.join(TMP, 'bomb.xlsx');
    fs.writeFileSync(bomb, zipSync(files, { level: 9 }));
    expect(fs.statSync(bomb).size).toBeLessThan(200_000);
    expect(inChild(bomb)).toEqual({ status: 0, out: 'zip-bomb' });

    const rows = Array.from({ length: 5000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 20 }, (__, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${c}</v></c>`).join('')}</row>`).join('');
    const many = path.join(TMP, 'many-cells.xlsx');
    fs.writeFileSync(many, handBook({ 'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${rows}</sheetData></worksheet>` }));
    expect(inChild(many, { maxCells: 50_000 })).toEqual({ status: 0, out: 'too-many-cells' });
    expect(inChild(many)).toEqual({ status: 0, out: 'read' });
  });
});
