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

export class IdTable {
  private slots: Int32Array;
  private mask: number;
  private readonly hashes: number[] = [];
  /** Entries in insertion order: the id as first written, and what the caller keeps with it. */
  private readonly ids: string[] = [];
  readonly payloads: number[] = [];
  /** The entry find() answered last, or -1. */
  private lastFound = -1;

  constructor(expected = 16) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The id of entry e, as first written. */
  idAt(e: number): string {
    return this.ids[e];
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
    if (next < this.ids.length && this.hashes[next] === h && sameKey(this.ids[next], s)) {
      this.lastFound = next;
      return this.payloads[next];
    }
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.slots[i];
      if (k === 0) return -1;
      if (this.hashes[k - 1] === h && sameKey(this.ids[k - 1], s)) {
        this.lastFound = k - 1;
        return this.payloads[k - 1];
      }
    }
  }

  /** Adds the id unless an entry has its key; returns -1 when added, else that entry's payload. */
  add(id: ParsedValue, payload: number, hash = -1): number {
    const s = textOf(id);
    const h = hash >= 0 ? hash : idKeyHash(s);
    let i = h & this.mask;
    for (let k = this.slots[i]; k !== 0; i = (i + 1) & this.mask, k = this.slots[i]) {
      if (this.hashes[k - 1] === h && sameKey(this.ids[k - 1], s)) return this.payloads[k - 1];
    }
    this.ids.push(s);
    this.hashes.push(h);
    this.payloads.push(payload);
    this.slots[i] = this.ids.length;
    if (this.ids.length * 2 > this.slots.length) this.grow();
    return -1;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let e = 0; e < this.hashes.length; e++) {
      let i = this.hashes[e] & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = e + 1;
    }
  }
}
