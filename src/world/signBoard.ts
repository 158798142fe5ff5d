import { Vector3, type Matrix } from '@babylonjs/core/Maths/math.vector';
import { Color4 } from '@babylonjs/core/Maths/math.color';
import { VertexData } from '@babylonjs/core/Meshes/mesh.vertexData';
import type { MeshBatch } from './meshBatch';
import type { SignAtlas, SignContent } from './signAtlas';

/** Where a sign ended up in the world, for layout checks (readability distance, facing). */
export interface PlacedSign {
  id: string;
  center: Vector3;
  /** Unit normal of the readable face. */
  normal: Vector3;
}

/** The batches a sign is drawn into: the text quad into `signs`, its backing board into `frames`. */
export interface SignTargets {
  atlas: SignAtlas;
  signs: MeshBatch;
  frames: MeshBatch;
  frameColor: Color4;
}

const WHITE = new Color4(1, 1, 1, 1);

/**
 * Adds a sign whose readable face looks along +Z of `frame`, centred at local `position`: a text quad using its
 * atlas cell plus a thin backing board, so a sign costs no extra draw call.
 */
export function addSignBoard(
  targets: SignTargets,
  content: SignContent,
  at: { frame: Matrix; position: [number, number, number] },
): PlacedSign {
  const cell = targets.atlas.reserve(content);
  const w = content.width / 2;
  const h = content.height / 2;
  const quad = new VertexData();
  // Seen from +Z, +x is on the viewer's left in Babylon's left-handed frame: u0 goes there.
  quad.positions = [w, -h, 0, -w, -h, 0, -w, h, 0, w, h, 0];
  quad.normals = [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1];
  quad.indices = [0, 1, 2, 0, 2, 3]; // same winding as CreatePlane, turned 180° about y
  quad.uvs = [cell.u0, cell.vBottom, cell.u1, cell.vBottom, cell.u1, cell.vTop, cell.u0, cell.vTop];
  const [px, py, pz] = at.position;
  targets.frames.box([content.width + 0.06, content.height + 0.06, 0.04], targets.frameColor, {
    frame: at.frame,
    position: [px, py, pz - 0.022],
  });
  targets.signs.add(quad, WHITE, { frame: at.frame, position: [px, py, pz] });
  const center = Vector3.TransformCoordinates(new Vector3(px, py, pz), at.frame);
  const normal = Vector3.TransformNormal(new Vector3(0, 0, 1), at.frame).normalize();
  return { id: content.id, center, normal };
}
