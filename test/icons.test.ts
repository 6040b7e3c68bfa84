// The add-in icons in assets/ are drawn by tools/draw-icons.js. These tests read
// them back with a small PNG decoder of our own (no image dependency) and check
// that they are what the manifest expects and that they match a fresh run.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.join(__dirname, '..');
const ASSETS = path.join(ROOT, 'assets');
const SCRIPT = path.join(ROOT, 'tools', 'draw-icons.js');
const FILES = [16, 32, 64, 80, 128].map((s) => `icon-${s}.png`);

interface Png { width: number; height: number; colourType: number; rgba: Buffer }

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// Bitwise CRC-32 (slow, but independent of the table-driven one in the script under test).
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

// Decodes 8-bit RGBA, non-interlaced PNG: all the icons need, and anything else is a failure.
// Checks every chunk's CRC, since image viewers reject a file whose CRCs are wrong.
function decodePng(buf: Buffer): Png {
  expect(buf.subarray(0, 8).equals(SIGNATURE)).toBe(true);
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  for (let p = 8; p < buf.length;) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString('ascii', p + 4, p + 8);
    const data = buf.subarray(p + 8, p + 8 + len);
    expect({ type, crc: buf.readUInt32BE(p + 8 + len) }).toEqual({ type, crc: crc32(buf.subarray(p + 4, p + 8 + len)) });
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      colourType = data[9];
      expect(data[12]).toBe(0);
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    p += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bpp = 4;
  const stride = width * bpp;
  expect(raw.length).toBe((stride + 1) * height);
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? rgba[out + i - bpp] : 0;
      const b = y > 0 ? rgba[out - stride + i] : 0;
      const c = i >= bpp && y > 0 ? rgba[out - stride + i - bpp] : 0;
      let pred: number;
      switch (filter) {
        case 0: pred = 0; break;
        case 1: pred = a; break;
        case 2: pred = b; break;
        case 3: pred = (a + b) >> 1; break;
        case 4: {
          const pa = Math.abs(b - c);
          const pb = Math.abs(a - c);
          const pc = Math.abs(a + b - 2 * c);
          pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: throw new Error(`unknown PNG filter ${filter} on row ${y}`);
      }
      rgba[out + i] = (line[i] + pred) & 0xff;
    }
  }
  return { width, height, colourType, rgba };
}

const pixel = (png: Png, x: number, y: number) => {
  const o = (y * png.width + x) * 4;
  return [png.rgba[o], png.rgba[o + 1], png.rgba[o + 2], png.rgba[o + 3]];
};

describe.each(FILES)('assets/%s', (name) => {
  const size = Number(/icon-(\d+)\.png/.exec(name)![1]);
  let png: Png;
  beforeAll(() => { png = decodePng(fs.readFileSync(path.join(ASSETS, name))); });

  it('is a square RGBA image of the size in its name', () => {
    expect([png.width, png.height, png.colourType]).toEqual([size, size, 6]);
  });

  it('has transparent corners and an opaque centre', () => {
    const last = size - 1;
    for (const [x, y] of [[0, 0], [last, 0], [0, last], [last, last]]) expect(pixel(png, x, y)[3]).toBe(0);
    expect(pixel(png, size >> 1, size >> 1)[3]).toBe(255);
  });

  it('is not blank: at least three distinct opaque colours', () => {
    const colours = new Set<string>();
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const [r, g, b, a] = pixel(png, x, y);
        if (a === 255) colours.add(`${r},${g},${b}`);
      }
    }
    expect(colours.size).toBeGreaterThanOrEqual(3);
  });
});

describe('tools/draw-icons.js', () => {
  let dir: string;
  beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aidledger-icons-')); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('redraws the committed icons byte for byte', () => {
    execFileSync(process.execPath, [SCRIPT, dir], { stdio: 'pipe' });
    expect(fs.readdirSync(dir).sort()).toEqual([...FILES].sort());
    for (const name of FILES) {
      const same = fs.readFileSync(path.join(dir, name)).equals(fs.readFileSync(path.join(ASSETS, name)));
      expect({ name, same }).toEqual({ name, same: true });
    }
  });
});

// The drawing script only writes filter 0, so check the decoder's other four
// filters here, or a broken one would go unnoticed until someone re-saves an icon.
describe('the test PNG decoder', () => {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
    return Buffer.concat([head, data, crc]);
  };
  const encode = (w: number, h: number, rgba: Buffer, filter: number) => {
    const stride = w * 4;
    const raw = Buffer.alloc((stride + 1) * h);
    const at = (x: number, y: number) => (x < 0 || y < 0 ? 0 : rgba[y * stride + x]);
    for (let y = 0; y < h; y++) {
      raw[y * (stride + 1)] = filter;
      for (let i = 0; i < stride; i++) {
        const a = at(i - 4, y);
        const b = at(i, y - 1);
        const c = at(i - 4, y - 1);
        const p = a + b - c;
        const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
        const pred = [0, a, b, (a + b) >> 1, paeth][filter];
        raw[y * (stride + 1) + 1 + i] = (at(i, y) - pred) & 0xff;
      }
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(w, 0);
    ihdr.writeUInt32BE(h, 4);
    ihdr[8] = 8;
    ihdr[9] = 6;
    return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  };

  it.each([0, 1, 2, 3, 4])('undoes filter %i', (filter) => {
    const icon = decodePng(fs.readFileSync(path.join(ASSETS, 'icon-32.png')));
    const back = decodePng(encode(icon.width, icon.height, icon.rgba, filter));
    expect(back.rgba.equals(icon.rgba)).toBe(true);
  });
});
