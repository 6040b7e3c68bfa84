// Working arrays that live only inside one call (bitmaps, sort buffers, marks), reused from call to
// call. A typed array of a few hundred kilobytes is fresh memory each time it is made, and a page of
// fresh memory costs about 10 µs on first touch on the virtual machines the bench runs on: the
// duplicate-row rule's bitmaps and sort buffers alone were 80 such pages a run on the bench sample.
// A buffer is handed out by its use's name, so that two uses never share one; no caller may keep a
// view past its own call, and none calls another user of the same name meanwhile.

/** Buffers above this many bytes are not kept: a huge register's scratch is not held for later calls. */
const KEEP_LIMIT = 16 << 20;

const int32s = new Map<string, Int32Array>();
const bytes = new Map<string, Uint8Array>();

/** A view of n slots of the buffer kept for the use named, made (and kept, unless huge) when it has none that long. */
function viewOf<T extends Int32Array | Uint8Array>(kept: Map<string, T>, use: string, n: number, make: (n: number) => T): T {
  let buffer = kept.get(use);
  if (buffer === undefined || buffer.length < n) {
    buffer = make(n);
    if (buffer.byteLength <= KEEP_LIMIT) kept.set(use, buffer);
  }
  return buffer.subarray(0, n) as T;
}

/** A view of n Int32 slots for the use named, holding whatever the last call left there. */
export function int32Of(use: string, n: number): Int32Array {
  return viewOf(int32s, use, n, (k) => new Int32Array(k));
}

/** A view of n Int32 slots for the use named, every one 0. */
export function zeroedInt32(use: string, n: number): Int32Array {
  return int32Of(use, n).fill(0);
}

/** A view of n bytes for the use named, every one 0. */
export function zeroedBytes(use: string, n: number): Uint8Array {
  return viewOf(bytes, use, n, (k) => new Uint8Array(k)).fill(0);
}
