import type { Scene } from '@babylonjs/core/scene';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import type { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { drawTeleportSpots, SPOT_HEIGHT, SPOT_RADIUS } from '../world/teleportSpotDiscs';
import type { Practice } from '../a11y/practice';
import type { InteractionRegistry } from './interactionRegistry';
import type { HallActions } from './hallActions';
import { Feature } from './feature';
import { FLOOR_SPOT_GROUP } from './targetTypes';

/** Target id of the practice ring. */
export const PRACTICE_RING_ID = 'spot.practice';

/** Options of the practice ring. */
export interface PracticeRingOptions {
  scene: Scene;
  registry: InteractionRegistry;
  practice: Practice;
  /** The welcome point: the ring lies to the visitor's left of it, clear of the welcome panel. */
  welcome: { position: Vector3; yaw: number };
  actions: Pick<HallActions, 'travel' | 'home'>;
  /** The visitor's eyes in the world. */
  eyes: () => Vector3;
  t: (key: string, params?: Record<string, string | number>) => string;
}

const BRIGHT = new Color3(1, 0.95, 0.55);

/**
 * The ring on the floor of the practice's move step: a stand-here spot like the kiosks' (pinch-ray,
 * trigger, or a thumbstick jump onto it). Under a ray it lights up. It tells the practice how far the
 * visitor stands from it each frame (`Practice.track`), and takes them back to the welcome panel when told.
 */
export class PracticeRing extends Feature {
  readonly name = 'practiceRing';
  private readonly disc: Mesh;
  private readonly normal: Color3;
  private readonly at: { x: number; z: number };

  constructor(private readonly o: PracticeRingOptions) {
    super();
    const { position: p, yaw } = o.welcome;
    // 1.2 m to the left and 0.3 m ahead: beside the welcome panel, pointed at with the left hand without twisting.
    this.at = { x: p.x - Math.cos(yaw) * 1.2 + Math.sin(yaw) * 0.3, z: p.z + Math.sin(yaw) * 1.2 + Math.cos(yaw) * 0.3 };
    this.disc = drawTeleportSpots(o.scene, [this.at]);
    this.normal = (this.disc.material as StandardMaterial).emissiveColor.clone();
    this.disc.setEnabled(false);
  }

  override update(dt: number): void {
    const moving = this.o.practice.step() === 'move';
    this.disc.setEnabled(moving);
    if (moving) {
      const lit = this.o.registry.state(PRACTICE_RING_ID).hovered;
      (this.disc.material as StandardMaterial).emissiveColor.copyFrom(lit ? BRIGHT : this.normal);
    }
    const eyes = this.o.eyes();
    if (this.o.practice.track(Math.hypot(eyes.x - this.at.x, eyes.z - this.at.z), dt)) this.o.actions.home();
  }

  protected override onAttach(): void {
    this.subs.add(
      this.o.registry.register({
        id: PRACTICE_RING_ID,
        kind: 'teleport',
        group: FLOOR_SPOT_GROUP,
        label: () => this.o.t('hall.goTo', { place: this.o.t('hall.practice.ring') }),
        enabled: () => this.o.practice.step() === 'move',
        pose: () => ({ position: [this.at.x, SPOT_HEIGHT, this.at.z], normal: [0, 1, 0], up: [0, 0, 1], size: [SPOT_RADIUS * 1.6, SPOT_RADIUS * 1.6] }),
        onActivate: () => this.o.actions.travel({ x: this.at.x, y: 0, z: this.at.z }, this.o.welcome.yaw),
      }),
    );
  }

  protected override onDetach(): void {
    this.disc.setEnabled(false);
  }

  protected override onDispose(): void {
    this.disc.material?.dispose();
    this.disc.dispose();
  }
}
