/// <reference types="office-js" />
// The recorder: the request context, sync counting, payload sizes and the fake workbook's state. Part of the recording fake (see ../officeMock.ts).
import { OfficeMockObject } from 'office-addin-mock';
import { type FakeSheetState, type InitName, type InitSheet, type OfficeCall, type RecordedConditionalFormat, type RecordedTable, parseAddress } from './types';
import { FakeCollection, FakeWorksheets } from './collections';
import { FakeRange } from './range';
import { FakeCustomProperties, FakeSettings } from './settings';

type Flush = () => void;

export class ExcelRecorder {
  readonly sheets: FakeSheetState[] = [];
  readonly tables: RecordedTable[] = [];
  readonly definedNames: string[];
  /** What each defined name refers to, when a test gives it (InitName); "=#REF!" otherwise. */
  readonly nameFormulas = new Map<string, string>();
  readonly calls: OfficeCall[] = [];
  /** JSON bytes of values/formulas/numberFormat written in each batch, one entry per sync. */
  readonly payloads: number[] = [];
  syncs = 0;
  readonly context: Excel.RequestContext;
  private pendingBytes = 0;
  private flushes: Flush[] = [];
  private loaded: FakeCollection<{ name: string }>[] = [];

  /** Custom document properties (Workbook.properties.custom), text by key. */
  readonly customProperties = new Map<string, string>();
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

  constructor(init: { sheets?: InitSheet[]; tables?: { sheet: string; name: string; address: string }[]; names?: (string | InitName)[] } = {}) {
    for (const s of init.sheets ?? []) {
      const state = this.addSheetState(s.name);
      if (s.visibility) state.visibility = s.visibility;
      state.merges.push(...(s.merges ?? []));
      for (const r of s.hiddenRows ?? []) state.hiddenRows.add(r);
      for (const c of s.hiddenCols ?? []) state.hiddenCols.add(c);
      for (const l of s.lists ?? []) state.validations.push({ address: l.address, rule: { list: { inCellDropDown: true, source: l.source } } });
      for (const [addr, v] of Object.entries(s.cells ?? {})) state.cells.set(addr, { value: v });
      for (const [addr, font] of Object.entries(s.fonts ?? {})) state.cells.set(addr, { ...state.cells.get(addr), font });
    }
    for (const t of init.tables ?? []) this.tables.push({ ...t, hasHeaders: true });
    this.definedNames = (init.names ?? []).map((n) => (typeof n === 'string' ? n : n.name));
    for (const n of init.names ?? []) if (typeof n !== 'string') this.nameFormulas.set(n.name, n.formula);
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
    root.workbook.properties = { custom: new FakeCustomProperties(this) };
    root.workbook.names = new FakeCollection(this, 'names', () => this.definedNames.map((name) => ({ name, formula: this.nameFormulas.get(name) ?? '=#REF!' })));
    this.context = root as unknown as Excel.RequestContext;
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name === name && !s.deleted);
  }

  addSheetState(name: string): FakeSheetState {
    const state: FakeSheetState = {
      name, deleted: false, cells: new Map(), merges: [], columnWidths: new Map(), rowHeights: new Map(), freeze: null, validations: [], charts: [], formats: [],
      conditionalFormats: [], pageLayout: {}, rowBreaks: [], visibility: 'Visible', protected: false, hiddenRows: new Set(), hiddenCols: new Set(),
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


export function createExcelMock(init?: ConstructorParameters<typeof ExcelRecorder>[0]): ExcelRecorder {
  return new ExcelRecorder(init);
}
