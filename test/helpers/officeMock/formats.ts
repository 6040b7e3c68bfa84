/// <reference types="office-js" />
// Conditional formats and range areas. Part of the recording fake (see ../officeMock.ts).
import { type Box, type FakeSheetState, type RecordedConditionalFormat, boxAddress, overlap, parseAddress } from './types';
import { ExcelRecorder } from './recorder';

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

export class FakeRangeAreas {
  readonly address: string;

  constructor(private readonly rec: ExcelRecorder, readonly sheet: FakeSheetState, readonly boxes: Box[]) {
    this.address = boxes.map(boxAddress).join(',');
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.rec, this.sheet, this.boxes);
  }
}
