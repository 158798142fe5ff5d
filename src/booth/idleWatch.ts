/** Options of an idle watch. */
export interface IdleWatchOptions {
  /** Quiet time before the countdown shows, while personal data is held. */
  idleMs: number;
  /** How long the countdown runs before the wipe. */
  countdownMs: number;
  /** Quiet time without personal data before the hall returns to the welcome; null: never (at home). */
  resetMs: number | null;
  holdsPersonalData: () => boolean;
  /** Whether anything would change on a reset (a flow off its services list, the visitor away from the welcome). */
  needsReset: () => boolean;
  /** Whole seconds left while the countdown shows; null when it hides. */
  onCountdown: (secondsLeft: number | null) => void;
  /** Time is up: `idle` with personal data (a wipe), `reset` without. */
  onExpire: (reason: 'idle' | 'reset') => void;
}

/**
 * "No input for a while", as a clock-driven state machine without timers of its own: the page calls
 * `activity(now)` on every input and `tick(now)` a few times a second (Babylon-free, so unit tests
 * drive it with plain numbers).
 */
export class IdleWatch {
  private last: number;
  private shown: number | null = null;

  constructor(private readonly o: IdleWatchOptions, now: number) {
    this.last = now;
  }

  /** The visitor did something: the quiet time starts again and a countdown hides. */
  activity(now: number): void {
    this.last = now;
    this.show(null);
  }

  /** Seconds left on the countdown while it shows, else null. */
  countdown(): number | null {
    return this.shown;
  }

  /** Advances to `now`: shows or updates the countdown, or expires. */
  tick(now: number): void {
    const quiet = now - this.last;
    if (this.o.holdsPersonalData()) {
      const end = this.o.idleMs + this.o.countdownMs;
      if (quiet >= end) return this.expire(now, 'idle');
      this.show(quiet >= this.o.idleMs ? Math.ceil((end - quiet) / 1000) : null);
      return;
    }
    this.show(null);
    if (this.o.resetMs === null || quiet < this.o.resetMs) return;
    if (this.o.needsReset()) this.expire(now, 'reset');
    else this.last = now;
  }

  private expire(now: number, reason: 'idle' | 'reset'): void {
    this.last = now;
    this.show(null);
    this.o.onExpire(reason);
  }

  private show(secondsLeft: number | null): void {
    if (secondsLeft === this.shown) return;
    this.shown = secondsLeft;
    this.o.onCountdown(secondsLeft);
  }
}
