// Charts in the files the CLI writes. ExcelJS 4.4 writes no charts, so its finished .xlsx is opened
// again and each sheet's plan charts are added as parts of the package: a chart part per chart, one
// drawing part per sheet that anchors them, the relationships that tie sheet → drawing → chart, and
// the content types. Everything else in the package is kept byte for byte.
import JSZip from 'jszip';
import type { PlanCell, PlanChart, PlanRange, PlanValue, SheetPlan } from '../../core/plan/sheetPlan';
import { chartPartXml, drawingPartXml } from './chartXml';
import { setCustomPart } from './documentProperties';

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** A written sheet and the plan it was written from (its charts and the values they show). */
export interface ChartedSheet { sheet: string; plan: SheetPlan }

/** What each cell of the plan shows: a value, or a formula's computed value. */
export function planCells(plan: SheetPlan): (r: PlanRange) => PlanValue[] {
  const at = new Map<string, PlanCell>();
  for (const c of plan.cells) at.set(`${c.row},${c.col}`, c);
  return (r) => {
    const out: PlanValue[] = [];
    for (let row = r.row; row < r.row + r.rows; row++) {
      const c = at.get(`${row},${r.col}`);
      out.push(c === undefined ? null : c.formula !== undefined ? (c.expected ?? null) : (c.value ?? null));
    }
    return out;
  };
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

function relationships(xml: string): { id: string; type: string; target: string }[] {
  return (xml.match(/<Relationship\s[^>]*>/g) ?? []).map((t) => ({ id: attr(t, 'Id') ?? '', type: attr(t, 'Type') ?? '', target: attr(t, 'Target') ?? '' }));
}

function freeRelId(xml: string): string {
  let n = 1;
  for (const r of relationships(xml)) {
    const m = /^rId(\d+)$/.exec(r.id);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return `rId${n}`;
}

function addRelationship(xml: string | null, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  if (xml === null) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`;
  return xml.replace('</Relationships>', `${rel}</Relationships>`);
}

/** The worksheet elements that must come after <drawing> (CT_Worksheet's sequence). */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

function withDrawingElement(sheetXml: string, relId: string): string {
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  return `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
}

function nextNumber(zip: JSZip, folder: string, stem: string): number {
  let n = 0;
  const re = new RegExp(`^${folder}/${stem}(\\d+)\\.xml$`);
  for (const name of Object.keys(zip.files)) {
    const m = re.exec(name);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return n + 1;
}

/** The package path of each sheet, by its name (workbook.xml and its relationships). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = relationships(await zip.file('xl/_rels/workbook.xml.rels')!.async('string'));
  const parts = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const rel = rels.find((r) => r.id === attr(tag, 'r:id'));
    const name = attr(tag, 'name');
    if (rel && name !== undefined) parts.set(name, `xl/${rel.target.replace(/^\/?xl\//, '')}`);
  }
  return parts;
}

/**
 * The .xlsx `xlsx` with the plans' charts added to their sheets. Sheets without charts, and files
 * without any, come back unchanged. Throws (a program error, not the user's) when a sheet is missing
 * or already has a drawing.
 */
export async function withCharts(xlsx: Uint8Array, sheets: readonly ChartedSheet[]): Promise<Uint8Array> {
  if (!sheets.some(hasCharts)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  await addCharts(zip, sheets);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

const hasCharts = (s: ChartedSheet): boolean => (s.plan.charts ?? []).some((c) => c.series.length > 0);

/** Adds the plans' charts to the opened package (for a caller amending the package otherwise too). */
export async function addCharts(zip: JSZip, sheets: readonly ChartedSheet[]): Promise<void> {
  const charted = sheets.filter(hasCharts);
  if (charted.length === 0) return;
  const parts = await sheetParts(zip);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  let chartNo = nextNumber(zip, 'xl/charts', 'chart');
  for (const { sheet, plan } of charted) {
    const part = parts.get(sheet);
    if (!part) throw new Error(`No sheet named "${sheet}" in the written workbook`);
    const sheetXml = await zip.file(part)!.async('string');
    if (/<drawing\s/.test(sheetXml)) throw new Error(`Sheet "${sheet}" already has a drawing`);
    const cells = planCells(plan);
    const drawingNo = nextNumber(zip, 'xl/drawings', 'drawing');
    const frames: { chart: PlanChart; relId: string }[] = [];
    let drawingRels: string | null = null;
    for (const chart of (plan.charts ?? []).filter((c) => c.series.length > 0)) {
      const relId = `rId${frames.length + 1}`;
      drawingRels = addRelationship(drawingRels, relId, REL_CHART, `../charts/chart${chartNo}.xml`);
      zip.file(`xl/charts/chart${chartNo}.xml`, chartPartXml(sheet, chart, cells));
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/></Types>`);
      frames.push({ chart, relId });
      chartNo++;
    }
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingPartXml(frames));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, drawingRels!);
    types = types.replace('</Types>', `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/></Types>`);
    const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
    const sheetRels = zip.file(relsPath) ? await zip.file(relsPath)!.async('string') : null;
    const relId = sheetRels === null ? 'rId1' : freeRelId(sheetRels);
    zip.file(relsPath, addRelationship(sheetRels, relId, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`));
    zip.file(part, withDrawingElement(sheetXml, relId));
  }
  zip.file('[Content_Types].xml', types);
}

/**
 * The package ExcelJS wrote, finished in one pass: the plans' charts and, when given, the custom
 * properties part (each amends the unzipped package; zipping a large workbook twice is not free).
 */
export async function finishedPackage(xlsx: Uint8Array, sheets: readonly ChartedSheet[], customPart?: string): Promise<Uint8Array> {
  if (customPart === undefined) return withCharts(xlsx, sheets);
  const zip = await JSZip.loadAsync(xlsx);
  await setCustomPart(zip, customPart);
  await addCharts(zip, sheets);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
