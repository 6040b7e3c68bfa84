// The ExcelJS writer's files recalculated by an independent engine (LibreOffice): every formula gives
// what the plan says it expects, text that looks like a formula stays text, and templates load.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { a1, quoteSheet } from '../src/core/base/a1';
import type { PlanCell, SheetPlan } from '../src/core/plan/sheetPlan';
import { templatePlans } from '../src/core/plan/templatePlan';
import { writePlan } from '../src/excel/exceljs/writePlan';
import { disposeLibreOfficeProfile, libreOfficeAvailable, libreOfficeStatus, readFormulaResults, recalcWithLibreOffice } from './helpers/libreoffice';

const TMP = path.resolve(__dirname, '.tmp', 'writePlan');
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
