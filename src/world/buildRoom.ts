import { CreateGround } from '@babylonjs/core/Meshes/Builders/groundBuilder';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import { VertexBuffer } from '@babylonjs/core/Buffers/buffer';
import type { Scene } from '@babylonjs/core/scene';
import { hexColor } from './hexColor';
import { drawAsOneInstance } from './oneInstance';
import type { MeshBatch } from './meshBatch';
import type { HallMaterials } from './hallMaterials';
import type { RoomData } from './hallTypes';

/** Metres covered by one repeat of the floor texture (2 x 2 tiles). */
const TILE_REPEAT = 1.6;

/**
 * The room shell: a tiled floor (its own pickable mesh: the teleport/walk target), walls with skirting and
 * gold cornice, a ceiling with hanging lanterns, columns, and the entrance doors. All but the floor are batched.
 */
export function buildRoom(scene: Scene, room: RoomData, mats: HallMaterials, lit: MeshBatch, glow: MeshBatch): Mesh {
  const [cx, cy, cz] = room.center;
  const { width: w, depth: d, height: h } = room;
  const floor = CreateGround('hall-floor', { width: w, height: d, subdivisions: 1 }, scene);
  floor.position.set(cx, cy, cz);
  floor.material = mats.floor;
  // The tiles repeat through the UVs, not a texture matrix, the colours are white and it is drawn as one instance:
  // the floor then shares the lit material's shader program (hallMaterials.ts, oneInstance.ts).
  const uvs = floor.getVerticesData(VertexBuffer.UVKind) ?? [];
  floor.setVerticesData(VertexBuffer.UVKind, Float32Array.from(uvs, (v, i) => (v * (i % 2 === 0 ? w : d)) / TILE_REPEAT));
  floor.setVerticesData(VertexBuffer.ColorKind, new Float32Array(floor.getTotalVertices() * 4).fill(1));
  floor.isPickable = true;
  floor.freezeWorldMatrix();
  drawAsOneInstance(floor);

  const wall = hexColor(room.colors.wall);
  const trim = hexColor(room.colors.trim);
  const skirting = hexColor('#5a3b26');
  const t = 0.2;
  const walls: { size: [number, number, number]; position: [number, number, number] }[] = [
    { size: [w + 2 * t, h, t], position: [cx, cy + h / 2, cz + d / 2 + t / 2] },
    { size: [w + 2 * t, h, t], position: [cx, cy + h / 2, cz - d / 2 - t / 2] },
    { size: [t, h, d], position: [cx - w / 2 - t / 2, cy + h / 2, cz] },
    { size: [t, h, d], position: [cx + w / 2 + t / 2, cy + h / 2, cz] },
  ];
  for (const x of walls) lit.box(x.size, wall, { position: x.position });
  // Skirting and cornice on the inner faces.
  for (const [y, hh, c] of [[0.06, 0.12, skirting], [h - 0.08, 0.16, trim]] as const) {
    lit.box([w, hh, 0.04], c, { position: [cx, cy + y, cz + d / 2 - 0.02] });
    lit.box([w, hh, 0.04], c, { position: [cx, cy + y, cz - d / 2 + 0.02] });
    lit.box([0.04, hh, d], c, { position: [cx - w / 2 + 0.02, cy + y, cz] });
    lit.box([0.04, hh, d], c, { position: [cx + w / 2 - 0.02, cy + y, cz] });
  }
  lit.box([w + 2 * t, 0.1, d + 2 * t], hexColor(room.colors.ceiling), { position: [cx, cy + h + 0.05, cz] });
  // Ceiling coffers in gold, like the carved ceilings of Balla Lompoa.
  for (const x of [-w / 4, 0, w / 4]) lit.box([0.12, 0.08, d - 1], trim, { position: [cx + x, cy + h - 0.04, cz] });

  // Columns with gold capitals.
  const column = hexColor('#efe6d6');
  for (const [x, z] of [[-w / 2 + 1.2, cz - d / 2 + 2.2], [w / 2 - 1.2, cz - d / 2 + 2.2], [-w / 2 + 1.2, cz + d / 2 - 2.5], [w / 2 - 1.2, cz + d / 2 - 2.5]]) {
    lit.cylinder({ height: h, diameterTop: 0.42, diameterBottom: 0.48, tessellation: 12 }, column, { position: [cx + x, cy + h / 2, z] });
    lit.box([0.62, 0.18, 0.62], trim, { position: [cx + x, cy + h - 0.25, z] });
    lit.box([0.62, 0.14, 0.62], trim, { position: [cx + x, cy + 0.07, z] });
  }

  // Entrance doors in the front wall, behind the welcome point.
  const door = hexColor('#6b3e22');
  const fz = cz - d / 2 + 0.03;
  lit.box([2.6, 2.9, 0.06], trim, { position: [cx, cy + 1.45, fz] });
  for (const x of [-0.62, 0.62]) lit.box([1.16, 2.7, 0.08], door, { position: [cx + x, cy + 1.35, fz + 0.02] });

  // Lanterns hanging from the ceiling (unlit, glowing).
  const lantern = hexColor('#ffe2a8');
  for (const [x, z] of [[-3, 0], [3, 0], [0, 2.5], [-3, 5], [3, 5], [0, -4]]) {
    glow.sphere([0.35, 0.45, 0.35], lantern, { position: [cx + x, cy + h - 1.0, cz + z] }, 8);
    lit.box([0.02, 0.8, 0.02], skirting, { position: [cx + x, cy + h - 0.4, cz + z] });
  }
  return floor;
}
