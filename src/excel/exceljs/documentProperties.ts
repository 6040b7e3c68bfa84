// Custom document properties of an .xlsx file (docProps/custom.xml: File > Info > Properties > Custom
// in Excel), where the summary's signing options are remembered (core/plan/summary/signing.ts). ExcelJS
// neither reads nor writes that part, so the CLI reads it from the input file and puts it back, with
// the remembered options, into the file it writes. Every other custom property the user had is kept.
import JSZip from 'jszip';
import { CT, REL, withOverrides, withRelationship } from '../xlsx/packageEdit';
import { escapeXml, unescapeXml } from '../xlsx/xmlEdit';

const PART = 'docProps/custom.xml';
/** The format id every custom property carries (the one Office writes). */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** One <property> element as it stands in the part, and its name. */
interface RawProperty { name: string; xml: string }

/** The <property> elements of the part, scanned with indexOf (the part is small, but never backtrack). */
function rawProperties(xml: string): RawProperty[] {
  const out: RawProperty[] = [];
  let at = 0;
  for (;;) {
    const start = xml.indexOf('<property', at);
    if (start < 0) break;
    const end = xml.indexOf('</property>', start);
    if (end < 0) break;
    const el = xml.slice(start, end + '</property>'.length);
    const tagEnd = el.indexOf('>');
    const open = el.slice(0, tagEnd);
    const n = open.indexOf(' name="');
    if (n >= 0) out.push({ name: unescapeXml(open.slice(n + 7, open.indexOf('"', n + 7))), xml: el });
    at = end + 1;
  }
  return out;
}

/** The text of a property holding text (<vt:lpwstr>), else undefined. */
function textOf(p: RawProperty): string | undefined {
  const open = p.xml.indexOf('<vt:lpwstr>');
  if (open < 0) return undefined;
  const close = p.xml.indexOf('</vt:lpwstr>', open);
  return close < 0 ? undefined : unescapeXml(p.xml.slice(open + 11, close));
}

/** The custom.xml part of a file, '' when it has none. */
export async function customPart(file: Uint8Array | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  return (await zip.file(PART)?.async('string')) ?? '';
}

/** Name → text of every text property of the part. */
export function customTextProperties(part: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of rawProperties(part)) {
    const v = textOf(p);
    if (v !== undefined) out.set(p.name, v);
  }
  return out;
}

/** The part with `set` written as text properties over the ones of `previous` (others kept as they were). */
export function customPartWith(previous: string, set: ReadonlyMap<string, string>): string {
  const kept = rawProperties(previous).filter((p) => !set.has(p.name)).map((p) => p.xml);
  const ours = [...set].map(([name, value]) => `<property fmtid="${FMTID}" pid="0" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`);
  // pids are numbered from 2 in order, as Office does; each must be unique.
  let pid = 2;
  const props = [...kept, ...ours].map((x) => x.replace(/ pid="\d+"/, () => ` pid="${pid++}"`));
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + `${props.join('')}</Properties>`;
}

/** The file with `part` as its custom properties: the part, its content type and its package relationship. */
export async function withCustomPart(file: Uint8Array | ArrayBuffer, part: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  await setCustomPart(zip, part);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Sets `part` as the opened package's custom properties (for a caller amending the package otherwise too). */
export async function setCustomPart(zip: JSZip, part: string): Promise<void> {
  zip.file(PART, part);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', withOverrides(types, [{ part: PART, type: CT.custom }]));
  const rels = await zip.file('_rels/.rels')!.async('string');
  if (!rels.includes(REL.custom)) zip.file('_rels/.rels', withRelationship(rels, { id: 'rIdAidLedgerCustom', type: REL.custom, target: PART }));
}
