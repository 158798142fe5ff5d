/**
 * Writes static/models/pinisi.glb: a low-poly pinisi, the Bugis-Makassar wooden schooner, as a valid glTF 2.0
 * binary with one vertex-coloured primitive. Run: `npx tsx src/world/tools/makePinisiGlb.ts`. Node only.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type V3 = [number, number, number];
type RGB = [number, number, number];

/** Collects flat-shaded faces with per-face colours, in glTF's right-handed frame (CCW front faces). */
class Builder {
  readonly positions: number[] = [];
  readonly normals: number[] = [];
  readonly colors: number[] = [];
  readonly indices: number[] = [];

  /** Adds a convex planar polygon; `outside` is a point it should face away from. */
  face(pts: V3[], color: RGB, inside: V3): void {
    const [a, b, c] = pts;
    let n = cross(sub(b, a), sub(c, a));
    const centre = pts.reduce((s, p) => add(s, p), [0, 0, 0] as V3).map((v) => v / pts.length) as V3;
    let ordered = pts;
    if (dot(n, sub(centre, inside)) < 0) {
      ordered = [...pts].reverse();
      n = [-n[0], -n[1], -n[2]];
    }
    const len = Math.hypot(...n) || 1;
    const base = this.positions.length / 3;
    const lin = color.map(srgbToLinear);
    for (const p of ordered) {
      this.positions.push(...p);
      this.normals.push(n[0] / len, n[1] / len, n[2] / len);
      this.colors.push(...lin);
    }
    for (let i = 1; i < ordered.length - 1; i++) this.indices.push(base, base + i, base + i + 1);
  }

  /** Adds a flat slab from a convex polygon in the XY plane, `thickness` along z, centred on z = zc. */
  slab(poly: [number, number][], thickness: number, color: RGB, zc = 0): void {
    const f = poly.map(([x, y]) => [x, y, zc + thickness / 2] as V3);
    const b = poly.map(([x, y]) => [x, y, zc - thickness / 2] as V3);
    const inside = centroid([...f, ...b]);
    this.face(f, color, inside);
    this.face(b, color, inside);
    for (let i = 0; i < poly.length; i++) {
      const j = (i + 1) % poly.length;
      this.face([f[i], f[j], b[j], b[i]], color, inside);
    }
  }

  /** Adds an axis-aligned box. */
  box(min: V3, max: V3, color: RGB): void {
    this.slab(
      [
        [min[0], min[1]],
        [max[0], min[1]],
        [max[0], max[1]],
        [min[0], max[1]],
      ],
      max[2] - min[2],
      color,
      (min[2] + max[2]) / 2,
    );
  }

  /** Adds a thin beam from p to q (rigging, bowsprit), square section of `size`. */
  beam(p: V3, q: V3, size: number, color: RGB): void {
    const d = sub(q, p);
    const up: V3 = Math.abs(d[1]) > 0.9 * Math.hypot(...d) ? [1, 0, 0] : [0, 1, 0];
    const s1 = norm(cross(d, up)).map((v) => (v * size) / 2) as V3;
    const s2 = norm(cross(d, s1)).map((v) => (v * size) / 2) as V3;
    const corners = (o: V3): V3[] => [add(add(o, s1), s2), add(sub(o, s1), s2), sub(sub(o, s1), s2), sub(add(o, s1), s2)];
    const a = corners(p);
    const b = corners(q);
    const inside = centroid([...a, ...b]);
    this.face(a, color, inside);
    this.face(b, color, inside);
    for (let i = 0; i < 4; i++) this.face([a[i], a[(i + 1) % 4], b[(i + 1) % 4], b[i]], color, inside);
  }
}

const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: V3): V3 => {
  const l = Math.hypot(...a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
const centroid = (pts: V3[]): V3 => pts.reduce((s, p) => add(s, p), [0, 0, 0] as V3).map((v) => v / pts.length) as V3;
const srgbToLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const hex = (h: string): RGB => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16) / 255) as RGB;

/** The boat's colours. */
const PINISI = {
  below: hex('#5a1f17'),
  wood: hex('#7a4a26'),
  band: hex('#f2ede0'),
  stripe: hex('#c8102e'),
  deck: hex('#b98a55'),
  sail: hex('#f1e6cc'),
  mast: hex('#4a2e1a'),
};

/** Builds the boat: hull lofted from stations, deckhouse, two masts with gaff sails and jibs, a merah-putih flag. */
export function buildPinisi(): Builder {
  const b = new Builder();
  buildHull(b);
  buildRig(b);
  return b;
}

/** The hull lofted from stations, its deck, the aft deckhouse and the bowsprit. */
function buildHull(b: Builder): void {
  const { below, wood, band, stripe, deck, mast } = PINISI;
  // Stations along x (stern -> bow): half beam at deck, keel depth below 0, sheer height of the deck edge.
  const stations: [number, number, number, number][] = [
    [-1.95, 0.42, 0.25, 0.95],
    [-1.6, 0.58, 0.45, 0.85],
    [-0.9, 0.66, 0.55, 0.76],
    [0, 0.66, 0.58, 0.74],
    [0.9, 0.6, 0.52, 0.78],
    [1.6, 0.42, 0.4, 0.88],
    [2.2, 0.1, 0.22, 1.02],
  ];
  const ring = ([x, w, k, h]: [number, number, number, number]): V3[] => [
    [x, h, w],
    [x, h * 0.62, w * 0.97],
    [x, h * 0.3, w * 0.85],
    [x, -k * 0.55, w * 0.5],
    [x, -k, 0],
    [x, -k * 0.55, -w * 0.5],
    [x, h * 0.3, -w * 0.85],
    [x, h * 0.62, -w * 0.97],
    [x, h, -w],
  ];
  const colorOf = (y: number): RGB => (y < 0.12 ? below : y < 0.55 ? wood : y < 0.62 ? stripe : band);
  for (let s = 0; s < stations.length - 1; s++) {
    const r0 = ring(stations[s]);
    const r1 = ring(stations[s + 1]);
    const axis: V3 = [(stations[s][0] + stations[s + 1][0]) / 2, 0.3, 0];
    for (let i = 0; i < r0.length - 1; i++) {
      const quad = [r0[i], r0[i + 1], r1[i + 1], r1[i]];
      const inside: V3 = [axis[0], axis[1], 0];
      b.face(quad, colorOf((quad[0][1] + quad[1][1]) / 2), inside);
    }
    // Deck between the two stations.
    const dk = [r0[0], r1[0], r1[8], r0[8]].map((p) => [p[0], p[1] - 0.03, p[2]] as V3);
    b.face(dk, deck, [axis[0], -1, 0]);
  }
  // Transom (stern) and bow caps.
  const stern = ring(stations[0]);
  b.face(stern, wood, [0, 0.4, 0]);
  const bow = ring(stations[stations.length - 1]);
  b.face(bow, wood, [0, 0.4, 0]);
  // Raised aft deckhouse.
  b.box([-1.75, 0.7, -0.38], [-0.85, 1.1, 0.38], band);
  b.box([-1.8, 1.1, -0.42], [-0.8, 1.16, 0.42], wood);
  // Bowsprit.
  b.beam([1.9, 0.98, 0], [3.0, 1.3, 0], 0.06, mast);
}

/** Two masts with gaff sails and topsails, the jibs, the stays and the merah-putih flag. */
function buildRig(b: Builder): void {
  const { band, stripe, sail, mast } = PINISI;
  // Masts: main (fore) and mizzen (aft), as the pinisi's ketch-like rig.
  const masts: [number, number][] = [
    [0.55, 3.5],
    [-0.75, 3.0],
  ];
  for (const [x, h] of masts) b.box([x - 0.04, 0.6, -0.04], [x + 0.04, h, 0.04], mast);
  // Gaff mainsails behind each mast, topsails above the gaffs.
  for (const [x, h] of masts) {
    const foot = 1.15;
    const len = x > 0 ? 1.15 : 0.95;
    b.slab([[x - 0.05, foot], [x - 0.05 - len, foot], [x - 0.05 - len * 0.9, h - 0.9], [x - 0.05, h - 0.35]], 0.02, sail);
    b.slab([[x - 0.05, h - 0.3], [x - 0.05 - len * 0.85, h - 0.85], [x - 0.05, h - 0.05]], 0.02, sail);
    b.beam([x - 0.05, foot - 0.02, 0], [x - 0.05 - len, foot - 0.02, 0], 0.04, mast);
    b.beam([x - 0.05, h - 0.35, 0], [x - 0.05 - len * 0.9, h - 0.92, 0], 0.04, mast);
  }
  // Jibs from the foremast to the bowsprit.
  const [fx, fh] = masts[0];
  b.slab([[fx + 0.08, 1.25], [2.2, 1.15], [fx + 0.08, fh - 0.3]], 0.02, sail, 0.02);
  b.slab([[2.35, 1.2], [2.95, 1.28], [fx + 0.12, fh - 0.15]], 0.02, sail, -0.02);
  // Stays.
  b.beam([fx, fh, 0], [3.0, 1.3, 0], 0.015, mast);
  b.beam([masts[1][0], masts[1][1], 0], [-1.95, 1.0, 0], 0.015, mast);
  b.beam([fx, fh - 0.1, 0], [masts[1][0], masts[1][1] - 0.1, 0], 0.015, mast);
  // Merah putih flag on the main mast.
  b.box([fx + 0.05, fh - 0.12, -0.01], [fx + 0.45, fh, 0.01], stripe);
  b.box([fx + 0.05, fh - 0.24, -0.01], [fx + 0.45, fh - 0.12, 0.01], band);
}


/** Packs the builder into a GLB (JSON chunk + BIN chunk), 4-byte aligned as the spec requires. */
export function toGlb(b: Builder): Uint8Array {
  const count = b.positions.length / 3;
  const pos = new Float32Array(b.positions);
  const nrm = new Float32Array(b.normals);
  const col = new Float32Array(b.colors);
  const idx = count > 65535 ? new Uint32Array(b.indices) : new Uint16Array(b.indices);
  const pad4 = (n: number) => (n + 3) & ~3;
  const parts = [pos, nrm, col, idx];
  const offsets: number[] = [];
  let length = 0;
  for (const p of parts) {
    offsets.push(length);
    length = pad4(length + p.byteLength);
  }
  const bin = new Uint8Array(length);
  parts.forEach((p, i) => bin.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), offsets[i]));
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k], pos[i * 3 + k]);
      max[k] = Math.max(max[k], pos[i * 3 + k]);
    }
  }
  const gltf = {
    asset: { version: '2.0', generator: 'makassar-service-hall makePinisiGlb' },
    scene: 0,
    scenes: [{ name: 'pinisi', nodes: [0] }],
    nodes: [{ name: 'pinisi', mesh: 0 }],
    meshes: [{ name: 'pinisi', primitives: [{ attributes: { POSITION: 0, NORMAL: 1, COLOR_0: 2 }, indices: 3, material: 0, mode: 4 }] }],
    materials: [{ name: 'pinisi-painted-wood', pbrMetallicRoughness: { baseColorFactor: [1, 1, 1, 1], metallicFactor: 0, roughnessFactor: 0.85 } }],
    buffers: [{ byteLength: bin.byteLength }],
    bufferViews: [
      { buffer: 0, byteOffset: offsets[0], byteLength: pos.byteLength, target: 34962 },
      { buffer: 0, byteOffset: offsets[1], byteLength: nrm.byteLength, target: 34962 },
      { buffer: 0, byteOffset: offsets[2], byteLength: col.byteLength, target: 34962 },
      { buffer: 0, byteOffset: offsets[3], byteLength: idx.byteLength, target: 34963 },
    ],
    accessors: [
      { bufferView: 0, componentType: 5126, count, type: 'VEC3', min, max },
      { bufferView: 1, componentType: 5126, count, type: 'VEC3' },
      { bufferView: 2, componentType: 5126, count, type: 'VEC3' },
      { bufferView: 3, componentType: idx instanceof Uint32Array ? 5125 : 5123, count: idx.length, type: 'SCALAR' },
    ],
  };
  let json = JSON.stringify(gltf);
  while (json.length % 4 !== 0) json += ' ';
  const jsonBytes = new TextEncoder().encode(json);
  const total = 12 + 8 + jsonBytes.byteLength + 8 + bin.byteLength;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true); // 'glTF'
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonBytes.byteLength, true);
  view.setUint32(16, 0x4e4f534a, true); // 'JSON'
  out.set(jsonBytes, 20);
  const binAt = 20 + jsonBytes.byteLength;
  view.setUint32(binAt, bin.byteLength, true);
  view.setUint32(binAt + 4, 0x004e4942, true); // 'BIN\0'
  out.set(bin, binAt + 8);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = new URL('../../../static/models/pinisi.glb', import.meta.url);
  const glb = toGlb(buildPinisi());
  writeFileSync(target, glb);
  console.log(`wrote ${fileURLToPath(target)} (${glb.byteLength} bytes)`);
}
