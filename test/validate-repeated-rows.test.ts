// AID-X302 (duplicate row) finds repeats by sorting rows by hash; this pins the sort and the
// grouping against a brute-force reference, collisions included.
import { mayRepeat, orderByHash, repeatedRows, type Repeats } from '../src/core/validate/engine/repeatedRows';

/** For each row, the first earlier row it repeats, or -1: the answer as a plain map of cells gives it. */
function firstOf(r: Repeats, n: number): number[] {
  const out = new Array<number>(n).fill(-1);
  r.rows.forEach((i, k) => { out[i] = r.firsts[k]; });
  return out;
}

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

/** Well-mixed 32-bit draws (mulberry32), as row hashes are; the LCG above repeats its low bits. */
function mixed(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

describe('mayRepeat', () => {
  test('keeps, in row order, every row whose hash another row has, and few others', () => {
    const rnd = mixed(5);
    const n = 200_000;
    const hashes = Int32Array.from({ length: n }, () => Math.floor(rnd() * 2 ** 30));
    // 500 planted repeats of earlier rows' hashes, and a few hashes that differ only in high bits.
    for (let k = 0; k < 500; k++) hashes[Math.floor(rnd() * n)] = hashes[Math.floor(rnd() * n)];
    for (let k = 0; k < 50; k++) { const i = Math.floor(rnd() * n); hashes[(i + 1) % n] = hashes[i] ^ (1 << 29); }
    const count = new Map<number, number>();
    for (const h of hashes) count.set(h, (count.get(h) ?? 0) + 1);
    const got = Array.from(mayRepeat(hashes, n));
    const shared = Array.from({ length: n }, (_, i) => i).filter((i) => count.get(hashes[i])! > 1);
    expect(shared.length).toBeGreaterThan(500);
    const gotSet = new Set(got);
    expect(shared.filter((i) => !gotSet.has(i))).toEqual([]);
    expect(got).toEqual([...got].sort((a, b) => a - b));
    expect(got.length).toBeLessThan(n / 10);
  });

  test('an all-equal table keeps every row', () => {
    expect(Array.from(mayRepeat(new Int32Array(100).fill(12345), 100))).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});

describe('repeatedRows (AID-X302)', () => {
  test('a large table with a few repeats gives what a plain map of cells gives', () => {
    const rnd = mixed(23);
    const n = 120_000;
    const content = Array.from({ length: n }, () => Math.floor(rnd() * 2 ** 40));
    for (let k = 0; k < 300; k++) content[Math.floor(rnd() * n)] = content[Math.floor(rnd() * n)];
    // Hashes of 20 bits: many different rows share one, which only the cell comparison tells apart.
    const hashes = Int32Array.from(content, (c) => c % 2 ** 20);
    const repeats = repeatedRows(hashes, n, { same: (i, j) => content[i] === content[j] });
    // In row order, each once.
    expect(Array.from(repeats.rows)).toEqual(Array.from(repeats.rows).sort((a, b) => a - b));
    expect(new Set(repeats.rows).size).toBe(repeats.rows.length);
    const got = firstOf(repeats, n);
    const first = new Map<number, number>();
    const want = content.map((c, i) => { const j = first.get(c); if (j === undefined) { first.set(c, i); return -1; } return j; });
    expect(got).toEqual(want);
    expect(got.filter((x) => x >= 0).length).toBeGreaterThan(250);
  });

  test('among given rows, only those are compared, and the answer still covers every row', () => {
    const content = [7, 8, 7, 9, 8, 7, 9];
    const hashes = Int32Array.from(content);
    const same = { same: (i: number, j: number) => content[i] === content[j] };
    const among = Int32Array.from([0, 2, 3, 6]);
    // The hashes of those rows alone, in their order.
    expect(firstOf(repeatedRows(Int32Array.from(among, (i) => hashes[i]), 7, same, among), 7)).toEqual([-1, -1, 0, -1, -1, -1, 3]);
    expect(firstOf(repeatedRows(new Int32Array(0), 7, same, new Int32Array(0)), 7)).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });

  test('each repeat names the first earlier row with the same cells, even when hashes collide', () => {
    const rnd = rng(11);
    const n = 3000;
    // Cells: a handful of contents; hashes: fewer values than contents, so different rows collide.
    const content = Array.from({ length: n }, () => Math.floor(rnd() * 400));
    const hashes = Int32Array.from(content, (c) => (c % 150) * 7919);
    const same = { same: (i: number, j: number): boolean => content[i] === content[j] };
    const got = firstOf(repeatedRows(hashes, n, same), n);
    const want = content.map((c, i) => { const j = content.indexOf(c); return j < i ? j : -1; });
    expect(got).toEqual(want);
    expect(got.filter((x) => x >= 0).length).toBeGreaterThan(1000);
  });

  test('a few rows, as AID.CHECK gives, take the short path with the same answers', () => {
    const hashes = Int32Array.from([9, 3, 9, 3, 7, 9]);
    const content = [1, 2, 1, 5, 7, 1];
    expect(Array.from(orderByHash(hashes, 6))).toEqual([1, 3, 4, 0, 2, 5]);
    expect(firstOf(repeatedRows(hashes, 6, { same: (i, j) => content[i] === content[j] }), 6)).toEqual([-1, -1, 0, -1, -1, 0]);
  });

  test('no rows, one row', () => {
    expect(firstOf(repeatedRows(new Int32Array(0), 0, { same: () => true }), 0)).toEqual([]);
    expect(firstOf(repeatedRows(new Int32Array([5]), 1, { same: () => true }), 1)).toEqual([-1]);
  });
});
