// The parsed rows of one register, column by column. Building an object per row (and a boxed number
// per amount) cost a third of a validation run, and every later rule pass then chased those objects
// across the heap. The rules read these columns instead, and the `ParsedRow` objects that summaries
// and hosts use are built only when first asked for (`rows()`). Columns no rule reads are not
// copied at all: they keep what parseCell gave and read their clean cells again from the sheet.
import type { ParsedRow, ParsedValue, RawValue } from '../../model';
import type { RegisterDef } from '../../schema/registers';
import { valuesMaker, type ValuesMaker } from './rowValues';

const NUMERIC_TYPES: ReadonlySet<string> = new Set(['amount', 'rate', 'integer', 'date', 'period']);

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

/**
 * One register column. Numeric columns are a Float64Array (NaN for blank); a value of another type
 * moves the column to a plain array, so any value the parser gives is kept as it is. A column
 * allocates on its first value: a column the sheet lacks stays all blank for free.
 */
export class StoreColumn {
  private f: Float64Array | null = null;
  private a: ParsedValue[] | null = null;
  private source: CellSource | null = null;
  /** For a column read again from its source: values parseCell gave or a rule set, by sheet row. */
  private given: Map<number, ParsedValue> | null = null;

  /**
   * For an id column: per row, the id's key hash when the scanner had it at hand (idTable.ts), else
   * -1; the duplicate-id and cross-register rules then need not read the id's characters again.
   */
  readonly keyHashes: Int32Array | null;

  /**
   * @param sheetRows each stored row's sheet row (RowStore.r), which a column read from its source needs
   * @param keyed an id column, which keeps key hashes
   */
  constructor(private readonly numeric: boolean, private readonly capacity: number, private readonly sheetRows: Int32Array | null = null, keyed = false) {
    this.keyHashes = keyed ? new Int32Array(capacity).fill(-1) : null;
  }

  /** The id key hash of row i, or -1 when the caller must work it out. */
  keyHash(i: number): number {
    return this.keyHashes === null ? -1 : this.keyHashes[i];
  }

  /** From now on the column is read from `source`; values set or parsed are kept by sheet row. */
  readFrom(source: CellSource): void {
    this.source = source;
    this.f = null;
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
    if (this.a !== null) return this.a[i];
    return this.source === null ? null : this.reread(this.sheetRows![i]);
  }

  /** The value when it is a number, else NaN: what most rules ask. */
  num(i: number): number {
    if (this.f !== null) return this.f[i];
    const x = this.at(i);
    return typeof x === 'number' ? x : NaN;
  }

  /** The value when it is a text, else null. */
  str(i: number): string | null {
    if (this.f !== null) return null;
    const x = this.a !== null ? this.a[i] : this.at(i);
    return typeof x === 'string' ? x : null;
  }

  /**
   * The numbers of a numeric column that the scanner writes clean numbers straight into (NaN for
   * blank); null for a column that holds other values, keeps key hashes or is read again later.
   */
  numbers(): Float64Array | null {
    if (this.f === null && this.a === null && this.source === null && this.numeric) this.allocate();
    return this.keyHashes === null ? this.f : null;
  }

  set(i: number, v: ParsedValue): void {
    if (this.keyHashes !== null) this.keyHashes[i] = -1;
    const f = this.f;
    if (f !== null) {
      if (typeof v === 'number' && v === v) { f[i] = v; return; }
      if (v === null) { f[i] = NaN; return; }
      this.toPlain();
    } else if (this.a === null) {
      if (this.source !== null) { this.give(this.sheetRows![i], v); return; }
      this.allocate();
      this.set(i, v);
      return;
    }
    this.a![i] = v;
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
    else if (this.a !== null) this.a[to] = this.a[from];
    if (this.keyHashes !== null) this.keyHashes[to] = this.keyHashes[from];
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
    if (this.numeric) this.f = new Float64Array(this.capacity).fill(NaN);
    else this.a = new Array<ParsedValue>(this.capacity).fill(null);
  }

  private toPlain(): void {
    const f = this.f!;
    const a = new Array<ParsedValue>(f.length);
    for (let i = 0; i < f.length; i++) a[i] = f[i] === f[i] ? f[i] : null;
    this.a = a;
    this.f = null;
  }
}

const indexes = new WeakMap<RegisterDef, ReadonlyMap<string, number>>();

/** Each key's column number, once per register definition. */
function columnIndex(def: RegisterDef): ReadonlyMap<string, number> {
  let index = indexes.get(def);
  if (!index) indexes.set(def, index = new Map(def.columns.map((c, k) => [c.key, k])));
  return index;
}

export class RowStore {
  /** Rows stored so far. */
  n = 0;
  /** Per row: its 0-based sheet row. */
  readonly r: Int32Array;
  /** Per row: 1 when an error-severity issue sits on it. */
  readonly hasError: Uint8Array;
  readonly columns: readonly StoreColumn[];
  private readonly index: ReadonlyMap<string, number>;
  private readonly errorRules = new Map<number, string[]>();
  /** The column key of each error in errorRules ('' for the whole row), parallel to it. */
  private readonly errorColumns = new Map<number, string[]>();
  /** Per meta key (a date's or period's precision, provinceText, approx): each row's value, null for none. */
  private readonly metas = new Map<string, (string | null)[]>();
  private readonly makeValues: ValuesMaker;
  private built: ParsedRow[] | null = null;
  private setKey: string | null = null;
  private setColumn: StoreColumn | undefined;

  constructor(def: RegisterDef, private readonly capacity: number) {
    this.r = new Int32Array(capacity);
    this.hasError = new Uint8Array(capacity);
    this.columns = def.columns.map((c) => new StoreColumn(NUMERIC_TYPES.has(c.type), capacity, this.r, c.type === 'id'));
    this.index = columnIndex(def);
    this.makeValues = valuesMaker(def);
  }

  /** The column of a register key; undefined for a key the register does not have. */
  col(key: string): StoreColumn | undefined {
    const k = this.index.get(key);
    return k === undefined ? undefined : this.columns[k];
  }

  /** The values of one meta key by row index once committed, or null when no row has one; read only. */
  metaValues(key: string): readonly (string | null)[] | null {
    return this.metas.get(key) ?? null;
  }

  /** The values of one meta key, by row position until committed, then by row index; written in place. */
  metaColumn(key: string): (string | null)[] {
    let m = this.metas.get(key);
    if (!m) this.metas.set(key, m = new Array<string | null>(this.capacity).fill(null));
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
      for (const m of this.metas.values()) m[i] = m[at];
    }
    this.r[i] = r;
    if (errorRules !== null) {
      this.hasError[i] = 1;
      this.errorRules.set(i, errorRules);
      this.errorColumns.set(i, errorColumns ?? errorRules.map(() => ''));
    }
    return i;
  }

  /** Adds a row from its values in the register's column order; returns its index. */
  push(r: number, values: readonly ParsedValue[], errorRules: string[] | null, meta: Record<string, string> | undefined, errorColumns: string[] | null = null): number {
    this.r[this.n] = r;
    for (let k = 0; k < this.columns.length; k++) this.columns[k].set(this.n, values[k]);
    if (meta) for (const [key, value] of Object.entries(meta)) this.metaColumn(key)[this.n] = value;
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
      const row: ParsedRow = { r: this.r[i], v: this.makeValues(gathered), hasError: this.hasError[i] === 1, errorRules: rules ? rules.slice() : NO_RULES };
      if (cols) row.errorColumns = cols.slice();
      for (const [key, values] of metas) {
        const value = values[i];
        if (value !== null) (row.meta ??= {})[key] = value;
      }
      out[i] = row;
    }
    this.built = out;
    return out;
  }
}
