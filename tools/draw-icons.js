#!/usr/bin/env node
// Draws the Aid & FDI Ledger add-in icons.
//
//   node tools/draw-icons.js [outDir]
//
// outDir defaults to the repository's assets/ folder. Writes icon-16, -32, -64
// and -80 (the sizes an Office add-in manifest asks for) and icon-128 (store
// listings), all RGBA PNG with a transparent background.
//
// The icons are drawn from code rather than kept as hand-edited bitmaps so that
// every size comes from one design, a change is a reviewable diff, and nobody
// needs an image editor or an extra npm dependency: Node's zlib is enough to
// write PNG. Output is byte-for-byte deterministic (test/icons.test.ts checks
// that the committed files match a fresh run).
//
// Design: a deep-teal rounded tile; on it a white ledger sheet with a dark
// header row and ruled lines; in the lower-right corner a gold badge with a
// white tick, for "validated". At 16 px the tick, fold and pale rules go and
// the sheet and its two rules sit on whole pixels: at that size detail turns to mud.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];

// 8x8 samples per pixel: edges on whole pixels still come out exact, and the
// curved edges get 65 coverage levels, which is smoother than the eye can tell.
const SUPERSAMPLE = 8;

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const TILE_TOP = hex('#12896B');
const TILE_BOTTOM = hex('#0B6A52');
const WHITE = hex('#FFFFFF');
const HEADER = hex('#0E7A5F');
const RULE = hex('#9CCDBF');
const FOLD = hex('#CFE3DD');
const GOLD = hex('#F2B705');

// ---- geometry: each shape answers "is this point inside me?" ----

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// A stroked polyline with round joins and caps: inside if within w/2 of any segment.
function polyline(points, w) {
  const h2 = (w / 2) ** 2;
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1];
      const [bx, by] = points[i];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= h2) return true;
    }
    return false;
  };
}

// Points on the edge count as inside, so two triangles sharing an edge leave no hairline gap.
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const d1 = s(ax, ay, bx, by);
  const d2 = s(bx, by, cx, cy);
  const d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const and = (a, b) => (x, y) => a(x, y) && b(x, y);
const not = (a) => (x, y) => !a(x, y);

// ---- the design, laid out per size ----

// Layers are painted in order; each is [shape, colour] where colour is an RGB
// triple or a function of y (for the tile's gentle top-to-bottom shading).
function layers(s) {
  const tileColour = (y) => {
    const t = Math.max(0, Math.min(1, y / s));
    return TILE_TOP.map((c, i) => c + (TILE_BOTTOM[i] - c) * t);
  };

  if (s <= 16) {
    // Hand-placed on the 16-pixel grid: tile, sheet, two rules, gold dot.
    const tile16 = roundRect(1, 1, 15, 15, 3);
    return clipTo(tile16, [
      [tile16, tileColour],
      [rect(3, 3, 10, 13), WHITE],
      [rect(4, 5, 9, 6), HEADER],
      [rect(4, 8, 9, 9), HEADER],
      [circle(11.5, 11.5, 3.5), tileColour],
      [circle(11.5, 11.5, 2.6), GOLD],
    ]);
  }

  const px = (v) => Math.round(v * s);
  const m = Math.round(s / 16);
  const tile = roundRect(m, m, s - m, s - m, s * 0.19);

  const sx0 = px(0.2);
  const sx1 = px(0.64);
  const sy0 = px(0.16);
  const sy1 = px(0.82);
  const fold = px(0.11);
  // The sheet minus its top-right corner, which is drawn folded over.
  const cut = triangle(sx1 - fold, sy0, sx1, sy0, sx1, sy0 + fold);
  const sheet = and(rect(sx0, sy0, sx1, sy1), not(cut));
  const foldFlap = triangle(sx1 - fold, sy0, sx1 - fold, sy0 + fold, sx1, sy0 + fold);

  const pad = Math.max(2, px(0.06));
  const lw = Math.max(1, Math.round(s / 36));
  const lx0 = sx0 + pad;
  const lx1 = sx1 - pad;
  const headerTop = sy0 + pad + Math.round(lw / 2);
  const headerBottom = headerTop + Math.max(2, lw * 2);
  const headerRight = sx1 - fold - Math.max(1, Math.round(pad / 2));
  const out = [
    [tile, tileColour],
    [sheet, WHITE],
    [foldFlap, FOLD],
    [rect(lx0, headerTop, headerRight, headerBottom), HEADER],
  ];
  // Ruled lines spread evenly between the header and the sheet's foot.
  const rules = s >= 64 ? 4 : 3;
  const firstRule = headerBottom + px(0.08);
  const gap = (sy1 - pad - firstRule) / rules;
  for (let i = 0; i < rules; i++) {
    const y = Math.round(firstRule + i * gap);
    out.push([rect(lx0, y, lx1, y + lw), RULE]);
  }

  // Badge: a ring in the tile colour first, so the gold disc reads as sitting
  // on top of the sheet rather than merging with its white edge.
  const cx = s * 0.68;
  const cy = s * 0.69;
  const r = s * 0.185;
  out.push([circle(cx, cy, r + s * 0.045), tileColour]);
  out.push([circle(cx, cy, r), GOLD]);
  const tick = [
    [cx - r * 0.46, cy + r * 0.02],
    [cx - r * 0.12, cy + r * 0.36],
    [cx + r * 0.47, cy - r * 0.3],
  ];
  out.push([polyline(tick, Math.max(1.8, r * 0.26)), WHITE]);
  return clipTo(tile, out);
}

// Nothing may stick out past the tile's rounded outline, or the icon's silhouette
// stops being a clean rounded square.
const clipTo = (tile, ls) => ls.map(([shape, colour]) => [and(tile, shape), colour]);

// ---- rasterising ----

// Returns RGBA bytes, straight (non-premultiplied) alpha as PNG requires.
function render(s) {
  const ls = layers(s);
  const rgba = Buffer.alloc(s * s * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < s; py++) {
    for (let px = 0; px < s; px++) {
      // Accumulate premultiplied colour so transparent samples don't darken edges.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let j = 0; j < n; j++) {
        const y = py + (j + 0.5) / n;
        for (let i = 0; i < n; i++) {
          const x = px + (i + 0.5) / n;
          let c = null;
          for (const [shape, colour] of ls) {
            if (shape(x, y)) c = typeof colour === 'function' ? colour(y) : colour;
          }
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * s + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return rgba;
}

// ---- PNG encoding ----

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(s, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 6; // colour type: RGBA
  // bytes 10-12: deflate compression, adaptive filtering, no interlace (all 0)
  const stride = s * 4;
  const raw = Buffer.alloc((stride + 1) * s);
  for (let y = 0; y < s; y++) {
    // Filter 0 on every row: the files are tiny, and it keeps the encoder trivially correct.
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const s of SIZES) {
    const file = path.join(outDir, `icon-${s}.png`);
    fs.writeFileSync(file, encodePng(s, render(s)));
    console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
  }
}

if (require.main === module) main();

module.exports = { render, encodePng, SIZES };
