// The parsed rows of one register, column by column. Building an object per row (and a boxed number
// per amount) cost a third of a validation run, and every later rule pass then chased those objects
// across the heap. The rules read these columns instead, and the `ParsedRow` objects that summaries
// and hosts use are built only when first asked for (`rows()`). Columns no rule reads are not
// copied at all: they keep what parseCell gave and read their clean cells again from the sheet.
import type { ParsedRow, ParsedValue, RawValue } from '../../model';
import type { RegisterDef } from '../../schema/registers';
import { valuesMaker, type ValuesMaker } from './rowValues';

/**
 * How a column keeps its values. Each row's value lives in a typed array as small as its kind allows:
 * a page of fresh memory costs about 10 µs on first touch on the virtual machines the bench runs on,
 * so a register of 300k rows kept in arrays of 8-byte slots paid more for its memory than for reading
 * its cells. A value the kind cannot hold moves the column to plain values, keeping what it held.
 */
export enum Keep {
  /** Amounts, rates, counts: a Float64Array, NaN for blank. */
  Numbers,
  /** Dates and periods, whole day numbers: an Int32Array, NO_DAY for blank. */
  Days,
  /** Code-list values (currencies, statuses) and row metas: one byte per row naming one of up to 255 texts. */
  Codes,
  /** Anything (ids, texts): a plain array. */
  Values,
}

const KEEP_OF: Readonly<Record<string, Keep>> = {
  amount: Keep.Numbers, rate: Keep.Numbers, integer: Keep.Numbers, date: Keep.Days, period: Keep.Days, code: Keep.Codes, currency: Keep.Codes,
};

/** How a register column of this type is kept. */
export function keepOf(type: string): Keep {
  return KEEP_OF[type] ?? Keep.Values;
}

/** A blank day: no day number is this low (they stay within a few hundred thousand of 0). */
const NO_DAY = -0x80000000;
/** Texts a coded column names before it moves to plain values. */
const MAX_CODES = 255;

/** A number an Int32Array keeps exactly: whole, not -0, in range, and not the blank mark. */
function isDay(x: number): boolean {
  return (x | 0) === x && x !== NO_DAY && (x !== 0 || 1 / x > 0);
}

/** The error rules of every clean row: one shared list, since there are hundreds of thousands of them. */
const NO_RULES: readonly string[] = Object.freeze([]);

/**
 * Where a column that no rule reads finds its clean values again, when row objects are built: such
 * a column keeps only the values parseCell gave (by sheet row), and reads every other cell again
 * from the sheet, the way it was read the first time. Copying every title, donor and note into the
 * store cost a tenth of a validation run that never looks at them.
 */
export interface CellSource {
  readonly rows: readonly (readonly RawValue[] | undefined)[];
  readonly col: number;
  /** The clean reading of the cell at sheet row `r` (never asked of a cell parseCell read). */
  read(raw: RawValue, r: number): ParsedValue;
}

/** Each stored row's sheet row (RowStore.row). */
export interface SheetRowOf {
  row(i: number): number;
}

/**
 * One register column (or one row meta), kept as its Keep says. A column allocates on its first
 * value that is not blank: a column the sheet lacks, or one left blank throughout, costs nothing.
 */
export class StoreColumn {
  private f: Float64Array | null = null;
  private d: Int32Array | null = null;
  /** Codes: 0 for blank, k for texts[k - 1]. */
  private c: Uint8Array | null = null;
  private texts: string[] = [];
  private codeOf: Map<string, number> | null = null;
  private lastText: string | null = null;
  private lastCode = 0;
  private a: ParsedValue[] | null = null;
  private source: CellSource | null = null;
  /** For a column read again from its source: values parseCell gave or a rule set, by sheet row. */
  private given: Map<number, ParsedValue> | null = null;
  /**
   * For an id column, once some id had one: per row, the id's key hash when the scanner had it at
   * hand (idTable.ts), else -1; the duplicate-id and cross-register rules then need not read the
   * id's characters again. Ids typed as numbers never have one.
   */
  private hashes: Int32Array | null = null;

  /**
   * @param keep how the values are kept
   * @param sheetRows each stored row's sheet row, which a column read from its source needs
   * @param keyed an id column, which keeps key hashes
   */
  constructor(private readonly keep: Keep, private readonly capacity: number, private readonly sheetRows: SheetRowOf | null = null, private readonly keyed = false) {}

  /** The id key hash of row i, or -1 when the caller must work it out. */
  keyHash(i: number): number {
    return this.hashes === null ? -1 : this.hashes[i];
  }

  /** The key hashes of an id column, or null while it has none; `make`: made now (every row -1). */
  keyHashes(make: boolean): Int32Array | null {
    if (this.hashes === null && make && this.keyed) this.hashes = new Int32Array(this.capacity).fill(-1);
    return this.hashes;
  }

  /** From now on the column is read from `source`; values set or parsed are kept by sheet row. */
  readFrom(source: CellSource): void {
    this.source = source;
    this.f = null;
    this.d = null;
    this.c = null;
    this.a = null;
  }

  /** True when the scanner must write each value: the column is neither read again nor absent. */
  get copied(): boolean {
    return this.source === null;
  }

  at(i: number): ParsedValue {
    if (this.f !== null) {
      const x = this.f[i];
      return x === x ? x : null;
    }
    if (this.d !== null) {
      const x = this.d[i];
      return x === NO_DAY ? null : x;
    }
    if (this.c !== null) {
      const k = this.c[i];
      return k === 0 ? null : this.texts[k - 1];
    }
    if (this.a !== null) return this.a[i];
    return this.source === null ? null : this.reread(this.sheetRows!.row(i));
  }

  /** True when row i holds nothing (at(i) is null), told without boxing a number. */
  isBlank(i: number): boolean {
    if (this.f !== null) return this.f[i] !== this.f[i];
    if (this.d !== null) return this.d[i] === NO_DAY;
    if (this.c !== null) return this.c[i] === 0;
    return this.at(i) === null;
  }

  /** The value when it is a number, else NaN: what most rules ask. */
  num(i: number): number {
    if (this.f !== null) return this.f[i];
    if (this.d !== null) {
      const x = this.d[i];
      return x === NO_DAY ? NaN : x;
    }
    if (this.c !== null) return NaN;
    const x = this.at(i);
    // `* 1` makes every way out a plain number: one value of another kind, and optimised code kept
    // each amount of a Float64Array boxed, an object on the heap per row (3 MB a run on the bench sample).
    return typeof x === 'number' ? x * 1 : NaN;
  }

  /**
   * A coded column's code per row (0: blank, k: the k-th text), for loops that skip most rows by
   * their code at a byte's cost (str() compares texts); a view, valid while the column stays coded.
   * Null for a column kept otherwise.
   */
  codes(): Uint8Array | null {
    return this.c;
  }

  /** Per code of codes() (index 0: blank, never marked): 1 when `test` holds for its text. */
  codeMask(test: (text: string) => boolean): Uint8Array {
    const mask = new Uint8Array(this.texts.length + 1);
    for (let k = 0; k < this.texts.length; k++) mask[k + 1] = test(this.texts[k]) ? 1 : 0;
    return mask;
  }

  /** The value when it is a text, else null. */
  str(i: number): string | null {
    if (this.f !== null || this.d !== null) return null;
    const x = this.at(i);
    return typeof x === 'string' ? x : null;
  }

  /**
   * True when the scanner may hand this column its numbers a block at a time (putNumbers): a column
   * of numbers or days, copied, that has held nothing else.
   */
  takesNumbers(): boolean {
    return this.source === null && this.a === null && (this.keep === Keep.Numbers || this.keep === Keep.Days);
  }

  /**
   * Rows [start, start + count) take block[0..count) (NaN for blank). Only while takesNumbers(); a
   * number a column of days cannot keep (a fraction) moves it to numbers.
   */
  putNumbers(block: Float64Array, start: number, count: number): void {
    if (this.f === null && this.d === null) {
      let any = false;
      for (let k = 0; k < count && !any; k++) any = block[k] === block[k];
      if (!any) return;
      this.allocate();
    }
    const d = this.d;
    if (d !== null) {
      for (let k = 0; k < count; k++) {
        const x = block[k];
        if (x !== x) d[start + k] = NO_DAY;
        else if (isDay(x)) d[start + k] = x;
        else {
          this.daysToNumbers();
          this.putNumbers(block.subarray(k), start + k, count - k);
          return;
        }
      }
      return;
    }
    const f = this.f!;
    for (let k = 0; k < count; k++) f[start + k] = block[k];
  }

  set(i: number, v: ParsedValue): void {
    if (this.hashes !== null) this.hashes[i] = -1;
    if (this.f !== null) {
      if (typeof v === 'number' && v === v) { this.f[i] = v; return; }
      if (v === null) { this.f[i] = NaN; return; }
      this.toValues();
    } else if (this.d !== null) {
      if (v === null) { this.d[i] = NO_DAY; return; }
      if (typeof v === 'number' && isDay(v)) { this.d[i] = v; return; }
      if (typeof v === 'number' && v === v) this.daysToNumbers();
      else this.toValues();
      this.set(i, v);
      return;
    } else if (this.c !== null) {
      const k = this.code(v);
      if (k >= 0) { this.c[i] = k; return; }
      this.toValues();
    } else if (this.a === null) {
      if (this.source !== null) { this.give(this.sheetRows!.row(i), v); return; }
      // Blank is what an empty column holds already.
      if (v === null) return;
      this.allocate();
      this.set(i, v);
      return;
    }
    this.a![i] = v;
  }

  /** The code of a value in a coded column (0 for blank), or -1 when it cannot have one. */
  private code(v: ParsedValue): number {
    if (v === null) return 0;
    if (v === this.lastText) return this.lastCode;
    if (typeof v !== 'string') return -1;
    const codes = (this.codeOf ??= new Map());
    let k = codes.get(v);
    if (k === undefined) {
      if (this.texts.length === MAX_CODES) return -1;
      this.texts.push(v);
      codes.set(v, k = this.texts.length);
    }
    this.lastText = v;
    this.lastCode = k;
    return k;
  }

  /** A value parseCell gave for the cell at sheet row r, written at row position p. */
  setParsed(p: number, r: number, v: ParsedValue): void {
    if (this.source !== null) this.give(r, v);
    else this.set(p, v);
  }

  private give(r: number, v: ParsedValue): void {
    (this.given ??= new Map()).set(r, v);
  }

  /** Row `from`'s value becomes row `to`'s. */
  move(from: number, to: number): void {
    if (this.f !== null) this.f[to] = this.f[from];
    else if (this.d !== null) this.d[to] = this.d[from];
    else if (this.c !== null) this.c[to] = this.c[from];
    else if (this.a !== null) this.a[to] = this.a[from];
    if (this.hashes !== null) this.hashes[to] = this.hashes[from];
  }

  private reread(r: number): ParsedValue {
    const given = this.given;
    if (given !== null) {
      const v = given.get(r);
      if (v !== undefined || given.has(r)) return v as ParsedValue;
    }
    const s = this.source!;
    const row = s.rows[r];
    return s.read(row === undefined ? null : row[s.col], r);
  }

  private allocate(): void {
    switch (this.keep) {
      case Keep.Numbers: this.f = new Float64Array(this.capacity).fill(NaN); break;
      case Keep.Days: this.d = new Int32Array(this.capacity).fill(NO_DAY); break;
      case Keep.Codes: this.c = new Uint8Array(this.capacity); break;
      default: this.a = new Array<ParsedValue>(this.capacity).fill(null);
    }
  }

  private daysToNumbers(): void {
    const d = this.d!;
    const f = new Float64Array(d.length);
    for (let i = 0; i < d.length; i++) f[i] = d[i] === NO_DAY ? NaN : d[i];
    this.f = f;
    this.d = null;
  }

  private toValues(): void {
    const a = new Array<ParsedValue>(this.capacity);
    for (let i = 0; i < this.capacity; i++) a[i] = this.at(i);
    this.f = null;
    this.d = null;
    this.c = null;
    this.a = a;
  }
}

const indexes = new WeakMap<RegisterDef, ReadonlyMap<string, number>>();

/** Each key's column number, once per register definition. */
function columnIndex(def: RegisterDef): ReadonlyMap<string, number> {
  let index = indexes.get(def);
  if (!index) indexes.set(def, index = new Map(def.columns.map((c, k) => [c.key, k])));
  return index;
}

export class RowStore implements SheetRowOf {
  /** Rows stored so far. */
  n = 0;
  /** The sheet row of row 0; while each row follows the one before, that says every row's. */
  private first = 0;
  /**
   * Per row: its 0-based sheet row, made once a row does not follow the one before (a blank row, a
   * section heading or a subtotal between). A register of 300k rows in one block needs none.
   */
  private sheetRows: Int32Array | null = null;
  /** Per row: 1 when an error-severity issue sits on it. */
  readonly hasError: Uint8Array;
  readonly columns: readonly StoreColumn[];
  private readonly index: ReadonlyMap<string, number>;
  private readonly errorRules = new Map<number, string[]>();
  /** The column key of each error in errorRules ('' for the whole row), parallel to it. */
  private readonly errorColumns = new Map<number, string[]>();
  /** Per meta key (a date's or period's precision, provinceText, approx): each row's value, null for none. */
  private readonly metas = new Map<string, StoreColumn>();
  private readonly makeValues: ValuesMaker;
  private built: ParsedRow[] | null = null;
  private setKey: string | null = null;
  private setColumn: StoreColumn | undefined;

  constructor(def: RegisterDef, private readonly capacity: number) {
    this.hasError = new Uint8Array(capacity);
    this.columns = def.columns.map((c) => new StoreColumn(keepOf(c.type), capacity, this, c.type === 'id'));
    this.index = columnIndex(def);
    this.makeValues = valuesMaker(def);
  }

  /** The 0-based sheet row of row i. */
  row(i: number): number {
    return this.sheetRows === null ? this.first + i : this.sheetRows[i];
  }

  /** The column of a register key; undefined for a key the register does not have. */
  col(key: string): StoreColumn | undefined {
    const k = this.index.get(key);
    return k === undefined ? undefined : this.columns[k];
  }

  /** The values of one meta key by row index once committed (str), or null when no row has one; read only. */
  metaValues(key: string): StoreColumn | null {
    return this.metas.get(key) ?? null;
  }

  /** The values of one meta key, by row position until committed, then by row index; set in place. */
  metaColumn(key: string): StoreColumn {
    let m = this.metas.get(key);
    if (!m) this.metas.set(key, m = new StoreColumn(Keep.Codes, this.capacity));
    return m;
  }

  /**
   * Keeps the row whose values were written at index `at` (at ≥ the rows kept so far: rows are
   * written at their position below the header, and the ones left out close up); returns its index.
   */
  commit(at: number, r: number, errorRules: string[] | null, errorColumns: string[] | null = null): number {
    const i = this.n++;
    if (at !== i) {
      for (const c of this.columns) c.move(at, i);
      for (const m of this.metas.values()) m.move(at, i);
    }
    if (this.sheetRows !== null) this.sheetRows[i] = r;
    else if (i === 0) this.first = r;
    else if (r !== this.first + i) {
      const rows = new Int32Array(this.capacity);
      for (let k = 0; k < i; k++) rows[k] = this.first + k;
      rows[i] = r;
      this.sheetRows = rows;
    }
    if (errorRules !== null) {
      this.hasError[i] = 1;
      this.errorRules.set(i, errorRules);
      this.errorColumns.set(i, errorColumns ?? errorRules.map(() => ''));
    }
    return i;
  }

  /** Adds a row from its values in the register's column order; returns its index. */
  push(r: number, values: readonly ParsedValue[], errorRules: string[] | null, meta: Record<string, string> | undefined, errorColumns: string[] | null = null): number {
    // Not yet committed, so row n has no sheet row: values go by position, or by sheet row for a column read again.
    for (let k = 0; k < this.columns.length; k++) this.columns[k].setParsed(this.n, r, values[k]);
    if (meta) for (const [key, value] of Object.entries(meta)) this.metaColumn(key).set(this.n, value);
    return this.commit(this.n, r, errorRules, errorColumns);
  }

  /** Changes a value after parsing (a disbursement takes its project's currency). */
  setValue(i: number, key: string, v: ParsedValue): void {
    // A rule sets one key on many rows (a disbursement's currency): the column is looked up once.
    if (key !== this.setKey) {
      this.setKey = key;
      this.setColumn = this.col(key);
    }
    const c = this.setColumn;
    if (c === undefined) return;
    c.set(i, v);
    if (this.built) this.built[i].v[key] = v;
  }

  /**
   * Marks the row as holding an error of this rule on `column` (a register key; '' for the whole
   * row): summaries leave the row out of the figures that column feeds.
   */
  flag(i: number, ruleId: string, column = ''): void {
    this.hasError[i] = 1;
    let list = this.errorRules.get(i);
    let cols = this.errorColumns.get(i);
    if (!list) this.errorRules.set(i, list = []);
    if (!cols) this.errorColumns.set(i, cols = []);
    let seen = false;
    for (let k = 0; k < list.length; k++) if (list[k] === ruleId && cols[k] === column) seen = true;
    if (!seen) { list.push(ruleId); cols.push(column); }
    const row = this.built?.[i];
    if (row) {
      row.hasError = true;
      row.errorRules = list.slice();
      row.errorColumns = cols.slice();
    }
  }

  rulesOf(i: number): readonly string[] {
    return this.errorRules.get(i) ?? NO_RULES;
  }

  /** The rows as objects, built once on first use. */
  rows(): ParsedRow[] {
    if (this.built) return this.built;
    const out = new Array<ParsedRow>(this.n);
    const gathered = new Array<ParsedValue>(this.columns.length).fill(null);
    const metas = [...this.metas];
    for (let i = 0; i < this.n; i++) {
      for (let k = 0; k < this.columns.length; k++) gathered[k] = this.columns[k].at(i);
      const rules = this.errorRules.get(i);
      const cols = this.errorColumns.get(i);
      const row: ParsedRow = { r: this.row(i), v: this.makeValues(gathered), hasError: this.hasError[i] === 1, errorRules: rules ? rules.slice() : NO_RULES };
      if (cols) row.errorColumns = cols.slice();
      for (const [key, values] of metas) {
        const value = values.str(i);
        if (value !== null) (row.meta ??= {})[key] = value;
      }
      out[i] = row;
    }
    this.built = out;
    return out;
  }
}
