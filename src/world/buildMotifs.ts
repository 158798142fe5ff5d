import { CreateGroundVertexData } from '@babylonjs/core/Meshes/Builders/groundBuilder';
import { Color4 } from '@babylonjs/core/Maths/math.color';
import { hexColor } from './hexColor';
import { BLOCK_GLYPHS } from './blockFont';
import { yawFrame, type MeshBatch } from './meshBatch';
import type { MotifData, RoomData } from './hallTypes';

const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Deterministic 0..1 noise from integers, for stone-block shading without Math.random. */
function hash(a: number, b: number): number {
  const s = Math.sin(a * 127.1 + b * 311.7) * 43758.5453;
  return s - Math.floor(s);
}

/**
 * The Makassar landmarks that are pure geometry: Fort Rotterdam's stone walls and bastions, and high along the
 * back wall a Losari promenade terrace (at the letters' height, so it shows above the kiosk roofs) with the
 * "PANTAI LOSARI" letters and the sunset over the sea behind. The pinisi is a glTF model: see placePinisi.
 */
export function buildMotifs(m: MotifData, room: RoomData, lit: MeshBatch, glow: MeshBatch): void {
  buildFortWalls(m, room, lit);
  const terrace = m.losari.position[1];
  buildSunsetWindow(m, room, terrace, lit, glow);
  buildTerrace(m, room, terrace, lit, glow);
  buildLosariLetters(m, lit);
}

/** The promenade terrace across the back wall: stone deck, gold fascia, a strip of sea where the pinisi floats. */
function buildTerrace(m: MotifData, room: RoomData, y: number, lit: MeshBatch, glow: MeshBatch): void {
  const [cx, cy, cz] = room.center;
  const zBack = cz + room.depth / 2;
  const depth = 1.3;
  const w = room.width - 0.1;
  lit.box([w, 0.3, depth], hexColor(room.colors.stone), { position: [cx, cy + y - 0.15, zBack - depth / 2] });
  lit.box([w, 0.08, 0.04], hexColor(room.colors.trim), { position: [cx, cy + y - 0.2, zBack - depth - 0.02] });
  // Corbels under the terrace, like the fort's stone brackets.
  for (let x = -w / 2 + 0.6; x <= w / 2 - 0.5; x += 1.2) {
    lit.box([0.2, 0.5, 0.4], hexColor(room.colors.stoneAlt), { position: [cx + x, cy + y - 0.55, zBack - 0.2] });
  }
  const [px, , pz] = m.pinisi.position;
  glow.box([4.2 * m.pinisi.scale + 0.6, 0.02, depth - 0.2], hexColor(m.sunset.sea, 0.85), { position: [px, cy + y + 0.01, pz] });
}

function buildFortWalls(m: MotifData, room: RoomData, lit: MeshBatch): void {
  const [cx, cy, cz] = room.center;
  const { wallHeight } = m.fort;
  const stone = hexColor(room.colors.stone);
  const stoneAlt = hexColor(room.colors.stoneAlt);
  const blockW = 0.6;
  const blockH = 0.3;
  const rows = Math.round(wallHeight / blockH);
  const z0 = cz - room.depth / 2 + 0.6;
  const z1 = cz + room.depth / 2 - 0.6;
  for (const side of [-1, 1]) {
    const x = cx + side * (room.width / 2 - 0.12);
    for (let r = 0; r < rows; r++) {
      const offset = r % 2 === 0 ? 0 : blockW / 2;
      for (let z = z0 + offset, i = 0; z + blockW <= z1 + 0.001; z += blockW, i++) {
        const n = hash(i + side * 100, r);
        const c = n > 0.5 ? stone : stoneAlt;
        const shade = 0.9 + 0.2 * hash(r, i + side * 50);
        lit.box([0.2 + 0.03 * n, blockH - 0.025, blockW - 0.025], new Color4(c.r * shade, c.g * shade, c.b * shade, 1), {
          position: [x - side * 0.015 * n, cy + r * blockH + blockH / 2, z + blockW / 2],
        });
      }
    }
    // Merlons along the top, like the ramparts of Fort Rotterdam.
    for (let z = z0; z + 0.4 <= z1; z += 0.8) {
      lit.box([0.24, 0.32, 0.4], stone, { position: [x, cy + rows * blockH + 0.16, z + 0.2] });
    }
  }
  for (const [bx, by, bz] of m.fort.bastions) {
    lit.cylinder({ height: wallHeight + 0.5, diameterTop: 1.5, diameterBottom: 1.7, tessellation: 5 }, stoneAlt, {
      position: [bx, by + (wallHeight + 0.5) / 2, bz],
    });
    for (let i = 0; i < 5; i++) {
      const a = (i / 5) * Math.PI * 2;
      lit.box([0.3, 0.3, 0.3], stone, { position: [bx + Math.sin(a) * 0.6, by + wallHeight + 0.65, bz + Math.cos(a) * 0.6] });
    }
  }
}

function buildSunsetWindow(m: MotifData, room: RoomData, bottom: number, lit: MeshBatch, glow: MeshBatch): void {
  const [cx, cy, cz] = room.center;
  const zBack = cz + room.depth / 2 - 0.05;
  const width = room.width - 3;
  const top = room.height - 0.35;
  const horizon = bottom + 0.75;
  const sky = hexColor(m.sunset.sky);
  const glowC = hexColor(m.sunset.horizon);
  const sea = hexColor(m.sunset.sea);
  const zenith = hexColor('#5b5f9e');
  const mix = (a: Color4, b: Color4, f: number) => new Color4(a.r + (b.r - a.r) * f, a.g + (b.g - a.g) * f, a.b + (b.b - a.b) * f, 1);
  // A ground grid stood upright: local z of the grid becomes world y.
  const grid = CreateGroundVertexData({ width, height: top - bottom, subdivisions: 12 });
  const colorAt = (_x: number, _y: number, z: number): Color4 => {
    const y = z + (top + bottom) / 2;
    if (y < horizon) return mix(sea, glowC, Math.max(0, (y - horizon + 0.25) / 0.25) * 0.6);
    const f = Math.min(1, (y - horizon) / (top - horizon));
    return f < 0.3 ? mix(glowC, sky, f / 0.3) : mix(sky, zenith, (f - 0.3) / 0.7);
  };
  glow.add(grid, colorAt, { position: [cx, cy + (top + bottom) / 2, zBack], rotation: [-Math.PI / 2, 0, 0] });
  // The setting sun on the horizon and its reflection.
  glow.sphere([1.1, 1.1, 0.05], hexColor('#fff1c4'), { position: [cx + 2.8, cy + horizon + 0.35, zBack - 0.02] }, 10);
  glow.box([0.9, 0.5, 0.01], hexColor('#ffc27a'), { position: [cx + 2.8, cy + horizon - 0.3, zBack - 0.02] });
  // Window frame and mullions in gold.
  const trim = hexColor(room.colors.trim);
  lit.box([width + 0.3, 0.15, 0.12], trim, { position: [cx, cy + top + 0.07, zBack - 0.04] });
  for (let i = 0; i <= 4; i++) {
    lit.box([0.1, top - bottom, 0.1], trim, { position: [cx - width / 2 + (i * width) / 4, cy + (top + bottom) / 2, zBack - 0.05] });
  }
}

function buildLosariLetters(m: MotifData, lit: MeshBatch): void {
  const { text, position, yaw, letterHeight, colors } = m.losari;
  const cell = letterHeight / 7;
  const advance = cell * 6;
  const depth = Math.max(0.08, cell * 1.4);
  const frame = yawFrame(position, rad(yaw));
  const total = text.length * advance - cell;
  let word = 0;
  [...text].forEach((ch, i) => {
    if (ch === ' ') {
      word++;
      return;
    }
    const color = hexColor(colors[word % colors.length]);
    const glyph = BLOCK_GLYPHS[ch];
    // Seen from +Z of the frame, the reader's right is -x: letters advance towards -x.
    const left = total / 2 - i * advance;
    glyph.forEach((row, r) => {
      for (let c = 0; c < row.length; c++) {
        if (row[c] !== '#') continue;
        let run = 1;
        while (c + run < row.length && row[c + run] === '#') run++;
        const xMid = left - (c + run / 2) * cell;
        lit.box([run * cell, cell, depth], color, { frame, position: [xMid, (6 - r) * cell + cell / 2, 0] });
        c += run - 1;
      }
    });
  });
}
