import { CreatePlane } from '@babylonjs/core/Meshes/Builders/planeBuilder';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import type { InteractionRegistry } from '../input/interactionRegistry';
import type { DwellProgress } from '../input/dwellTimer';

/** Height of the fill bar and how far it floats in front of the control, metres. */
const BAR_HEIGHT = 0.012;
const LIFT = 0.004;

/**
 * The visible dwell fill: a bright bar growing left to right along the bottom edge of the
 * control a pointer rests on (one per pointer), and a filling ring on the desktop crosshair.
 */
export class DwellFill {
  private readonly bars = new Map<string, Mesh>();
  private readonly material: StandardMaterial;

  constructor(
    private readonly scene: Scene,
    private readonly registry: InteractionRegistry,
    private readonly crosshair: { fill(fraction: number | null): void },
  ) {
    this.material = new StandardMaterial('dwellFill', scene);
    this.material.emissiveColor = new Color3(1, 0.84, 0.29);
    this.material.disableLighting = true;
  }

  /** Draws this frame's fills; pointers not in the list lose theirs. */
  show(progress: readonly DwellProgress[]): void {
    const seen = new Set<string>();
    for (const p of progress) {
      const placed = this.place(this.bar(p.source), p);
      if (placed) seen.add(p.source);
    }
    for (const [source, bar] of this.bars) if (!seen.has(source)) bar.setEnabled(false);
    this.crosshair.fill(progress.find((p) => p.source === 'mouse')?.fraction ?? null);
  }

  /** Frees the bars. */
  dispose(): void {
    for (const bar of this.bars.values()) bar.dispose();
    this.bars.clear();
    this.material.dispose();
  }

  private bar(source: string): Mesh {
    let bar = this.bars.get(source);
    if (!bar) {
      bar = CreatePlane(`dwellFill.${source}`, { width: 1, height: BAR_HEIGHT, sideOrientation: Mesh.DOUBLESIDE }, this.scene);
      bar.material = this.material;
      bar.isPickable = false;
      this.bars.set(source, bar);
    }
    return bar;
  }

  private place(bar: Mesh, p: DwellProgress): boolean {
    const t = this.registry.get(p.id);
    if (!t || p.fraction <= 0) return false;
    const pose = t.pose();
    const normal = Vector3.FromArray(pose.normal);
    const up = Vector3.FromArray(pose.up);
    const right = Vector3.Cross(normal, up).normalize(); // the viewer's right: the bar grows left to right
    const [w, h] = pose.size;
    const width = Math.max(0.001, w * p.fraction);
    bar.scaling.set(width, 1, 1);
    bar.position
      .copyFrom(Vector3.FromArray(pose.position))
      .addInPlace(up.scale(-h / 2 + BAR_HEIGHT / 2))
      .addInPlace(right.scale(-w / 2 + width / 2))
      .addInPlace(normal.scale(LIFT));
    bar.rotationQuaternion = Quaternion.FromLookDirectionLH(normal.negate(), up);
    bar.setEnabled(true);
    return true;
  }
}
