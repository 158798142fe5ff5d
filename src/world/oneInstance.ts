import '@babylonjs/core/Meshes/thinInstanceMesh';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';

const IDENTITY = Float32Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
const WHITE = Float32Array.of(1, 1, 1, 1);

/**
 * Draws a static hall mesh as one thin instance (where it stands, untinted), the way the officer crowd draws its
 * parts: then both use the same shader program. WebGL here links each program before the first frame can draw,
 * one at a time (issue 14); the one extra matrix per vertex shader run costs nothing we can measure. Picking is
 * unchanged: Babylon picks a thin-instanced mesh as a plain one unless `thinInstanceEnablePicking` is set.
 */
export function drawAsOneInstance(mesh: Mesh): void {
  mesh.thinInstanceSetBuffer('matrix', IDENTITY.slice(), 16, true);
  mesh.thinInstanceSetBuffer('color', WHITE.slice(), 4, true);
}
