// The projects the cross-register rules follow references to (engine/projectIndex.ts): the largest
// register's id table is reused and the other sheets of the same kind are added beside it. Checked
// against the plain definition: an id names the first row that has it, across the sheets in order.
import { IdTable, idKeyHash } from '../src/core/validate/engine/idTable';
import { indexProjects, type ProjectIndex } from '../src/core/validate/engine/projectIndex';
import type { TableCtx } from '../src/core/validate/context';

/** A register of `ids` (null: blank), its ids kept as the duplicate-id rule keeps them when `kept`. */
function register(name: string, ids: (string | null)[], kept = true): TableCtx {
  const column = { at: (i: number) => ids[i], keyHash: () => -1 };
  let table: IdTable | undefined;
  if (kept) {
    table = new IdTable(ids.length);
    ids.forEach((id, i) => { if (id !== null) table!.add(id, i); });
  }
  return {
    sheet: { name, rows: [] },
    def: { kind: 'aid-projects', idKeys: ['aidId'] },
    store: { n: ids.length, col: (k: string) => (k === 'aidId' ? column : undefined) },
    ids: table,
  } as unknown as TableCtx;
}

/** Where each id leads: "sheet:row", or "-" for none. */
function lookups(index: ProjectIndex, ids: string[]): string[] {
  return ids.map((id) => {
    const slot = index.find(id);
    return slot < 0 ? '-' : `${index.table(slot).sheet.name}:${index.row(slot)}`;
  });
}

/** The plain definition: the first row holding the id (ignoring case), sheets in order. */
function firstRows(tables: TableCtx[], ids: string[]): string[] {
  return ids.map((id) => {
    for (const t of tables) {
      for (let i = 0; i < t.store.n; i++) {
        const v = t.store.col('aidId')!.at(i);
        if (typeof v === 'string' && v.toLowerCase() === id.toLowerCase()) return `${t.sheet.name}:${i}`;
      }
    }
    return '-';
  });
}

describe('indexProjects across the sheets of one register kind', () => {
  it('reuses the one register\'s ids: slots are its rows', () => {
    const t = register('Aid', ['VT-1', 'VT-2', 'VT-1']);
    const index = indexProjects([t], 'aid-projects', 'aidId')!;
    expect(lookups(index, ['vt-1', 'VT-2', 'VT-3'])).toEqual(['Aid:0', 'Aid:1', '-']);
    expect(Array.from(index.slots())).toEqual([0, 1]);
  });

  it('lets a sheet before the largest register name its projects first, and one after it only its new ones', () => {
    const report = register('Report', ['VT-5', 'VT-9']);
    const big = register('Aid', ['VT-1', 'VT-2', 'VT-5', 'VT-6']);
    const later = register('2025', ['VT-2', 'VT-7', 'VT-9']);
    const tables = [report, big, later];
    const index = indexProjects(tables, 'aid-projects', 'aidId')!;
    const ids = ['VT-1', 'VT-2', 'VT-5', 'VT-6', 'VT-7', 'VT-9', 'VT-0'];
    expect(lookups(index, ids)).toEqual(firstRows(tables, ids));
    expect(lookups(index, ids)).toEqual(['Aid:0', 'Aid:1', 'Report:0', 'Aid:3', '2025:1', 'Report:1', '-']);
    // Every project once, in sheet order of first sight, each the slot its id finds.
    const seen = Array.from(index.slots(), (s) => `${index.table(s).sheet.name}:${index.row(s)}`);
    expect(seen).toEqual(['Report:0', 'Report:1', 'Aid:0', 'Aid:1', 'Aid:3', '2025:1']);
    for (const s of Array.from(index.slots())) expect(s).toBeLessThan(index.count);
  });

  it('builds one table of every sheet when no register kept its ids', () => {
    const a = register('A', ['X', null, 'Y'], false);
    const b = register('B', ['y', 'Z'], false);
    const index = indexProjects([a, b], 'aid-projects', 'aidId')!;
    expect(lookups(index, ['x', 'Y', 'z', 'W'])).toEqual(['A:0', 'A:2', 'B:1', '-']);
    expect(index.slots().length).toBe(3);
  });

  it('agrees with the plain definition on random sheets with shared ids', () => {
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let round = 0; round < 200; round++) {
      const sheets = 1 + rnd(4);
      const tables: TableCtx[] = [];
      for (let s = 0; s < sheets; s++) {
        const n = rnd(s === 1 ? 40 : 8);
        tables.push(register(`S${s}`, Array.from({ length: n }, () => (rnd(10) === 0 ? null : `P-${rnd(30)}`)), rnd(4) !== 0));
      }
      const index = indexProjects(tables, 'aid-projects', 'aidId');
      const ids = Array.from({ length: 32 }, (_, i) => `p-${i}`);
      if (index === null) continue;
      expect(lookups(index, ids)).toEqual(firstRows(tables, ids));
      // slots(): exactly the slots ids find, each once.
      const found = new Set(ids.map((id) => index.find(id)).filter((s) => s >= 0));
      expect(new Set(index.slots())).toEqual(found);
      expect(index.slots().length).toBe(found.size);
    }
  });
});

describe('ProjectIndex.find on rows of one project after another', () => {
  it('answers the project of each id, whether its key hash is given, repeated or shared by another id', () => {
    // Two ids whose key hashes collide, found as the id table's own test finds them.
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair; i++) {
      const id = `P-${i}`;
      const other = seen.get(idKeyHash(id));
      if (other !== undefined) pair = [other, id];
      else seen.set(idKeyHash(id), id);
    }
    const [a, b] = pair;
    const index = indexProjects([register('A', ['VT-1', a, b])], 'aid-projects', 'aidId')!;
    const where = (id: string, hash: number) => { const slot = index.find(id, hash); return slot < 0 ? -1 : index.row(slot); };
    const h = idKeyHash(a);
    // The id of the row before, hash and text alike: the slot found last; another id of the same
    // hash, or the same id without its hash, is looked up again.
    expect([where(a, h), where(a, h), where(b, h), where(a, h), where(a, -1), where(b.toLowerCase(), -1), where('VT-1', idKeyHash('VT-1'))]).toEqual([1, 1, 2, 1, 1, 2, 0]);
    expect(where('VT-9', idKeyHash('VT-9'))).toBe(-1);
  });
});
