/**
 * Draws WhoSaid's toolbar and store icons (a speech bubble holding three highlighted lines in Okabe–Ito colours)
 * as PNGs at every size the manifest names. Run once after changing the drawing: `node icons/make-icons.mjs`.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BLUE = [0x00, 0x72, 0xb2];
const WHITE = [0xff, 0xff, 0xff];
const LINES = [
  { y: 0.36, from: 0.3, to: 0.7, rgb: [0xe6, 0x9f, 0x00] },
  { y: 0.47, from: 0.3, to: 0.64, rgb: [0x00, 0x9e, 0x73] },
  { y: 0.58, from: 0.3, to: 0.55, rgb: [0xcc, 0x79, 0xa7] },
];

/** Signed distance to a rounded rectangle centred at (0.5, 0.5). */
function roundedSquare(x, y, half, radius) {
  const qx = Math.abs(x - 0.5) - half + radius;
  const qy = Math.abs(y - 0.5) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function insideBubble(x, y) {
  const ellipse = ((x - 0.5) / 0.38) ** 2 + ((y - 0.47) / 0.3) ** 2 <= 1;
  // The tail: a triangle below the bubble's lower left.
  const tail = y >= 0.66 && y <= 0.86 && x >= 0.26 && x <= 0.44 - (y - 0.66) * 0.9;
  return ellipse || tail;
}

function colorAt(x, y) {
  if (roundedSquare(x, y, 0.5, 0.2) > 0) return null;
  if (!insideBubble(x, y)) return BLUE;
  for (const line of LINES) if (Math.abs(y - line.y) <= 0.04 && x >= line.from && x <= line.to) return line.rgb;
  return WHITE;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const samples = 4; // 4×4 supersampling for smooth edges
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const rgb = colorAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (rgb === null) continue;
          r += rgb[0]; g += rgb[1]; b += rgb[2]; a += 1;
        }
      }
      const offset = 1 + px * 4;
      if (a > 0) row.set([Math.round(r / a), Math.round(g / a), Math.round(b / a)], offset);
      row[offset + 3] = Math.round((255 * a) / samples ** 2);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of SIZES) writeFileSync(new URL(`icon-${size}.png`, import.meta.url), png(size));
