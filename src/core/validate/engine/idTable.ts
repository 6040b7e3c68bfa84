// Ids by join key (text.ts idKey: NFC, single spaces, case-insensitive), for the duplicate-id rule
// and for references to projects. A Map keyed by idKey strings builds a new string per id and per
// reference; this table hashes and compares plain ASCII ids, nearly all of them, as they stand,
// ignoring ASCII case, and builds key strings only for the rest.
import type { ParsedValue } from '../../model';
import { idKey } from '../../base/text';
import { foldedCharsHash } from './rowHash';
import { codeAt } from '../../base/chars';

const textOf = (id: ParsedValue): string => (typeof id === 'string' ? id : String(id ?? ''));

/**
 * Hash of the id's key; for plain ids (idKey's own test: printable ASCII, not starting with a space,
 * never two spaces in a row) computed on the id itself. Non-negative.
 */
export function idKeyHash(s: string): number {
  return foldedCharsHash(isPlain(s) ? s : idKey(s));
}

function isPlain(s: string): boolean {
  const n = s.length;
  if (n === 0 || codeAt(s, 0) === 32) return false;
  for (let i = 0; i < n; i++) {
    const ch = codeAt(s, i);
    if (ch === 32) {
      if (codeAt(s, i + 1) === 32) return false;
    } else if (ch < 0x21 || ch > 0x7e) return false;
  }
  return true;
}

function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (isPlain(a) && isPlain(b)) {
    const n = a.length;
    if (n !== b.length) return false;
    for (let i = 0; i < n; i++) {
      let x = codeAt(a, i);
      let y = codeAt(b, i);
      if (x >= 65 && x <= 90) x += 32;
      if (y >= 65 && y <= 90) y += 32;
      if (x !== y) return false;
    }
    return true;
  }
  return idKey(a) === idKey(b);
}

/** The arrays of a table released at the end of a run (IdTable.release), for a table of the next run. */
interface Spare {
  slots: Int32Array;
  hashes: Int32Array;
  payload: Int32Array;
  ids: string[];
}
let spare: Spare | null = null;

/**
 * Entries live in typed arrays sized for the ids expected (a register's row count), so that filling a
 * table of 100k ids allocates them once: arrays grown by push were reallocated a dozen times, and
 * each new block of memory is paid again on first touch (a page fault costs about 10 µs on the
 * virtual machines the bench runs on). For the same reason a table released at the end of a run
 * hands its arrays to the next run's table of about its size (1.3 MB for 100k ids, 200 pages).
 */
export class IdTable {
  private slots: Int32Array;
  private mask: number;
  private hashes: Int32Array;
  /** Entries in insertion order: the id as first written, and what the caller keeps with it. */
  private ids: string[];
  private payload: Int32Array;
  private count = 0;
  /** The entry find() answered last, or -1. */
  private lastFound = -1;

  constructor(expected = 16) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.mask = size - 1;
    const room = Math.max(8, expected);
    const s = spare;
    // Only arrays of this size of table: a small table keeps no large arrays alive, nor fills them.
    if (s !== null && s.slots.length === size && s.hashes.length >= room && s.hashes.length <= 2 * room) {
      spare = null;
      s.slots.fill(0);
      this.slots = s.slots;
      this.hashes = s.hashes;
      this.payload = s.payload;
      this.ids = s.ids;
      return;
    }
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(room);
    this.payload = new Int32Array(room);
    this.ids = new Array<string>(room);
  }

  /**
   * Hands the table's arrays to the next table made, and empties this one, which must not be used
   * again (a view that payloads() gave becomes the next table's). The ids are let go of first: a
   * spare never holds on to a workbook's texts.
   */
  release(): void {
    this.ids.fill(undefined as unknown as string, 0, this.count);
    if (spare === null || spare.slots.length < this.slots.length) spare = { slots: this.slots, hashes: this.hashes, payload: this.payload, ids: this.ids };
    this.slots = new Int32Array(16);
    this.mask = 15;
    this.hashes = new Int32Array(8);
    this.payload = new Int32Array(8);
    this.ids = new Array<string>(8);
    this.count = 0;
    this.lastFound = -1;
  }

  get size(): number {
    return this.count;
  }

  /** The id of entry e, as first written. */
  idAt(e: number): string {
    return this.ids[e];
  }

  /** What the caller kept with each entry, in insertion order (a view: valid until the next add). */
  payloads(): Int32Array {
    return this.payload.subarray(0, this.count);
  }

  /**
   * Payload of the entry whose id has the same key, or -1. `hash`: idKeyHash of the id when known,
   * else -1. The entry after the one found last is tried first: references often follow the order
   * the ids were added in (a disbursement register sorted like its projects), and that entry lies
   * next to the last one in memory, where a probe of the table lands anywhere.
   */
  find(id: ParsedValue, hash = -1): number {
    const s = textOf(id);
    const h = hash >= 0 ? hash : idKeyHash(s);
    const next = this.lastFound + 1;
    if (next < this.count && this.hashes[next] === h && sameKey(this.ids[next], s)) {
      this.lastFound = next;
      return this.payload[next];
    }
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.slots[i];
      if (k === 0) return -1;
      if (this.hashes[k - 1] === h && sameKey(this.ids[k - 1], s)) {
        this.lastFound = k - 1;
        return this.payload[k - 1];
      }
    }
  }

  /** Adds the id unless an entry has its key; returns -1 when added, else that entry's payload. */
  add(id: ParsedValue, payload: number, hash = -1): number {
    const s = textOf(id);
    const h = hash >= 0 ? hash : idKeyHash(s);
    let i = h & this.mask;
    for (let k = this.slots[i]; k !== 0; i = (i + 1) & this.mask, k = this.slots[i]) {
      if (this.hashes[k - 1] === h && sameKey(this.ids[k - 1], s)) return this.payload[k - 1];
    }
    const e = this.count;
    if (e === this.hashes.length) this.makeRoom();
    this.ids[e] = s;
    this.hashes[e] = h;
    this.payload[e] = payload;
    this.count = e + 1;
    this.slots[i] = e + 1;
    if (this.count * 2 > this.slots.length) this.grow();
    return -1;
  }

  private makeRoom(): void {
    const room = this.hashes.length * 2;
    const hashes = new Int32Array(room);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const payload = new Int32Array(room);
    payload.set(this.payload);
    this.payload = payload;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let e = 0; e < this.count; e++) {
      let i = this.hashes[e] & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = e + 1;
    }
  }
}
