/// <reference types="office-js" />
// Worksheets and tables. Part of the recording fake (see ../officeMock.ts).
import { OfficeMockObject } from 'office-addin-mock';
import { type Box, type FakeSheetState, type RecordedChart, type RecordedPageLayout, type RecordedTable, overlap, parseAddress } from './types';
import { ExcelRecorder } from './recorder';
import { FakeRange } from './range';
import { FakeRangeAreas } from './formats';

export class FakeWorksheet {
  readonly tables: { add: (source: FakeRange | string, hasHeaders: boolean) => FakeTable };
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => unknown };
  readonly freezePanes: unknown;
  readonly pageLayout: unknown;
  /** Manual page breaks (ExcelApi 1.9): each added above the top-left cell of its range. */
  readonly horizontalPageBreaks: { add: (range: FakeRange | string) => unknown };

  constructor(private readonly rec: ExcelRecorder, readonly state: FakeSheetState) {
    this.tables = { add: (source, hasHeaders) => this.addTable(source, hasHeaders) };
    this.charts = { add: (type, source, seriesBy) => this.addChart(type, source, seriesBy) };
    const freeze = (rows: number, cols: number): void => {
      this.rec.call('freezePanes', state.name, undefined, { rows, cols });
      state.freeze = { rows, cols };
    };
    // PageLayout (ExcelApi 1.9): properties read at sync; print titles and area through their methods.
    const layout = new OfficeMockObject({
      setPrintTitleRows: (rows: string) => { state.pageLayout.printTitleRows = rows; },
      setPrintArea: (area: string) => { state.pageLayout.printArea = area; },
    });
    this.pageLayout = layout;
    this.horizontalPageBreaks = {
      add: (range) => {
        const b = typeof range === 'string' ? parseAddress(range) : range.box;
        this.rec.call('horizontalPageBreaks.add', state.name, typeof range === 'string' ? range : range.address);
        if (state.rowBreaks.includes(b.r0)) throw new Error(`InvalidArgument: a page break above row ${b.r0 + 1} exists`);
        state.rowBreaks.push(b.r0);
        return new OfficeMockObject({});
      },
    };
    this.rec.onFlush(() => this.flushLayout(layout as unknown as RecordedPageLayout));
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

  private flushLayout(l: RecordedPageLayout): void {
    const keys = ['paperSize', 'orientation', 'zoom', 'centerHorizontally', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin'] as const;
    for (const k of keys) if (l[k] !== undefined) (this.state.pageLayout as Record<string, unknown>)[k] = l[k];
    this.rec.onFlush(() => this.flushLayout(l));
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

  /** Only id and name, which the fake always knows: recorded, nothing to fetch. */
  load(props: string): this {
    if (!/^(id|name)(,\s*(id|name))*$/.test(props)) throw new Error(`Unexpected worksheet.load(${props})`);
    this.rec.call('worksheet.load', this.state.name, undefined, props);
    return this;
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
