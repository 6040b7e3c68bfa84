// The rendered sheet's cell formats added to the input's styles part: its fonts, fills, borders,
// custom number formats (given fresh ids), cell formats and differential formats (conditional
// formats) go after the input's own, so every index the input's cells use keeps its meaning; the
// sheet's indices are then the input's count plus its own (graftSheet.ts).
import { appendToSection, attrOf, children, findTag, insertBefore, section, withAttr } from './xmlEdit';

/** Where the rendered workbook's indices land in the merged part. */
export interface StyleOffsets { xf: number; dxf: number }

/** The schema's order of a stylesheet's sections (CT_Stylesheet). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const FIRST_CUSTOM_FORMAT = 164;

function items(xml: string, name: string): string[] {
  const s = section(xml, name);
  return s ? children(xml.slice(s.innerStart, s.innerEnd)) : [];
}

/** The element with its start tag's attributes changed by `edit`. */
function editStart(el: string, name: string, edit: (tag: string) => string): string {
  const t = findTag(el, name);
  if (!t) return el;
  return el.slice(0, t.start) + edit(t.text) + el.slice(t.end);
}

const shifted = (tag: string, name: string, by: number): string => {
  const v = attrOf(tag, name);
  return v === undefined ? tag : withAttr(tag, name, String(Number(v) + by));
};

/** `xml` with `added` appended to section `name` (created in schema order when missing). */
function appendItems(xml: string, name: string, added: readonly string[]): string {
  if (added.length === 0) return xml;
  const s = section(xml, name);
  if (s) return appendToSection(xml, s, name, added, children(xml.slice(s.innerStart, s.innerEnd)).length + added.length);
  const later = ORDER.slice(ORDER.indexOf(name) + 1).map((n) => n);
  return insertBefore(xml, `<${name} count="${added.length}">${added.join('')}</${name}>`, later, '</styleSheet>');
}

/**
 * The input's styles part with the rendered workbook's formats added, and where its indices now
 * start. `input` null (a package without a styles part): the rendered part is used as it is.
 */
export function mergeStyles(input: string | null, rendered: string): { xml: string; offsets: StyleOffsets } {
  if (input === null) return { xml: rendered, offsets: { xf: 0, dxf: 0 } };
  const base = {
    fonts: items(input, 'fonts').length,
    fills: items(input, 'fills').length,
    borders: items(input, 'borders').length,
    cellXfs: items(input, 'cellXfs').length,
    dxfs: items(input, 'dxfs').length,
  };
  let nextFormat = FIRST_CUSTOM_FORMAT;
  for (const f of items(input, 'numFmts')) nextFormat = Math.max(nextFormat, Number(attrOf(f, 'numFmtId') ?? 0) + 1);
  const formatIds = new Map<string, string>();
  const newFormats: string[] = [];
  for (const f of items(rendered, 'numFmts')) {
    const id = attrOf(f, 'numFmtId') ?? '';
    const fresh = String(nextFormat++);
    formatIds.set(id, fresh);
    newFormats.push(editStart(f, 'numFmt', (t) => withAttr(t, 'numFmtId', fresh)));
  }
  const formatOf = (tag: string): string => {
    const id = attrOf(tag, 'numFmtId');
    const to = id === undefined ? undefined : formatIds.get(id);
    return to === undefined ? tag : withAttr(tag, 'numFmtId', to);
  };
  const xfs = items(rendered, 'cellXfs').map((x) => editStart(x, 'xf', (t) => {
    let tag = shifted(shifted(shifted(t, 'fontId', base.fonts), 'fillId', base.fills), 'borderId', base.borders);
    tag = formatOf(tag);
    // The input's first cell style (Normal) is the parent, as the rendered workbook's was its own.
    return attrOf(tag, 'xfId') === undefined ? tag : withAttr(tag, 'xfId', '0');
  }));
  const dxfs = items(rendered, 'dxfs').map((d) => editStart(d, 'numFmt', formatOf));
  let xml = input;
  xml = appendItems(xml, 'numFmts', newFormats);
  xml = appendItems(xml, 'fonts', items(rendered, 'fonts'));
  xml = appendItems(xml, 'fills', items(rendered, 'fills'));
  xml = appendItems(xml, 'borders', items(rendered, 'borders'));
  if (!section(xml, 'cellStyleXfs') && xfs.length > 0) {
    xml = insertBefore(xml, '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>', ORDER.slice(ORDER.indexOf('cellStyleXfs') + 1), '</styleSheet>');
  }
  xml = appendItems(xml, 'cellXfs', xfs);
  xml = appendItems(xml, 'dxfs', dxfs);
  return { xml, offsets: { xf: base.cellXfs, dxf: base.dxfs } };
}
