/// <reference types="office-js" />
// Consolidate in the task pane's Office.js host (the Excel mock): the workbooks the pane read become
// new sheets of the open workbook with the same cells, formulas and tables as the CLI's consolidated
// file; a sheet of the user's that shares a register's name is never touched, and the links and the
// summary's formulas follow the new sheet; round trips grow with chunks, never with rows.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { dayToIso } from '../src/core/parse/date';
import { createOfficeHost } from '../src/excel/office/officeHost';
import { readXlsxFile } from '../src/excel/xlsx/node';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';
import { DEFAULT_CHUNK_ROWS } from '../src/excel/office/writePlanOffice';
import type { SampleBook } from '../src/sample/generate';
import { mockWithBook, runOn } from './helpers/officeBook';
import { createExcelMock } from './helpers/officeMock';
import { cellDifferences, snapshotExcelJs, snapshotOffice, type SheetSnapshot } from './helpers/officeCompare';
import { needsTextFormat, TEXT_FORMAT } from '../src/excel/office/textFormat';
import { sampleBook, toInput, TODAY } from './helpers/sample';
import type { ConsolidationOutcome, ConsolidationWritten } from '../src/taskpane/host';

const TMP = path.join(__dirname, '.tmp', 'office-consolidate');
const SPEC = { period: '2024', currency: 'USD' as const, lang: 'vi' as const };
const nothing = (): void => undefined;

/** The outcome of a Consolidate that ran to its end. */
function written(out: ConsolidationOutcome): ConsolidationWritten {
  if (out.status !== 'written') throw new Error(`Consolidate was ${out.status}`);
  return out;
}

/**
 * The Office snapshot with the Text format of a text that Excel would otherwise turn into a number or
 * a date ("44", "31/02/2023") read as the ExcelJS file's format: ExcelJS stores such a cell as text
 * whatever its format, Range.values needs the Text format for it (src/excel/office/textFormat.ts).
 */
function textAlike(excel: SheetSnapshot, office: SheetSnapshot): SheetSnapshot {
  const cells = new Map(office.cells);
  for (const [key, c] of cells) {
    const x = excel.cells.get(key);
    if (x && c.numFmt === TEXT_FORMAT && x.value === c.value && typeof c.value === 'string' && needsTextFormat(c.value)) cells.set(key, { ...c, numFmt: x.numFmt });
  }
  return { ...office, cells };
}

async function writeBook(book: SampleBook, file: string): Promise<string> {
  fs.mkdirSync(TMP, { recursive: true });
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) writeGridSheet(wb, s);
  const full = path.join(TMP, file);
  await wb.xlsx.writeFile(full);
  return full;
}

/** A department's book: the sample, with one project's commitment changed (a conflict with the other book). */
function otherDepartment(): SampleBook {
  const book = sampleBook(false, 60, 30);
  const aid = book.sheets[0];
  const header = aid.rows.findIndex((r) => r.some((v) => v === 'Giá trị cam kết'));
  const col = aid.rows[header].indexOf('Giá trị cam kết');
  const row = aid.rows.findIndex((r, i) => i > header && typeof r[col] === 'number');
  aid.rows[row][col] = (aid.rows[row][col] as number) + 12_345;
  return book;
}

describe('Consolidate through the Office.js host', () => {
  it('writes the same sheets as the CLI\'s consolidated file, in the same order', async () => {
    const a = await writeBook(sampleBook(true, 60, 30), 'a.xlsx');
    const b = await writeBook(otherDepartment(), 'b.xlsx');
    const out = path.join(TMP, 'cli-out.xlsx');
    fs.rmSync(out, { force: true });
    const code = await main(['consolidate', a, b, '--out', out, '--period', '2024', '--lang', 'vi', '--today', dayToIso(TODAY)], { out: nothing, err: nothing });
    expect(code).toBe(1); // errors planted in a.xlsx, and the conflict
    const cli = new ExcelJS.Workbook();
    await cli.xlsx.readFile(out);

    const rec = createExcelMock({ sheets: [{ name: 'Sheet1' }] });
    const host = createOfficeHost({ run: runOn(rec), today: () => TODAY });
    const books = await Promise.all([a, b].map(async (file) => ({ file, input: (await readXlsxFile(file)).input })));
    const progress: string[] = [];
    const got = written(await host.writeConsolidation(books, [], SPEC, (p) => progress.push(`${p.done}/${p.total}`)));
    expect(got.sheets).toEqual(cli.worksheets.map((w) => w.name));
    for (const name of got.sheets) {
      const excel = snapshotExcelJs(cli.getWorksheet(name)!);
      const office = snapshotOffice(rec, name);
      expect({ name, diff: cellDifferences(excel, textAlike(excel, office)) }).toEqual({ name, diff: [] });
      expect(office.tables.map((t) => [t.name, t.address])).toEqual(excel.tables.map((t) => [t.name, t.address]));
    }
    expect(got.facts.files).toBe(2);
    expect(got.facts.conflicts).toBeGreaterThan(0);
    expect(got.facts.repeats).toBeGreaterThan(0);
    // Parts: one request per sheet here (no sheet has more rows than a chunk), counted before writing.
    expect(progress[0]).toBe(`0/${got.sheets.length}`);
    expect(progress.at(-1)).toBe(`${got.sheets.length}/${got.sheets.length}`);
  }, 120_000);

  it('never touches a sheet of the user\'s with a register\'s name: the new one gets a free name and the links and formulas follow it', async () => {
    const open = sampleBook(true, 60, 30);
    const rec = mockWithBook(open);
    const before = JSON.stringify(rec.sheets.map((s) => [s.name, [...s.cells.entries()]]));
    const host = createOfficeHost({ run: runOn(rec), today: () => TODAY });
    const got = written(await host.writeConsolidation([{ file: 'a.xlsx', input: toInput(open) }], [{ file: 'c.xls', reason: 'Tệp "c.xls" là sổ Excel 97–2003 (.xls).' }], SPEC, nothing));
    expect(JSON.stringify(rec.sheets.filter((s) => !got.sheets.includes(s.name)).map((s) => [s.name, [...s.cells.entries()]]))).toBe(before);
    const aid = open.sheets[0].name;
    const renamed = `${aid} (2)`;
    expect(got.sheets).toContain(renamed);
    const [files, summary, problems] = got.sheets;
    const formulas = (sheet: string): string[] => [...rec.sheet(sheet)!.cells.values()].map((c) => c.formula).filter((f): f is string => typeof f === 'string');
    const quoted = (s: string): string => `'${s}'!`;
    expect(formulas(problems).some((f) => f.includes(quoted(renamed)))).toBe(true);
    expect(formulas(summary).some((f) => f.includes(quoted(renamed)))).toBe(true);
    for (const s of [problems, summary]) expect(formulas(s).filter((f) => f.includes(quoted(aid)))).toEqual([]);
    // The unreadable file has its line on the files sheet.
    expect([...rec.sheet(files)!.cells.values()].some((c) => typeof c.value === 'string' && c.value.includes('97–2003'))).toBe(true);
  }, 60_000);

  it('round trips grow with the writer\'s chunks, never with rows, and no request nears 5 MB', async () => {
    const run = async (aid: number, fdi: number) => {
      const book = sampleBook(false, aid, fdi);
      const rec = createExcelMock({ sheets: [{ name: 'Sheet1' }] });
      const host = createOfficeHost({ run: runOn(rec), today: () => TODAY });
      const got = written(await host.writeConsolidation([{ file: 'a.xlsx', input: toInput(book) }, { file: 'b.xlsx', input: toInput(book) }], [], SPEC, nothing));
      const rows = got.sheets.map((s) => rec.sheet(s)!.cells.size);
      return { syncs: rec.syncs, payload: Math.max(...rec.payloads), rows: got.facts.rows, cells: rows.reduce((x, y) => x + y, 0) };
    };
    const small = await run(60, 30);
    const big = await run(6000, 3000);
    expect(big.rows).toBeGreaterThan(20 * small.rows);
    // Each sheet's table rows go out DEFAULT_CHUNK_ROWS at a time (fewer when text is long): a few more syncs, not thousands.
    expect(big.syncs - small.syncs).toBeLessThanOrEqual(4 * Math.ceil(big.rows / DEFAULT_CHUNK_ROWS) + 4);
    expect(big.payload).toBeLessThan(5 * 2 ** 20);
    console.log(`consolidate via Office: ${small.rows} rows ${small.syncs} syncs; ${big.rows} rows ${big.syncs} syncs, largest request ${(big.payload / 2 ** 20).toFixed(2)} MB`);
  }, 240_000);
});
