// Charts in the CLI's files: the summary plan's two clustered column charts are added to the package
// ExcelJS wrote (src/excel/exceljs/charts.ts). Checked on the parts themselves (relationships, content
// types, references and cached figures), and by LibreOffice, which must read them as charts of the same
// cells: its own re-save of the file still holds both bar charts with the same titles and ranges.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseStringPromise } from 'xml2js';
import { summaryOf } from '../src/core/summary/request';
import { summaryPlan } from '../src/core/plan/summary';
import type { SheetPlan } from '../src/core/plan/sheetPlan';
import { writePlan } from '../src/excel/exceljs/writePlan';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';
import { withCharts, planCells } from '../src/excel/exceljs/charts';
import { chartPartXml, sheetRef } from '../src/excel/exceljs/chartXml';
import { sampleBook, toInput, TODAY } from './helpers/sample';
import { disposeLibreOfficeProfile, libreOfficeAvailable, recalcWithLibreOffice } from './helpers/libreoffice';

const TMP = path.resolve(__dirname, '.tmp', 'charts');

async function summaryFile(): Promise<{ bytes: Uint8Array; plan: SheetPlan; sheet: string }> {
  const book = sampleBook(false, 40, 20);
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) writeGridSheet(wb, s);
  const input = toInput(book);
  const { result, summary } = summaryOf(input, { year: '2024', currency: 'USD', lang: 'vi', today: TODAY });
  const plan = summaryPlan(summary, result, input, { lang: 'vi', today: TODAY });
  const sheet = writePlan(wb, plan, { lang: 'vi' });
  const bytes = await withCharts(new Uint8Array(await wb.xlsx.writeBuffer()), [{ sheet, plan }]);
  return { bytes, plan, sheet };
}

const text = async (zip: JSZip, name: string): Promise<string> => zip.file(name)!.async('string');

describe('chart parts', () => {
  test('a reference quotes the sheet name as Excel does, doubling its apostrophes', () => {
    expect(sheetRef("Vốn 'ODA'", { row: 4, col: 0, rows: 3, cols: 1 })).toBe("'Vốn ''ODA'''!$A$5:$A$7");
    expect(sheetRef('Tổng hợp', { row: 0, col: 27, rows: 1, cols: 1 })).toBe("'Tổng hợp'!$AB$1:$AB$1");
  });

  test('the chart part references the cells and caches what they show; a point with no number is a gap', () => {
    const plan: SheetPlan = {
      name: 'S',
      cells: [
        { row: 1, col: 0, value: 'Y tế & <xã hội>' }, { row: 2, col: 0, value: 'Giáo dục' },
        { row: 1, col: 1, formula: 'SUM(X1:X2)', expected: 1500.5 }, { row: 2, col: 1, value: 'n/a' },
      ],
    };
    const xml = chartPartXml('S', { kind: 'clusteredColumn', title: 'Cam kết "mới"', categories: { row: 1, col: 0, rows: 2, cols: 1 }, series: [{ name: 'Cam kết', values: { row: 1, col: 1, rows: 2, cols: 1 } }], anchor: { row: 0, col: 5, rows: 10, cols: 5 } }, planCells(plan));
    expect(xml).toContain("<c:f>'S'!$A$2:$A$3</c:f>");
    expect(xml).toContain('<c:pt idx="0"><c:v>Y tế &amp; &lt;xã hội&gt;</c:v></c:pt>');
    expect(xml).toContain('<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>1500.5</c:v></c:pt></c:numCache>');
    expect(xml).toContain('<a:t>Cam kết &quot;mới&quot;</a:t>');
    expect(xml).toContain('<c:grouping val="clustered"/>');
  });

  test('a file whose plans have no charts comes back as it was', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await withCharts(bytes, [{ sheet: 'S', plan: { name: 'S', cells: [] } }])).toBe(bytes);
  });

  test('the summary file holds both charts: parts, relationships, content types, the drawing in the sheet', async () => {
    const { bytes, plan, sheet } = await summaryFile();
    expect(plan.charts!.length).toBe(2);
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort();
    expect(charts).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    // Every XML part still parses.
    for (const f of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) await expect(parseStringPromise(await text(zip, f))).resolves.toBeDefined();
    const types = await text(zip, '[Content_Types].xml');
    for (const c of charts) expect(types).toContain(`PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const drawingRels = await text(zip, 'xl/drawings/_rels/drawing1.xml.rels');
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    // The summary sheet is the last one written; it points at the drawing, before its table parts.
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const withDrawing = [];
    for (const f of sheets) if ((await text(zip, f)).includes('<drawing r:id=')) withDrawing.push(f);
    expect(withDrawing.length).toBe(1);
    const xml = await text(zip, withDrawing[0]);
    const tableParts = xml.indexOf('<tableParts');
    if (tableParts >= 0) expect(xml.indexOf('<drawing ')).toBeLessThan(tableParts);
    const chart1 = await text(zip, 'xl/charts/chart1.xml');
    expect(chart1).toContain(`<a:t>${plan.charts![0].title}</a:t>`);
    expect(chart1).toContain(sheetRef(sheet, plan.charts![0].series[0].values).replace(/&/g, '&amp;'));
    // Each chart as the plan gives it, as the Office.js writer draws it (test/office-writePlan.test.ts
    // checks that side on the mock): its title, its series by name on the plan's value and category
    // ranges, anchored on the plan's cells.
    const drawing = await text(zip, 'xl/drawings/drawing1.xml');
    for (const [i, c] of plan.charts!.entries()) {
      const part = await text(zip, `xl/charts/chart${i + 1}.xml`);
      expect(part).toContain(`<a:t>${c.title}</a:t>`);
      expect(part).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
      const refs = [...part.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
      expect(refs).toEqual(c.series.flatMap((x) => [sheetRef(sheet, c.categories), sheetRef(sheet, x.values)]));
      const names = [...part.matchAll(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/g)].map((m) => m[1]);
      expect(names).toEqual(c.series.map((x) => x.name));
      const anchor = drawing.split('<xdr:twoCellAnchor')[i + 1];
      const at = (tag: string) => [...new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>(\\d+)</xdr:row>`).exec(anchor)!].slice(1).map(Number);
      expect([at('from'), at('to')]).toEqual([[c.anchor.col, c.anchor.row], [c.anchor.col + c.anchor.cols, c.anchor.row + c.anchor.rows]]);
    }
    // ExcelJS still reads the file it wrote (it ignores charts, but must not choke on them).
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(again.getWorksheet(sheet)).toBeDefined();
  });
});

(libreOfficeAvailable() ? describe : describe.skip)('charts read by LibreOffice', () => {
  afterAll(() => disposeLibreOfficeProfile());

  test('LibreOffice keeps both bar charts, with their titles and the same cell ranges, when it saves the file again', async () => {
    fs.mkdirSync(TMP, { recursive: true });
    const { bytes, plan, sheet } = await summaryFile();
    const file = path.join(TMP, 'summary-charts.xlsx');
    fs.writeFileSync(file, bytes);
    const out = await recalcWithLibreOffice(file, path.join(TMP, 'lo'));
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const parts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(parts.length).toBe(2);
    const xml = (await Promise.all(parts.map((p) => text(zip, p)))).join('\n');
    expect((xml.match(/<c:barChart>/g) ?? []).length).toBe(2);
    expect(xml).toMatch(/<c:barDir val="col"\/>/);
    for (const c of plan.charts!) {
      expect(xml).toContain(c.title);
      // LibreOffice writes references in its own spelling (quotes only when needed): compare the cells.
      const cells = sheetRef(sheet, c.series[0].values).split('!')[1];
      expect(xml).toContain(cells);
    }
  }, 180_000);
});
