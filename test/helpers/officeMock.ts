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
  /** Font name, when a test gives one (TCVN3/VNI text is recognised by it). */
  font?: string;
}

/** A conditional format as Excel holds it: the areas it applies to, its rule and its look. */
export interface RecordedConditionalFormat {
  id: string;
  type: string;
  areas: string[];
  custom: { rule: { formula?: string }; format: { fill: { color?: string }; font: { color?: string; bold?: boolean } } };
  deleted: boolean;
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
  conditionalFormats: RecordedConditionalFormat[];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** A protected sheet refuses formats, conditional formats included. */
  protected: boolean;
}

/** What a test workbook starts with: cells by address (values as Excel holds them) and optional fonts. */
export interface InitSheet {
  name: string;
  cells?: Record<string, string | number | boolean | { error: string }>;
  fonts?: Record<string, string>;
  visibility?: FakeSheetState['visibility'];
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

  /** Workbook settings (Excel.SettingCollection), as JSON-able values. */
  readonly settings = new Map<string, unknown>();
  /** "Sheet!A1" of the last Range.select(), and the sheet last activated. */
  selected: string | null = null;
  active: string | null = null;
  /** JSON bytes of what each sync sent back (loaded values, addresses…), one entry per sync. */
  readonly responses: number[] = [];
  /** Handlers registered on worksheets.onChanged; tests fire them with emitChanged. */
  readonly changedHandlers: ((e: Excel.WorksheetChangedEventArgs) => Promise<unknown>)[] = [];
  private pendingResponse = 0;
  private nextId = 1;

  constructor(init: { sheets?: InitSheet[]; tables?: { sheet: string; name: string; address: string }[]; names?: string[] } = {}) {
    for (const s of init.sheets ?? []) {
      const state = this.addSheetState(s.name);
      if (s.visibility) state.visibility = s.visibility;
      for (const [addr, v] of Object.entries(s.cells ?? {})) state.cells.set(addr, { value: v });
      for (const [addr, font] of Object.entries(s.fonts ?? {})) state.cells.set(addr, { ...state.cells.get(addr), font });
    }
    for (const t of init.tables ?? []) this.tables.push({ ...t, hasHeaders: true });
    this.definedNames = [...(init.names ?? [])];
    const root = new OfficeMockObject({
      workbook: {},
      sync: async (): Promise<void> => this.flush(),
    }) as unknown as { workbook: Record<string, unknown> };
    root.workbook.worksheets = new FakeWorksheets(this);
    root.workbook.tables = new FakeCollection(this, 'tables', () => this.tables.filter((t) => !this.sheet(t.sheet)?.deleted).map((t) => ({
      name: t.name,
      worksheet: { name: t.sheet },
      getRange: () => new FakeRange(this, this.sheet(t.sheet)!, parseAddress(t.address)),
    })));
    root.workbook.settings = new FakeSettings(this);
    root.workbook.names = new FakeCollection(this, 'names', () => this.definedNames.map((name) => ({ name })));
    this.context = root as unknown as Excel.RequestContext;
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name === name && !s.deleted);
  }

  addSheetState(name: string): FakeSheetState {
    const state: FakeSheetState = {
      name, deleted: false, cells: new Map(), merges: [], columnWidths: new Map(), freeze: null, validations: [], charts: [], formats: [],
      conditionalFormats: [], visibility: 'Visible', protected: false,
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

  countResponse(data: unknown): void {
    this.pendingResponse += Buffer.byteLength(JSON.stringify(data) ?? '', 'utf8');
  }

  newId(): string {
    return `{CF-${this.nextId++}}`;
  }

  /** Syncs whose batch loaded cell values: the chunked reads. */
  valueReadSyncs(): number {
    let reads = 0;
    let loadedValues = false;
    for (const c of this.calls) {
      if (c.op === 'sync') {
        if (loadedValues) reads++;
        loadedValues = false;
      } else if (c.op === 'range.load' && String(c.detail).split(',').includes('values')) loadedValues = true;
    }
    return reads;
  }

  /** Every conditional format still on a sheet. */
  conditionalFormats(sheet: string): RecordedConditionalFormat[] {
    return this.sheet(sheet)?.conditionalFormats.filter((c) => !c.deleted) ?? [];
  }

  /** Sets cells as a user typing would (no event); use emitChanged to tell the add-in. */
  setCells(sheet: string, cells: Record<string, string | number | boolean | null>): void {
    const st = this.sheet(sheet)!;
    for (const [addr, v] of Object.entries(cells)) {
      const old = st.cells.get(addr) ?? {};
      if (v === null) st.cells.set(addr, { numberFormat: old.numberFormat, font: old.font });
      else st.cells.set(addr, { ...old, value: v, formula: undefined });
    }
  }

  /** Fires worksheets.onChanged as Excel does after an edit, and waits for the handlers. */
  async emitChanged(sheet: string, address: string): Promise<void> {
    const args = { worksheetId: `id:${sheet}`, address, changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged' } as unknown as Excel.WorksheetChangedEventArgs;
    for (const h of this.changedHandlers) await h(args);
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
    const flushes = this.flushes;
    this.flushes = [];
    for (const f of flushes) f();
    this.responses.push(this.pendingResponse);
    this.pendingResponse = 0;
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
    // Only item properties are loaded here; each must be one the fake's items carry.
    for (const p of props.split(',').map((x) => x.trim())) {
      if (!/^items\/(name|visibility|id|worksheet\/name|protection\/protected)$/.test(p)) throw new Error(`Unexpected load(${props}) on ${this.label}`);
    }
    this.rec.call('load', undefined, undefined, `${this.label}:${props}`);
    this.state = 'queued';
    this.rec.watchLoad(this as unknown as FakeCollection<{ name: string }>);
    return this;
  }

  synced(): void {
    this.state = 'loaded';
    this.snapshot = this.read();
    this.rec.countResponse(this.snapshot.map((x) => x.name));
  }

  get items(): T[] {
    if (this.state !== 'loaded') throw new Error(`PropertyNotLoaded: ${this.label}.items read before load() and context.sync()`);
    return this.snapshot;
  }
}

class FakeWorksheets extends FakeCollection<{ name: string }> {
  readonly onChanged: { add: (h: (e: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => { remove: () => void } };

  constructor(rec: ExcelRecorder) {
    super(rec, 'worksheets', () => rec.sheets.filter((s) => !s.deleted).map((s) => new FakeWorksheet(rec, s)));
    this.onChanged = {
      add: (h) => {
        rec.changedHandlers.push(h);
        return { remove: () => { rec.changedHandlers.splice(rec.changedHandlers.indexOf(h), 1); } };
      },
    };
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

  /** The fake's sheet ids are "id:" + the name the sheet was created with. */
  get id(): string {
    return `id:${this.state.name}`;
  }

  get visibility(): string {
    return this.state.visibility;
  }

  get protection(): { protected: boolean } {
    return { protected: this.state.protected };
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.rec, this.state, { r0: 0, c0: 0, r1: 1048575, c1: 16383 });
    if (address.includes('!')) throw new Error(`getRange on a sheet takes an address without sheet: ${address}`);
    this.rec.call('getRange', this.state.name, address);
    return new FakeRange(this.rec, this.state, parseAddress(address));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1) throw new Error('InvalidArgument: getRangeByIndexes needs at least one row and column');
    return new FakeRange(this.rec, this.state, { r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 });
  }

  /** Several areas, "A1:B2,D5" (ExcelApi 1.9); Excel refuses addresses past 8192 characters. */
  getRanges(address: string): FakeRangeAreas {
    if (address.length > 8192) throw new Error('InvalidArgument: address longer than 8192 characters');
    this.rec.call('getRanges', this.state.name, address);
    return new FakeRangeAreas(this.rec, this.state, address.split(/[,;]/).map((a) => parseAddress(a.trim())));
  }

  /** The smallest range holding every value (valuesOnly) or, here, every cell the fake knows. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const keys = [...this.state.cells.entries()].filter(([, c]) => !valuesOnly || c.value !== undefined || c.formula !== undefined).map(([k]) => parseAddress(k));
    if (keys.length === 0) return FakeRange.nullObject(this.rec, this.state);
    const box = keys.reduce((b, k) => ({ r0: Math.min(b.r0, k.r0), c0: Math.min(b.c0, k.c0), r1: Math.max(b.r1, k.r1), c1: Math.max(b.c1, k.c1) }));
    return new FakeRange(this.rec, this.state, box);
  }

  activate(): void {
    this.rec.active = this.state.name;
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

/** Range.format.font: the writer sets bold/italic/size; the reader loads name, null when the cells differ. */
class FakeFont {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
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
}

/** Excel's values read-back: numbers stay numbers (dates as serials), errors as their text, blanks as "". */
function readValue(c: CellState | undefined): unknown {
  const v = c?.value;
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

type Loadable = 'values' | 'numberFormat' | 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'isNullObject';
const LOADABLE = new Set<string>(['values', 'numberFormat', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'isNullObject']);

export class FakeRange {
  readonly address: string;
  readonly format: OfficeMockObject;
  readonly dataValidation: OfficeMockObject;
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
    this.dataValidation = new OfficeMockObject({});
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

  private flushProperties(): void {
    const f = this.format as unknown as {
      font: { bold?: boolean; italic?: boolean; size?: number };
      fill: { color?: string };
      wrapText?: boolean;
      verticalAlignment?: string;
      columnWidth?: number;
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

// ---------------------------------------------------------------------------------------------
// Conditional formats (own fake: a collection whose items are known only after load + sync)

const boxesOverlap = (a: readonly Box[], b: readonly Box[]): boolean => a.some((x) => b.some((y) => overlap(x, y)));

class FakeConditionalFormat {
  constructor(private readonly rec: ExcelRecorder, private readonly sheet: FakeSheetState, readonly state: RecordedConditionalFormat) {}

  get id(): string { return this.state.id; }
  get type(): string { return this.state.type; }
  get custom(): RecordedConditionalFormat['custom'] {
    if (this.state.type !== 'Custom') throw new Error('InvalidArgument: not a custom conditional format');
    return this.state.custom;
  }

  get customOrNullObject(): RecordedConditionalFormat['custom'] & { isNullObject: boolean } {
    return this.state.type === 'Custom' ? { ...this.state.custom, isNullObject: false } : { rule: {}, format: { fill: {}, font: {} }, isNullObject: true };
  }

  delete(): void {
    if (this.sheet.protected) throw new Error('AccessDenied: the sheet is protected');
    this.rec.call('conditionalFormat.delete', this.sheet.name, this.state.areas.join(','), this.state.id);
    this.state.deleted = true;
  }
}

export class FakeConditionalFormats {
  private state: 'idle' | 'loaded' = 'idle';
  private snapshot: FakeConditionalFormat[] = [];

  constructor(private readonly rec: ExcelRecorder, private readonly sheet: FakeSheetState, private readonly boxes: readonly Box[]) {}

  add(type: string): FakeConditionalFormat {
    if (this.sheet.protected) throw new Error('AccessDenied: the sheet is protected');
    const state: RecordedConditionalFormat = {
      id: this.rec.newId(), type, areas: this.boxes.map(boxAddress), custom: { rule: {}, format: { fill: {}, font: {} } }, deleted: false,
    };
    // Excel puts a new format first (top priority).
    this.sheet.conditionalFormats.unshift(state);
    this.rec.countPayload(state.areas);
    this.rec.call('conditionalFormats.add', this.sheet.name, state.areas.join(','), type);
    return new FakeConditionalFormat(this.rec, this.sheet, state);
  }

  /** Loads the formats overlapping these areas; their type and custom rule come with them. */
  load(props: string): this {
    for (const p of props.split(',').map((x) => x.trim())) {
      if (!/^items\/(id|type|customOrNullObject\/rule\/formula)$/.test(p)) throw new Error(`Unexpected conditionalFormats.load(${p})`);
    }
    this.rec.onFlush(() => {
      this.state = 'loaded';
      this.snapshot = this.sheet.conditionalFormats
        .filter((c) => !c.deleted && boxesOverlap(c.areas.map(parseAddress), this.boxes))
        .map((c) => new FakeConditionalFormat(this.rec, this.sheet, c));
      this.rec.countResponse(this.snapshot.map((c) => [c.id, c.type, c.state.custom.rule.formula]));
    });
    return this;
  }

  get items(): FakeConditionalFormat[] {
    if (this.state !== 'loaded') throw new Error('PropertyNotLoaded: conditionalFormats.items read before load() and context.sync()');
    return this.snapshot;
  }
}

class FakeRangeAreas {
  readonly address: string;

  constructor(private readonly rec: ExcelRecorder, readonly sheet: FakeSheetState, readonly boxes: Box[]) {
    this.address = boxes.map(boxAddress).join(',');
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.rec, this.sheet, this.boxes);
  }
}

// ---------------------------------------------------------------------------------------------
// Settings (Excel.SettingCollection, ExcelApi 1.4)

class FakeSettings {
  constructor(private readonly rec: ExcelRecorder) {}

  add(key: string, value: unknown): void {
    this.rec.call('settings.add', undefined, undefined, key);
    this.rec.countPayload(value);
    this.rec.settings.set(key, JSON.parse(JSON.stringify(value)));
  }

  getItemOrNullObject(key: string): { load: (p: string) => unknown; readonly value: unknown; readonly isNullObject: boolean; delete: () => void } {
    let loaded: { value: unknown; isNull: boolean } | null = null;
    const item = {
      load: (p: string) => {
        if (!/^(value|isNullObject)(,\s*(value|isNullObject))*$/.test(p)) throw new Error(`Unexpected setting.load(${p})`);
        this.rec.onFlush(() => {
          loaded = { value: this.rec.settings.get(key), isNull: !this.rec.settings.has(key) };
          this.rec.countResponse(loaded.value ?? null);
        });
        return item;
      },
      get value(): unknown {
        if (!loaded) throw new Error('PropertyNotLoaded: setting.value');
        if (loaded.isNull) throw new Error('InvalidObjectPath: setting is a null object');
        return loaded.value;
      },
      get isNullObject(): boolean {
        if (!loaded) throw new Error('PropertyNotLoaded: setting.isNullObject');
        return loaded.isNull;
      },
      delete: () => { this.rec.settings.delete(key); },
    };
    return item;
  }
}

export function createExcelMock(init?: ConstructorParameters<typeof ExcelRecorder>[0]): ExcelRecorder {
  return new ExcelRecorder(init);
}
