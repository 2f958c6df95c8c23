/**
 * Draws Gloss's toolbar and store icons (icons/gloss-{16,32,48,128}.png): a white "G" on a blue
 * rounded square with an amber highlighter stroke under it, and a thin light rim so the square
 * still stands out on dark toolbars. Shapes are signed-distance functions, supersampled for
 * anti-aliasing; the PNG encoder is the minimum the format needs (RGBA, filter 0, zlib).
 *
 * Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const SIZES = [16, 32, 48, 128] as const;
/** Subsamples per pixel side (SS² samples per pixel). */
const SS = 8;

const RIM: Rgba = [232, 238, 247, 255];
const FILL: Rgba = [27, 79, 156, 255];
const GLYPH: Rgba = [255, 255, 255, 255];
const MARKER: Rgba = [255, 196, 61, 255];

// ---- geometry, in a unit square (0..1, y down) ------------------------------------------------

function roundedSquare(x: number, y: number, inset: number, radius: number): number {
  const half = 0.5 - inset;
  const qx = Math.abs(x - 0.5) - (half - radius);
  const qy = Math.abs(y - 0.5) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function box(x: number, y: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = Math.max(x0 - x, x - x1);
  const dy = Math.max(y0 - y, y - y1);
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0);
}

/** The "G": a thick ring open on the upper right, a bar into the middle and a short spur down. */
function glyphG(x: number, y: number, small: boolean): number {
  const cx = 0.5;
  const cy = small ? 0.5 : 0.46;
  const outer = small ? 0.34 : 0.3;
  const stroke = small ? 0.15 : 0.115;
  const r = Math.hypot(x - cx, y - cy);
  const ring = Math.abs(r - (outer - stroke / 2)) - stroke / 2;
  // Angle with y up: the opening spans from just above the bar (0°) to the upper right (55°).
  const angle = (Math.atan2(cy - y, x - cx) * 180) / Math.PI;
  const open = angle > 2 && angle < 55;
  const arc = open ? Infinity : ring;
  const bar = box(x, y, cx + 0.02, cy - 0.005, cx + outer, cy - 0.005 + stroke * 0.9);
  const spur = box(x, y, cx + outer - stroke, cy, cx + outer, cy + outer * 0.55);
  return Math.min(arc, bar, spur);
}

function marker(x: number, y: number): number {
  return box(x, y, 0.24, 0.8, 0.76, 0.865);
}

// ---- rasterising ------------------------------------------------------------------------------

function over(dst: Rgba, src: Rgba, coverage: number): void {
  const a = (src[3] / 255) * coverage;
  const outA = a + (dst[3] / 255) * (1 - a);
  if (outA === 0) return;
  for (let c = 0; c < 3; c++) dst[c] = (src[c]! * a + dst[c]! * (dst[3] / 255) * (1 - a)) / outA;
  dst[3] = outA * 255;
}

function coverage(size: number, px: number, py: number, inside: (x: number, y: number) => boolean): number {
  let hits = 0;
  for (let sy = 0; sy < SS; sy++) {
    for (let sx = 0; sx < SS; sx++) {
      if (inside((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size)) hits++;
    }
  }
  return hits / (SS * SS);
}

function draw(size: number): Uint8Array {
  const small = size <= 16;
  // One device pixel of rim at every size, so the edge stays crisp.
  const rim = 1 / size;
  const radius = small ? 0.2 : 0.22;
  const layers: [Rgba, (x: number, y: number) => boolean][] = [
    [RIM, (x, y) => roundedSquare(x, y, 0, radius) <= 0],
    [FILL, (x, y) => roundedSquare(x, y, rim, radius - rim) <= 0],
    [GLYPH, (x, y) => glyphG(x, y, small) <= 0],
  ];
  if (!small) layers.push([MARKER, (x, y) => marker(x, y) <= 0]);
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const pixel: Rgba = [0, 0, 0, 0];
      for (const [colour, inside] of layers) {
        const c = coverage(size, px, py, inside);
        if (c > 0) over(pixel, colour, c);
      }
      out.set(pixel.map((v) => Math.round(v)), (py * size + px) * 4);
    }
  }
  return out;
}

// ---- PNG ---------------------------------------------------------------------------------------

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../icons');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = resolve(outDir, `gloss-${size}.png`);
  writeFileSync(file, encodePng(size, size, draw(size)));
  console.log(`wrote ${file}`);
}
