import { CreateDisc } from '@babylonjs/core/Meshes/Builders/discBuilder';
import '@babylonjs/core/Meshes/thinInstanceMesh';
import { Matrix, Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';

/** Radius of a "stand here" spot on the floor, metres. */
export const SPOT_RADIUS = 0.32;
/** Height of the spots above the floor, metres (clear of z-fighting). */
export const SPOT_HEIGHT = 0.012;

/** Draws a glowing "stand here" disc at every floor point: one mesh, one thin instance per spot. */
export function drawTeleportSpots(scene: Scene, spots: readonly { x: number; z: number }[]): Mesh {
  const mat = new StandardMaterial('teleportSpot', scene);
  mat.diffuseColor = new Color3(0.1, 0.2, 0.3);
  mat.emissiveColor = new Color3(0.95, 0.75, 0.2);
  mat.alpha = 0.75;
  const disc = CreateDisc('teleportSpots', { radius: SPOT_RADIUS, tessellation: 40 }, scene);
  disc.material = mat;
  disc.isPickable = false;
  const flat = Quaternion.RotationAxis(Vector3.Right(), Math.PI / 2);
  for (const s of spots) disc.thinInstanceAdd(Matrix.Compose(Vector3.One(), flat, new Vector3(s.x, SPOT_HEIGHT, s.z)));
  return disc;
}
