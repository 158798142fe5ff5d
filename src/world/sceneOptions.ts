import type { Scene } from '@babylonjs/core/scene';

/**
 * Babylon's cost-free scene options that fit the hall (issue 14). The static hall's materials and world
 * matrices are already frozen where they are built (hallMaterials.ts, meshBatch.ts, buildRoom.ts, placePinisi.ts).
 *
 * - Pointer picking off: every pointer move, down and up made Babylon ray-pick all meshes, thin instances
 *   included, for nobody: targets are hit by geometry through the interaction registry (input/screenPicker),
 *   and panels are drawn, not picked.
 *
 * Left as they are, on purpose:
 * - `autoClear` stays on: the room encloses every view, so the colour clear is redundant on a desktop GPU, but
 *   on the Quest's tiled GPU a full clear is what lets the driver skip loading each tile from memory.
 * - `freezeActiveMeshes` is not used: the visitor walks and turns, so the set of meshes in view changes,
 *   and panels and officers come and go; with ~25 meshes the per-frame selection is not worth a stale set.
 */
export function applyHallSceneOptions(scene: Scene): void {
  scene.skipPointerMovePicking = true;
  scene.skipPointerDownPicking = true;
  scene.skipPointerUpPicking = true;
}
