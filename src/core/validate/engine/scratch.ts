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

/** A view of n Int32 slots for the use named, every one 0. */
export function zeroedInt32(use: string, n: number): Int32Array {
  const view = int32Of(use, n);
  view.fill(0);
  return view;
}

/** A view of n Int32 slots for the use named, holding whatever the last call left there. */
export function int32Of(use: string, n: number): Int32Array {
  let buffer = int32s.get(use);
  if (buffer === undefined || buffer.length < n) {
    buffer = new Int32Array(n);
    if (n * 4 <= KEEP_LIMIT) int32s.set(use, buffer);
  }
  return buffer.subarray(0, n);
}

/** A view of n bytes for the use named, every one 0. */
export function zeroedBytes(use: string, n: number): Uint8Array {
  let buffer = bytes.get(use);
  if (buffer === undefined || buffer.length < n) {
    buffer = new Uint8Array(n);
    if (n <= KEEP_LIMIT) bytes.set(use, buffer);
    return buffer.subarray(0, n);
  }
  const view = buffer.subarray(0, n);
  view.fill(0);
  return view;
}
