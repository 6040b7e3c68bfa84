// A sheet rendered on its own (a one-sheet package: the summary, with its charts and custom
// properties) grafted into the input's package, written as a stream: every part of the input is
// copied as its stored bytes, still deflated, except the few small ones the new sheet amends (the
// workbook, its relationships, the content types, the styles and the custom properties), and the
// sheet's own parts are added with fresh names. No sheet of the input is ever unpacked, so memory
// does not grow with the registers. A package the graft cannot amend safely is refused with
// GraftRefused before anything is written; the caller then copies the workbook the old way.
import { type ByteSource, bytesSource, inflateText, readDirectory, storedChunks, UnpackBudget, type ZipEntry } from './zip';
import { type ZipSink, ZipWriter } from './zipWrite';
import { DEFAULT_LIMITS } from './read';
import { allTags, attrOf, findTag, rootTag, withAttr } from './xmlEdit';
import { mergeStyles } from './graftStyles';
import { graftedSheet, sharedStringItems } from './graftSheet';
import { CT, definedNames, freeRelId, partOf, REL, type Relationship, relationshipsOf, relsPartOf, withOverrides, withRelationship, withSheet, workbookSheets } from './packageEdit';

export type GraftRefusal = 'encrypted' | 'compression' | 'no-workbook' | 'not-transitional' | 'not-utf8' | 'not-xlsx';

/** The input cannot be grafted (and why); nothing was written. */
export class GraftRefused extends Error {
  constructor(readonly reason: GraftRefusal, detail: string) {
    super(`${reason}: ${detail}`);
  }
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The workbook of an .xlsx: a macro-enabled (.xlsm) or template package copied as it is would not open as .xlsx. */
const CT_XLSX_WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** A package opened for reading its parts by name (case-insensitive, as OPC names compare). */
class Package {
  private readonly budget = new UnpackBudget(DEFAULT_LIMITS);
  private constructor(readonly src: ByteSource, readonly entries: Map<string, ZipEntry>) {}

  static async open(src: ByteSource): Promise<Package> {
    return new Package(src, await readDirectory(src));
  }

  has(part: string): boolean { return this.entries.has(part.toLowerCase()); }

  async text(part: string): Promise<string | null> {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return null;
    const chunks: string[] = [];
    await inflateText(this.src, entry, this.budget, (t) => chunks.push(t));
    const text = chunks.join('');
    if (text.charCodeAt(0) === 0xfffd || text.charCodeAt(1) === 0) throw new GraftRefused('not-utf8', part);
    return text;
  }

  async rels(part: string): Promise<Relationship[]> {
    return relationshipsOf(await this.text(relsPartOf(part)));
  }
}

const ofType = (rels: readonly Relationship[], type: string): Relationship | undefined => rels.find((r) => !r.external && r.type === type);

/** The first free "folder/stemN.xml" past the package's highest N (and past any name it holds). */
function freshPart(taken: (part: string) => boolean, folder: string, stem: string, entries: Iterable<string>): () => string {
  const prefix = `${folder}/${stem}`.toLowerCase();
  let n = 0;
  for (const name of entries) {
    if (!name.startsWith(prefix) || !name.endsWith('.xml')) continue;
    const k = Number(name.slice(prefix.length, -4));
    if (Number.isInteger(k)) n = Math.max(n, k);
  }
  return () => {
    let part: string;
    do { part = `${folder}/${stem}${++n}.xml`; } while (taken(part));
    return part;
  };
}

/** The input, read as far as the graft needs it; `write` then streams the grafted package. */
export interface GraftInput {
  /** The input's sheet names, in order (a new sheet's name must differ from each). */
  sheetNames: string[];
  /** Table and defined names of the input (a new table's name must differ from each; upper-cased). */
  takenNames: Set<string>;
  /** Writes the input with the rendered package's only sheet added last (with its charts, tables and the rendered custom properties). */
  write(rendered: Uint8Array, sink: ZipSink): Promise<void>;
}

export async function openGraft(src: ByteSource): Promise<GraftInput> {
  const pkg = await Package.open(src);
  for (const e of pkg.entries.values()) {
    if (e.flags & 1) throw new GraftRefused('encrypted', e.name);
    if (e.method !== 0 && e.method !== 8) throw new GraftRefused('compression', `${e.name} (${e.method})`);
  }
  const types = await pkg.text('[Content_Types].xml');
  const rootRels = await pkg.rels('');
  const doc = rootRels.find((r) => !r.external && r.type.endsWith('/officeDocument'));
  if (types === null || !doc) throw new GraftRefused('no-workbook', 'no workbook part');
  const workbookPart = partOf('', doc.target);
  const workbook = await pkg.text(workbookPart);
  if (workbook === null) throw new GraftRefused('no-workbook', workbookPart);
  const root = rootTag(workbook);
  if (doc.type !== REL.officeDocument || !root || !root.text.startsWith('<workbook') || attrOf(root.text, 'xmlns') !== MAIN_NS) {
    throw new GraftRefused('not-transitional', workbookPart);
  }
  const workbookType = allTags(types, 'Override').find((t) => (attrOf(t.text, 'PartName') ?? '').toLowerCase() === `/${workbookPart}`.toLowerCase());
  if (!workbookType || attrOf(workbookType.text, 'ContentType') !== CT_XLSX_WORKBOOK) throw new GraftRefused('not-xlsx', workbookPart);
  const wbRels = await pkg.rels(workbookPart);
  const stylesRel = ofType(wbRels, REL.styles);
  const stylesPart = stylesRel ? partOf(workbookPart, stylesRel.target) : null;
  const styles = stylesPart ? await pkg.text(stylesPart) : null;
  if (styles !== null && !rootTag(styles)?.text.startsWith('<styleSheet')) throw new GraftRefused('not-transitional', stylesPart!);
  const customRel = ofType(rootRels, REL.custom);
  const customPath = customRel ? partOf('', customRel.target) : 'docProps/custom.xml';

  const takenNames = new Set(definedNames(workbook).map((d) => d.name.toUpperCase()));
  const tableParts = allTags(types, 'Override').filter((t) => attrOf(t.text, 'ContentType') === CT.table).map((t) => partOf('', attrOf(t.text, 'PartName') ?? ''));
  let maxTableId = 0;
  for (const part of tableParts) {
    const tag = rootTag((await pkg.text(part)) ?? '');
    if (!tag) continue;
    for (const a of ['name', 'displayName']) { const v = attrOf(tag.text, a); if (v) takenNames.add(v.toUpperCase()); }
    maxTableId = Math.max(maxTableId, Number(attrOf(tag.text, 'id') ?? 0) || 0);
  }

  return {
    sheetNames: workbookSheets(workbook).names,
    takenNames,
    write: async (rendered, sink) => {
      const r = await Package.open(bytesSource(rendered)).then(renderedSheet);
      const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
      const added = new Map<string, string>();
      // A name is taken by a part, or by stray relationships of a part of that name.
      const taken = (part: string): boolean => pkg.has(part) || added.has(part) || pkg.has(relsPartOf(part));
      const names = [...pkg.entries.keys()];
      const sheetPart = freshPart(taken, `${folder}worksheets`, 'sheet', names)();
      const drawingName = freshPart(taken, `${folder}drawings`, 'drawing', names);
      const chartName = freshPart(taken, `${folder}charts`, 'chart', names);
      const tableName = freshPart(taken, `${folder}tables`, 'table', names);
      const overrides: { part: string; type: string }[] = [{ part: sheetPart, type: CT.worksheet }];

      // Styles first: the sheet's indices depend on where its formats land.
      const merged = mergeStyles(styles, r.styles);
      const sheetXml = graftedSheet(r.sheet, sharedStringItems(r.sharedStrings), merged.offsets);
      const sheetRels: Relationship[] = [];
      for (const rel of r.sheetRels) {
        if (rel.external) { sheetRels.push(rel); continue; }
        const from = partOf(r.sheetPart, rel.target);
        if (rel.type === REL.drawing) {
          const part = drawingName();
          const drawingRels: Relationship[] = [];
          for (const d of await r.pkg.rels(from)) {
            if (d.external || d.type !== REL.chart) { drawingRels.push(d); continue; }
            const chart = chartName();
            added.set(chart, (await r.pkg.text(partOf(from, d.target)))!);
            overrides.push({ part: chart, type: CT.chart });
            drawingRels.push({ ...d, target: relative(part, chart) });
          }
          added.set(part, (await r.pkg.text(from))!);
          added.set(relsPartOf(part), drawingRels.reduce<string | null>((x, d) => withRelationship(x, d), null) ?? '');
          overrides.push({ part, type: CT.drawing });
          sheetRels.push({ ...rel, target: relative(sheetPart, part) });
        } else if (rel.type === REL.table) {
          const part = tableName();
          const xml = (await r.pkg.text(from))!;
          const tag = findTag(xml, 'table')!;
          added.set(part, xml.slice(0, tag.start) + withAttr(tag.text, 'id', String(++maxTableId)) + xml.slice(tag.end));
          overrides.push({ part, type: CT.table });
          sheetRels.push({ ...rel, target: relative(sheetPart, part) });
        } else {
          throw new Error(`The rendered sheet has a part the graft does not know: ${rel.type}`);
        }
      }
      added.set(sheetPart, sheetXml);
      if (sheetRels.length > 0) added.set(relsPartOf(sheetPart), sheetRels.reduce<string | null>((x, d) => withRelationship(x, d), null)!);

      const amended = new Map<string, string>();
      const relId = freeRelId(wbRels);
      const local = definedNames(r.workbook).filter((d) => d.localSheetId === '0').map((d) => ({ name: d.name, text: d.text }));
      amended.set(workbookPart, withSheet(workbook, { name: r.name, relId }, local));
      let wbRelsXml = withRelationship(await pkg.text(relsPartOf(workbookPart)), { id: relId, type: REL.worksheet, target: relative(workbookPart, sheetPart) });
      if (stylesPart) amended.set(stylesPart, merged.xml);
      else {
        const part = `${folder}styles.xml`;
        added.set(part, merged.xml);
        overrides.push({ part, type: CT.styles });
        wbRelsXml = withRelationship(wbRelsXml, { id: freeRelId(relationshipsOf(wbRelsXml)), type: REL.styles, target: relative(workbookPart, part) });
      }
      amended.set(relsPartOf(workbookPart), wbRelsXml);
      if (r.custom !== null) {
        // A part at the usual name that nothing relates to is replaced, not written twice.
        if (pkg.has(customPath)) amended.set(customPath, r.custom);
        else added.set(customPath, r.custom);
        overrides.push({ part: customPath, type: CT.custom });
        if (!customRel) amended.set('_rels/.rels', withRelationship(await pkg.text('_rels/.rels'), { id: freeRelId(rootRels), type: REL.custom, target: customPath }));
      }
      amended.set('[Content_Types].xml', withOverrides(types, overrides));

      const zip = new ZipWriter(sink);
      const byLower = new Map([...amended].map(([k, v]) => [k.toLowerCase(), v]));
      for (const [key, entry] of pkg.entries) {
        const text = byLower.get(key);
        if (text !== undefined) {
          await zip.addText(entry.name.replace(/^\/+/, ''), text);
          byLower.delete(key);
        } else if (!entry.name.endsWith('/')) {
          await zip.addStored(entry.name, entry, storedChunks(src, entry));
        }
      }
      // Parts amended that the input lacked (its package relationships, when it had none).
      for (const [key, text] of byLower) await zip.addText(key, text);
      for (const [part, text] of added) await zip.addText(part, text);
      await zip.finish();
    },
  };
}

/** A target from `fromPart` to `toPart`, relative, as Excel writes them. */
function relative(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/** The parts of the rendered one-sheet package the graft takes. */
async function renderedSheet(pkg: Package) {
  const rootRels = await pkg.rels('');
  const doc = ofType(rootRels, REL.officeDocument)!;
  const workbookPart = partOf('', doc.target);
  const workbook = (await pkg.text(workbookPart))!;
  const first = findTag(workbook, 'sheet')!;
  const rels = await pkg.rels(workbookPart);
  const sheetRel = rels.find((x) => x.id === attrOf(first.text, 'r:id'))!;
  const sheetPart = partOf(workbookPart, sheetRel.target);
  const strings = ofType(rels, REL.sharedStrings);
  const customRel = ofType(rootRels, REL.custom);
  return {
    pkg,
    name: attrOf(first.text, 'name')!,
    workbook,
    sheetPart,
    sheet: (await pkg.text(sheetPart))!,
    sheetRels: await pkg.rels(sheetPart),
    styles: (await pkg.text(partOf(workbookPart, ofType(rels, REL.styles)!.target)))!,
    sharedStrings: strings ? await pkg.text(partOf(workbookPart, strings.target)) : null,
    custom: customRel ? await pkg.text(partOf('', customRel.target)) : null,
  };
}

/** The custom properties part of any package ('' when it has none or it cannot be read): what the input remembers. */
export async function customPartOf(src: ByteSource): Promise<string> {
  try {
    const pkg = await Package.open(src);
    const rel = ofType(await pkg.rels(''), REL.custom);
    return (await pkg.text(rel ? partOf('', rel.target) : 'docProps/custom.xml')) ?? '';
  } catch {
    return '';
  }
}
