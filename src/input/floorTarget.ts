import type { InteractionRegistry } from './interactionRegistry';
import { vec3, type Vec3 } from './vec3';

/** Id of the walkable floor in the registry. */
export const FLOOR_ID = 'floor';

/** The walkable floor: a level rectangle around a centre, metres. */
export interface FloorArea {
  center: Vec3;
  width: number;
  depth: number;
}

/** Registers the floor as the registry's `floor` target; returns the function that removes it. */
export function registerFloor(registry: InteractionRegistry, area: FloorArea): () => void {
  return registry.register({
    id: FLOOR_ID,
    kind: 'floor',
    group: FLOOR_ID,
    label: () => '',
    enabled: () => true,
    pose: () => ({ position: area.center, normal: [0, 1, 0], up: [0, 0, 1], size: [area.width, area.depth] }),
    onActivate: () => undefined,
  });
}

/** What a pointer ray meets first: a control, a floor point, or nothing. */
export type PointerHit = { kind: 'target'; id: string; distance: number } | { kind: 'floor'; point: Vec3; distance: number } | { kind: 'none' };

/**
 * The one floor pick: the nearest target along a ray, the floor included, so a control in front
 * of the floor wins and the floor answers with the point where the ray meets it.
 */
export function pickPointer(registry: InteractionRegistry, origin: Vec3, direction: Vec3): PointerHit {
  const hit = registry.pickRay(origin, direction);
  if (!hit) return { kind: 'none' };
  if (registry.get(hit.id)?.kind !== 'floor') return { kind: 'target', id: hit.id, distance: hit.distance };
  return { kind: 'floor', point: vec3.add(origin, vec3.scale(vec3.normalize(direction), hit.distance)), distance: hit.distance };
}

/** Where a ray meets the floor, looking through everything else (a thumbstick teleport aims at the floor only). */
export function pickFloor(registry: InteractionRegistry, origin: Vec3, direction: Vec3): Vec3 | null {
  const hit = registry.pickRay(origin, direction, (t) => t.kind === 'floor');
  return hit ? vec3.add(origin, vec3.scale(vec3.normalize(direction), hit.distance)) : null;
}
