import type { Vec3 } from '../input/vec3';

/** A 4x4 matrix in WebXR's column-major layout. */
export type Mat4 = ArrayLike<number>;

/** Inverse of a rigid transform (rotation + translation), column-major. */
export function rigidInverse(m: Mat4): number[] {
  // Transposed rotation, and the translation rotated back and negated.
  const r = [m[0], m[4], m[8], 0, m[1], m[5], m[9], 0, m[2], m[6], m[10], 0, 0, 0, 0, 1];
  const t = [m[12], m[13], m[14]];
  r[12] = -(r[0] * t[0] + r[4] * t[1] + r[8] * t[2]);
  r[13] = -(r[1] * t[0] + r[5] * t[1] + r[9] * t[2]);
  r[14] = -(r[2] * t[0] + r[6] * t[1] + r[10] * t[2]);
  return r;
}

/** Product a·b of two column-major 4x4 matrices. */
export function multiply(a: Mat4, b: Mat4): number[] {
  const out = new Array<number>(16).fill(0);
  for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) for (let k = 0; k < 4; k++) out[c * 4 + r] += a[k * 4 + r] * b[c * 4 + k];
  return out;
}

/**
 * Maps Babylon world coordinates (left-handed) into the session's base `local-floor` space
 * (right-handed). Babylon's world is the current, possibly teleported, reference space with z
 * flipped; the viewer's pose in both spaces gives the transform between them.
 */
export class LocalFloorMapping {
  private matrix: number[] | null = null;

  /** Takes this frame's viewer pose in the base space and in the current space. */
  update(viewerInBase: Mat4 | null, viewerInCurrent: Mat4 | null): void {
    this.matrix = viewerInBase && viewerInCurrent ? multiply(viewerInBase, rigidInverse(viewerInCurrent)) : null;
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
