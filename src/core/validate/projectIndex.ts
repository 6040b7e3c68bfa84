// Projects of one register kind by id, for the rules that follow references to them. Projects are
// numbered (slots) so that per-project totals live in typed arrays instead of one object per project.
import type { ParsedRow, ParsedValue } from '../model';
import { idKey as textIdKey } from '../text';
import type { TableCtx } from './context';
import { IdTable } from './idTable';

export const idKey = (v: unknown): string => textIdKey(String(v ?? ''));

export class ProjectIndex {
  private lastValue: ParsedValue = null;
  private lastSlot = -1;

  /**
   * @param ids slot of each distinct id; the first row with a key wins, across tables in sheet order.
   * @param rows the project row of each slot.
   */
  constructor(private readonly ids: IdTable, readonly rows: readonly ParsedRow[], private readonly tableOf: (slot: number) => TableCtx) {}

  table(slot: number): TableCtx {
    return this.tableOf(slot);
  }

  /** Every slot once, in the order the projects were first seen. */
  slots(): readonly number[] {
    return this.ids.payloads;
  }

  /** The slot of the project an id refers to, or -1. */
  find(id: ParsedValue): number {
    // Rows of one project often follow each other.
    if (id === this.lastValue && id !== null) return this.lastSlot;
    const slot = this.ids.find(id);
    this.lastValue = id;
    this.lastSlot = slot;
    return slot;
  }
}

export function indexProjects(tables: readonly TableCtx[], kind: string, key: string): ProjectIndex | null {
  const own = tables.filter((t) => t.def.kind === kind);
  if (own.length === 0) return null;
  // One register with its ids already kept by the duplicate-id rule: its row indexes are the slots.
  if (own.length === 1 && own[0].ids && own[0].def.idKeys[0] === key) {
    const t = own[0];
    return new ProjectIndex(t.ids!, t.rows, () => t);
  }
  const ids = new IdTable();
  const rows: ParsedRow[] = [];
  const tableOf: TableCtx[] = [];
  for (const t of own) for (const row of t.rows) {
    const id = row.v[key];
    if (id === null || ids.add(id, rows.length) >= 0) continue;
    rows.push(row);
    tableOf.push(t);
  }
  return new ProjectIndex(ids, rows, (slot) => tableOf[slot]);
}
