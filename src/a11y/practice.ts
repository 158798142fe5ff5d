/**
 * The first-timer's practice at the welcome point (issue 8): press a big button, then move to a ring
 * on the floor, in the same vocabulary as the kiosks (hands: poke, then pinch-ray; controllers:
 * trigger, then thumbstick or trigger). Babylon-free, so the rules test in Node.
 */

/** Where the practice is: not running, the press step, the move step, or just finished. */
export type PracticeStep = 'off' | 'press' | 'move' | 'done';

/** What the visitor holds: the instructions differ. */
export type PracticeInput = 'hands' | 'controllers';

/** How near the practice ring the visitor must land to have moved there, metres (a thumbstick jump is not exact). */
export const PRACTICE_ARRIVAL = 0.6;

/** Seconds the visitor stays on the ring, seeing they made it, before the hall takes them back to the welcome panel. */
export const PRACTICE_PAUSE = 1;

/**
 * The practice's steps. Each success moves on by itself; skip ends it at any step; a wipe resets it,
 * so the next visitor is offered it again.
 */
export class Practice {
  private current: PracticeStep = 'off';
  /** Seconds left on the ring before the visitor is taken back, while done. */
  private pause = 0;
  private readonly listeners = new Set<(step: PracticeStep) => void>();

  /** The step now. */
  step(): PracticeStep {
    return this.current;
  }

  /** Starts at the press step (again, if it was running). */
  start(): void {
    this.go('press');
  }

  /** The big button was pressed: on to the move step. */
  pressed(): void {
    if (this.current === 'press') this.go('move');
  }

  /**
   * Called every frame while the practice is shown, with how far the visitor stands from the ring
   * (metres) and the frame time (s). Landing within {@link PRACTICE_ARRIVAL} finishes the move step;
   * returns true once, {@link PRACTICE_PAUSE} s later: time to take the visitor back to the welcome panel.
   */
  track(distance: number, dt: number): boolean {
    if (this.current === 'move' && distance <= PRACTICE_ARRIVAL) {
      this.go('done');
      this.pause = PRACTICE_PAUSE;
      return false;
    }
    if (this.current !== 'done' || this.pause <= 0) return false;
    this.pause -= dt;
    return this.pause <= 0;
  }

  /** Ends the practice at any step, without the "done" line. */
  skip(): void {
    this.go('off');
  }

  /** Calls back on every step change; returns the function that stops it. */
  onChange(listener: (step: PracticeStep) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private go(step: PracticeStep): void {
    if (step === this.current) return;
    this.current = step;
    this.pause = 0;
    for (const l of this.listeners) l(step);
  }
}
