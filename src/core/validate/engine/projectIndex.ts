// Projects of one register kind by id, for the rules that follow references to them. Projects are
// numbered (slots) so that per-project totals live in typed arrays instead of one object per project.
import type { ParsedValue } from '../../model';
import { idKey as textIdKey } from '../../base/text';
import type { TableCtx } from '../context';
import { IdTable } from './idTable';
import type { StoreColumn } from './rowStore';

export const idKey = (v: unknown): string => textIdKey(String(v ?? ''));

export class ProjectIndex {
  private lastValue: ParsedValue = null;
  private lastSlot = -1;

  /**
   * @param ids slot of each distinct id; the first row with a key wins, across tables in sheet order.
   * @param tables the table of each slot, or the one table of every slot.
   * @param rowOf the project's row index in its table's store, per slot; null when slots are those indexes.
   */
  constructor(private readonly ids: IdTable, readonly count: number, private readonly tables: TableCtx | readonly TableCtx[], private readonly rowOf: Int32Array | null) {}

  table(slot: number): TableCtx {
    const t = this.tables;
    return Array.isArray(t) ? t[slot] : t as TableCtx;
  }

  /** The project's row index in its table's store. */
  row(slot: number): number {
    return this.rowOf === null ? slot : this.rowOf[slot];
  }

  /** A register column of the projects, read by slot. */
  column(key: string): ProjectColumn {
    return new ProjectColumn(this, key);
  }

  /** Every slot once, in the order the projects were first seen. */
  slots(): readonly number[] {
    return this.ids.payloads;
  }

  /** The slot of the project an id refers to, or -1. `hash`: the id's key hash when known, else -1. */
  find(id: ParsedValue, hash = -1): number {
    // Rows of one project often follow each other.
    if (id === this.lastValue && id !== null) return this.lastSlot;
    const slot = this.ids.find(id, hash);
    this.lastValue = id;
    this.lastSlot = slot;
    return slot;
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
  const own = tables.filter((t) => t.def.kind === kind);
  if (own.length === 0) return null;
  // One register with its ids already kept by the duplicate-id rule: its row indexes are the slots.
  if (own.length === 1 && own[0].ids && own[0].def.idKeys[0] === key) {
    const t = own[0];
    return new ProjectIndex(t.ids!, t.store.n, t, null);
  }
  const ids = new IdTable();
  const tableOf: TableCtx[] = [];
  const rowOf: number[] = [];
  for (const t of own) {
    const column = t.store.col(key);
    if (!column) continue;
    for (let i = 0; i < t.store.n; i++) {
      const id = column.at(i);
      if (id === null || ids.add(id, rowOf.length, column.keyHash(i)) >= 0) continue;
      tableOf.push(t);
      rowOf.push(i);
    }
  }
  return new ProjectIndex(ids, rowOf.length, tableOf, Int32Array.from(rowOf));
}
