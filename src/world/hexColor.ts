import { Color4 } from '@babylonjs/core/Maths/math.color';

/** Turns a `#rrggbb` palette colour from hall.json into a vertex colour (optionally scaled, for shading variants). */
export function hexColor(hex: string, shade = 1): Color4 {
  const n = Number.parseInt(hex.slice(1), 16);
  const c = (v: number): number => Math.min(1, (v / 255) * shade);
  return new Color4(c((n >> 16) & 255), c((n >> 8) & 255), c(n & 255), 1);
}
