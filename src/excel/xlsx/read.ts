// The streaming .xlsx reader: bytes in (any ByteSource), the engine's WorkbookInput out, sheet by
// sheet and row by row. No Node and no DOM: the CLI gives it a file (node.ts), the pane a File's
// bytes. What it refuses, it refuses with a typed error (errors.ts) before the engine sees anything.
import type { SheetInput, WorkbookInput } from '../../core/model';
import type { NameTable } from '../listSource';
import { XlsxReadError } from './errors';
import { type ByteSource, type UnpackLimits, UnpackBudget, inflateText, readDirectory, type ZipEntry } from './zip';
import { XmlScanner, XmlSyntaxError, type XmlHandler, attr } from './xmlScan';
import { type CellFormat, type DefinedName, RelsHandler, type Relationship, SharedStringsHandler, StylesHandler, WorkbookHandler, resolveTarget } from './parts';
import { SheetHandler, type SheetContext, FONT_ABSENT } from './sheet';
import { applyMerges, columnRuns, hiddenColumns, sheetLists } from './facts';
import { valueExtent } from '../sheetExtent';

export interface ReadLimits extends UnpackLimits {
  /** Cells read (every <c> element, and each cell a merged area fills). */
  maxCells: number;
}

/**
 * The defaults (README "Reading workbooks"): 4 GiB unpacked in all, 30 million cells (a register of
 * 1M rows × 20 columns is 20 million), and a part may unpack to at most 250 times its packed size once
 * past 32 MiB (sheets seldom pass 20×; a zip bomb reaches 1000×).
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxUnpackedBytes: 4 * 2 ** 30,
  maxCells: 30_000_000,
  maxRatio: 250,
  ratioFrom: 32 * 2 ** 20,
};

export interface ReadOptions { limits?: Partial<ReadLimits> }

const REL_DOC = '/officeDocument';
const REL_SHEET = '/worksheet';
const REL_STYLES = '/styles';
const REL_STRINGS = '/sharedStrings';

/** What the first bytes say the file is, when it is not a zip. */
async function refuseNonZip(src: ByteSource): Promise<never> {
  const head = await src.read(0, Math.min(src.size, 4096));
  if (head.length >= 8 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0
    && head[4] === 0xa1 && head[5] === 0xb1 && head[6] === 0x1a && head[7] === 0xe1) {
    const names = await compoundFileNames(src).catch(() => [] as string[]);
    if (names.includes('EncryptedPackage')) throw new XlsxReadError('encrypted');
    if (names.some((n) => n === 'Workbook' || n === 'Book') || names.length === 0) throw new XlsxReadError('xls');
    throw new XlsxReadError('not-zip');
  }
  if (looksLikeText(head)) throw new XlsxReadError('text');
  throw new XlsxReadError('not-zip');
}

/** No NUL byte and few control characters in the first bytes (or a UTF-16 byte-order mark). */
function looksLikeText(b: Uint8Array): boolean {
  if (b.length === 0) return false;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return true;
  let control = 0;
  for (const c of b) {
    if (c === 0) return false;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control * 50 < b.length;
}

/** Stream names in an OLE compound file's directory (the chain followed through the FAT). */
async function compoundFileNames(src: ByteSource): Promise<string[]> {
  const h = await src.read(0, 512);
  const dv = new DataView(h.buffer, h.byteOffset, h.byteLength);
  const shift = dv.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const perFat = size / 4;
  const difat: number[] = [];
  for (let i = 0; i < 109; i++) difat.push(dv.getUint32(76 + i * 4, true));
  const fatCache = new Map<number, DataView>();
  const next = async (s: number): Promise<number> => {
    const fatIndex = Math.floor(s / perFat);
    const fatSector = difat[fatIndex];
    if (fatSector === undefined || fatSector >= 0xfffffffa) return 0xfffffffe;
    let fat = fatCache.get(fatSector);
    if (!fat) {
      const bytes = await src.read((fatSector + 1) * size, size);
      fat = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      fatCache.set(fatSector, fat);
    }
    return fat.getUint32((s % perFat) * 4, true);
  };
  const names: string[] = [];
  let s = dv.getUint32(48, true);
  for (let steps = 0; s < 0xfffffffa && steps < 256; steps++) {
    const bytes = await src.read((s + 1) * size, size);
    for (let e = 0; e + 128 <= bytes.length; e += 128) {
      const len = bytes[e + 64] | (bytes[e + 65] << 8);
      let name = '';
      for (let i = 0; i + 2 < len && i < 64; i += 2) name += String.fromCharCode(bytes[e + i] | (bytes[e + i + 1] << 8));
      if (name) names.push(name);
    }
    s = await next(s);
  }
  return names;
}

class Book {
  readonly budget: UnpackBudget;
  constructor(readonly src: ByteSource, readonly entries: Map<string, ZipEntry>, readonly limits: ReadLimits) {
    this.budget = new UnpackBudget(limits);
  }

  entry(part: string): ZipEntry | undefined { return this.entries.get(part.replace(/^\/+/, '').toLowerCase()); }

  /** Reads a part through a handler; broken XML is reported against `label` (a sheet's name or the part). */
  async parse(part: string, h: XmlHandler, label: { sheet?: string }): Promise<boolean> {
    const entry = this.entry(part);
    if (!entry) return false;
    const scanner = new XmlScanner(h);
    try {
      await inflateText(this.src, entry, this.budget, (t) => scanner.push(t));
      scanner.end();
    } catch (e) {
      if (e instanceof XmlSyntaxError) throw new XlsxReadError('corrupt-sheet', { ...label, part: entry.name, detail: e.message });
      if (e instanceof XlsxReadError && e.code === 'corrupt-zip' && label.sheet) {
        throw new XlsxReadError('corrupt-sheet', { ...label, part: entry.name, detail: e.facts.detail });
      }
      throw e;
    }
    return true;
  }

  async rels(part: string): Promise<Relationship[]> {
    const slash = part.lastIndexOf('/');
    const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
    const h = new RelsHandler();
    await this.parse(relsPart, h, {});
    return h.rels;
  }
}

/** Defined names as ExcelJS keeps them: a later name of the same spelling replaces an earlier one,
 * a name whose text holds no "$C$R" reference is dropped, and the first reference is kept. */
function nameTable(names: readonly DefinedName[]): NameTable {
  const byName = new Map<string, string | null>();
  for (const n of names) byName.set(n.name, firstReference(n.text));
  const out = new Map<string, string>();
  for (const [name, ref] of byName) if (ref !== null) out.set(name.toUpperCase(), ref);
  return out;
}

/** The first comma-separated area (quotes respected) whose cell part has the form $C$R. */
function firstReference(text: string): string | null {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) { parts.push(cur); cur = ''; } else cur += ch;
  }
  parts.push(cur);
  for (const p of parts) {
    const local = p.slice(p.lastIndexOf('!') + 1);
    if (hasAbsoluteCell(local)) return p;
  }
  return null;
}

function hasAbsoluteCell(s: string): boolean {
  for (let i = s.indexOf('$'); i >= 0; i = s.indexOf('$', i + 1)) {
    let j = i + 1;
    while (j < s.length && /\w/.test(s[j])) j++;
    if (j === i + 1 || s[j] !== '$') continue;
    let k = j + 1;
    while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
    if (k > j + 1) return true;
  }
  return false;
}

class TableHandler implements XmlHandler {
  table: { name: string; ref: string } | null = null;
  open(name: string, buf: string, from: number, to: number): void {
    if (name === 'table' && !this.table) this.table = { name: attr(buf, from, to, 'name') ?? '', ref: attr(buf, from, to, 'ref') ?? '' };
  }
  text(): void { /* none */ }
  close(): void { /* none */ }
}

/** Reads a workbook. Sheets come in the workbook's order; very hidden sheets are not read. */
export async function readXlsx(src: ByteSource, options: ReadOptions = {}): Promise<WorkbookInput> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const magic = await src.read(0, Math.min(4, src.size));
  if (!(magic.length === 4 && magic[0] === 0x50 && magic[1] === 0x4b && (magic[2] === 3 || magic[2] === 5))) await refuseNonZip(src);
  const book = new Book(src, await readDirectory(src), limits);

  const rootRels = await book.rels('');
  const doc = rootRels.find((r) => r.type.endsWith(REL_DOC) && !r.external);
  const workbookPart = doc ? resolveTarget('', doc.target) : 'xl/workbook.xml';
  const wb = new WorkbookHandler();
  if (!(await book.parse(workbookPart, wb, {}))) throw new XlsxReadError('no-workbook');

  const rels = await book.rels(workbookPart);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const partOf = (type: string, fallback: string): string => {
    const rel = rels.find((r) => r.type.endsWith(type) && !r.external);
    return rel ? resolveTarget(workbookPart, rel.target) : fallback;
  };

  const styles = new StylesHandler();
  await book.parse(partOf(REL_STYLES, 'xl/styles.xml'), styles, {});
  const formats: CellFormat[] = styles.formats();
  const fontNames: (string | undefined)[] = [undefined];
  const fontIndex = new Map<string | undefined, number>([[undefined, 0]]);
  const formatFont = new Uint16Array(formats.length);
  formats.forEach((f, i) => {
    if (i === 0) return; // format 0: no style at all (ExcelJS skips style 0)
    let cls = fontIndex.get(f.font);
    if (cls === undefined) {
      cls = Math.min(fontNames.length, FONT_ABSENT - 1);
      fontNames.push(f.font);
      fontIndex.set(f.font, cls);
    }
    formatFont[i] = cls;
  });

  const strings = new SharedStringsHandler();
  await book.parse(partOf(REL_STRINGS, 'xl/sharedStrings.xml'), strings, {});

  const ctx: SheetContext = {
    strings: strings.strings, formats, formatFont, fontNames, date1904: wb.date1904,
    cells: { count: 0, max: limits.maxCells },
  };
  const names = nameTable(wb.names);
  const sheets: SheetInput[] = [];
  let worksheets = 0;
  for (const ref of wb.sheets) {
    const rel = relById.get(ref.rid);
    if (!rel || !rel.type.endsWith(REL_SHEET) || rel.external) continue; // chart and dialog sheets
    const part = resolveTarget(workbookPart, rel.target);
    if (!book.entry(part)) continue;
    worksheets++;
    if (ref.state === 'veryHidden') continue;
    sheets.push(await readSheet(book, part, ref.name, ref.state === 'hidden', ctx, names));
  }
  if (worksheets === 0) throw new XlsxReadError('no-sheets');
  return { sheets };
}

async function readSheet(
  book: Book, part: string, name: string, hidden: boolean, ctx: SheetContext, names: NameTable,
): Promise<SheetInput> {
  const h = new SheetHandler(ctx);
  await book.parse(part, h, { sheet: name });
  h.finish();
  const rows = h.rows;
  const runs = columnRuns(h.cols);
  const merged = applyMerges(h, rows, runs, ctx);
  const { lastRow, lastCol } = valueExtent(rows);

  const tables: { name: string; ref: string }[] = [];
  if (h.tableRids.length > 0) {
    const rels = new Map((await book.rels(part)).map((r) => [r.id, r]));
    for (const rid of h.tableRids) {
      const rel = rels.get(rid);
      if (!rel) continue;
      const th = new TableHandler();
      await book.parse(resolveTarget(part, rel.target), th, { sheet: name });
      if (th.table) tables.push(th.table);
    }
  }
  const fontNames = ctx.fontNames;
  return {
    name,
    rows,
    tables,
    font: (r, c) => {
      const cls = h.fontClass(r, c);
      return cls === FONT_ABSENT ? undefined : fontNames[cls];
    },
    // A total's SUM formula, so that a SUM skipping numbers stored as text is explained (validate/totals.ts).
    formula: (r, c) => h.formulas.get(r * 16_384 + c),
    visibility: hidden ? 'hidden' : 'visible',
    merges: merged
      .filter((b) => b.row <= lastRow && b.col <= lastCol)
      .sort((a, b) => a.row - b.row || a.col - b.col),
    hiddenRows: [...h.hidden].filter((r) => r <= lastRow).sort((a, b) => a - b),
    hiddenCols: hiddenColumns(runs, lastCol),
    lists: sheetLists(h.validations, name, names),
  };
}
