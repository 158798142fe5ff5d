/** Where the view-following caption sits: straight ahead of the eyes, a little below, and how lazily it follows. */
export const CAPTION_FOLLOW = {
  /** Metres ahead of the eyes. */
  ahead: 0.9,
  /** Metres below the eyes (the lower part of the view, clear of the panels' centre). */
  below: 0.28,
  /** It stays put while the head turns less than this (radians) and moves less than `walk` (metres): no jitter. */
  turn: 0.3,
  walk: 0.25,
  /** Easing rate once it moves, 1/s: it covers about 95 % of the way in 1 s. */
  rate: 3,
};

/** A caption placement or a head pose on the floor plane: heading (radians, 0 = +z) and eye position. */
export interface CaptionPose {
  yaw: number;
  x: number;
  y: number;
  z: number;
}

const wrap = (a: number): number => Math.atan2(Math.sin(a), Math.cos(a));

/**
 * Lazy follow with comfort (XAUR REQ 19 with REQ 16): the caption keeps its place while the head moves a
 * little, and once the head has turned or walked past the dead zone it eases (exponentially, never
 * overshooting) towards straight ahead again, until it is there. Pure: `dt` in seconds.
 */
export class CaptionFollower {
  private placed: CaptionPose | null = null;
  private goal: CaptionPose | null = null;

  /** The next placement for a head at `head`, `dt` seconds after the last. */
  step(head: CaptionPose, dt: number): CaptionPose {
    if (!this.placed || !this.goal) {
      this.placed = { ...head };
      this.goal = { ...head };
      return { ...head };
    }
    const turned = Math.abs(wrap(head.yaw - this.goal.yaw));
    const walked = Math.hypot(head.x - this.goal.x, head.y - this.goal.y, head.z - this.goal.z);
    if (turned > CAPTION_FOLLOW.turn || walked > CAPTION_FOLLOW.walk) this.goal = { ...head };
    const k = 1 - Math.exp(-CAPTION_FOLLOW.rate * dt);
    const p = this.placed;
    this.placed = {
      yaw: p.yaw + wrap(this.goal.yaw - p.yaw) * k,
      x: p.x + (this.goal.x - p.x) * k,
      y: p.y + (this.goal.y - p.y) * k,
      z: p.z + (this.goal.z - p.z) * k,
    };
    return { ...this.placed };
  }

  /** Forgets the placement: the next step puts the caption straight ahead at once (on showing it). */
  reset(): void {
    this.placed = null;
    this.goal = null;
  }
}
