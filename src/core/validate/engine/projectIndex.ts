// Projects of one register kind by id, for the rules that follow references to them. Projects are
// numbered (slots) so that per-project totals live in typed arrays instead of one object per project.
// The largest register's ids are already in a table (the duplicate-id rule's), whose row indexes
// are its slots; registers of the same kind on other sheets (a report sheet, last year's sheet) get a
// small table of their own, numbered after it. A report sheet of twenty projects beside a register of
// a hundred thousand then costs twenty additions, not a second table of the hundred thousand.
import type { ParsedValue } from '../../model';
import { idKey as textIdKey } from '../../base/text';
import type { TableCtx } from '../context';
import { IdTable } from './idTable';
import type { StoreColumn } from './rowStore';

export const idKey = (v: unknown): string => textIdKey(String(v ?? ''));

/** The ids of the registers other than the largest, in sheet order: slot = the largest's count + entry. */
export class OtherProjects {
  /**
   * @param ids each distinct id once, its payload the entry number
   * @param tables the table of each entry
   * @param rows the entry's row index in its table's store
   * @param first 1 when the entry's table comes before the largest one in sheet order: then the entry,
   *   not the largest register's row, is the project its id names
   */
  constructor(readonly ids: IdTable, readonly tables: readonly TableCtx[], readonly rows: Int32Array, readonly first: Uint8Array) {}
}

export class ProjectIndex {
  private lastValue: ParsedValue = null;
  private lastHash = -1;
  private lastSlot = -1;
  /** Slots of the largest register below this; entries of `others` from it on. */
  private readonly own: number;
  private readonly ordered: Int32Array;

  /**
   * @param ids the largest register's ids (payload: the row index of each id's first row), or null
   * @param main that register, or null
   * @param count that register's row count (its slots are its row indexes)
   * @param others the other registers' ids, or null when there are none
   */
  constructor(private readonly ids: IdTable | null, private readonly main: TableCtx | null, count: number, private readonly others: OtherProjects | null) {
    this.own = count;
    this.ordered = this.order();
  }

  /** Every slot there is: some are rows that repeat an id, never returned by find. */
  get count(): number {
    return this.own + (this.others === null ? 0 : this.others.ids.size);
  }

  table(slot: number): TableCtx {
    return slot < this.own ? this.main! : this.others!.tables[slot - this.own];
  }

  /** The project's row index in its table's store. */
  row(slot: number): number {
    return slot < this.own ? slot : this.others!.rows[slot - this.own];
  }

  /** A register column of the projects, read by slot. */
  column(key: string): ProjectColumn {
    return new ProjectColumn(this, key);
  }

  /** Every project once (the slot its id finds), in the order the projects were first seen. */
  slots(): Int32Array {
    return this.ordered;
  }

  /** The slot of the project an id refers to, or -1. `hash`: the id's key hash when known, else -1. */
  find(id: ParsedValue, hash = -1): number {
    // Rows of one project often follow each other. Key hashes first: two ids of one length are
    // compared letter by letter, and the new id's letters are then read from memory for that alone
    // (the table below compares the same id by reference): that comparison was a fifth of the
    // cross-register rules' time.
    if (hash === this.lastHash && id === this.lastValue && id !== null) return this.lastSlot;
    const slot = this.lookUp(id, hash);
    this.lastValue = id;
    this.lastHash = hash;
    this.lastSlot = slot;
    return slot;
  }

  private lookUp(id: ParsedValue, hash: number): number {
    const main = this.ids === null ? -1 : this.ids.find(id, hash);
    const others = this.others;
    if (others === null || others.ids.size === 0) return main;
    const entry = others.ids.find(id, hash);
    if (entry < 0 || (main >= 0 && others.first[entry] === 0)) return main;
    return this.own + entry;
  }

  private order(): Int32Array {
    const others = this.others;
    const mainSlots = this.ids === null ? new Int32Array(0) : this.ids.payloads();
    if (others === null || others.ids.size === 0) return mainSlots;
    // Sized once: an array grown by push over 100k projects was reallocated a dozen times.
    const out = new Int32Array(mainSlots.length + others.ids.size);
    let n = 0;
    // Entries of registers before the largest, then its rows, then entries after it: sheet order.
    const taken = new Set<number>();
    for (let e = 0; e < others.ids.size; e++) {
      if (others.first[e] === 0) continue;
      out[n++] = this.own + e;
      const shadowed = this.ids === null ? -1 : this.ids.find(others.ids.idAt(e));
      if (shadowed >= 0) taken.add(shadowed);
    }
    for (let k = 0; k < mainSlots.length; k++) if (!taken.has(mainSlots[k])) out[n++] = mainSlots[k];
    for (let e = 0; e < others.ids.size; e++) {
      if (others.first[e] === 1) continue;
      if (this.ids === null || this.ids.find(others.ids.idAt(e)) < 0) out[n++] = this.own + e;
    }
    return out.subarray(0, n);
  }
}

/** One column of every project register, by slot; the store column is looked up again only when the table changes. */
export class ProjectColumn {
  private t: TableCtx | null = null;
  private c: StoreColumn | undefined;

  constructor(private readonly index: ProjectIndex, private readonly key: string) {}

  num(slot: number): number {
    const c = this.columnOf(slot);
    return c === undefined ? NaN : c.num(this.index.row(slot));
  }

  str(slot: number): string | null {
    const c = this.columnOf(slot);
    return c === undefined ? null : c.str(this.index.row(slot));
  }

  at(slot: number): ParsedValue {
    const c = this.columnOf(slot);
    return c === undefined ? null : c.at(this.index.row(slot));
  }

  private columnOf(slot: number): StoreColumn | undefined {
    const t = this.index.table(slot);
    if (t !== this.t) {
      this.t = t;
      this.c = t.store.col(this.key);
    }
    return this.c;
  }
}

export function indexProjects(tables: readonly TableCtx[], kind: string, key: string): ProjectIndex | null {
  const own = tables.filter((t) => t.def.kind === kind && t.store.col(key) !== undefined);
  if (own.length === 0) return null;
  // The largest register whose ids the duplicate-id rule kept.
  let main: TableCtx | null = null;
  for (const t of own) if (t.ids && t.def.idKeys[0] === key && (main === null || t.store.n > main.store.n)) main = t;
  const mainAt = main === null ? own.length : own.indexOf(main);
  if (own.length === 1 && main !== null) return new ProjectIndex(main.ids!, main, main.store.n, null);
  const ids = new IdTable();
  const tableOf: TableCtx[] = [];
  const rowOf: number[] = [];
  const first: number[] = [];
  own.forEach((t, k) => {
    if (t === main) return;
    const column = t.store.col(key)!;
    for (let i = 0; i < t.store.n; i++) {
      const id = column.at(i);
      if (id === null || ids.add(id, rowOf.length, column.keyHash(i)) >= 0) continue;
      tableOf.push(t);
      rowOf.push(i);
      first.push(k < mainAt ? 1 : 0);
    }
  });
  const others = new OtherProjects(ids, tableOf, Int32Array.from(rowOf), Uint8Array.from(first));
  return main === null ? new ProjectIndex(null, null, 0, others) : new ProjectIndex(main.ids!, main, main.store.n, others);
}
