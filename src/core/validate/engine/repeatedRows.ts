// Which rows repeat an earlier row. A pass over the row hashes (rowHash.ts) marks each in a bitmap a
// few times larger than the table: the rows whose mark another row hit too are all that can repeat,
// a few in a hundred in a table without repeats. Only those are then sorted by hash, instead of
// probing a hash table: a table of 300k rows is megabytes probed at random, each probe a cache miss,
// while a radix sort only streams through small arrays. Rows whose hashes meet are then compared
// cell by cell, so a hash collision never makes two different rows duplicates.

import { int32Of, zeroedInt32 } from './scratch';

const BITS = 10;
const BUCKETS = 1 << BITS;
/** Row hashes are below 2^30 (finalHash): three passes of ten bits sort them. */
const PASSES = 3;
const SMALL = 64;

/** Row indexes 0..n-1 ordered by hash; rows of equal hash keep their order (the sort is stable). */
export function orderByHash(hashes: Int32Array, n: number): Int32Array {
  return sortedByHash(hashes, n).slice();
}

/** orderByHash in a working buffer: valid until the next call. */
function sortedByHash(hashes: Int32Array, n: number): Int32Array {
  // A few rows (AID.CHECK checks one per call): sorting outright beats three passes over 1,024 buckets.
  if (n <= SMALL) return Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => hashes[a] - hashes[b] || a - b);
  // Working buffers kept from call to call (scratch.ts).
  let idx = int32Of('orderByHash.idx', n);
  let key = int32Of('orderByHash.key', n);
  for (let i = 0; i < n; i++) { idx[i] = i; key[i] = hashes[i]; }
  let idx2 = int32Of('orderByHash.idx2', n);
  let key2 = int32Of('orderByHash.key2', n);
  const start = int32Of('orderByHash.start', BUCKETS);
  for (let pass = 0, shift = 0; pass < PASSES; pass++, shift += BITS) {
    start.fill(0);
    for (let i = 0; i < n; i++) start[(key[i] >>> shift) & (BUCKETS - 1)]++;
    for (let b = 0, sum = 0; b < BUCKETS; b++) { const c = start[b]; start[b] = sum; sum += c; }
    for (let i = 0; i < n; i++) {
      const to = start[(key[i] >>> shift) & (BUCKETS - 1)]++;
      idx2[to] = idx[i];
      key2[to] = key[i];
    }
    [idx, idx2] = [idx2, idx];
    [key, key2] = [key2, key];
  }
  return idx;
}

/** Bitmap bits per row, at least: about one row in this many is a candidate by chance. */
const SPREAD = 8;

/**
 * Rows 0..n-1 whose hash may be another row's, in row order: those whose hash's low bits, marked in
 * a bitmap, another row marked too. Every row whose hash another row has is among them.
 */
export function mayRepeat(hashes: Int32Array, n: number): Int32Array {
  let bits = 32;
  while (bits < n * SPREAD && bits < 2 ** 30) bits *= 2;
  const mask = bits - 1;
  const seen = zeroedInt32('mayRepeat.seen', bits >>> 5);
  const twice = zeroedInt32('mayRepeat.twice', bits >>> 5);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const b = hashes[i] & mask;
    if (hasBit(seen, b)) twice[b >>> 5] |= 1 << (b & 31); else seen[b >>> 5] |= 1 << (b & 31);
  }
  for (let i = 0; i < n; i++) if (hasBit(twice, hashes[i] & mask)) count++;
  const rows = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (hasBit(twice, hashes[i] & mask)) rows[k++] = i;
  return rows;
}

function hasBit(words: Int32Array, b: number): boolean {
  return (words[b >>> 5] & (1 << (b & 31))) !== 0;
}

/**
 * Whether two rows hold the same cells. An object, not a function: optimised code that called a
 * function made per run would check for that very function, and be thrown away with it after the run.
 */
export interface RowEquality {
  same(i: number, j: number): boolean;
}

/**
 * The rows that repeat an earlier row, in row order, each with the first earlier row holding the same
 * cells. Kept as a list, not as an array of every row: repeats are a few in a register of 300k rows,
 * and an array of them all was megabytes of fresh memory per run.
 */
export class Repeats {
  constructor(readonly rows: Int32Array, readonly firsts: Int32Array) {}
}

/**
 * The rows that repeat an earlier row with the same cells, each naming the first row of its kind
 * (never a row that is itself a repeat). `hashes`: each row's hash. `among`: when the caller knows
 * which rows alone can repeat (in row order), only those are sorted and compared, and `hashes` then
 * holds theirs, in the same order; otherwise mayRepeat picks them.
 */
export function repeatedRows(hashes: Int32Array, n: number, rowsEqual: RowEquality, among: Int32Array | null = null): Repeats {
  // A few rows (AID.CHECK checks one per call) are sorted outright; the bitmap would cost more.
  const rows = among ?? (n <= SMALL ? null : mayRepeat(hashes, n));
  const m = rows === null ? n : rows.length;
  const sub = rows === null || among !== null ? hashes : Int32Array.from(rows, (i) => hashes[i]);
  const order = sortedByHash(sub, m);
  // Pairs of (row, first row of its kind), found group by group.
  const pairs: number[] = [];
  for (let a = 0; a < m;) {
    const h = sub[order[a]];
    let b = a + 1;
    while (b < m && sub[order[b]] === h) b++;
    if (b - a > 1) {
      // Equal hashes, in row order: each row repeats the first earlier distinct row it equals.
      const distinct: number[] = [];
      for (let k = a; k < b; k++) {
        const i = rows === null ? order[k] : rows[order[k]];
        let j = -1;
        for (let d = 0; d < distinct.length && j < 0; d++) if (rowsEqual.same(i, distinct[d])) j = distinct[d];
        if (j < 0) distinct.push(i); else pairs.push(i, j);
      }
    }
    a = b;
  }
  const count = pairs.length >> 1;
  const byRow = Array.from({ length: count }, (_, k) => k).sort((x, y) => pairs[2 * x] - pairs[2 * y]);
  return new Repeats(Int32Array.from(byRow, (k) => pairs[2 * k]), Int32Array.from(byRow, (k) => pairs[2 * k + 1]));
}
