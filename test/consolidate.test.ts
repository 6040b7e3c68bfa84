// Consolidation (core/consolidate, plan/consolidatePlan, cli/consolidate): the registers of several
// workbooks combined, each row with its source; the same project from two files counted once
// (AID-X309), one id with other figures in two files reported and left out (AID-X310); each file's
// line reconciles; the combined registers give the figures their sources gave, units applied.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { WorkbookInput } from '../src/core/model';
import { validateWorkbook } from '../src/core/validate';
import { consolidate, excludeConflicts, type SourceBook } from '../src/core/consolidate';
import { consolidationPlans } from '../src/core/plan/consolidatePlan';
import { summarise } from '../src/core/summary';
import { parsePeriod } from '../src/core/summary/period';
import { main } from '../src/cli/main';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';
import { dayToIso } from '../src/core/parse/date';
import { aidProjectRow, headerOf, rowOf, serial } from './helpers/registerRows';
import { sampleBook, TODAY } from './helpers/sample';

const OPTS = { lang: 'vi' as const, locale: 'vi' as const, today: TODAY };
const book = (file: string, input: WorkbookInput): SourceBook => ({ file, input, result: validateWorkbook(input, OPTS) });

/** District A: in USD, one approximate figure. */
const A: WorkbookInput = {
  sheets: [{
    name: 'Dự án viện trợ',
    rows: [
      headerOf('aid-projects'),
      aidProjectRow({ aidId: 'VT-1', committed: 100_000 }),
      aidProjectRow({ aidId: 'VT-2', committed: 200_000 }),
      aidProjectRow({ aidId: 'VT-3', committed: 'khoảng 4.000', disbursedToDate: null }),
    ],
  }, {
    name: 'Giải ngân',
    rows: [headerOf('aid-disbursements'), rowOf('aid-disbursements', { aidId: 'VT-1', date: serial(2024, 5, 2), amount: 10_000, currency: 'USD' })],
  }],
};

/** District B: the same VT-1, VT-2 with another figure, its own VT-9 in "triệu đồng" under a unit line. */
const B: WorkbookInput = {
  sheets: [{
    name: 'Sổ viện trợ',
    rows: [
      ['SỔ THEO DÕI VIỆN TRỢ'],
      ['Đơn vị tính: triệu đồng'],
      headerOf('aid-projects'),
      aidProjectRow({ aidId: 'VT-9', currency: 'VND', committed: 5, disbursedToDate: 2 }),
    ],
  }, {
    name: 'Dự án (USD)',
    rows: [
      headerOf('aid-projects'),
      aidProjectRow({ aidId: 'VT-1', committed: 100_000 }),
      aidProjectRow({ aidId: 'VT-2', committed: 250_000 }),
    ],
  }, {
    name: 'Giải ngân',
    rows: [headerOf('aid-disbursements'), rowOf('aid-disbursements', { aidId: 'VT-1', date: serial(2024, 5, 2), amount: 10_000, currency: 'USD' })],
  }],
};

describe('consolidate (engine)', () => {
  const books = [book('a.xlsx', A), book('b.xlsx', B)];
  const c = consolidate(books, [{ file: 'c.xls', reason: 'Tệp .xls: hãy lưu thành .xlsx' }], 'vi');
  const projects = c.registers.find((r) => r.kind === 'aid-projects')!;
  const col = (key: string): number => projects.columns.findIndex((x) => x.key === key);

  test('each row keeps its source; units are applied; approximate figures stay approximate', () => {
    expect(projects.sources.map((s) => `${s.file}:${s.sheet}:${s.row}`)).toEqual([
      'a.xlsx:Dự án viện trợ:2', 'a.xlsx:Dự án viện trợ:3', 'a.xlsx:Dự án viện trợ:4',
      'b.xlsx:Sổ viện trợ:4', 'b.xlsx:Dự án (USD):3',
    ]);
    // VT-9's 5 triệu đồng under the unit line is 5,000,000 đồng in the combined register.
    expect(projects.cells[3][col('committed')]).toBe(5_000_000);
    expect(projects.cells[3][col('disbursedToDate')]).toBe(2_000_000);
    expect(projects.cells[2][col('committed')]).toBe('about 4000');
    expect(projects.cells[0][col('approvalDate')]).toBe(serial(2024, 3, 1));
  });

  test('AID-X309: the same project with the same figures in another file is counted once and reported', () => {
    const twice = c.issues.filter((i) => i.issue.rule === 'AID-X309');
    expect(twice.map((i) => [i.file, i.issue.sheet, i.issue.row! + 1])).toEqual([['b.xlsx', 'Dự án (USD)', 2], ['b.xlsx', 'Giải ngân', 2]]);
    expect(twice[0].issue.message).toContain('"VT-1"');
    expect(c.repeatsDropped).toBe(2);
    expect(c.registers.find((r) => r.kind === 'aid-disbursements')!.cells).toHaveLength(1);
  });

  test('AID-X310: one id with other figures in two files is an error naming the columns that differ, with a link to its row', () => {
    const conflict = c.issues.filter((i) => i.issue.rule === 'AID-X310');
    expect(conflict).toHaveLength(1);
    expect(conflict[0].issue.severity).toBe('error');
    expect(conflict[0].issue.message).toMatch(/"VT-2".*khác ở: Giá trị cam kết\./);
    expect(conflict[0].link).toEqual({ sheet: 'Dự án viện trợ', row: 5 });
  });

  test('each file has a line, an unreadable one too, and each line reconciles', () => {
    expect(c.files.map((f) => f.file)).toEqual(['a.xlsx', 'b.xlsx', 'c.xls']);
    for (const f of c.files) expect(f.rows).toBe(f.counted + f.notCounted);
    expect(c.files[2]).toMatchObject({ unreadable: 'Tệp .xls: hãy lưu thành .xlsx', rows: 0 });
    expect(c.files[0]).toMatchObject({ registers: 2, rows: 4 });
  });

  test('the combined registers, read again, give each project once and leave the conflicting id out', () => {
    const again = validateWorkbook(c.input, OPTS);
    excludeConflicts(c, again);
    const s = summarise(again.tables, { period: parsePeriod({ year: '2024' }, TODAY), currency: 'USD' });
    // VT-1 once, VT-3 about 4,000; VT-2 twice with different figures: both out (duplicate id); VT-9 in VND has no rate.
    expect(s.aid.committed).toBe(104_000);
    expect(s.aid.approximate).toBe(1);
    expect(s.aid.disbursed).toBe(10_000);
    // Read on its own, the register's duplicate-id rule is on the later row; the consolidation leaves both out.
    expect(again.issues.filter((i) => i.rule === 'AID-X301')).toHaveLength(1);
    expect(c.conflicts).toEqual([{ sheet: 'Dự án viện trợ', row: 2 }, { sheet: 'Dự án viện trợ', row: 5 }]);
  });

  test('the plan: a files sheet whose total row adds up, every problem with its link, the registers as tables', () => {
    const [files, problems, ...registers] = consolidationPlans(c, 'vi');
    const total = files.cells.filter((x) => x.formula?.startsWith('SUM('));
    expect(total.map((x) => x.expected)).toEqual([
      5, c.files.reduce((n, f) => n + f.rows, 0), c.files.reduce((n, f) => n + f.counted, 0),
      c.files.reduce((n, f) => n + f.notCounted, 0), c.files.reduce((n, f) => n + f.errors, 0), c.files.reduce((n, f) => n + f.warnings, 0),
    ]);
    const links = problems.cells.filter((x) => x.formula?.startsWith('HYPERLINK('));
    expect(links.length).toBe(c.issues.filter((i) => i.link).length);
    expect(links.some((x) => x.formula === 'HYPERLINK("#\'Dự án viện trợ\'!A6","Dự án viện trợ!6")')).toBe(true);
    expect(registers.map((r) => r.name)).toEqual(['Dự án viện trợ', 'Giải ngân']);
    expect(registers[0].tables![0].headers.slice(-3)).toEqual(['Tệp nguồn', 'Trang nguồn', 'Dòng nguồn']);
  });
});

describe('aidledger consolidate', () => {
  const TMP = path.join(__dirname, '.tmp', 'consolidate');
  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; } });
    return { code, out, err };
  }

  test('a folder with two departments\' workbooks and a broken file: one new workbook, a line per file, exit 2', async () => {
    fs.rmSync(TMP, { recursive: true, force: true });
    const inbox = path.join(TMP, 'inbox');
    fs.mkdirSync(inbox, { recursive: true });
    for (const [name, plant] of [['so-y-te.xlsx', false], ['so-giao-duc.xlsx', true]] as const) {
      const wb = new ExcelJS.Workbook();
      for (const s of sampleBook(plant, 40, 20).sheets) writeGridSheet(wb, s);
      await wb.xlsx.writeFile(path.join(inbox, name));
    }
    fs.writeFileSync(path.join(inbox, 'hong.xlsx'), 'not a workbook');
    const out = path.join(TMP, 'tinh.xlsx');
    const r = await run(['consolidate', inbox, '--out', out, '--year', '2024', '--today', dayToIso(TODAY), '--lang', 'vi']);
    expect(r.code).toBe(2);
    const lines = r.out.split('\n');
    expect(lines.filter((l) => l.startsWith(inbox)).length).toBe(3);
    expect(r.out).toMatch(/hong\.xlsx: không đọc được: .*tệp văn bản/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Các tệp đã gộp');
    expect(names).toEqual(expect.arrayContaining(['Các vấn đề', 'Dự án viện trợ', 'Giải ngân', 'Dự án FDI']));
    expect(names.some((n) => n.startsWith('Tổng hợp'))).toBe(true);
    // Both departments' rows are there, with their sources.
    const projects = wb.getWorksheet('Dự án viện trợ')!;
    const sources = new Set<string>();
    projects.eachRow((row, i) => { if (i > 1) sources.add(String(row.getCell(projects.columnCount - 2).value)); });
    expect([...sources].map((s) => path.basename(s)).sort()).toEqual(['so-giao-duc.xlsx', 'so-y-te.xlsx']);
  }, 120_000);
});
