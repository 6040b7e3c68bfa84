// The parsed rows of one register, column by column. Building an object per row (and a boxed number
// per amount) cost a third of a validation run, and every later rule pass then chased those objects
// across the heap. The rules read these columns instead, and the `ParsedRow` objects that summaries
// and hosts use are built only when first asked for (`rows()`).
import type { ParsedRow, ParsedValue } from '../model';
import type { RegisterDef } from '../schema/registers';
import { valuesMaker, type ValuesMaker } from './rowValues';

const NUMERIC_TYPES: ReadonlySet<string> = new Set(['amount', 'rate', 'integer', 'date', 'period']);

/** The error rules of every clean row: one shared list, since there are hundreds of thousands of them. */
const NO_RULES: readonly string[] = Object.freeze([]);

/**
 * One register column. Numeric columns are a Float64Array (NaN for blank); a value of another type
 * moves the column to a plain array, so any value the parser gives is kept as it is.
 */
export class StoreColumn {
  private f: Float64Array | null;
  private a: ParsedValue[] | null;

  constructor(numeric: boolean, capacity: number) {
    this.f = numeric ? new Float64Array(capacity).fill(NaN) : null;
    this.a = numeric ? null : new Array<ParsedValue>(capacity).fill(null);
  }

  at(i: number): ParsedValue {
    if (this.f !== null) {
      const x = this.f[i];
      return x === x ? x : null;
    }
    return this.a![i];
  }

  /** The value when it is a number, else NaN: what most rules ask. */
  num(i: number): number {
    if (this.f !== null) return this.f[i];
    const x = this.a![i];
    return typeof x === 'number' ? x : NaN;
  }

  /** The value when it is a text, else null. */
  str(i: number): string | null {
    if (this.a === null) return null;
    const x = this.a[i];
    return typeof x === 'string' ? x : null;
  }

  set(i: number, v: ParsedValue): void {
    if (this.f !== null) {
      if (typeof v === 'number' && v === v) { this.f[i] = v; return; }
      if (v === null) { this.f[i] = NaN; return; }
      this.toPlain();
    }
    this.a![i] = v;
  }

  /** Row `from`'s value becomes row `to`'s. */
  move(from: number, to: number): void {
    if (this.f !== null) this.f[to] = this.f[from];
    else this.a![to] = this.a![from];
  }

  private toPlain(): void {
    const f = this.f!;
    const a = new Array<ParsedValue>(f.length);
    for (let i = 0; i < f.length; i++) a[i] = f[i] === f[i] ? f[i] : null;
    this.a = a;
    this.f = null;
  }
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
  private readonly metas = new Map<number, Record<string, string>>();
  private readonly makeValues: ValuesMaker;
  private built: ParsedRow[] | null = null;

  constructor(def: RegisterDef, capacity: number) {
    this.r = new Int32Array(capacity);
    this.hasError = new Uint8Array(capacity);
    this.columns = def.columns.map((c) => new StoreColumn(NUMERIC_TYPES.has(c.type), capacity));
    this.index = new Map(def.columns.map((c, k) => [c.key, k]));
    this.makeValues = valuesMaker(def);
  }

  /** The column of a register key; undefined for a key the register does not have. */
  col(key: string): StoreColumn | undefined {
    const k = this.index.get(key);
    return k === undefined ? undefined : this.columns[k];
  }

  /**
   * Keeps the row whose values were written at index `at` (at ≥ the rows kept so far: rows are
   * written at their position below the header, and the ones left out close up); returns its index.
   */
  commit(at: number, r: number, errorRules: string[] | null, meta: Record<string, string> | undefined): number {
    const i = this.n++;
    if (at !== i) for (const c of this.columns) c.move(at, i);
    this.r[i] = r;
    if (errorRules !== null) {
      this.hasError[i] = 1;
      this.errorRules.set(i, errorRules);
    }
    if (meta) this.metas.set(i, meta);
    return i;
  }

  /** Adds a row from its values in the register's column order; returns its index. */
  push(r: number, values: readonly ParsedValue[], errorRules: string[] | null, meta: Record<string, string> | undefined): number {
    for (let k = 0; k < this.columns.length; k++) this.columns[k].set(this.n, values[k]);
    return this.commit(this.n, r, errorRules, meta);
  }

  /** Changes a value after parsing (a disbursement takes its project's currency). */
  setValue(i: number, key: string, v: ParsedValue): void {
    const c = this.col(key);
    if (c === undefined) return;
    c.set(i, v);
    if (this.built) this.built[i].v[key] = v;
  }

  /** Marks the row as holding an error of this rule: it is left out of every total. */
  flag(i: number, ruleId: string): void {
    this.hasError[i] = 1;
    let list = this.errorRules.get(i);
    if (!list) this.errorRules.set(i, list = []);
    if (!list.includes(ruleId)) list.push(ruleId);
    const row = this.built?.[i];
    if (row) {
      row.hasError = true;
      row.errorRules = list.slice();
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
    for (let i = 0; i < this.n; i++) {
      for (let k = 0; k < this.columns.length; k++) gathered[k] = this.columns[k].at(i);
      const rules = this.errorRules.get(i);
      const row: ParsedRow = { r: this.r[i], v: this.makeValues(gathered), hasError: this.hasError[i] === 1, errorRules: rules ? rules.slice() : NO_RULES };
      const meta = this.metas.get(i);
      if (meta) row.meta = meta;
      out[i] = row;
    }
    this.built = out;
    return out;
  }
}
