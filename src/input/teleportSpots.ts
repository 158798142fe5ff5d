import type { Scene } from '@babylonjs/core/scene';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Axis } from '@babylonjs/core/Maths/math.axis';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { InteractionRegistry } from './interactionRegistry';
import type { KioskView } from '../world/hallView';
import { drawTeleportSpots, SPOT_HEIGHT, SPOT_RADIUS } from '../world/teleportSpotDiscs';
import { Feature } from './feature';
import { FLOOR_SPOT_GROUP } from './targetTypes';
import type { HallActions } from './hallActions';
import { standBefore } from './pokeReach';
import type { Vec3 } from './vec3';

/** Options of the teleport spots. */
export interface TeleportSpotsOptions {
  scene: Scene;
  registry: InteractionRegistry;
  kiosks: readonly KioskView[];
  /** Translates (`hall.goTo`, `kiosk.<id>.title`). */
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Carries out `travel`. */
  actions: Pick<HallActions, 'travel'>;
  /** How much closer to the panel than the stand-here spot to place the visitor, metres (seated mode). */
  approach?: () => number;
  /**
   * With hands in the headset, how far in front of the panel's centre the visitor arrives, metres (see
   * `pokeReach.ts`); null where the visitor does not poke (controllers, desktop, phone): they stand on the
   * spot, from where rays reach the whole panel and the whole panel is in view.
   */
  standOff?: () => number | null;
}

/**
 * The "stand here" spot in front of every kiosk as targets that any device can select
 * (pinch-ray, trigger, click, tap, Enter) to go and stand facing the kiosk. The discs are drawn
 * by `world/teleportSpotDiscs.ts`; attached, the spots are in the registry.
 */
export class TeleportSpots extends Feature {
  readonly name = 'teleportSpots';
  private readonly discs: Mesh;

  constructor(private readonly o: TeleportSpotsOptions) {
    super();
    this.discs = drawTeleportSpots(o.scene, o.kiosks.map((k) => k.standSpot));
  }

  /**
   * Sends the visitor to stand at a kiosk, facing its panel: with hands square on and within poke
   * reach of it, otherwise on the stand-here spot, from where the whole panel is in view.
   */
  goTo(kioskId: string): void {
    const k = this.o.kiosks.find((x) => x.id === kioskId);
    if (!k) return;
    const panel = k.panelAnchor.getAbsolutePosition();
    const off = this.o.standOff?.() ?? null;
    if (off !== null) {
      const at = standBefore(panel.asArray() as Vec3, k.panelAnchor.getDirection(Axis.Z).asArray() as Vec3, off);
      this.o.actions.travel(new Vector3(at.x, 0, at.z), at.yaw);
      return;
    }
    const yaw = Math.atan2(panel.x - k.standSpot.x, panel.z - k.standSpot.z);
    // A seated visitor stands a little closer to the panel (see a11y/seatedMode.ts).
    const closer = this.o.approach?.() ?? 0;
    this.o.actions.travel(k.standSpot.add(new Vector3(Math.sin(yaw) * closer, 0, Math.cos(yaw) * closer)), yaw);
  }

  protected override onAttach(): void {
    for (const k of this.o.kiosks) {
      this.subs.add(
        this.o.registry.register({
          id: `spot.${k.id}`,
          kind: 'teleport',
          group: FLOOR_SPOT_GROUP,
          label: () => this.o.t('hall.goTo', { place: this.o.t(`kiosk.${k.id}.title`) }),
          enabled: () => true,
          pose: () => ({
            position: [k.standSpot.x, SPOT_HEIGHT, k.standSpot.z],
            normal: [0, 1, 0],
            up: [0, 0, 1],
            size: [SPOT_RADIUS * 1.6, SPOT_RADIUS * 1.6],
          }),
          onActivate: () => this.goTo(k.id),
        }),
      );
    }
  }

  protected override onDispose(): void {
    this.discs.material?.dispose();
    this.discs.dispose();
  }
}
