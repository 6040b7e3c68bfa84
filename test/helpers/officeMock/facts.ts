/// <reference types="office-js" />
// What a range tells besides values: merged areas and visible cells (RangeAreas read back) and data
// validation (written by the plan writer, read by the reader). Part of the recording fake (see ../officeMock.ts).
import { type Box, type FakeSheetState, boxAddress, parseAddress } from './types';
import type { ExcelRecorder } from './recorder';

/** Excel quotes a sheet name in an address unless it is plain letters, digits, _ and . */
const sheetRef = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** Areas of the box whose cells are all visible: runs of visible rows × runs of visible columns, row by row. */
export function visibleBoxes(sheet: FakeSheetState, box: Box): Box[] {
  const runs = (from: number, to: number, hidden: Set<number>): [number, number][] => {
    const out: [number, number][] = [];
    for (let i = from; i <= to; i++) {
      if (hidden.has(i)) continue;
      const last = out[out.length - 1];
      if (last && last[1] === i - 1) last[1] = i;
      else out.push([i, i]);
    }
    return out;
  };
  // Hidden rows are few: walk the box's rows only through the hidden set's gaps.
  const rows: [number, number][] = [];
  let start = box.r0;
  for (const r of [...sheet.hiddenRows].filter((h) => h >= box.r0 && h <= box.r1).sort((a, b) => a - b)) {
    if (r > start) rows.push([start, r - 1]);
    start = r + 1;
  }
  if (start <= box.r1) rows.push([start, box.r1]);
  const cols = runs(box.c0, box.c1, sheet.hiddenCols);
  return rows.flatMap(([r0, r1]) => cols.map(([c0, c1]) => ({ r0, c0, r1, c1 })));
}

/** Merged areas whose top-left cell is in the box (what Range.getMergedAreasOrNullObject returns). */
export function mergedBoxes(sheet: FakeSheetState, box: Box): Box[] {
  return sheet.merges.map(parseAddress).filter((m) => m.r0 >= box.r0 && m.r0 <= box.r1 && m.c0 >= box.c0 && m.c0 <= box.c1);
}

/** A RangeAreas read back: address and isNullObject, readable only after load() and context.sync(). */
export class FakeAreasRead {
  private loaded: { address: string; isNullObject: boolean } | null = null;

  constructor(private readonly rec: ExcelRecorder, private readonly sheet: FakeSheetState, private readonly label: string, private readonly boxes: () => Box[]) {}

  load(props: string): this {
    for (const p of props.split(',').map((x) => x.trim())) if (p !== 'address' && p !== 'isNullObject') throw new Error(`Unexpected ${this.label}.load(${p})`);
    this.rec.call(`${this.label}.load`, this.sheet.name, undefined, props);
    this.rec.onFlush(() => {
      const boxes = this.boxes();
      this.loaded = { isNullObject: boxes.length === 0, address: boxes.map((b) => `${sheetRef(this.sheet.name)}!${boxAddress(b)}`).join(',') };
      this.rec.countResponse(this.loaded);
    });
    return this;
  }

  private got(): { address: string; isNullObject: boolean } {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${this.label} read before load() and context.sync()`);
    return this.loaded;
  }

  get isNullObject(): boolean { return this.got().isNullObject; }

  get address(): string {
    const l = this.got();
    if (l.isNullObject) throw new Error(`PropertyNotLoaded: address of a null ${this.label}`);
    return l.address;
  }
}

/**
 * Range.dataValidation: the writer assigns `rule` (recorded on the sheet at sync); the reader loads
 * type and rule, as Excel answers them: 'None' with no rule, 'List' and its rule when every cell has
 * the same list, 'Inconsistent' when the cells differ.
 */
export class FakeDataValidation {
  private pending: Excel.DataValidationRule | undefined;
  private loaded: { type: string; rule: Excel.DataValidationRule } | null = null;

  constructor(private readonly rec: ExcelRecorder, private readonly sheet: FakeSheetState, private readonly box: Box) {}

  set rule(rule: Excel.DataValidationRule) {
    this.pending = rule;
  }

  get rule(): Excel.DataValidationRule {
    if (!this.loaded) throw new Error('PropertyNotLoaded: dataValidation.rule read before load() and context.sync()');
    return this.loaded.rule;
  }

  get type(): string {
    if (!this.loaded) throw new Error('PropertyNotLoaded: dataValidation.type read before load() and context.sync()');
    return this.loaded.type;
  }

  /** The rule assigned since the last sync, once. */
  takeAssigned(): Excel.DataValidationRule | undefined {
    const r = this.pending;
    this.pending = undefined;
    return r;
  }

  load(props: string): this {
    for (const p of props.split(',').map((x) => x.trim())) if (p !== 'type' && p !== 'rule') throw new Error(`Unexpected dataValidation.load(${p})`);
    this.rec.call('dataValidation.load', this.sheet.name, boxAddress(this.box), props);
    this.rec.onFlush(() => {
      const found = new Set<Excel.DataValidationRule | null>();
      for (let r = this.box.r0; r <= this.box.r1; r++) {
        for (let c = this.box.c0; c <= this.box.c1; c++) {
          // The last validation written over a cell is the one it has.
          const at = [...this.sheet.validations].reverse().find((v) => { const b = parseAddress(v.address); return r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1; });
          found.add(at?.rule ?? null);
          if (found.size > 1) break;
        }
      }
      const [only] = [...found];
      if (found.size > 1) this.loaded = { type: 'Inconsistent', rule: {} };
      else if (only === null || only === undefined) this.loaded = { type: 'None', rule: {} };
      else this.loaded = { type: only.list ? 'List' : 'Custom', rule: only };
      this.rec.countResponse(this.loaded);
    });
    return this;
  }
}
