// A zip container written front to back as a stream, for a package made mostly of another package's
// parts: a part of the input is copied as its stored bytes (still deflated, with the CRC and sizes its
// central directory gives), a new part is deflated here. Nothing is held but the directory (one small
// record per part) and the part being added. Zip64 records are written only when an offset, a size
// or the number of parts outgrows the classic format. Plain bytes out, no Node: the caller's `write`
// takes each chunk (and may wait, for back-pressure).
import { deflateSync } from 'fflate';

/** Where the written bytes go; the writer waits for each call before the next. */
export type ZipSink = (chunk: Uint8Array) => Promise<void>;

interface Written { name: Uint8Array; method: number; crc: number; packed: number; unpacked: number; offset: number }

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const LIMIT32 = 0xffffffff;
const FLAG_UTF8 = 0x800;
/** 1980-01-01 00:00 in DOS form: the parts carry no meaningful time, and a fixed one keeps output reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

class Bytes {
  private readonly buf: Uint8Array;
  private readonly view: DataView;
  private at = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
  }
  u16(v: number): this { this.view.setUint16(this.at, v, true); this.at += 2; return this; }
  u32(v: number): this { this.view.setUint32(this.at, v >>> 0, true); this.at += 4; return this; }
  u64(v: number): this { this.u32(v % 0x100000000); return this.u32(Math.floor(v / 0x100000000)); }
  bytes(b: Uint8Array): this { this.buf.set(b, this.at); this.at += b.length; return this; }
  done(): Uint8Array { return this.buf.subarray(0, this.at); }
}

export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly encoder = new TextEncoder();

  constructor(private readonly sink: ZipSink) {}

  /**
   * A part whose data is already in zip form: `method` 0 (stored) or 8 (deflated), `crc` and both
   * sizes as the source's directory gives them; `chunks` yields exactly `packed` bytes.
   */
  async addStored(name: string, entry: { method: number; crc: number; packed: number; unpacked: number }, chunks: AsyncIterable<Uint8Array>): Promise<void> {
    const w: Written = { name: this.encoder.encode(name), method: entry.method, crc: entry.crc, packed: entry.packed, unpacked: entry.unpacked, offset: this.offset };
    await this.put(this.localHeader(w));
    let copied = 0;
    for await (const chunk of chunks) {
      copied += chunk.length;
      await this.put(chunk);
    }
    if (copied !== w.packed) throw new Error(`${name}: ${copied} bytes copied, ${w.packed} expected`);
    this.written.push(w);
  }

  /** A new part, deflated here. */
  async addBytes(name: string, data: Uint8Array): Promise<void> {
    const packed = deflateSync(data, { level: 6 });
    const w: Written = { name: this.encoder.encode(name), method: 8, crc: crc32(data), packed: packed.length, unpacked: data.length, offset: this.offset };
    await this.put(this.localHeader(w));
    await this.put(packed);
    this.written.push(w);
  }

  addText(name: string, text: string): Promise<void> {
    return this.addBytes(name, this.encoder.encode(text));
  }

  /** The central directory and its end records; nothing may be added after. */
  async finish(): Promise<void> {
    const dirStart = this.offset;
    for (const w of this.written) await this.put(this.directoryEntry(w));
    const dirSize = this.offset - dirStart;
    const count = this.written.length;
    const zip64 = count >= 0xffff || dirStart >= LIMIT32 || dirSize >= LIMIT32;
    if (zip64) {
      const recordAt = this.offset;
      await this.put(new Bytes(56).u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0)
        .u64(count).u64(count).u64(dirSize).u64(dirStart).done());
      await this.put(new Bytes(20).u32(0x07064b50).u32(0).u64(recordAt).u32(1).done());
    }
    await this.put(new Bytes(22).u32(0x06054b50).u16(0).u16(0)
      .u16(Math.min(count, 0xffff)).u16(Math.min(count, 0xffff))
      .u32(Math.min(dirSize, LIMIT32)).u32(Math.min(dirStart, LIMIT32)).u16(0).done());
  }

  private async put(chunk: Uint8Array): Promise<void> {
    this.offset += chunk.length;
    await this.sink(chunk);
  }

  /** Sizes go in the local header itself (no data descriptor): they are known before the data. */
  private localHeader(w: Written): Uint8Array {
    const big = w.packed >= LIMIT32 || w.unpacked >= LIMIT32;
    const extra = big ? new Bytes(20).u16(1).u16(16).u64(w.unpacked).u64(w.packed).done() : new Uint8Array(0);
    return new Bytes(30 + w.name.length + extra.length)
      .u32(0x04034b50).u16(big ? 45 : 20).u16(FLAG_UTF8).u16(w.method).u16(DOS_TIME).u16(DOS_DATE)
      .u32(w.crc).u32(big ? LIMIT32 : w.packed).u32(big ? LIMIT32 : w.unpacked)
      .u16(w.name.length).u16(extra.length).bytes(w.name).bytes(extra).done();
  }

  private directoryEntry(w: Written): Uint8Array {
    const fields: number[] = [];
    if (w.unpacked >= LIMIT32) fields.push(w.unpacked);
    if (w.packed >= LIMIT32) fields.push(w.packed);
    if (w.offset >= LIMIT32) fields.push(w.offset);
    const extra = new Bytes(fields.length > 0 ? 4 + 8 * fields.length : 0);
    if (fields.length > 0) {
      extra.u16(1).u16(8 * fields.length);
      for (const f of fields) extra.u64(f);
    }
    const ex = extra.done();
    return new Bytes(46 + w.name.length + ex.length)
      .u32(0x02014b50).u16(fields.length > 0 ? 45 : 20).u16(fields.length > 0 ? 45 : 20).u16(FLAG_UTF8).u16(w.method)
      .u16(DOS_TIME).u16(DOS_DATE).u32(w.crc)
      .u32(w.packed >= LIMIT32 ? LIMIT32 : w.packed).u32(w.unpacked >= LIMIT32 ? LIMIT32 : w.unpacked)
      .u16(w.name.length).u16(ex.length).u16(0).u16(0).u16(0).u32(0)
      .u32(w.offset >= LIMIT32 ? LIMIT32 : w.offset).bytes(w.name).bytes(ex).done();
  }
}
