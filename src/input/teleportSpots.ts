import { CreateDisc } from '@babylonjs/core/Meshes/Builders/discBuilder';
import '@babylonjs/core/Meshes/thinInstanceMesh';
import { Matrix, Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import type { InteractionRegistry } from './interactionRegistry';
import type { KioskView } from '../world/hallView';

/** Radius of a "stand here" spot on the floor, metres. */
const SPOT_RADIUS = 0.32;

/** Options of the teleport spots. */
export interface TeleportSpotsOptions {
  scene: Scene;
  registry: InteractionRegistry;
  kiosks: readonly KioskView[];
  /** Translated "go to <kiosk>" label. */
  label: (kioskId: string) => string;
  /** Moves the visitor: to a floor point, turned to face a yaw. */
  onTeleport: (position: Vector3, yaw: number) => void;
}

/**
 * The "stand here" spot in front of every kiosk: a glowing disc on the floor that any device
 * can select (pinch-ray, trigger, click, tap, Enter) to go and stand facing the kiosk.
 */
export class TeleportSpots {
  private readonly disc: Mesh;
  private readonly stops: Array<() => void> = [];

  constructor(private readonly o: TeleportSpotsOptions) {
    const mat = new StandardMaterial('teleportSpot', o.scene);
    mat.diffuseColor = new Color3(0.1, 0.2, 0.3);
    mat.emissiveColor = new Color3(0.95, 0.75, 0.2);
    mat.alpha = 0.75;
    this.disc = CreateDisc('teleportSpots', { radius: SPOT_RADIUS, tessellation: 40 }, o.scene);
    this.disc.material = mat;
    this.disc.isPickable = false;
    const flat = Quaternion.RotationAxis(Vector3.Right(), Math.PI / 2);
    for (const k of o.kiosks) {
      const m = Matrix.Compose(Vector3.One(), flat, new Vector3(k.standSpot.x, 0.012, k.standSpot.z));
      this.disc.thinInstanceAdd(m);
      this.stops.push(
        o.registry.register({
          id: `spot.${k.id}`,
          kind: 'teleport',
          group: 'spots',
          label: () => o.label(k.id),
          enabled: () => true,
          pose: () => ({
            position: [k.standSpot.x, 0.012, k.standSpot.z],
            normal: [0, 1, 0],
            up: [0, 0, 1],
            size: [SPOT_RADIUS * 1.6, SPOT_RADIUS * 1.6],
          }),
          onActivate: () => this.goTo(k.id),
        }),
      );
    }
  }

  /** Sends the visitor to stand at a kiosk, facing its panel. */
  goTo(kioskId: string): void {
    const k = this.o.kiosks.find((x) => x.id === kioskId);
    if (!k) return;
    const panel = k.panelAnchor.getAbsolutePosition();
    const yaw = Math.atan2(panel.x - k.standSpot.x, panel.z - k.standSpot.z);
    this.o.onTeleport(k.standSpot.clone(), yaw);
  }

  /** Removes the spots. */
  dispose(): void {
    for (const s of this.stops) s();
    this.disc.dispose();
  }
}
