import type { Vec3 } from '../input/vec3';

/**
 * Maps Babylon world coordinates (left-handed) into the session's base local-floor space
 * (right-handed). Babylon's world equals the current, possibly teleported, reference space
 * with z flipped; `matrix` is the pose of that space in the base space (column-major).
 */
export class LocalFloorMapping {
  private matrix: Float32Array | null = null;

  /** Stores this frame's pose of the current reference space in the base space. */
  update(matrix: Float32Array | null): void {
    this.matrix = matrix;
  }

  /** A world point or direction in local-floor coordinates. */
  map(v: Vec3, isDirection: boolean): Vec3 {
    const p: Vec3 = [v[0], v[1], -v[2]];
    const m = this.matrix;
    if (!m) return p;
    const w = isDirection ? 0 : 1;
    return [
      m[0] * p[0] + m[4] * p[1] + m[8] * p[2] + m[12] * w,
      m[1] * p[0] + m[5] * p[1] + m[9] * p[2] + m[13] * w,
      m[2] * p[0] + m[6] * p[1] + m[10] * p[2] + m[14] * w,
    ];
  }
}
