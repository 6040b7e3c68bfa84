/// <reference types="office-js" />
// Ranges: writes interpreted as Excel does, fonts, values read back. Part of the recording fake (see ../officeMock.ts).
import { OfficeMockObject } from 'office-addin-mock';
import { type Box, type CellLook, type CellState, type FakeSheetState, type RecordedFormat, boxAddress, cellKey } from './types';
import { ExcelRecorder } from './recorder';
import { FakeConditionalFormats } from './formats';
import { FakeAreasRead, FakeDataValidation, mergedBoxes, visibleBoxes } from './facts';

type Grid = readonly (readonly unknown[])[];

/** Excel's reading of a string written through Range.values into a cell that is not Text-formatted. */
function typed(v: string): CellState {
  if (/^[=+\-@]/.test(v)) return { formula: v };
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/.test(v)) return { value: { error: v } };
  if (/^(TRUE|FALSE)$/i.test(v)) return { value: v.toUpperCase() === 'TRUE' };
  if (/^\s*[-+]?(\d+([.,]\d+)*)(e[-+]?\d+)?%?\s*$/i.test(v)) return { value: Number(v.replace(/,/g, '').replace('%', '')) };
  if (/^\s*\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?\s*$/.test(v)) return { value: { error: `(date ${v})` } };
  return { value: v };
}

/** Range.format.font: the writer sets bold/italic/size; the reader loads name, null when the cells differ. */
class FakeFont {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  underline?: string;
  /** A name a writer set, applied to every cell of the range at sync. */
  assignedName?: string;
  private loadedName: string | null | undefined;

  constructor(private readonly rec: ExcelRecorder, private readonly range: FakeRange) {}

  load(props: string): this {
    if (props !== 'name') throw new Error(`Unexpected font.load(${props})`);
    this.rec.onFlush(() => {
      const names = new Set<string>();
      const b = this.range.box;
      for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) names.add(this.range.sheet.cells.get(cellKey(r, c))?.font ?? 'Calibri');
      this.loadedName = names.size === 1 ? [...names][0] : null;
      this.rec.countResponse(this.loadedName);
    });
    return this;
  }

  get name(): string {
    if (this.loadedName === undefined) throw new Error('PropertyNotLoaded: font.name');
    return this.loadedName as string;
  }

  set name(v: string) {
    this.assignedName = v;
  }
}

/** Excel's values read-back: numbers stay numbers (dates as serials), errors as their text, blanks as "". */
function readValue(c: CellState | undefined): unknown {
  const v = c?.value;
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

type Loadable = 'values' | 'formulas' | 'numberFormat' | 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'isNullObject';
const LOADABLE = new Set<string>(['values', 'formulas', 'numberFormat', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'isNullObject']);

export class FakeRange {
  readonly address: string;
  readonly format: OfficeMockObject;
  readonly dataValidation: FakeDataValidation;
  private readonly loaded = new Map<Loadable, unknown>();
  private isNull = false;

  static nullObject(rec: ExcelRecorder, sheet: FakeSheetState): FakeRange {
    const r = new FakeRange(rec, sheet, { r0: 0, c0: 0, r1: 0, c1: 0 });
    r.isNull = true;
    return r;
  }

  constructor(private readonly rec: ExcelRecorder, readonly sheet: FakeSheetState, readonly box: Box) {
    if (sheet.deleted) throw new Error('ItemNotFound: the sheet was deleted');
    this.address = boxAddress(box);
    this.format = new OfficeMockObject({
      font: {},
      fill: {},
      borders: { getItem: (side: string) => this.border(side) },
    });
    (this.format as unknown as { font: FakeFont }).font = new FakeFont(rec, this);
    this.dataValidation = new FakeDataValidation(rec, sheet, box);
    rec.onFlush(() => this.flushProperties());
  }

  load(props: string): this {
    const list = props.split(',').map((p) => p.trim());
    for (const p of list) if (!LOADABLE.has(p)) throw new Error(`Unexpected range.load(${p})`);
    this.rec.call('range.load', this.sheet.name, this.address, props);
    this.rec.onFlush(() => {
      for (const p of list as Loadable[]) {
        const v = this.current(p);
        this.loaded.set(p, v);
        this.rec.countResponse(v);
      }
    });
    return this;
  }

  private current(p: Loadable): unknown {
    if (p === 'isNullObject') return this.isNull;
    if (this.isNull) throw new Error(`PropertyNotLoaded: ${p} of a null object`);
    switch (p) {
      case 'values': return this.grid(readValue);
      // Excel gives a formula's text, or the constant of a cell without one.
      case 'formulas': return this.grid((c) => c?.formula ?? readValue(c));
      case 'numberFormat': return this.grid((c) => c?.numberFormat ?? 'General');
      case 'address': return `${this.sheet.name.includes(' ') ? `'${this.sheet.name}'` : this.sheet.name}!${this.address}`;
      case 'rowIndex': return this.box.r0;
      case 'columnIndex': return this.box.c0;
      case 'rowCount': return this.rows;
      case 'columnCount': return this.cols;
    }
  }

  /** One property of every cell of the range, row by row. */
  private grid<T>(of: (cell: CellState | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.box.r0; r <= this.box.r1; r++) {
      const row: T[] = [];
      for (let c = this.box.c0; c <= this.box.c1; c++) row.push(of(this.sheet.cells.get(cellKey(r, c))));
      out.push(row);
    }
    return out;
  }

  private got<T>(p: Loadable): T {
    if (!this.loaded.has(p)) throw new Error(`PropertyNotLoaded: range.${p} read before load() and context.sync()`);
    return this.loaded.get(p) as T;
  }

  get isNullObject(): boolean { return this.got('isNullObject'); }
  get rowIndex(): number { return this.got('rowIndex'); }
  get columnIndex(): number { return this.got('columnIndex'); }
  get rowCount(): number { return this.got('rowCount'); }
  get columnCount(): number { return this.got('columnCount'); }
  get loadedAddress(): string { return this.got('address'); }

  /** Merged areas whose top-left cell is in this range (ExcelApi 1.13), read at sync. */
  getMergedAreasOrNullObject(): FakeAreasRead {
    if (this.isNull) throw new Error('InvalidObjectPath: a method of a null range');
    return new FakeAreasRead(this.rec, this.sheet, 'mergedAreas', () => mergedBoxes(this.sheet, this.box));
  }

  /** Only 'Visible' is modelled: the range's cells in neither a hidden row nor a hidden column. */
  getSpecialCellsOrNullObject(type: string): FakeAreasRead {
    if (type !== 'Visible') throw new Error(`Unexpected getSpecialCellsOrNullObject(${type})`);
    if (this.isNull) throw new Error('InvalidObjectPath: a method of a null range');
    if (this.rows === 1 && this.cols === 1) throw new Error('One-cell special cells search the whole sheet in Excel; not modelled');
    return new FakeAreasRead(this.rec, this.sheet, 'visibleCells', () => visibleBoxes(this.sheet, this.box));
  }

  select(): void {
    this.rec.call('select', this.sheet.name, this.address);
    this.rec.selected = `${this.sheet.name}!${this.address}`;
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.rec, this.sheet, [this.box]);
  }

  private readonly borderMocks = new Map<string, OfficeMockObject>();

  private border(side: string): OfficeMockObject {
    let m = this.borderMocks.get(side);
    if (!m) this.borderMocks.set(side, (m = new OfficeMockObject({})));
    return m;
  }

  private get rows(): number {
    return this.box.r1 - this.box.r0 + 1;
  }

  private get cols(): number {
    return this.box.c1 - this.box.c0 + 1;
  }

  private each(grid: Grid, prop: string, f: (cell: CellState, v: unknown, key: string) => void): void {
    if (!Array.isArray(grid) || grid.length !== this.rows || grid.some((row) => !Array.isArray(row) || row.length !== this.cols)) {
      throw new Error(`InvalidArgument: ${prop} of ${this.address} must be ${this.rows}×${this.cols}`);
    }
    this.rec.countPayload(grid);
    this.rec.call(prop, this.sheet.name, this.address, grid);
    grid.forEach((row: readonly unknown[], i: number) => row.forEach((v: unknown, j: number) => {
      if (v === null) return; // null leaves the cell as it is
      const key = cellKey(this.box.r0 + i, this.box.c0 + j);
      const cell = this.sheet.cells.get(key) ?? {};
      f(cell, v, key);
      this.sheet.cells.set(key, cell);
    }));
  }

  set values(grid: Grid) {
    this.each(grid, 'values', (cell, v) => {
      delete cell.formula;
      delete cell.value;
      if (v === '') return;
      if (typeof v === 'string' && cell.numberFormat !== '@') Object.assign(cell, typed(v));
      else cell.value = v as CellState['value'];
    });
  }

  get formulas(): unknown[][] {
    return this.got('formulas');
  }

  set formulas(grid: Grid) {
    this.each(grid, 'formulas', (cell, v) => {
      delete cell.formula;
      delete cell.value;
      if (typeof v === 'string' && v.startsWith('=') && cell.numberFormat !== '@') cell.formula = v;
      else if (v !== '') cell.value = v as CellState['value'];
    });
  }

  get numberFormat(): string[][] {
    return this.got('numberFormat');
  }

  set numberFormat(grid: Grid) {
    this.each(grid, 'numberFormat', (cell, v) => {
      cell.numberFormat = v === '' ? undefined : String(v);
    });
  }

  get values(): unknown[][] {
    return this.got('values');
  }

  merge(across?: boolean): void {
    this.rec.call('merge', this.sheet.name, this.address, { across });
    this.sheet.merges.push(this.address);
    // Excel keeps the top-left cell's content only.
    for (let r = this.box.r0; r <= this.box.r1; r++) {
      for (let c = this.box.c0; c <= this.box.c1; c++) if (r !== this.box.r0 || c !== this.box.c0) this.sheet.cells.delete(cellKey(r, c));
    }
  }

  /** Range.format written into each cell's look, as Excel keeps formats per cell; borders per edge. */
  private applyLook(f: { font: FakeFont; fill: { color?: string }; wrapText?: boolean; verticalAlignment?: string; horizontalAlignment?: string }): void {
    const set: CellLook = {};
    if (f.font.bold !== undefined) set.bold = f.font.bold;
    if (f.font.italic !== undefined) set.italic = f.font.italic;
    if (f.font.size !== undefined) set.size = f.font.size;
    if (f.font.underline !== undefined) set.underline = f.font.underline;
    if (f.fill.color !== undefined) set.fill = f.fill.color;
    if (f.wrapText !== undefined) set.wrapText = f.wrapText;
    if (f.verticalAlignment !== undefined) set.verticalAlignment = f.verticalAlignment;
    if (f.horizontalAlignment !== undefined) set.horizontalAlignment = f.horizontalAlignment;
    const edge = (side: string): string | undefined => {
      const m = this.borderMocks.get(side) as unknown as { style?: string; weight?: string } | undefined;
      if (!m || m.style === undefined) return undefined;
      if (m.style !== 'Continuous' || m.weight !== 'Thin') throw new Error(`unexpected border ${side} ${m.style}/${m.weight}`);
      return 'thin';
    };
    const edges = { top: edge('EdgeTop'), bottom: edge('EdgeBottom'), left: edge('EdgeLeft'), right: edge('EdgeRight'), insideH: edge('InsideHorizontal'), insideV: edge('InsideVertical') };
    const name = f.font.assignedName;
    if (Object.keys(set).length === 0 && name === undefined && Object.values(edges).every((e) => e === undefined)) return;
    const b = this.box;
    for (let r = b.r0; r <= b.r1; r++) {
      for (let c = b.c0; c <= b.c1; c++) {
        const key = cellKey(r, c);
        const cell = this.sheet.cells.get(key) ?? {};
        if (name !== undefined) cell.font = name;
        const look: CellLook = { ...cell.look, ...set };
        const borders = { ...look.borders };
        const top = r === b.r0 ? edges.top : edges.insideH;
        const bottom = r === b.r1 ? edges.bottom : edges.insideH;
        const left = c === b.c0 ? edges.left : edges.insideV;
        const right = c === b.c1 ? edges.right : edges.insideV;
        if (top) borders.top = top;
        if (bottom) borders.bottom = bottom;
        if (left) borders.left = left;
        if (right) borders.right = right;
        if (Object.keys(borders).length > 0) look.borders = borders;
        cell.look = look;
        this.sheet.cells.set(key, cell);
      }
    }
  }

  private flushProperties(): void {
    const f = this.format as unknown as {
      font: FakeFont;
      fill: { color?: string };
      wrapText?: boolean;
      verticalAlignment?: string;
      horizontalAlignment?: string;
      columnWidth?: number;
      rowHeight?: number;
    };
    if (this.isNull) return;
    const top = this.borderMocks.get('EdgeTop') as unknown as { style?: string; weight?: string } | undefined;
    const rec: RecordedFormat = { address: this.address };
    if (f.font.bold !== undefined) rec.bold = f.font.bold;
    if (f.font.italic !== undefined) rec.italic = f.font.italic;
    if (f.font.size !== undefined) rec.size = f.font.size;
    if (f.fill.color !== undefined) rec.fill = f.fill.color;
    if (f.wrapText !== undefined) rec.wrapText = f.wrapText;
    if (f.verticalAlignment !== undefined) rec.verticalAlignment = f.verticalAlignment;
    if (top && (top.style !== undefined || top.weight !== undefined)) rec.topBorder = { style: top.style, weight: top.weight };
    if (f.rowHeight !== undefined) {
      for (let r = this.box.r0; r <= this.box.r1; r++) this.sheet.rowHeights.set(r, f.rowHeight);
    }
    if (f.columnWidth !== undefined) {
      for (let c = this.box.c0; c <= this.box.c1; c++) this.sheet.columnWidths.set(c, f.columnWidth);
      rec.columnWidth = f.columnWidth;
    }
    this.applyLook(f);
    if (Object.keys(rec).length > 1) {
      this.sheet.formats.push(rec);
      this.rec.call('format', this.sheet.name, this.address, rec);
    }
    const rule = this.dataValidation.takeAssigned();
    if (rule !== undefined) {
      this.sheet.validations.push({ address: this.address, rule });
      this.rec.call('dataValidation', this.sheet.name, this.address, rule);
    }
  }
}
