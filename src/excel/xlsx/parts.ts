// The small parts of a workbook, each read in one streaming pass: relationships, workbook.xml (sheet
// names, visibility, the date system, defined names), styles.xml (which cell formats show dates, and
// each format's font) and the shared strings.
import { attr, type XmlHandler } from './xmlScan';
import { isDateFormat } from './numberFormats';

export interface Relationship { id: string; type: string; target: string; external: boolean }

export class RelsHandler implements XmlHandler {
  readonly rels: Relationship[] = [];
  open(name: string, buf: string, from: number, to: number): void {
    if (name !== 'Relationship') return;
    this.rels.push({
      id: attr(buf, from, to, 'Id') ?? '',
      type: attr(buf, from, to, 'Type') ?? '',
      target: attr(buf, from, to, 'Target') ?? '',
      external: attr(buf, from, to, 'TargetMode') === 'External',
    });
  }
  text(): void { /* none */ }
  close(): void { /* none */ }
}

/** A relationship's target as a part name: relative to the part's folder unless it starts with "/". */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

export interface SheetRef { name: string; sheetId: string; state: string | undefined; rid: string }
export interface DefinedName { name: string; text: string; localSheetId?: string }

const isTrue = (v: string | undefined): boolean => v === '1' || v === 'true';

export class WorkbookHandler implements XmlHandler {
  readonly sheets: SheetRef[] = [];
  readonly names: DefinedName[] = [];
  date1904 = false;
  private name: DefinedName | null = null;
  open(name: string, buf: string, from: number, to: number): void {
    switch (name) {
      case 'workbookPr':
        this.date1904 = isTrue(attr(buf, from, to, 'date1904'));
        break;
      case 'sheet':
        this.sheets.push({
          name: attr(buf, from, to, 'name') ?? '',
          sheetId: attr(buf, from, to, 'sheetId') ?? '',
          state: attr(buf, from, to, 'state'),
          rid: attr(buf, from, to, 'id', true) ?? '',
        });
        break;
      case 'definedName':
        this.name = { name: attr(buf, from, to, 'name') ?? '', text: '', localSheetId: attr(buf, from, to, 'localSheetId') };
        break;
      default:
    }
  }
  text(t: string): void { if (this.name) this.name.text += t; }
  close(name: string): void {
    if (name === 'definedName' && this.name) {
      this.names.push(this.name);
      this.name = null;
    }
  }
}

/** One cell format (an <xf> of cellXfs): does it show a date, and the name of its font. */
export interface CellFormat { date: boolean; font: string | undefined; hasFont: boolean }

export class StylesHandler implements XmlHandler {
  private readonly numFmts = new Map<number, string>();
  private readonly fonts: (string | undefined)[] = [];
  private readonly xfs: { numFmtId: number; fontId: number }[] = [];
  private section = '';
  private inFont = false;
  open(name: string, buf: string, from: number, to: number): void {
    switch (name) {
      case 'numFmts': case 'fonts': case 'cellXfs': case 'cellStyleXfs': case 'dxfs':
        this.section = name;
        break;
      case 'numFmt':
        if (this.section === 'numFmts') {
          const id = Number.parseInt(attr(buf, from, to, 'numFmtId') ?? '', 10);
          const code = attr(buf, from, to, 'formatCode');
          if (code !== undefined) this.numFmts.set(id, unescapeFormat(code));
        }
        break;
      case 'font':
        if (this.section === 'fonts') {
          this.inFont = true;
          this.fonts.push(undefined);
        }
        break;
      case 'name':
        if (this.inFont) this.fonts[this.fonts.length - 1] = attr(buf, from, to, 'val');
        break;
      case 'xf':
        if (this.section === 'cellXfs') {
          this.xfs.push({
            numFmtId: Number.parseInt(attr(buf, from, to, 'numFmtId') ?? '', 10),
            fontId: Number.parseInt(attr(buf, from, to, 'fontId') ?? '', 10),
          });
        }
        break;
      default:
    }
  }
  text(): void { /* none */ }
  close(name: string): void {
    if (name === 'font') this.inFont = false;
    else if (name === this.section) this.section = '';
  }

  /** The cell formats by index. As ExcelJS reads them: format 0 stands for "no format" (see sheet.ts). */
  formats(): CellFormat[] {
    return this.xfs.map((xf) => {
      const code = xf.numFmtId ? this.numFmts.get(xf.numFmtId) ?? builtInFormat(xf.numFmtId) : undefined;
      const hasFont = xf.fontId >= 0 && xf.fontId < this.fonts.length;
      return { date: isDateFormat(code), font: hasFont ? this.fonts[xf.fontId] : undefined, hasFont };
    });
  }
}

/** ExcelJS drops the backslash of an escaped character in a format code ("\-" → "-"). */
function unescapeFormat(code: string): string {
  if (!code.includes('\\')) return code;
  let out = '';
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '\\' && i + 1 < code.length) { out += code[i + 1]; i++; } else out += code[i];
  }
  return out;
}

/** The built-in number formats ExcelJS knows by id (the locale-dependent 27–36 and 50–81 it leaves out). */
const BUILT_IN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss',
  46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};
const builtInFormat = (id: number): string | undefined => BUILT_IN[id];

/**
 * Shared strings: plain text, or a rich text's runs joined (what the engine reads of it). "_x000D_"
 * escapes are decoded in <t> elements, as ExcelJS does; phonetic runs (<rPh>) are left out.
 */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private cur = '';
  private run = '';
  private inT = false;
  private inPhonetic = 0;
  open(name: string): void {
    if (name === 'si') this.cur = '';
    else if (name === 'rPh') this.inPhonetic++;
    else if (name === 't' && this.inPhonetic === 0) { this.inT = true; this.run = ''; }
  }
  text(t: string): void { if (this.inT) this.run += t; }
  close(name: string): void {
    if (name === 't' && this.inT) {
      this.inT = false;
      this.cur += decodeEscapes(this.run);
    } else if (name === 'rPh') this.inPhonetic--;
    else if (name === 'si') this.strings.push(ownCopy(this.cur));
  }
}

/**
 * A string of its own. A slice of a long string keeps the whole of it alive in V8: a shared string
 * cut from a chunk of XML would keep the chunk, and the workbook's strings would keep all the XML.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

const hexOf = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : -1);

/** "_xHHHH_" (upper-case hex, as ExcelJS reads it) → the character; a linear scan, no regular expression. */
export function decodeEscapes(s: string): string {
  let i = s.indexOf('_x');
  if (i < 0) return s;
  let out = '';
  let start = 0;
  for (; i >= 0 && i + 7 <= s.length; i = s.indexOf('_x', i + 1)) {
    if (s.charCodeAt(i + 6) !== 95) continue;
    let code = 0;
    let ok = true;
    for (let k = 2; k < 6 && ok; k++) {
      const h = hexOf(s.charCodeAt(i + k));
      if (h < 0) ok = false;
      else code = code * 16 + h;
    }
    if (!ok) continue;
    out += s.slice(start, i) + String.fromCharCode(code);
    start = i + 7;
    i += 6;
  }
  return start === 0 ? s : out + s.slice(start);
}
