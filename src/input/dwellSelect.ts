import { DWELL_MS } from '../a11y/comfortSettings';
import { DwellTimer, type DwellProgress } from './dwellTimer';
import { Feature } from './feature';
import type { InteractionRegistry } from './interactionRegistry';
import { isControl } from './targetTypes';
import type { Vec3 } from './vec3';

/** The pointer source id of the head's gaze. */
export const GAZE_SOURCE = 'gaze';

/** Options of dwell selection. */
export interface DwellSelectOptions {
  registry: InteractionRegistry;
  /** True while the visitor chose dwell (`comfort.get().dwell`). */
  on: () => boolean;
  /** Which hovering pointer sources dwell: rays, controllers, the gaze, the locked mouse's crosshair. */
  dwells: (source: string) => boolean;
  /** The head's forward ray when gaze should point (XR with no hand or controller), else null. */
  gaze: () => { origin: Vec3; direction: Vec3 } | null;
  /** Draws the fills (an empty list hides them). */
  show: (progress: DwellProgress[]) => void;
  now?: () => number;
  ms?: number;
}

/**
 * Dwell selection (XAUR REQ 15), Babylon-free: while the visitor's dwell choice is on, a pointer
 * that rests on one control for {@link DWELL_MS} activates it with `via: "dwell"`; the fill shows
 * how far it has come. A visitor with neither hands nor controllers in XR points with the head.
 */
export class DwellSelect extends Feature {
  readonly name = 'dwellSelect';
  private readonly timer: DwellTimer;
  private readonly now: () => number;
  private active = false;

  constructor(private readonly o: DwellSelectOptions) {
    super();
    this.timer = new DwellTimer(o.ms ?? DWELL_MS);
    this.now = o.now ?? (() => performance.now());
  }

  /** Aims the gaze, times every dwelling pointer and activates what it rested on long enough. */
  override update(): void {
    if (!this.o.on()) return this.stop();
    this.aimGaze();
    const hovers = new Map([...this.o.registry.hovers()].filter(([source]) => this.o.dwells(source)));
    if (!this.active) {
      // Just switched on: what the pointers rest on now waits for them to leave and come back.
      this.active = true;
      this.timer.settle(hovers, this.now());
      return;
    }
    const step = this.timer.step(hovers, this.now());
    for (const f of step.fire) this.o.registry.activate(f.id, 'dwell');
    this.o.show(step.progress);
  }

  protected override onAttach(): void {
    this.subs.add(this.o.registry.onActivate((e) => e.via !== 'dwell' && this.timer.used(e.id)));
  }

  protected override onDetach(): void {
    this.stop();
  }

  private aimGaze(): void {
    const g = this.o.gaze();
    const hit = g ? this.o.registry.pickRay(g.origin, g.direction, isControl) : null;
    this.o.registry.hover(GAZE_SOURCE, hit?.id ?? null);
  }

  private stop(): void {
    if (!this.active) return;
    this.active = false;
    this.timer.clear();
    this.o.registry.hover(GAZE_SOURCE, null);
    this.o.show([]);
  }
}
