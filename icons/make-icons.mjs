// Draws the toolbar icons (a magnifier over a coin) at 16/32/48/128 px, in colour and greyed
// ("-off": the site is off). Run `node icons/make-icons.mjs`; output is deterministic.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = path.dirname(fileURLToPath(import.meta.url));
const SIZES = [16, 32, 48, 128];
const THEMES = {
  '': { bg: [180, 83, 9], coin: [253, 230, 138], glass: [255, 255, 255] },
  '-off': { bg: [107, 114, 128], coin: [209, 213, 219], glass: [243, 244, 246] },
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) { raw[y * (size * 4 + 1)] = 0; rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Signed distances in a unit square (0..1).
const roundRect = (x, y, r) => { const qx = Math.abs(x - 0.5) - (0.5 - r), qy = Math.abs(y - 0.5) - (0.5 - r); return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r; };
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
function segment(x, y, ax, ay, bx, by, r) {
  const pax = x - ax, pay = y - ay, bax = bx - ax, bay = by - ay;
  const h = Math.max(0, Math.min(1, (pax * bax + pay * bay) / (bax * bax + bay * bay)));
  return Math.hypot(pax - bax * h, pay - bay * h) - r;
}

function draw(size, theme) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4; // supersampling per axis
  for (let py = 0; py < size; py++) for (let px = 0; px < size; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const x = (px + (sx + 0.5) / S) / size, y = (py + (sy + 0.5) / S) / size;
      let col = null;
      if (roundRect(x, y, 0.2) <= 0) col = theme.bg;
      const lens = circle(x, y, 0.43, 0.43, 0.24);
      if (col && lens <= 0 && lens > -0.075) col = theme.glass;                       // lens ring
      else if (col && lens <= -0.075 && circle(x, y, 0.43, 0.43, 0.1) <= 0) col = theme.coin; // coin inside
      if (col && segment(x, y, 0.61, 0.61, 0.8, 0.8, 0.07) <= 0) col = theme.glass;    // handle
      if (col) { r += col[0]; g += col[1]; b += col[2]; a += 255; }
    }
    const n = S * S, i = (py * size + px) * 4, cov = a / 255;
    rgba[i] = cov ? Math.round(r / cov) : 0; rgba[i + 1] = cov ? Math.round(g / cov) : 0; rgba[i + 2] = cov ? Math.round(b / cov) : 0; rgba[i + 3] = Math.round(a / n);
  }
  return png(size, rgba);
}

for (const [suffix, theme] of Object.entries(THEMES)) for (const size of SIZES) {
  writeFileSync(path.join(dir, `icon-${size}${suffix}.png`), draw(size, theme));
}
console.log('icons written');
