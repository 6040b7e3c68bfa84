// One worksheet's XML, read in a single streaming pass into the engine's dense rows, with what else
// the engine uses: hidden rows and columns, merged areas, list validations, table parts and each
// cell's font. Values are given as the ExcelJS reader gave them (src/excel/exceljs/readWorkbook.ts),
// ExcelJS's own rules included where they are deliberate: a cell whose format shows a date becomes a
// day serial through the same millisecond rounding, a formula gives its cached value, rich text its
// runs joined, format 0 counts as no format. Where ExcelJS is wrong, this reader is right instead
// (test/xlsx-reader.test.ts lists each case).
import { slideFormula } from './formulaSlide';
import type { RawValue } from '../../core/model';
import { XmlSyntaxError, attr, type XmlHandler } from './xmlScan';
import { decodeEscapes, ownCopy, type CellFormat } from './parts';
import { XlsxReadError } from './errors';

/** Workbook-wide facts every sheet reads. */
export interface SheetContext {
  strings: readonly string[];
  formats: readonly CellFormat[];
  /** Font class of each format (index into fontNames); formats without a font give 0. */
  formatFont: Uint16Array;
  fontNames: readonly (string | undefined)[];
  date1904: boolean;
  cells: { count: number; readonly max: number };
}

export interface ColumnSpec { min: number; max: number; hidden: boolean; style: number }
export interface ValidationSpec { sqref: string; type: string; formula1: string | undefined }

const ABSENT = 0xffff;
const MIXED = 0xffff;
const MAX_COL = 16384;
const MAX_ROW = 1048576;

/** Cell types by the `t` attribute. */
const enum T { Number, Shared, Str, Inline, Bool, Error, Date }

function typeOf(t: string | undefined): T {
  switch (t) {
    case 's': return T.Shared;
    case 'str': return T.Str;
    case 'inlineStr': return T.Inline;
    case 'b': return T.Bool;
    case 'e': return T.Error;
    case 'd': return T.Date;
    default: return T.Number;
  }
}

/** A serial shown with a date format, as ExcelJS turns it into a Date and the host back into a serial. */
export function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  return Math.abs(ms) > 8.64e15 ? Number.NaN : ms / 86_400_000 + 25_569;
}

/** Growable Uint16 store indexed by row. */
class RowU16 {
  a = new Uint16Array(1024);
  set(r: number, v: number): void {
    if (r >= this.a.length) {
      let n = this.a.length * 2;
      while (n <= r) n *= 2;
      const b = new Uint16Array(n);
      b.set(this.a);
      this.a = b;
    }
    this.a[r] = v;
  }
  get(r: number): number { return r < this.a.length ? this.a[r] : 0; }
}

export class SheetHandler implements XmlHandler {
  readonly rows: RawValue[][] = [];
  readonly hidden = new Set<number>();
  readonly rowStyle = new Map<number, number>();
  readonly cols: ColumnSpec[] = [];
  readonly mergeRefs: string[] = [];
  readonly validations: ValidationSpec[] = [];
  readonly tableRids: string[] = [];
  /**
   * Fonts, as few objects as rows allow: each row points (fontPattern) at an interned array of its
   * cells' font classes (FONT_ABSENT where the file has no cell), so the many rows laid out alike
   * share one array; 0: the row has no cell. Past 65,534 patterns, rows keep their own (overflow).
   */
  private readonly fontPattern = new RowU16();
  private readonly patterns: Uint16Array[] = [new Uint16Array(0)];
  private readonly patternIds = new Map<string, number>();
  private readonly overflow = new Map<number, Uint16Array>();
  private lastKey = '';
  private lastId = 0;

  private inData = false;
  private r = -1;
  private row: RawValue[] = [];
  private lastRow = -1;
  // Fonts of the current row: classes of present cells, and whether they are contiguous and alike.
  private rowFonts: number[] = [];
  private rowPresent = 0;
  // The current cell.
  private col = -1;
  private style = 0;
  private type = T.Number;
  private value: string | undefined;
  private formula = false;
  private formulaText = '';
  /** The shared formula the current cell belongs to (its `si`), if any. */
  private sharedIndex: string | undefined = undefined;
  /** Shared formulas by `si`: the text and the cell it is written for. */
  private readonly shared = new Map<string, { text: string; row: number; col: number }>();
  /** Formula texts by cell (row × 16384 + col), for the totals check; only cells holding one. */
  readonly formulas = new Map<number, string>();
  private inline: string[] | null = null;
  private mode = 0; // 1 <v>, 2 <t> of the cell, 3 <t> of a rich run, 4 <f>
  private run = '';
  private inRun = false;
  private validation: ValidationSpec | null = null;
  private inFormula1 = false;

  constructor(private readonly ctx: SheetContext) {}

  open(name: string, buf: string, from: number, to: number): void {
    switch (name) {
      case 'c': this.openCell(buf, from, to); return;
      case 'v': this.mode = 1; return;
      case 'f': {
        const t = attr(buf, from, to, 't');
        this.formula = this.formula || t !== undefined;
        this.sharedIndex = t === 'shared' ? attr(buf, from, to, 'si') : undefined;
        this.mode = 4;
        return;
      }
      case 't':
        if (this.col >= 0) this.mode = this.inRun ? 3 : 2;
        return;
      case 'r':
        if (this.col >= 0) { this.inRun = true; this.run = ''; }
        return;
      case 'row': this.openRow(buf, from, to); return;
      case 'sheetData': this.inData = true; return;
      case 'col': {
        const min = Number.parseInt(attr(buf, from, to, 'min') ?? '', 10);
        const max = Number.parseInt(attr(buf, from, to, 'max') ?? '', 10);
        const h = attr(buf, from, to, 'hidden');
        if (min >= 1 && max >= min) {
          this.cols.push({
            min, max: Math.min(max, MAX_COL), hidden: h === '1' || h === 'true',
            style: Number.parseInt(attr(buf, from, to, 'style') ?? '0', 10) || 0,
          });
        }
        return;
      }
      case 'mergeCell': {
        const ref = attr(buf, from, to, 'ref');
        if (ref) this.mergeRefs.push(ref);
        return;
      }
      case 'dataValidation':
        this.validation = { sqref: attr(buf, from, to, 'sqref') ?? '', type: attr(buf, from, to, 'type') ?? 'any', formula1: undefined };
        return;
      case 'formula1':
        if (this.validation) { this.inFormula1 = true; this.validation.formula1 = ''; }
        return;
      case 'tablePart': {
        const rid = attr(buf, from, to, 'id', true);
        if (rid) this.tableRids.push(rid);
        return;
      }
      default:
    }
  }

  text(t: string): void {
    switch (this.mode) {
      case 1: case 2: this.value = this.value === undefined ? t : this.value + t; return;
      case 3: this.run += t; return;
      case 4: this.formulaText += t; return;
      default:
        if (this.inFormula1 && this.validation) this.validation.formula1 += t;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'c': this.endCell(); return;
      case 'v': case 't': case 'f': this.mode = 0; return;
      case 'r':
        if (this.inRun) {
          (this.inline ??= []).push(decodeEscapes(this.run));
          this.inRun = false;
        }
        return;
      case 'row': this.endRow(); return;
      case 'sheetData': this.inData = false; return;
      case 'dataValidation':
        if (this.validation) this.validations.push(this.validation);
        this.validation = null;
        return;
      case 'formula1': this.inFormula1 = false; return;
      default:
    }
  }

  private openRow(buf: string, from: number, to: number): void {
    if (!this.inData) return;
    if (this.r >= 0) this.endRow();
    let r = -1;
    let hidden = false;
    let style = 0;
    // The row's attributes in one pass: r, hidden, s.
    let i = from;
    while (i < to) {
      const c = buf.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) { i++; continue; }
      const k0 = i;
      while (i < to && buf.charCodeAt(i) !== 61) i++;
      const k1 = i;
      while (i < to && buf.charCodeAt(i) !== 34 && buf.charCodeAt(i) !== 39) i++;
      const q = buf.charCodeAt(i);
      const v0 = i + 1;
      i = buf.indexOf(q === 34 ? '"' : "'", v0);
      if (i < 0 || i > to) throw new XmlSyntaxError('an unterminated attribute');
      const v1 = i++;
      const len = k1 - k0;
      if (len === 1 && buf.charCodeAt(k0) === 114 /* r */) r = Number.parseInt(buf.slice(v0, v1), 10) - 1;
      else if (len === 1 && buf.charCodeAt(k0) === 115 /* s */) style = Number.parseInt(buf.slice(v0, v1), 10) || 0;
      else if (len === 6 && buf.startsWith('hidden', k0)) { const v = buf.slice(v0, v1); hidden = v === '1' || v === 'true'; }
    }
    if (!(r >= 0)) r = this.lastRow + 1; // no r: the next row
    if (r >= MAX_ROW) throw new XmlSyntaxError(`row ${r + 1} is beyond the last row of a sheet`);
    this.r = r;
    this.lastRow = r;
    // A row given twice replaces the first, as in ExcelJS.
    this.row = [];
    while (this.rows.length < r) this.rows.push([]);
    this.rows[r] = this.row;
    if (hidden) this.hidden.add(r); else this.hidden.delete(r);
    if (style) this.rowStyle.set(r, style); else this.rowStyle.delete(r);
    this.rowFonts.length = 0;
    this.rowPresent = 0;
    this.col = -1;
  }

  private openCell(buf: string, from: number, to: number): void {
    if (this.r < 0) throw new XmlSyntaxError('a cell outside a row');
    let col = -1;
    let style = 0;
    let t: string | undefined;
    let i = from;
    while (i < to) {
      const c = buf.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) { i++; continue; }
      const k0 = i;
      while (i < to && buf.charCodeAt(i) !== 61) i++;
      const k1 = i;
      while (i < to && buf.charCodeAt(i) !== 34 && buf.charCodeAt(i) !== 39) i++;
      const q = buf.charCodeAt(i);
      const v0 = i + 1;
      i = buf.indexOf(q === 34 ? '"' : "'", v0);
      if (i < 0 || i > to) throw new XmlSyntaxError('an unterminated attribute');
      const v1 = i++;
      if (k1 - k0 !== 1) continue;
      const k = buf.charCodeAt(k0);
      if (k === 114 /* r */) {
        let n = 0;
        for (let j = v0; j < v1; j++) {
          const ch = buf.charCodeAt(j) & ~32; // upper case
          if (ch < 65 || ch > 90) break;
          n = n * 26 + (ch - 64);
        }
        col = n - 1;
      } else if (k === 115 /* s */) {
        style = 0;
        for (let j = v0; j < v1; j++) style = style * 10 + (buf.charCodeAt(j) - 48);
        if (!(style >= 0)) style = 0;
      } else if (k === 116 /* t */) t = buf.slice(v0, v1);
    }
    if (col < 0) col = this.col + 1; // no r: the next column
    if (col >= MAX_COL) throw new XmlSyntaxError(`column ${col + 1} is beyond the last column of a sheet`);
    this.col = col;
    this.style = style;
    this.type = typeOf(t);
    this.value = undefined;
    this.formula = false;
    this.formulaText = '';
    this.sharedIndex = undefined;
    this.inline = null;
    this.mode = 0;
    const cells = this.ctx.cells;
    if (++cells.count > cells.max) throw new XlsxReadError('too-many-cells', { limit: cells.max });
  }

  private endCell(): void {
    const col = this.col;
    if (this.formulaText !== '' || this.sharedIndex !== undefined) this.keepFormula(col);
    const raw = this.valueOf();
    const present = raw !== undefined || this.style !== 0;
    if (raw !== undefined) {
      const row = this.row;
      if (col === row.length) row.push(raw);
      else if (col > row.length) {
        while (row.length < col) row.push(null);
        row.push(raw);
      } else row[col] = raw;
    }
    if (present) {
      const cls = this.style < this.ctx.formatFont.length ? this.ctx.formatFont[this.style] : 0;
      const fonts = this.rowFonts;
      while (fonts.length <= col) fonts.push(ABSENT);
      fonts[col] = cls;
      this.rowPresent++;
    }
    this.mode = 0;
    this.inRun = false;
  }

  /** Keeps the cell's formula as Excel shows it: its own text, or its shared formula moved to it. */
  private keepFormula(col: number): void {
    const row = this.r;
    const key = row * MAX_COL + col;
    if (this.sharedIndex !== undefined) {
      const first = this.shared.get(this.sharedIndex);
      if (this.formulaText !== '') this.shared.set(this.sharedIndex, { text: this.formulaText, row, col });
      const text = first === undefined ? this.formulaText : slideFormula(first.text, row - first.row, col - first.col);
      if (text !== '') this.formulas.set(key, decodeEscapes(text));
      return;
    }
    this.formulas.set(key, decodeEscapes(this.formulaText));
  }

  /** The cell's value as the engine gets it; undefined when the cell holds none. */
  private valueOf(): RawValue {
    const v = this.value;
    if (this.formula || this.formulaText !== '') {
      if (!v) return null;
      switch (this.type) {
        case T.Str: return ownCopy(v);
        case T.Bool: return Number.parseInt(v, 10) !== 0;
        case T.Error: return { error: v };
        default: return this.number(Number.parseFloat(v));
      }
    }
    if (this.type === T.Inline && this.inline) return ownCopy((v ?? '') + this.inline.join(''));
    if (v === undefined) return undefined;
    switch (this.type) {
      case T.Shared: {
        const s = this.ctx.strings[Number.parseInt(v, 10)];
        if (s === undefined) throw new XmlSyntaxError(`shared string ${v} does not exist`);
        return s;
      }
      case T.Str: case T.Inline: return ownCopy(v);
      case T.Bool: return Number.parseInt(v, 10) !== 0;
      case T.Error: return { error: v };
      case T.Date: {
        // ISO 8601 date (rare: Excel writes serials); read as the wall-clock day and time.
        const ms = Date.parse(v.length === 10 ? `${v}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
        return Number.isNaN(ms) ? v : ms / 86_400_000 + 25_569;
      }
      default: return this.number(Number.parseFloat(v));
    }
  }

  private number(n: number): number {
    const s = this.style;
    const f = s !== 0 && s < this.ctx.formats.length ? this.ctx.formats[s] : undefined;
    const v = f?.date ? dateSerial(n, this.ctx.date1904) : n;
    // Whole numbers as small integers: a row's slot then holds the number, not a pointer to a box.
    return (v | 0) === v && !Object.is(v, -0) ? v | 0 : v;
  }

  private endRow(): void {
    const r = this.r;
    if (r < 0) return;
    // An exact copy: a row grown by push holds up to twice the slots it uses.
    if (this.row.length > 8) this.rows[r] = this.row.slice();
    this.internFonts(r, this.rowPresent > 0 ? this.rowFonts : null);
    this.r = -1;
    this.col = -1;
  }

  private internFonts(r: number, fonts: readonly number[] | Uint16Array | null): void {
    if (fonts === null || fonts.length === 0) {
      this.fontPattern.set(r, 0);
      return;
    }
    const key = String.fromCharCode.apply(null, fonts as number[]);
    let id = key === this.lastKey ? this.lastId : this.patternIds.get(key);
    if (id === undefined && this.patterns.length < MIXED) {
      id = this.patterns.length;
      this.patterns.push(Uint16Array.from(fonts));
      this.patternIds.set(key, id);
    }
    if (id === undefined) {
      this.overflow.set(r, Uint16Array.from(fonts));
      this.fontPattern.set(r, MIXED);
      return;
    }
    this.lastKey = key;
    this.lastId = id;
    this.fontPattern.set(r, id);
    this.overflow.delete(r);
  }

  /** After the document. */
  finish(): void {
    if (this.r >= 0) this.endRow();
  }

  private fontsOf(r: number): Uint16Array {
    const p = this.fontPattern.get(r);
    return p === MIXED ? this.overflow.get(r)! : this.patterns[p];
  }

  /** Font class of a cell (ABSENT when the file has no such cell). */
  fontClass(r: number, c: number): number {
    const a = this.fontsOf(r);
    return c < a.length ? a[c] : ABSENT;
  }

  /** Sets a cell's font class (a cell ExcelJS creates for a merged area). */
  setFontClass(r: number, c: number, cls: number): void {
    const old = this.fontsOf(r);
    const a = new Uint16Array(Math.max(old.length, c + 1)).fill(ABSENT);
    a.set(old);
    a[c] = cls;
    this.internFonts(r, a);
  }
}

export { ABSENT as FONT_ABSENT };
