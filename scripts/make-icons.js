#!/usr/bin/env node
'use strict';
// Draws the add-in's icon (a small colour-coded grid, like the matrix it builds) as PNG files at the sizes
// the manifest names. Run once by hand when the design changes; the PNGs are committed, so builds need no
// image tools. Written with zlib alone because no image library is a project dependency.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const OUT_DIR = path.join(__dirname, '..', 'assets');

// A green frame (Excel's own colour, so the icon reads as "a sheet"); cells in the matrix's BRAG colours (blue, green, amber, red, grey).
const FRAME = [0x21, 0x73, 0x46];
const CELLS = [
  [
    [0x44, 0x72, 0xc4],
    [0x70, 0xad, 0x47],
    [0xff, 0xc0, 0x00],
  ],
  [
    [0x70, 0xad, 0x47],
    [0xff, 0xc0, 0x00],
    [0xc0, 0x00, 0x00],
  ],
  [
    [0xff, 0xc0, 0x00],
    [0xc0, 0x00, 0x00],
    [0xa6, 0xa6, 0xa6],
  ],
];

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixel for (x, y) of an icon of the given size. */
function pixel(size, x, y) {
  const margin = Math.max(1, Math.round(size / 16));
  const inner = size - 2 * margin;
  const gap = Math.max(1, Math.round(size / 24));
  const cell = (inner - 4 * gap) / 3;
  if (x < margin || y < margin || x >= size - margin || y >= size - margin) return [0, 0, 0, 0];
  const ix = x - margin;
  const iy = y - margin;
  const col = Math.floor((ix - gap) / (cell + gap));
  const row = Math.floor((iy - gap) / (cell + gap));
  const inCellX = ix - gap - col * (cell + gap);
  const inCellY = iy - gap - row * (cell + gap);
  if (
    col >= 0 &&
    col < 3 &&
    row >= 0 &&
    row < 3 &&
    inCellX >= 0 &&
    inCellX < cell &&
    inCellY >= 0 &&
    inCellY < cell
  ) {
    return [...CELLS[row][col], 255];
  }
  return [...FRAME, 255];
}

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    const rowStart = y * (size * 4 + 1);
    raw[rowStart] = 0; // no filter
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(size, x, y);
      const at = rowStart + 1 + x * 4;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
      raw[at + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT_DIR, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
