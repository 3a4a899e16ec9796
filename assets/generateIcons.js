/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, __dirname, Buffer */
// Draws the add-in icon (a bar chart rising over a baseline, the LKjIP "capaian" idea) as PNGs in the
// sizes the manifest asks for. Plain zlib, no image tool needed: `node assets/generateIcons.js`.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x10, 0x7c, 0x41]; // Excel green
const BAR = [0xff, 0xff, 0xff];
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Coverage of a point in unit coordinates (0..1): rounded square with three bars. */
function paint(x, y) {
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const bars = [
    [0.2, 0.36, 0.58],
    [0.42, 0.58, 0.4],
    [0.64, 0.8, 0.2],
  ];
  for (const [left, right, top] of bars) {
    if (x >= left && x <= right && y >= top && y <= 0.8) return BAR;
  }
  return BACKGROUND;
}

function pixels(size) {
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    data[row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const color = paint(
            (px + (sx + 0.5) / SAMPLES) / size,
            (py + (sy + 0.5) / SAMPLES) / size
          );
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const offset = row + 1 + px * 4;
      const n = SAMPLES * SAMPLES;
      data[offset] = a ? Math.round(r / a) : 0;
      data[offset + 1] = a ? Math.round(g / a) : 0;
      data[offset + 2] = a ? Math.round(b / a) : 0;
      data[offset + 3] = Math.round((255 * a) / n);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
}
