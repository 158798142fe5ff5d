import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { HallMode } from '../input/hallMode';
import type { TargetSpec } from '../input/targetTypes';

/** Targets within this distance (metres) are listed in the accessible mirror. */
export const MIRROR_RADIUS = 3.2;

/** What decides which targets the mirror lists. */
export interface MirrorScopeOptions {
  mode: () => HallMode;
  /** The kiosk whose form is open as a page region, if any. */
  openSheet: () => string | null;
  /** Where a panel's group hangs. */
  anchorOf: (group: string) => TransformNode | undefined;
  visitor: () => Vector3;
}

/**
 * The mirror's "near" rule: teleport spots always; the comfort bar only in XR; a kiosk whose form
 * is open as a page region is left out (no double reading); other panels within MIRROR_RADIUS.
 */
export function mirrorScope(o: MirrorScopeOptions): (target: TargetSpec) => boolean {
  return (target) => {
    if (target.kind === 'teleport') return true;
    if (target.group === 'comfort') return o.mode() === 'xr';
    if (target.group === `kiosk.${o.openSheet()}`) return false;
    const anchor = o.anchorOf(target.group);
    if (!anchor) return true;
    return Vector3.Distance(anchor.getAbsolutePosition(), o.visitor()) <= MIRROR_RADIUS;
  };
}
