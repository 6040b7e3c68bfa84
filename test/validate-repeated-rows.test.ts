// AID-X302 (duplicate row) finds repeats by sorting rows by hash; this pins the sort and the
// grouping against a brute-force reference, collisions included.
import { orderByHash, repeatedRows } from '../src/core/validate/repeatedRows';

function rng(seed: number): () => number {
  return () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
}

describe('orderByHash', () => {
  test('orders by hash over all 30 bits and keeps row order among equal hashes', () => {
    const rnd = rng(7);
    const n = 5000;
    const hashes = Int32Array.from({ length: n }, () => (rnd() < 0.3 ? Math.floor(rnd() * 20) << 20 : Math.floor(rnd() * 2 ** 30)));
    const got = Array.from(orderByHash(hashes, n));
    const want = Array.from({ length: n }, (_, i) => i).sort((a, b) => hashes[a] - hashes[b] || a - b);
    expect(got).toEqual(want);
  });
});

describe('repeatedRows (AID-X302)', () => {
  test('each repeat names the first earlier row with the same cells, even when hashes collide', () => {
    const rnd = rng(11);
    const n = 3000;
    // Cells: a handful of contents; hashes: fewer values than contents, so different rows collide.
    const content = Array.from({ length: n }, () => Math.floor(rnd() * 400));
    const hashes = Int32Array.from(content, (c) => (c % 150) * 7919);
    const same = (i: number, j: number): boolean => content[i] === content[j];
    const got = Array.from(repeatedRows(hashes, n, same));
    const want = content.map((c, i) => { const j = content.indexOf(c); return j < i ? j : -1; });
    expect(got).toEqual(want);
    expect(got.filter((x) => x >= 0).length).toBeGreaterThan(1000);
  });

  test('a few rows, as AID.CHECK gives, take the short path with the same answers', () => {
    const hashes = Int32Array.from([9, 3, 9, 3, 7, 9]);
    const content = [1, 2, 1, 5, 7, 1];
    expect(Array.from(orderByHash(hashes, 6))).toEqual([1, 3, 4, 0, 2, 5]);
    expect(Array.from(repeatedRows(hashes, 6, (i, j) => content[i] === content[j]))).toEqual([-1, -1, 0, -1, -1, 0]);
  });

  test('no rows, one row', () => {
    expect(Array.from(repeatedRows(new Int32Array(0), 0, () => true))).toEqual([]);
    expect(Array.from(repeatedRows(new Int32Array([5]), 1, () => true))).toEqual([-1]);
  });
});
