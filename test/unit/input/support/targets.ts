import type { TargetSpec } from '../../../../src/input/targetTypes';
import type { Vec3 } from '../../../../src/input/vec3';

/** A button facing -z (towards a visitor at smaller z), `size` metres square, doing nothing when used. */
export function buttonAt(id: string, position: Vec3, size = 0.1): TargetSpec {
  return {
    id,
    kind: 'button',
    group: 'panel',
    label: () => id,
    enabled: () => true,
    pose: () => ({ position, normal: [0, 0, -1], up: [0, 1, 0], size: [size, size] }),
    onActivate: () => undefined,
  };
}
