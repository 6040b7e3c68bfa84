// The zip container of an .xlsx, read through its central directory: any part can be opened in any
// order (workbook, strings and styles before the sheets) and inflated as a stream of text chunks, so
// that no part is ever held whole. Plain bytes in, no Node: the Node wrapper and the pane each give a
// ByteSource. Unpacked sizes are counted as they come out, never trusted from the directory, so a zip
// bomb or a lying header is stopped by the limits while it inflates.
import { Inflate } from 'fflate';
import { XlsxReadError } from './errors';

/** Random access to the file's bytes. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A source over bytes already in memory (the pane's File as an ArrayBuffer, tests). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)) };
}

/** What a Blob or a browser File offers (typed here so that no DOM library is needed). */
export interface BlobLike { readonly size: number; slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> } }

/** A source over a picked File (the pane): each read is a slice, so the file is never held whole. */
export function blobSource(blob: BlobLike): ByteSource {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  /** The CRC-32 of the unpacked data, as the directory gives it (a copied part keeps it). */
  crc: number;
  packed: number;
  unpacked: number;
  headerOffset: number;
}

/** What the reader may unpack; see README "Reading workbooks". */
export interface UnpackLimits {
  /** Unpacked bytes of all parts read, together. */
  maxUnpackedBytes: number;
  /** Unpacked ÷ packed bytes of one part, judged once the part passes `ratioFrom` bytes. */
  maxRatio: number;
  ratioFrom: number;
}

const u16 = (b: Uint8Array, i: number): number => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 0x100000000;

const corrupt = (detail: string): XlsxReadError => new XlsxReadError('corrupt-zip', { detail });

/** The archive's entries by lower-cased name without a leading "/" (OPC part names ignore case). */
export async function readDirectory(src: ByteSource): Promise<Map<string, ZipEntry>> {
  const tailLen = Math.min(src.size, 22 + 0xffff + 20);
  const tail = await src.read(src.size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 5 && tail[i + 3] === 6) { eocd = i; break; }
  }
  if (eocd < 0) throw corrupt('no central directory');
  let count = u16(tail, eocd + 10);
  let dirSize = u32(tail, eocd + 12);
  let dirOffset = u32(tail, eocd + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    // Zip64: the locator sits just before the end record.
    const loc = eocd - 20;
    if (loc < 0 || u32(tail, loc) !== 0x07064b50) throw corrupt('zip64 locator missing');
    const recOffset = u64(tail, loc + 8);
    const rec = await src.read(recOffset, 56);
    if (u32(rec, 0) !== 0x06064b50) throw corrupt('zip64 end record missing');
    count = u64(rec, 32);
    dirSize = u64(rec, 40);
    dirOffset = u64(rec, 48);
  }
  if (dirOffset + dirSize > src.size) throw corrupt('central directory beyond the end of the file');
  const dir = await src.read(dirOffset, dirSize);
  const decoder = new TextDecoder('utf-8');
  const out = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || u32(dir, p) !== 0x02014b50) throw corrupt('central directory entry broken');
    const flags = u16(dir, p + 8);
    const method = u16(dir, p + 10);
    const crc = u32(dir, p + 16);
    let packed = u32(dir, p + 20);
    let unpacked = u32(dir, p + 24);
    const nameLen = u16(dir, p + 28);
    const extraLen = u16(dir, p + 30);
    const commentLen = u16(dir, p + 32);
    let headerOffset = u32(dir, p + 42);
    const name = decoder.decode(dir.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extra field: the 64-bit values, in this order, for the fields that overflowed.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(dir, e);
      const len = u16(dir, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (unpacked === 0xffffffff) { unpacked = u64(dir, q); q += 8; }
        if (packed === 0xffffffff) { packed = u64(dir, q); q += 8; }
        if (headerOffset === 0xffffffff) headerOffset = u64(dir, q);
      }
      e += 4 + len;
    }
    p = extraEnd + commentLen;
    out.set(name.replace(/^\/+/, '').toLowerCase(), { name, method, flags, crc, packed, unpacked, headerOffset });
  }
  return out;
}

/** Counts every unpacked byte of a read against the limits. */
export class UnpackBudget {
  used = 0;
  constructor(readonly limits: UnpackLimits) {}
}

const CHUNK = 1 << 18;

/** Where an entry's stored (packed) bytes begin: after its local header, whose lengths may differ from the directory's. */
async function dataStart(src: ByteSource, entry: ZipEntry): Promise<number> {
  const head = await src.read(entry.headerOffset, 30);
  if (head.length < 30 || u32(head, 0) !== 0x04034b50) throw corrupt(`local header of ${entry.name} missing`);
  const pos = entry.headerOffset + 30 + u16(head, 26) + u16(head, 28);
  if (pos + entry.packed > src.size) throw corrupt(`${entry.name} runs past the end of the file`);
  return pos;
}

/** An entry's stored bytes as they lie in the file (still deflated), chunk by chunk: for copying a part unchanged. */
export async function* storedChunks(src: ByteSource, entry: ZipEntry): AsyncIterable<Uint8Array> {
  const start = await dataStart(src, entry);
  for (let pos = start, end = start + entry.packed; pos < end;) {
    const len = Math.min(CHUNK * 4, end - pos);
    const bytes = await src.read(pos, len);
    if (bytes.length !== len) throw corrupt(`${entry.name} runs past the end of the file`);
    pos += len;
    yield bytes;
  }
}

/**
 * Inflates one entry, handing its text to `onText` chunk by chunk (UTF-8 decoded, characters split
 * across chunks kept whole). Stops with a typed error at a limit or at broken data.
 */
export async function inflateText(
  src: ByteSource, entry: ZipEntry, budget: UnpackBudget, onText: (text: string) => void,
): Promise<void> {
  if (entry.flags & 1) throw new XlsxReadError('encrypted');
  if (entry.method !== 0 && entry.method !== 8) throw corrupt(`unsupported compression ${entry.method} in ${entry.name}`);
  let pos = await dataStart(src, entry);
  const end = pos + entry.packed;
  const decoder = new TextDecoder('utf-8');
  const { limits } = budget;
  let out = 0;
  const take = (chunk: Uint8Array): void => {
    out += chunk.length;
    budget.used += chunk.length;
    if (budget.used > limits.maxUnpackedBytes) throw new XlsxReadError('too-large', { limit: limits.maxUnpackedBytes });
    if (out > limits.ratioFrom && out > limits.maxRatio * Math.max(1, entry.packed)) {
      throw new XlsxReadError('zip-bomb', { part: entry.name });
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) onText(text);
  };
  let inflater: Inflate | null = null;
  if (entry.method === 8) {
    inflater = new Inflate();
    inflater.ondata = (chunk) => take(chunk);
  }
  while (pos < end) {
    const len = Math.min(CHUNK, end - pos);
    const bytes = await src.read(pos, len);
    pos += len;
    if (inflater) {
      try {
        inflater.push(bytes, pos >= end);
      } catch (e) {
        if (e instanceof XlsxReadError) throw e;
        throw corrupt(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    } else take(bytes.slice());
  }
  if (inflater && entry.packed === 0) inflater.push(new Uint8Array(0), true);
  const rest = decoder.decode();
  if (rest.length > 0) onText(rest);
  if (out !== entry.unpacked && entry.unpacked !== 0xffffffff) throw corrupt(`${entry.name} unpacks to ${out} bytes, not ${entry.unpacked}`);
}
