// Working arrays reused from call to call (engine/scratch.ts): each use gets its own, zeroed when asked.
import { int32Of, zeroedBytes, zeroedInt32 } from '../src/core/validate/engine/scratch';
import { orderByHash, repeatedRows } from '../src/core/validate/engine/repeatedRows';

describe('scratch arrays', () => {
  it('come zeroed when asked, whatever the last call left, and never shared between two uses', () => {
    const a = zeroedInt32('test.a', 100);
    a.fill(7);
    const b = zeroedInt32('test.b', 100);
    expect([a[0], b[0], b.length]).toEqual([7, 0, 100]);
    const again = zeroedInt32('test.a', 50);
    expect([again.length, again.every((x) => x === 0), a[60]]).toEqual([50, true, 7]);
    expect(int32Of('test.a', 200).length).toBe(200); // grown
    const bytes = zeroedBytes('test.c', 10);
    bytes.fill(1);
    expect(zeroedBytes('test.c', 10).every((x) => x === 0)).toBe(true);
  });

  it('leave the duplicate-row rule answering alike call after call (AID-X302 finds the same rows)', () => {
    const hashes = Int32Array.from({ length: 5000 }, (_, i) => (i * 7919) % 1200);
    const same = { same: (i: number, j: number) => hashes[i] === hashes[j] };
    const first = repeatedRows(hashes, hashes.length, same);
    const order = orderByHash(hashes, hashes.length);
    const small = Int32Array.from({ length: 300 }, (_, i) => i % 17);
    repeatedRows(small, 300, { same: (i: number, j: number) => small[i] === small[j] });
    const second = repeatedRows(hashes, hashes.length, same);
    expect([...second.rows]).toEqual([...first.rows]);
    expect([...second.firsts]).toEqual([...first.firsts]);
    expect([...orderByHash(hashes, hashes.length)]).toEqual([...order]);
    expect(first.rows.length).toBe(5000 - 1200);
  });
});
