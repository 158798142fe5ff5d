/**
 * Writes the PWA icons (static/icons/*.png): a pinisi under sail at sunset on the Losari sea.
 * Run with `npx tsx src/pwa/tools/generateIcons.ts`; the PNGs are committed, so the build never runs this.
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Rgba = [number, number, number, number];

/** Makassar palette: Losari sea blue, sunset gold, sail white, pinisi hull red-brown. */
const palette = {
  sky: [11, 61, 107, 255] as Rgba,
  skyLow: [214, 96, 52, 255] as Rgba,
  sun: [247, 183, 51, 255] as Rgba,
  sea: [8, 45, 82, 255] as Rgba,
  wave: [36, 110, 160, 255] as Rgba,
  sail: [250, 246, 236, 255] as Rgba,
  hull: [128, 38, 28, 255] as Rgba,
  mast: [60, 30, 20, 255] as Rgba,
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG file (8-bit, colour type 6, no filtering). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function inTriangle(px: number, py: number, a: [number, number], b: [number, number], c: [number, number]): boolean {
  const s = (p1: [number, number], p2: [number, number]) => (px - p2[0]) * (p1[1] - p2[1]) - (p1[0] - p2[0]) * (py - p2[1]);
  const d1 = s(a, b), d2 = s(b, c), d3 = s(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function mix(a: Rgba, b: Rgba, t: number): Rgba {
  return [0, 1, 2, 3].map((i) => a[i] + (b[i] - a[i]) * t) as Rgba;
}

/** Colour of the emblem at unit coordinates (u, v in 0..1 of the artwork square), or null outside the shape. */
function emblem(u: number, v: number): Rgba {
  const horizon = 0.64;
  // Sails and hull first (front-most).
  const hullTop = 0.6, hullBottom = 0.7;
  if (v >= hullTop && v <= hullBottom) {
    const t = (v - hullTop) / (hullBottom - hullTop);
    const left = 0.2 + 0.1 * t, right = 0.8 - 0.06 * t;
    if (u >= left && u <= right) return palette.hull;
  }
  if (u >= 0.49 && u <= 0.515 && v >= 0.2 && v <= hullTop) return palette.mast;
  if (inTriangle(u, v, [0.525, 0.22], [0.525, 0.57], [0.76, 0.57])) return palette.sail;
  if (inTriangle(u, v, [0.475, 0.26], [0.475, 0.57], [0.28, 0.57])) return palette.sail;
  if (inTriangle(u, v, [0.27, 0.35], [0.27, 0.57], [0.18, 0.57])) return palette.sail;
  if (v > horizon) {
    const wave = Math.sin(u * Math.PI * 8) * 0.012;
    const band = (v - horizon) * 10;
    return Math.abs((band % 1) - 0.5 + wave * 10) < 0.08 ? palette.wave : palette.sea;
  }
  const dx = u - 0.5, dy = v - 0.5;
  if (dx * dx + dy * dy < 0.17 * 0.17) return palette.sun;
  return mix(palette.sky, palette.skyLow, Math.max(0, Math.min(1, (v - 0.1) / (horizon - 0.1))));
}

/**
 * Renders one icon. `maskable` draws full-bleed with the artwork inside the 80 % safe zone;
 * otherwise the artwork fills a circle with transparent corners.
 */
function render(size: number, maskable: boolean, opaque: boolean): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const ss = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const nx = (x + (sx + 0.5) / ss) / size, ny = (y + (sy + 0.5) / ss) / size;
          let colour: Rgba;
          if (maskable || opaque) {
            const scale = maskable ? 0.8 : 1;
            colour = emblem((nx - 0.5) / scale + 0.5, (ny - 0.5) / scale + 0.5);
          } else {
            const dx = nx - 0.5, dy = ny - 0.5;
            colour = dx * dx + dy * dy <= 0.25 ? emblem(nx, ny) : [0, 0, 0, 0];
          }
          for (let i = 0; i < 4; i++) acc[i] += colour[i] * (i === 3 ? 1 : colour[3] / 255);
        }
      }
      const n = ss * ss, o = (y * size + x) * 4;
      const alpha = acc[3] / n;
      for (let i = 0; i < 3; i++) out[o + i] = alpha > 0 ? Math.round(acc[i] / n / (alpha / 255)) : 0;
      out[o + 3] = Math.round(alpha);
    }
  }
  return out;
}

/** Icon files the manifest and index.html reference. */
export const iconFiles = [
  { file: 'icon-192.png', size: 192, maskable: false, opaque: false },
  { file: 'icon-512.png', size: 512, maskable: false, opaque: false },
  { file: 'icon-maskable-192.png', size: 192, maskable: true, opaque: true },
  { file: 'icon-maskable-512.png', size: 512, maskable: true, opaque: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: false, opaque: true },
];

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../static/icons');
  mkdirSync(dir, { recursive: true });
  for (const icon of iconFiles) {
    writeFileSync(path.join(dir, icon.file), encodePng(icon.size, icon.size, render(icon.size, icon.maskable, icon.opaque)));
    console.log(`wrote static/icons/${icon.file}`);
  }
}
