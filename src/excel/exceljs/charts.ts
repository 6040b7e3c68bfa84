// Charts in the files the CLI writes. ExcelJS 4.4 writes no charts, so its finished .xlsx is opened
// again and each sheet's plan charts are added as parts of the package: a chart part per chart, one
// drawing part per sheet that anchors them, the relationships that tie sheet → drawing → chart, and
// the content types. Everything else in the package is kept byte for byte.
import JSZip from 'jszip';
import type { PlanCell, PlanChart, PlanRange, PlanValue, SheetPlan } from '../../core/plan/sheetPlan';
import { chartPartXml, drawingPartXml } from './chartXml';
import { setCustomPart } from './documentProperties';
import { CT, freeRelId, partOf, REL, relationshipsOf, relsPartOf, withOverrides, withRelationship } from '../xlsx/packageEdit';
import { allTags, attrOf, findTag, insertBefore } from '../xlsx/xmlEdit';

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

/** The worksheet elements that must come after <drawing> (CT_Worksheet's sequence). */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function withDrawingElement(sheetXml: string, relId: string): string {
  return insertBefore(sheetXml, `<drawing r:id="${relId}"/>`, AFTER_DRAWING, '</worksheet>');
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
  const rels = relationshipsOf(await zip.file('xl/_rels/workbook.xml.rels')!.async('string'));
  const parts = new Map<string, string>();
  for (const { text } of allTags(workbook, 'sheet')) {
    const rel = rels.find((r) => r.id === attrOf(text, 'r:id'));
    const name = attrOf(text, 'name');
    if (rel && name !== undefined) parts.set(name, partOf('xl/workbook.xml', rel.target));
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
    if (findTag(sheetXml, 'drawing')) throw new Error(`Sheet "${sheet}" already has a drawing`);
    const cells = planCells(plan);
    const drawingNo = nextNumber(zip, 'xl/drawings', 'drawing');
    const frames: { chart: PlanChart; relId: string }[] = [];
    let drawingRels: string | null = null;
    for (const chart of (plan.charts ?? []).filter((c) => c.series.length > 0)) {
      const relId = `rId${frames.length + 1}`;
      drawingRels = withRelationship(drawingRels, { id: relId, type: REL.chart, target: `../charts/chart${chartNo}.xml` });
      zip.file(`xl/charts/chart${chartNo}.xml`, chartPartXml(sheet, chart, cells));
      types = withOverrides(types, [{ part: `xl/charts/chart${chartNo}.xml`, type: CT.chart }]);
      frames.push({ chart, relId });
      chartNo++;
    }
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingPartXml(frames));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, drawingRels!);
    types = withOverrides(types, [{ part: `xl/drawings/drawing${drawingNo}.xml`, type: CT.drawing }]);
    const relsPath = relsPartOf(part);
    const sheetRels = zip.file(relsPath) ? await zip.file(relsPath)!.async('string') : null;
    const relId = freeRelId(relationshipsOf(sheetRels));
    zip.file(relsPath, withRelationship(sheetRels, { id: relId, type: REL.drawing, target: `../drawings/drawing${drawingNo}.xml` }));
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
