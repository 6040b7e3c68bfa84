// The package-level parts a new part amends: the workbook (a grafted sheet's <sheet> and its print
// names), the relationships and the content types; used by the graft (graft.ts) and by the charts and
// custom properties added to the file ExcelJS writes (excel/exceljs). Each edit adds; nothing of the
// package's is removed or renumbered, so its sheets keep their positions, ids and local names.
import { allTags, attrOf, escapeXml, findTag, insertBefore, rootTag, section, unescapeXml } from './xmlEdit';
import { resolveTarget } from './parts';

export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL = {
  officeDocument: `${NS_REL}/officeDocument`,
  styles: `${NS_REL}/styles`,
  sharedStrings: `${NS_REL}/sharedStrings`,
  worksheet: `${NS_REL}/worksheet`,
  drawing: `${NS_REL}/drawing`,
  chart: `${NS_REL}/chart`,
  table: `${NS_REL}/table`,
  custom: `${NS_REL}/custom-properties`,
};
export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  custom: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
};

export interface Relationship { id: string; type: string; target: string; external: boolean }

export function relationshipsOf(xml: string | null): Relationship[] {
  if (xml === null) return [];
  return allTags(xml, 'Relationship').map((t) => ({
    id: attrOf(t.text, 'Id') ?? '',
    type: attrOf(t.text, 'Type') ?? '',
    target: attrOf(t.text, 'Target') ?? '',
    external: attrOf(t.text, 'TargetMode') === 'External',
  }));
}

/** A relationship's target as a part name (the reader's resolveTarget, under the graft's name). */
export const partOf = resolveTarget;

/** The relationships part of `part` (xl/workbook.xml → xl/_rels/workbook.xml.rels). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** An id no relationship of the part has: rId(n+1) past the highest numbered one. */
export function freeRelId(rels: readonly Relationship[]): string {
  let n = 0;
  for (const r of rels) {
    if (r.id.startsWith('rId')) {
      const k = Number(r.id.slice(3));
      if (Number.isInteger(k)) n = Math.max(n, k);
    }
  }
  for (let k = n + 1; ; k++) if (!rels.some((r) => r.id === `rId${k}`)) return `rId${k}`;
}

export function withRelationship(xml: string | null, rel: { id: string; type: string; target: string }): string {
  const el = `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`;
  if (xml === null) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${el}</Relationships>`;
  const s = section(xml, 'Relationships');
  if (s && s.tag.empty) return `${xml.slice(0, s.tag.start)}${s.tag.text.replace(/\/>$/, '>')}${el}</Relationships>${xml.slice(s.end)}`;
  const at = xml.lastIndexOf('</Relationships>');
  return `${xml.slice(0, at)}${el}${xml.slice(at)}`;
}

/** [Content_Types].xml with an override for each new part (a part already listed is left as listed). */
export function withOverrides(xml: string, parts: readonly { part: string; type: string }[]): string {
  const listed = new Set(allTags(xml, 'Override').map((t) => (attrOf(t.text, 'PartName') ?? '').toLowerCase()));
  const added = parts.filter((p) => !listed.has(`/${p.part}`.toLowerCase()))
    .map((p) => `<Override PartName="/${escapeXml(p.part)}" ContentType="${p.type}"/>`).join('');
  const at = xml.lastIndexOf('</Types>');
  return `${xml.slice(0, at)}${added}${xml.slice(at)}`;
}

/** What the workbook part says of its sheets. */
export interface WorkbookSheets { names: string[]; maxSheetId: number }

export function workbookSheets(xml: string): WorkbookSheets {
  const s = section(xml, 'sheets');
  const tags = s ? allTags(xml.slice(s.innerStart, s.innerEnd), 'sheet') : [];
  return {
    names: tags.map((t) => attrOf(t.text, 'name') ?? ''),
    maxSheetId: tags.reduce((m, t) => Math.max(m, Number(attrOf(t.text, 'sheetId') ?? 0) || 0), 0),
  };
}

/** The elements CT_Workbook puts after <definedNames>. */
const AFTER_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/**
 * The workbook part with a sheet appended (the last position, so every sheet-local name of the input
 * keeps its localSheetId) and that sheet's local names (print area, print titles) given that position.
 */
export function withSheet(xml: string, sheet: { name: string; relId: string }, names: readonly { name: string; text: string }[]): string {
  const { names: existing, maxSheetId } = workbookSheets(xml);
  const root = rootTag(xml)!;
  // The prefix the part binds to the relationships namespace (r, almost always); declared here when it binds none.
  const bound = root.text.match(new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${NS_REL.replace(/[./]/g, '\\$&')}"`));
  const prefix = bound ? bound[1] : 'r';
  const declare = bound ? '' : ` xmlns:r="${NS_REL}"`;
  const el = `<sheet name="${escapeXml(sheet.name)}" sheetId="${maxSheetId + 1}"${declare} ${prefix}:id="${escapeXml(sheet.relId)}"/>`;
  const s = section(xml, 'sheets')!;
  let out = s.tag.empty
    ? `${xml.slice(0, s.tag.start)}<sheets>${el}</sheets>${xml.slice(s.end)}`
    : `${xml.slice(0, s.innerEnd)}${el}${xml.slice(s.innerEnd)}`;
  if (names.length === 0) return out;
  const position = existing.length;
  const defined = names.map((n) => `<definedName name="${escapeXml(n.name)}" localSheetId="${position}">${escapeXml(n.text)}</definedName>`).join('');
  const d = section(out, 'definedNames');
  if (!d) return insertBefore(out, `<definedNames>${defined}</definedNames>`, AFTER_NAMES, '</workbook>');
  out = d.tag.empty
    ? `${out.slice(0, d.tag.start)}<definedNames>${defined}</definedNames>${out.slice(d.end)}`
    : `${out.slice(0, d.innerEnd)}${defined}${out.slice(d.innerEnd)}`;
  return out;
}

/** The defined names of a workbook part, with their sheet position (undefined: global). */
export function definedNames(xml: string): { name: string; text: string; localSheetId?: string }[] {
  const d = section(xml, 'definedNames');
  if (!d || d.tag.empty) return [];
  const out: { name: string; text: string; localSheetId?: string }[] = [];
  const inner = xml.slice(d.innerStart, d.innerEnd);
  for (let t = findTag(inner, 'definedName'); t; t = findTag(inner, 'definedName', t.end)) {
    const close = t.empty ? t.end : inner.indexOf('</definedName>', t.end);
    const text = t.empty ? '' : inner.slice(t.end, close);
    out.push({ name: attrOf(t.text, 'name') ?? '', text: unescapeXml(text), localSheetId: attrOf(t.text, 'localSheetId') });
  }
  return out;
}

