// The workbook as a whole, end to end: each workbook is built here with ExcelJS the way provincial
// staff keep them (DOMAIN.md "How real registers look": hidden backup copies, hidden and filtered rows,
// one sheet per year, the "Danh mục" sheet extended with a new sector, a drop-down list pointing at a
// user's own range), written to test/.tmp/, read with the CLI's reader, validated and summarised.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { EngineOptions, RawValue, ValidationResult } from '../src/core/model';
import { ymdToDay } from '../src/core/parse/date';
import { summaryOf, type SummaryRequest } from '../src/core/summary/request';
import { validateWorkbook } from '../src/core/validate';
import { readWorkbookFile } from '../src/excel/exceljs/readWorkbook';
import { main } from '../src/cli/main';
import { aidFunction } from '../src/functions/registry';

const runFunction = (name: string, args: unknown[], env: { lang: 'en' | 'vi'; today: number }) => aidFunction(name).run(args, env);

const TMP = path.join(__dirname, '.tmp', 'workbook-level');
const TODAY = ymdToDay(2026, 11, 23);
const AID_HEADER = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Loại tiền', 'Giá trị cam kết'];
const DISB_HEADER = ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'];
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const project = (id: string, committed: number, o: { sector?: string; approved?: Date } = {}): RawValue[] =>
  [id, `Dự án ${id}`, 'JICA', o.sector ?? 'Y tế', o.approved ?? day(2024, 3, 1), 'USD', committed];

interface SheetSpec {
  name: string;
  rows: RawValue[][];
  hidden?: boolean;
  /** 1-based rows to hide. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  autoFilter?: string;
  lists?: { address: string; formula: string }[];
}

async function book(file: string, sheets: SheetSpec[]): Promise<string> {
  fs.mkdirSync(TMP, { recursive: true });
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' });
    s.rows.forEach((r) => ws.addRow(r));
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of s.hiddenCols ?? []) ws.getColumn(c).hidden = true;
    if (s.autoFilter) ws.autoFilter = s.autoFilter;
    const dvs = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    for (const l of s.lists ?? []) dvs.add(l.address, { type: 'list', allowBlank: true, formulae: [l.formula] });
  }
  const out = path.join(TMP, file);
  await wb.xlsx.writeFile(out);
  return out;
}

async function check(file: string, opts: EngineOptions = {}): Promise<ValidationResult> {
  const { input } = await readWorkbookFile(file);
  return validateWorkbook(input, { today: TODAY, lang: 'en', ...opts });
}

async function summary(file: string, req: Partial<SummaryRequest> = {}) {
  const { input } = await readWorkbookFile(file);
  return summaryOf(input, { currency: 'USD', lang: 'en', today: TODAY, from: '2023-01-01', to: '2024-12-31', ...req });
}

const said = (r: ValidationResult) => r.issues.map((i) => `${i.rule} ${i.sheet}!${i.cell ?? '-'}`);

describe('a hidden backup copy of a register sheet', () => {
  let file: string;
  const visible = [AID_HEADER, project('VT-1', 100_000), project('VT-2', 120_000), project('VT-3', 80_000)];
  // An old copy: the same projects with older figures, and one since dropped.
  const copy = [AID_HEADER, project('VT-1', 499_000), project('VT-2', 500_000), project('VT-3', 400_000), project('VT-9', 200_000)];
  beforeAll(async () => {
    file = await book('hidden-copy.xlsx', [{ name: 'Dự án viện trợ', rows: visible }, { name: 'Dự án (bản sao)', rows: copy, hidden: true }]);
  });

  it('is listed, not counted, by default: 300,000 committed, not 300,000 plus the copy\'s 1,599,000', async () => {
    const r = await check(file);
    expect(r.tables.map((t) => t.info.sheet)).toEqual(['Dự án viện trợ']);
    expect(r.skippedSheets).toEqual([{ sheet: 'Dự án (bản sao)', kind: 'aid-projects', rows: 4, repeats: 'Dự án viện trợ' }]);
    expect(said(r)).toEqual(['AID-T012 Dự án (bản sao)!-', 'AID-X307 Dự án (bản sao)!-']);
    expect(r.issues.every((i) => i.severity === 'warning')).toBe(true);
    const { summary: s } = await summary(file);
    expect([s.aid.projects, s.aid.committed]).toEqual([3, 300_000]);
  });

  it('is counted when the user asks (--hidden include): its repeated ids are errors, its own project counts', async () => {
    const r = await check(file, { hidden: 'include' });
    expect(r.tables.map((t) => t.info.sheet)).toEqual(['Dự án viện trợ', 'Dự án (bản sao)']);
    expect(said(r)).toEqual(['AID-X307 Dự án (bản sao)!-', 'AID-X306 Dự án (bản sao)!A2', 'AID-X306 Dự án (bản sao)!A3', 'AID-X306 Dự án (bản sao)!A4']);
    const { summary: s } = await summary(file, { hidden: 'include' });
    expect([s.aid.projects, s.aid.committed]).toEqual([4, 500_000]);
  });

  it('the CLI says so in text and JSON, and takes --hidden', async () => {
    const io = () => { const o = { out: '', err: '' }; return { o, io: { out: (s: string) => { o.out += s; }, err: (s: string) => { o.err += s; } } }; };
    const a = io();
    expect(await main(['validate', file, '--lang', 'en', '--today', '2026-11-23'], a.io)).toBe(0);
    expect(a.o.out).toContain('Hidden sheets not counted (use --hidden include to count them):\n  Dự án (bản sao): Aid projects, 4 data rows, repeats the ids of "Dự án viện trợ"');
    const b = io();
    expect(await main(['validate', file, '--json', '--today', '2026-11-23'], b.io)).toBe(0);
    expect(JSON.parse(b.o.out).skippedSheets).toEqual([{ sheet: 'Dự án (bản sao)', kind: 'aid-projects', rows: 4, repeats: 'Dự án viện trợ' }]);
    const c = io();
    expect(await main(['validate', file, '--json', '--hidden', 'include', '--today', '2026-11-23'], c.io)).toBe(1);
    expect(JSON.parse(c.o.out).skippedSheets).toBeUndefined();
    const d = io();
    expect(await main(['validate', file, '--hidden', 'maybe'], d.io)).toBe(2);
    expect(d.o.err).toContain('--hidden must be one of skip-sheets, include');
    const e = io();
    expect(await main(['summary', file, '--year', '2024', '--json', '--today', '2026-11-23'], e.io)).toBe(0);
    expect(JSON.parse(e.o.out).aid.committed).toBe(300_000);
  });
});

describe('hidden and filtered rows, hidden columns', () => {
  it('counts a hidden row and says so once, with its row number; a hidden column is read and named', async () => {
    const rows = [AID_HEADER, project('VT-1', 100_000), project('VT-2', 50_000), project('VT-3', 25_000)];
    const file = await book('hidden-rows.xlsx', [{ name: 'Dự án', rows, hiddenRows: [3], hiddenCols: [2] }]);
    const r = await check(file);
    expect(said(r)).toEqual(['AID-T011 Dự án!-', 'AID-T013 Dự án!-']);
    expect(r.issues[0].message).toContain('1 data rows are hidden or filtered out (rows 3)');
    expect(r.tables[0].info).toMatchObject({ rows: 3, hiddenRows: [3], hiddenColumns: ['B'] });
    const { summary: s } = await summary(file);
    expect(s.aid.committed).toBe(175_000);
    const out = { out: '', err: '' };
    await main(['validate', file, '--json', '--today', '2026-11-23'], { out: (x) => { out.out += x; }, err: (x) => { out.err += x; } });
    expect(JSON.parse(out.out).tables[0]).toMatchObject({ hiddenRows: [3], hiddenColumns: ['B'] });
  });

  it('counts the rows a filter hides, and lists them', async () => {
    const rows = [AID_HEADER, project('VT-1', 1, { sector: 'Y tế' }), project('VT-2', 2, { sector: 'Giáo dục - Đào tạo' }), project('VT-3', 4, { sector: 'Y tế' }), project('VT-4', 8, { sector: 'Giáo dục - Đào tạo' })];
    const file = await book('filtered.xlsx', [{ name: 'Dự án', rows, autoFilter: 'A1:G5', hiddenRows: [3, 5] }]);
    const r = await check(file);
    expect(r.issues.map((i) => [i.rule, i.params.count, i.params.rows])).toEqual([['AID-T011', 2, '3, 5']]);
    const { summary: s } = await summary(file);
    expect([s.aid.projects, s.aid.committed]).toEqual([4, 15]);
  });
});

describe('one register on several sheets (one sheet per year)', () => {
  const y2023 = [AID_HEADER, project('VT-2023-1', 100_000, { approved: day(2023, 5, 1) }), project('VT-2023-2', 200_000, { approved: day(2023, 6, 1) })];
  const y2024 = [AID_HEADER, project('VT-2024-1', 50_000), project('VT-2024-2', 70_000)];
  const disb = [DISB_HEADER,
    ['VT-2023-1', day(2023, 7, 1), 40_000, 'USD'],
    ['VT-2024-1', day(2024, 4, 1), 60_000, 'USD'], // more than its 50,000: over-disbursed, found across sheets
    ['VT-2024-2', day(2024, 2, 1), 10_000, 'USD'], // before its approval (1 March 2024)
    ['VT-2022-9', day(2024, 5, 1), 5_000, 'USD'], // no such project on any sheet
  ];

  it('checks disbursements against the projects of every year sheet, at their cells', async () => {
    const file = await book('years.xlsx', [{ name: 'Năm 2023', rows: y2023 }, { name: 'Năm 2024', rows: y2024 }, { name: 'Giải ngân', rows: disb }]);
    const r = await check(file);
    expect(said(r)).toEqual(['AID-R203 Năm 2024!G2', 'AID-X304 Giải ngân!B4', 'AID-X303 Giải ngân!A5']);
    const { summary: s } = await summary(file);
    expect(s.aid.projects).toBe(4);
    expect(s.aid.committed).toBe(420_000);
  });

  it('reports an id used on two year sheets on the later one, naming the first, and counts it once', async () => {
    const again = [AID_HEADER, project('VT-2024-1', 50_000), project('VT-2023-2', 999_000)];
    const file = await book('years-dup.xlsx', [{ name: 'Năm 2023', rows: y2023 }, { name: 'Năm 2024', rows: again }]);
    const r = await check(file);
    expect(said(r)).toEqual(['AID-X306 Năm 2024!A3']);
    expect(r.issues[0].message).toContain('already appears on sheet "Năm 2023", row 3');
    const { summary: s } = await summary(file);
    expect([s.aid.projects, s.aid.committed, s.aid.notCounted]).toEqual([3, 350_000, 1]);
  });
});

describe("the workbook's own code lists", () => {
  const SECTORS = ['Lĩnh vực', 'Y tế', 'Giáo dục - Đào tạo', 'Tài nguyên - Môi trường', 'Du lịch'];
  const lists = (rows: string[]) => rows.map((v) => [v]);

  it('accepts a sector added to the "Danh mục" sheet, as written, and counts its project in a group of its own', async () => {
    const rows = [AID_HEADER, project('VT-1', 100_000), project('VT-2', 30_000, { sector: 'Du lịch' }), project('VT-3', 5_000, { sector: 'du lich' }), project('VT-4', 1, { sector: 'Thể thao điện tử' })];
    const file = await book('danh-muc.xlsx', [{ name: 'Dự án', rows }, { name: 'Danh mục', rows: lists(SECTORS) }]);
    const r = await check(file);
    // "du lich" is the user's sector written without tone marks (a warning with the fix); an unknown one is still an error.
    expect(said(r)).toEqual(['AID-C106 Dự án!D4', 'AID-C107 Dự án!D5']);
    expect(r.issues[0].fix).toEqual({ value: 'Du lịch' });
    const { summary: s } = await summary(file);
    // The sector outside every list makes only its sector unknown: the project is counted, in the unknown group.
    expect(s.aid.bySector.map((g) => [g.key, g.projects, g.committed])).toEqual([['YT', 1, 100_000], ['Du lịch', 2, 35_000], ['', 1, 1]]);
    expect(s.aid.notCounted).toBe(0);
  });

  it('accepts the values of a drop-down list pointing at a user range over the column', async () => {
    const rows = [AID_HEADER, project('VT-1', 100, { sector: 'Kinh tế biển' }), project('VT-2', 200)];
    const mine = [['Nhóm của tỉnh'], ['Kinh tế biển'], ['Chuyển đổi số']];
    const file = await book('dropdown.xlsx', [{ name: 'Dự án', rows, lists: [{ address: 'D2:D200', formula: 'Riêng!$A$2:$A$3' }] }, { name: 'Riêng', rows: mine }]);
    expect(said(await check(file))).toEqual([]);
    // The same list over another column (the donor is free text, the title no code list) gives nothing to the sectors.
    const elsewhere = await book('dropdown-elsewhere.xlsx', [{ name: 'Dự án', rows, lists: [{ address: 'B2:B200', formula: 'Riêng!$A$2:$A$3' }] }, { name: 'Riêng', rows: mine }]);
    expect(said(await check(elsewhere))).toEqual(['AID-C107 Dự án!D2']);
  });

  it('keeps the engine\'s shared memos free of one workbook\'s values: the next workbook without the list still reports it', async () => {
    const rows = [AID_HEADER, project('VT-1', 100, { sector: 'Du lịch' })];
    const withList = await book('memo-with.xlsx', [{ name: 'Dự án', rows }, { name: 'Danh mục', rows: lists(SECTORS) }]);
    const without = await book('memo-without.xlsx', [{ name: 'Dự án', rows }]);
    expect(said(await check(withList))).toEqual([]);
    expect(said(await check(without))).toEqual(['AID-C107 Dự án!D2']);
    expect(said(await check(withList))).toEqual([]);
  });

  it('AID.CHECK takes the code-list range as its fourth argument', () => {
    const env = { lang: 'en' as const, today: TODAY };
    const row = [['VT-1', 'Dự án', 'JICA', 'Du lịch', 45000, 'USD', 100]];
    const header = [AID_HEADER];
    const plain = runFunction('CHECK', [row, null, header], env) as string[][];
    expect(plain[0][0]).toMatch(/^AID-C107/);
    const withList = runFunction('CHECK', [row, null, header, lists(SECTORS.slice(1))], env) as string[][];
    expect(withList).toEqual([['']]);
    // Another range (the value taken out of it): the range is read again, not remembered from the last call.
    const other = runFunction('CHECK', [row, null, header, lists(['Y tế', 'Giáo dục - Đào tạo', 'Tài nguyên - Môi trường'])], env) as string[][];
    expect(other[0][0]).toMatch(/^AID-C107/);
  });
});
