// The DrawingML parts of a plan chart (ECMA-376 part 1, §21.2 charts and §20.5 spreadsheet drawing):
// a clustered column chart whose categories and series point at the sheet's cells, with those cells'
// values cached in the chart part so that viewers that do not recalculate (previews, phones) draw it.
import { a1 } from '../../core/base/a1';
import type { PlanChart, PlanRange, PlanValue } from '../../core/plan/sheetPlan';
import { escapeXml as xmlText } from '../xlsx/xmlEdit';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** 'Sheet name'!$A$1:$A$9, quotes doubled as Excel writes a sheet name inside a reference. */
export function sheetRef(sheet: string, r: PlanRange): string {
  const abs = (row: number, col: number): string => a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `'${sheet.replace(/'/g, "''")}'!${abs(r.row, r.col)}:${abs(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** What the cells of a one-column range show, top to bottom. */
export type CellsOf = (r: PlanRange) => PlanValue[];

function strCache(values: PlanValue[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v === null ? '' : String(v))}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: PlanValue[]): string {
  // A point with no number (a blank or text cell) is left out, as Excel leaves a gap for it.
  const pts = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function richTitle(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/** The chart part: a clustered column chart, categories and values referenced and cached. */
export function chartPartXml(sheet: string, chart: PlanChart, cells: CellsOf): string {
  const cats = cells(chart.categories);
  const series = chart.series.map((s, i) => [
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`,
    `<c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>`,
    '<c:invertIfNegative val="0"/>',
    `<c:cat><c:strRef><c:f>${xmlText(sheetRef(sheet, chart.categories))}</c:f>${strCache(cats)}</c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${xmlText(sheetRef(sheet, s.values))}</c:f>${numCache(cells(s.values))}</c:numRef></c:val>`,
    '</c:ser>',
  ].join('')).join('');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">`
    + '<c:roundedCorners val="0"/>'
    + `<c:chart>${richTitle(chart.title)}<c:autoTitleDeleted val="0"/>`
    + '<c:plotArea><c:layout/>'
    + `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}`
    + '<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>'
    + '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>'
    + '<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>'
    + '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    + '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>'
    + '<c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/>'
    + '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
    + '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
    + '</c:chartSpace>';
}

/** The drawing part of one sheet: each chart in a frame anchored to the plan's cells. */
export function drawingPartXml(frames: readonly { chart: PlanChart; relId: string }[]): string {
  const anchors = frames.map(({ chart, relId }, i) => {
    const a = chart.anchor;
    const cell = (row: number, col: number): string => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return '<xdr:twoCellAnchor editAs="oneCell">'
      + `<xdr:from>${cell(a.row, a.col)}</xdr:from><xdr:to>${cell(a.row + Math.max(1, a.rows), a.col + Math.max(1, a.cols))}</xdr:to>`
      + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(`Chart ${i + 1}`)}" descr="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
      + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
      + `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relId}"/></a:graphicData></a:graphic>`
      + '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
  }).join('');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`;
}
