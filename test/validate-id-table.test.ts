// IdTable must behave exactly like a Map keyed by idKey, where the first id of a key wins, although
// it hashes and compares plain ids without building their keys.
import type { ParsedValue } from '../src/core/model';
import { idKey } from '../src/core/base/text';
import { IdTable, idKeyHash } from '../src/core/validate/engine/idTable';

const keyOf = (v: ParsedValue): string => idKey(String(v ?? ''));

function reference(ids: ParsedValue[]): { added: number[]; found: number[] } {
  const map = new Map<string, number>();
  const added = ids.map((id, i) => {
    const first = map.get(keyOf(id));
    if (first === undefined) map.set(keyOf(id), i);
    return first ?? -1;
  });
  return { added, found: ids.map((id) => map.get(keyOf(id)) ?? -1) };
}

function viaTable(ids: ParsedValue[], probes: ParsedValue[]): { added: number[]; found: number[] } {
  const table = new IdTable(1);
  const added = ids.map((id, i) => table.add(id, i));
  return { added, found: probes.map((id) => table.find(id)) };
}

describe('IdTable', () => {
  const VARIANTS: ParsedValue[] = ['VT-1', 'vt-1', 'Vt-1', 'VT-1 ', ' VT-1', 'VT  1', 'VT 1', 'vt 1', 'VT\t1', 'VT\u00a01', 'Mã-1', 'mã-1', 'MÃ-1',
    'Ma\u0303-1', '', ' ', 'a b ', 'A B', 7, '7', 2100000000, '2100000000', 'ĐT-01', 'đt-01', 'X_y', 'x_Y', '[', '{'];

  it('matches a Map keyed by idKey on spelling variants', () => {
    const ids = [...VARIANTS, ...VARIANTS.slice().reverse()];
    const want = reference(ids);
    expect(viaTable(ids, ids)).toEqual(want);
  });

  it('matches it on thousands of random ids, through growth and probe chains', () => {
    let seed = 3;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    const ids: ParsedValue[] = [];
    for (let i = 0; i < 5000; i++) {
      const n = Math.floor(rnd() * 3000);
      const base = `VT-${n}`;
      ids.push(rnd() < 0.2 ? base.toLowerCase() : rnd() < 0.05 ? ` ${base}` : rnd() < 0.05 ? n : base);
    }
    const want = reference(ids);
    expect(viaTable(ids, ids)).toEqual(want);
  });

  it('answers alike whether references follow the order ids were added in or not', () => {
    // find() first tries the entry after the one it found last; sorted, shuffled and repeated
    // references, with variants, unknown ids and blanks in between, must all give the Map's answers.
    const ids: ParsedValue[] = Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? `vt-${i}` : `VT-${i}`));
    const sorted = ids.flatMap((id, i) => [id, id, String(id).toUpperCase(), i % 50 === 0 ? `VT-X${i}` : '', i % 3 === 0 ? ` ${String(id)}` : id]);
    let seed = 9;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    const shuffled = [...sorted].sort(() => rnd() - 0.5);
    const want = reference(ids);
    const map = new Map(ids.map((id, i) => [keyOf(id), i]));
    for (const probes of [sorted, shuffled, [...sorted].reverse()]) {
      const got = viaTable(ids, probes);
      expect(got.added).toEqual(want.added);
      expect(got.found).toEqual(probes.map((id) => map.get(keyOf(id)) ?? -1));
    }
  });

  it('tells apart ids whose hashes collide', () => {
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair; i++) {
      const id = `P-${i}`;
      const h = idKeyHash(id);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, id];
      else seen.set(h, id);
    }
    const [a, b] = pair;
    const table = new IdTable();
    expect([table.add(a, 1), table.add(b, 2), table.add(b.toLowerCase(), 3), table.add(a, 4)]).toEqual([-1, -1, 2, 1]);
    expect([table.find(a), table.find(b), table.find('p-nope')]).toEqual([1, 2, -1]);
  });

  it('hands its arrays to the next table of its size once released, which starts empty', () => {
    const first = new IdTable(1000);
    for (let i = 0; i < 1000; i++) first.add(`VT-${i}`, i);
    const view = first.payloads();
    first.release();
    expect([first.size, first.find('VT-5')]).toEqual([0, -1]);
    const next = new IdTable(1000);
    expect([next.size, next.find('VT-5'), next.find('VT-999')]).toEqual([0, -1, -1]);
    for (let i = 0; i < 1000; i++) expect(next.add(`P-${i}`, 2 * i)).toBe(-1);
    expect([next.add('p-7', 0), next.find('P-999'), next.find('VT-5')]).toEqual([14, 1998, -1]);
    // The released table's arrays are the new one's: its old view now shows the new payloads.
    expect(view[3]).toBe(6);
    // A table of another size makes arrays of its own.
    const other = new IdTable(10);
    expect([other.add('VT-1', 1), other.find('VT-1'), next.find('P-1')]).toEqual([-1, 1, 2]);
  });
});
