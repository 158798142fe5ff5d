import { Feature } from '../input/feature';

/**
 * The one presence rule of the hall: a visitor is at a kiosk once within NEAR_RADIUS (metres,
 * on the floor) of its stand-here spot, and leaves it beyond LEAVE_RADIUS. The margin stops
 * flicker at the edge; LEAVE_RADIUS stays below the ~2.4 m between neighbouring spots, so a
 * visitor standing at one kiosk is never still "at" the next one. The officer's greeting and
 * voice (here) and the desktop form sheet (`desktop/kioskProximity.ts`) both use it.
 */
export const NEAR_RADIUS = 1.6;
/** See NEAR_RADIUS. */
export const LEAVE_RADIUS = 2.0;

/** A kiosk as presence sees it: its stand-here spot and its officer. */
export interface PresenceKiosk {
  id: string;
  standSpot: { x: number; z: number };
  avatar: { update(dt: number): void; greet(): void };
}

/** Options of kiosk presence. */
export interface KioskPresenceOptions {
  kiosks: readonly PresenceKiosk[];
  /** Where the visitor stands (y is ignored). */
  visitor: () => { x: number; z: number };
  /** The visitor arrived at (true) or left (false) a kiosk. */
  onPresence: (kioskId: string, near: boolean) => void;
}

/**
 * Who is at which kiosk: the officers move every frame, greet a visitor who arrives and the
 * kiosk's panel is told, so the officer speaks only to someone there.
 */
export class KioskPresence extends Feature {
  readonly name = 'kioskPresence';
  private readonly near = new Set<string>();

  constructor(private readonly o: KioskPresenceOptions) {
    super();
  }

  /** True while the visitor is at this kiosk. */
  isNear(kioskId: string): boolean {
    return this.near.has(kioskId);
  }

  override update(dt: number): void {
    const v = this.o.visitor();
    for (const k of this.o.kiosks) {
      k.avatar.update(dt);
      const d = Math.hypot(k.standSpot.x - v.x, k.standSpot.z - v.z);
      if (d < NEAR_RADIUS && !this.near.has(k.id)) {
        this.near.add(k.id);
        k.avatar.greet();
        this.o.onPresence(k.id, true);
      } else if (d > LEAVE_RADIUS && this.near.has(k.id)) {
        this.near.delete(k.id);
        this.o.onPresence(k.id, false);
      }
    }
  }
}
