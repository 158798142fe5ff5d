import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { PanelBand } from '../a11y/seatedFit';

/** The vertical extent in the world of a panel `height` tall on `anchor` (its tilt included), for seated mode's fit. */
export function panelBandOf(anchor: TransformNode, height: number): PanelBand {
  const world = anchor.computeWorldMatrix(true);
  const ys = [height / 2, -height / 2].map((y) => Vector3.TransformCoordinates(new Vector3(0, y, 0), world).y);
  return { bottom: Math.min(...ys), top: Math.max(...ys) };
}
