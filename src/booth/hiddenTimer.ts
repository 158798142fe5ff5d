/**
 * "Hidden for longer than `ms`" (the headset taken off, the page in the background): `hidden(now)` starts
 * it, `visible(now)` ends it, and `tick(now)` fires `onExpire` once the time is up. A return after the time
 * fires too, since a hidden page's timers may be throttled; a short hide that ends in time does nothing.
 */
export class HiddenTimer {
  private since: number | null = null;

  constructor(
    private readonly ms: number,
    private readonly onExpire: () => void,
  ) {}

  /** True while hidden and not yet expired. */
  pending(): boolean {
    return this.since !== null;
  }

  /** Became hidden (a repeat keeps the first time). */
  hidden(now: number): void {
    this.since ??= now;
  }

  /** Became visible again. */
  visible(now: number): void {
    this.tick(now);
    this.since = null;
  }

  /** Forgets a hide without firing (the session it was about has ended). */
  reset(): void {
    this.since = null;
  }

  /** Fires once the time is up. */
  tick(now: number): void {
    if (this.since === null || now - this.since < this.ms) return;
    this.since = null;
    this.onExpire();
  }
}
