/// <reference types="office-js" />
// Collections whose items are readable only after load() and context.sync(), as in Excel. Part of the recording fake (see ../officeMock.ts).
import { ExcelRecorder } from './recorder';
import { FakeWorksheet } from './worksheet';

export class FakeCollection<T extends { name: string }> {
  private state: 'idle' | 'queued' | 'loaded' = 'idle';
  private snapshot: T[] = [];

  constructor(protected readonly rec: ExcelRecorder, private readonly label: string, private readonly read: () => T[]) {}

  load(props: string): this {
    // Only item properties are loaded here; each must be one the fake's items carry.
    for (const p of props.split(',').map((x) => x.trim())) {
      if (!/^items\/(name|visibility|id|worksheet\/name|protection\/protected|formula)$/.test(p)) throw new Error(`Unexpected load(${props}) on ${this.label}`);
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

export class FakeWorksheets extends FakeCollection<{ name: string }> {
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

  /** By name (any case) or id, as Excel's; a null object's delete does nothing. */
  getItemOrNullObject(key: string): FakeWorksheet | { isNullObject: true; delete: () => void } {
    const folded = key.normalize('NFC').toUpperCase();
    const state = this.rec.sheets.find((s) => !s.deleted && (s.name.normalize('NFC').toUpperCase() === folded || `id:${s.name}` === key));
    this.rec.call('worksheets.getItemOrNullObject', state?.name, undefined, key);
    if (!state) return { isNullObject: true, delete: () => this.rec.call('nullObject.delete', undefined, undefined, key) };
    return new FakeWorksheet(this.rec, state);
  }

  getItem(name: string): FakeWorksheet {
    const state = this.rec.sheet(name);
    if (!state) throw new Error(`ItemNotFound: sheet ${name}`);
    this.rec.call('worksheets.getItem', name);
    return new FakeWorksheet(this.rec, state);
  }
}
