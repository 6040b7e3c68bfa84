/// <reference types="office-js" />
// A recording stand-in for the part of Excel.RequestContext that the Office.js plan writer uses. It
// records every command (range addresses; values, formulas and numberFormat writes; tables.add; data
// validation; charts; freeze panes), applies them to an in-memory grid the way Excel would, counts
// context.sync() calls and measures the JSON payload of each batch.
//
// Where office-addin-mock is used and where it is not:
// - OfficeMockObject is the request context itself (its `sync` counts round trips and flushes the batch)
//   and every leaf object that the writer only assigns properties on: range.format (font, fill, borders),
//   range.dataValidation, chart, chart.title, chart series, freezePanes. Those are property bags with
//   nested objects and methods, which is what OfficeMockObject models.
// - It cannot model the rest, so that is a small fake of our own:
//   · collections: OfficeMockObject.load() only walks object properties, so the documented
//     `worksheets.load('items/name')` throws "Navigational property items needs to be present" on an array
//     of items; FakeCollection enforces the same rule instead (items readable only after load + sync);
//   · getRange(address) must hand out a new range per call that knows its address, and writes to
//     values / formulas / numberFormat must be recorded in order and interpreted as Excel does (a string
//     starting with = + - @ becomes a formula unless the cell is Text-formatted): OfficeMockObject keeps
//     only the last value assigned to a property and no order between objects;
//   · tables.add, charts.add and merges change the sheet (overlaps, names, merged cells), which needs logic.
import { OfficeMockObject } from 'office-addin-mock';

export interface CellState {
  value?: string | number | boolean | { error: string };
  formula?: string;
  numberFormat?: string;
}

export interface Box { r0: number; c0: number; r1: number; c1: number }

export interface RecordedFormat {
  address: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
  topBorder?: { style?: string; weight?: string };
  columnWidth?: number;
}

export interface RecordedTable { sheet: string; name: string; address: string; style?: string; hasHeaders: boolean }

export interface RecordedChart {
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  position?: [string, string | undefined];
  series: { name?: string; values?: string; xValues?: string }[];
}

export interface FakeSheetState {
  name: string;
  deleted: boolean;
  cells: Map<string, CellState>;
  merges: string[];
  columnWidths: Map<number, number>;
  freeze: { rows: number; cols: number } | null;
  validations: { address: string; rule: Excel.DataValidationRule }[];
  charts: RecordedChart[];
  formats: RecordedFormat[];
}

export interface OfficeCall { op: string; sheet?: string; address?: string; detail?: unknown }

// ---------------------------------------------------------------------------------------------
// Addresses

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellKey = (row: number, col: number): string => `${colName(col)}${row + 1}`;

/** "B3", "A1:C3" or whole columns "A:C", 0-based and inclusive. */
export function parseAddress(address: string): Box {
  const part = (p: string): { r?: number; c: number } => {
    const m = /^\$?([A-Za-z]+)\$?(\d*)$/.exec(p);
    if (!m) throw new Error(`InvalidArgument: address ${address}`);
    return { c: colIndex(m[1]), r: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const [a, b = a] = address.split(':').map(part);
  return { r0: a.r ?? 0, c0: a.c, r1: b.r ?? 1048575, c1: b.c };
}

const overlap = (a: Box, b: Box): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const boxAddress = (b: Box): string => (b.r0 === b.r1 && b.c0 === b.c1 ? cellKey(b.r0, b.c0) : `${cellKey(b.r0, b.c0)}:${cellKey(b.r1, b.c1)}`);

// ---------------------------------------------------------------------------------------------
// The recorder

type Flush = () => void;

export class ExcelRecorder {
  readonly sheets: FakeSheetState[] = [];
  readonly tables: RecordedTable[] = [];
  readonly definedNames: string[];
  readonly calls: OfficeCall[] = [];
  /** JSON bytes of values/formulas/numberFormat written in each batch, one entry per sync. */
  readonly payloads: number[] = [];
  syncs = 0;
  readonly context: Excel.RequestContext;
  private pendingBytes = 0;
  private flushes: Flush[] = [];
  private loaded: FakeCollection<{ name: string }>[] = [];

  constructor(init: { sheets?: { name: string; cells?: Record<string, string | number> }[]; tables?: { sheet: string; name: string; address: string }[]; names?: string[] } = {}) {
    for (const s of init.sheets ?? []) {
      const state = this.addSheetState(s.name);
      for (const [addr, v] of Object.entries(s.cells ?? {})) state.cells.set(addr, { value: v });
    }
    for (const t of init.tables ?? []) this.tables.push({ ...t, hasHeaders: true });
    this.definedNames = [...(init.names ?? [])];
    const root = new OfficeMockObject({
      workbook: {},
      sync: async (): Promise<void> => this.flush(),
    }) as unknown as { workbook: Record<string, unknown> };
    root.workbook.worksheets = new FakeWorksheets(this);
    root.workbook.tables = new FakeCollection(this, 'tables', () => this.tables.filter((t) => !this.sheet(t.sheet)?.deleted).map((t) => ({ name: t.name })));
    root.workbook.names = new FakeCollection(this, 'names', () => this.definedNames.map((name) => ({ name })));
    this.context = root as unknown as Excel.RequestContext;
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name === name && !s.deleted);
  }

  addSheetState(name: string): FakeSheetState {
    const state: FakeSheetState = {
      name, deleted: false, cells: new Map(), merges: [], columnWidths: new Map(), freeze: null, validations: [], charts: [], formats: [],
    };
    this.sheets.push(state);
    return state;
  }

  call(op: string, sheet?: string, address?: string, detail?: unknown): void {
    this.calls.push({ op, sheet, address, detail });
  }

  countPayload(data: unknown): void {
    this.pendingBytes += Buffer.byteLength(JSON.stringify(data), 'utf8');
  }

  onFlush(f: Flush): void {
    this.flushes.push(f);
  }

  watchLoad(c: FakeCollection<{ name: string }>): void {
    this.loaded.push(c);
  }

  /** What context.sync() does here: run the queued property reads of leaf mocks, mark loads done. */
  private flush(): void {
    this.syncs++;
    this.payloads.push(this.pendingBytes);
    this.pendingBytes = 0;
    for (const f of this.flushes) f();
    this.flushes = [];
    for (const c of this.loaded) c.synced();
    this.loaded = [];
    this.call('sync');
  }
}

// ---------------------------------------------------------------------------------------------
// Collections (own fake: see the header)

export class FakeCollection<T extends { name: string }> {
  private state: 'idle' | 'queued' | 'loaded' = 'idle';
  private snapshot: T[] = [];

  constructor(protected readonly rec: ExcelRecorder, private readonly label: string, private readonly read: () => T[]) {}

  load(props: string): this {
    if (props !== 'items/name') throw new Error(`Unexpected load(${props}) on ${this.label}`);
    this.rec.call('load', undefined, undefined, `${this.label}:${props}`);
    this.state = 'queued';
    this.rec.watchLoad(this as unknown as FakeCollection<{ name: string }>);
    return this;
  }

  synced(): void {
    this.state = 'loaded';
    this.snapshot = this.read();
  }

  get items(): T[] {
    if (this.state !== 'loaded') throw new Error(`PropertyNotLoaded: ${this.label}.items read before load() and context.sync()`);
    return this.snapshot;
  }
}

class FakeWorksheets extends FakeCollection<{ name: string }> {
  constructor(rec: ExcelRecorder) {
    super(rec, 'worksheets', () => rec.sheets.filter((s) => !s.deleted).map((s) => ({ name: s.name })));
  }

  add(name: string): FakeWorksheet {
    const key = name.normalize('NFC').toUpperCase();
    if (this.rec.sheets.some((s) => !s.deleted && s.name.normalize('NFC').toUpperCase() === key)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
    this.rec.call('worksheets.add', name);
    return new FakeWorksheet(this.rec, this.rec.addSheetState(name));
  }

  getItem(name: string): FakeWorksheet {
    const state = this.rec.sheet(name);
    if (!state) throw new Error(`ItemNotFound: sheet ${name}`);
    this.rec.call('worksheets.getItem', name);
    return new FakeWorksheet(this.rec, state);
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheet, range, table, chart

class FakeWorksheet {
  readonly tables: { add: (source: FakeRange | string, hasHeaders: boolean) => FakeTable };
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => unknown };
  readonly freezePanes: unknown;

  constructor(private readonly rec: ExcelRecorder, readonly state: FakeSheetState) {
    this.tables = { add: (source, hasHeaders) => this.addTable(source, hasHeaders) };
    this.charts = { add: (type, source, seriesBy) => this.addChart(type, source, seriesBy) };
    const freeze = (rows: number, cols: number): void => {
      this.rec.call('freezePanes', state.name, undefined, { rows, cols });
      state.freeze = { rows, cols };
    };
    this.freezePanes = new OfficeMockObject({
      freezeRows: (n: number) => freeze(n, 0),
      freezeColumns: (n: number) => freeze(0, n),
      freezeAt: (r: FakeRange | string) => {
        const b = typeof r === 'string' ? parseAddress(r) : r.box;
        if (b.r0 !== 0 || b.c0 !== 0) throw new Error('freezeAt expects a range from A1');
        freeze(b.r1 + 1, b.c1 + 1);
      },
    });
  }

  get name(): string {
    return this.state.name;
  }

  getRange(address: string): FakeRange {
    if (address.includes('!')) throw new Error(`getRange on a sheet takes an address without sheet: ${address}`);
    this.rec.call('getRange', this.state.name, address);
    return new FakeRange(this.rec, this.state, parseAddress(address));
  }

  delete(): void {
    this.rec.call('worksheet.delete', this.state.name);
    this.state.deleted = true;
  }

  private addTable(source: FakeRange | string, hasHeaders: boolean): FakeTable {
    if (typeof source === 'string') throw new Error('tables.add with a bare address resolves on the active sheet; pass a Range');
    if (source.sheet !== this.state) throw new Error('tables.add: range of another sheet');
    if (!hasHeaders) throw new Error('tables.add without headers shifts data down; not expected');
    if (this.rec.tables.some((t) => t.sheet === this.state.name && overlap(parseAddress(t.address), source.box))) throw new Error('InvalidArgument: tables overlap');
    const rec: RecordedTable = { sheet: this.state.name, name: `Table${this.rec.tables.length + 1}`, address: source.address, hasHeaders };
    this.rec.tables.push(rec);
    this.rec.call('tables.add', this.state.name, source.address, { hasHeaders });
    return new FakeTable(this.rec, this.state, rec, source.box);
  }

  private addChart(type: string, source: FakeRange, seriesBy?: string): unknown {
    if (!(source instanceof FakeRange) || source.sheet !== this.state) throw new Error('charts.add takes a Range of this sheet');
    const rec: RecordedChart = { type, source: source.address, seriesBy, series: [] };
    // Excel makes one series per source column (seriesBy Columns) or row.
    const b = source.box;
    const count = seriesBy === 'Rows' ? b.r1 - b.r0 + 1 : b.c1 - b.c0 + 1;
    const seriesMocks: OfficeMockObject[] = [];
    const recordSeries = (i: number): OfficeMockObject => {
      rec.series[i] = rec.series[i] ?? {};
      const m = new OfficeMockObject({
        setValues: (r: FakeRange) => { rec.series[i].values = r.address; },
        setXAxisValues: (r: FakeRange) => { rec.series[i].xValues = r.address; },
      });
      seriesMocks[i] = m;
      this.rec.onFlush(() => {
        const name = (m as unknown as { name?: string }).name;
        if (name !== undefined) rec.series[i].name = name;
      });
      return m;
    };
    for (let i = 0; i < count; i++) recordSeries(i);
    const chart = new OfficeMockObject({
      title: {},
      series: {
        getItemAt: (i: number) => {
          if (!seriesMocks[i]) throw new Error(`ItemNotFound: series ${i}`);
          return seriesMocks[i];
        },
        add: (name?: string) => {
          const m = recordSeries(rec.series.length);
          (m as unknown as { name?: string }).name = name;
          return m;
        },
      },
      setPosition: (start: string, end?: string) => { rec.position = [start, end]; },
    });
    this.state.charts.push(rec);
    this.rec.call('charts.add', this.state.name, source.address, { type, seriesBy });
    this.rec.onFlush(() => {
      const text = (chart as unknown as { title: { text?: string } }).title.text;
      if (text !== undefined) rec.title = text;
    });
    return chart;
  }
}

class FakeTable {
  constructor(private readonly rec: ExcelRecorder, private readonly sheet: FakeSheetState, private readonly t: RecordedTable, private readonly box: Box) {}

  set name(name: string) {
    const key = name.toUpperCase();
    if (this.rec.tables.some((o) => o !== this.t && o.name.toUpperCase() === key) || this.rec.definedNames.some((n) => n.toUpperCase() === key)) {
      throw new Error(`InvalidArgument: table name ${name} is taken`);
    }
    this.rec.call('table.name', this.sheet.name, this.t.address, name);
    this.t.name = name;
  }

  get name(): string {
    return this.t.name;
  }

  set style(style: string) {
    this.t.style = style;
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.rec, this.sheet, { ...this.box, r1: this.box.r0 });
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.rec, this.sheet, { ...this.box, r0: this.box.r0 + 1 });
  }
}

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

export class FakeRange {
  readonly address: string;
  readonly format: OfficeMockObject;
  readonly dataValidation: OfficeMockObject;

  constructor(private readonly rec: ExcelRecorder, readonly sheet: FakeSheetState, readonly box: Box) {
    if (sheet.deleted) throw new Error('ItemNotFound: the sheet was deleted');
    this.address = boxAddress(box);
    this.format = new OfficeMockObject({
      font: {},
      fill: {},
      borders: { getItem: (side: string) => this.border(side) },
    });
    this.dataValidation = new OfficeMockObject({});
    rec.onFlush(() => this.flushProperties());
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

  set formulas(grid: Grid) {
    this.each(grid, 'formulas', (cell, v) => {
      delete cell.formula;
      delete cell.value;
      if (typeof v === 'string' && v.startsWith('=') && cell.numberFormat !== '@') cell.formula = v;
      else if (v !== '') cell.value = v as CellState['value'];
    });
  }

  set numberFormat(grid: Grid) {
    this.each(grid, 'numberFormat', (cell, v) => {
      cell.numberFormat = v === '' ? undefined : String(v);
    });
  }

  get values(): never {
    throw new Error('PropertyNotLoaded: the writer never reads cells');
  }

  merge(across?: boolean): void {
    this.rec.call('merge', this.sheet.name, this.address, { across });
    this.sheet.merges.push(this.address);
    // Excel keeps the top-left cell's content only.
    for (let r = this.box.r0; r <= this.box.r1; r++) {
      for (let c = this.box.c0; c <= this.box.c1; c++) if (r !== this.box.r0 || c !== this.box.c0) this.sheet.cells.delete(cellKey(r, c));
    }
  }

  private flushProperties(): void {
    const f = this.format as unknown as {
      font: { bold?: boolean; italic?: boolean; size?: number };
      fill: { color?: string };
      wrapText?: boolean;
      verticalAlignment?: string;
      columnWidth?: number;
    };
    const top = this.borderMocks.get('EdgeTop') as unknown as { style?: string; weight?: string } | undefined;
    const rec: RecordedFormat = { address: this.address };
    if (f.font.bold !== undefined) rec.bold = f.font.bold;
    if (f.font.italic !== undefined) rec.italic = f.font.italic;
    if (f.font.size !== undefined) rec.size = f.font.size;
    if (f.fill.color !== undefined) rec.fill = f.fill.color;
    if (f.wrapText !== undefined) rec.wrapText = f.wrapText;
    if (f.verticalAlignment !== undefined) rec.verticalAlignment = f.verticalAlignment;
    if (top && (top.style !== undefined || top.weight !== undefined)) rec.topBorder = { style: top.style, weight: top.weight };
    if (f.columnWidth !== undefined) {
      for (let c = this.box.c0; c <= this.box.c1; c++) this.sheet.columnWidths.set(c, f.columnWidth);
      rec.columnWidth = f.columnWidth;
    }
    if (Object.keys(rec).length > 1) {
      this.sheet.formats.push(rec);
      this.rec.call('format', this.sheet.name, this.address, rec);
    }
    const rule = (this.dataValidation as unknown as { rule?: Excel.DataValidationRule }).rule;
    if (rule !== undefined) {
      this.sheet.validations.push({ address: this.address, rule });
      this.rec.call('dataValidation', this.sheet.name, this.address, rule);
    }
  }
}

export function createExcelMock(init?: ConstructorParameters<typeof ExcelRecorder>[0]): ExcelRecorder {
  return new ExcelRecorder(init);
}
