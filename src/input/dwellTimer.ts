/** One pointer's dwell: what it rests on and how far the fill has come (0–1). */
export interface DwellProgress {
  source: string;
  id: string;
  fraction: number;
}

/** What one step of the timer found: the fills to draw and the targets to activate now. */
export interface DwellStep {
  progress: DwellProgress[];
  fire: { source: string; id: string }[];
}

interface Rest {
  id: string;
  since: number;
  fired: boolean;
}

/**
 * Dwell selection's timing, Babylon-free (XAUR REQ 15). Each pointer source (a hand's ray, a
 * controller, the head's gaze, the locked mouse's crosshair) that rests on one target for `ms`
 * fires it once. Moving to another target restarts the fill; after a firing, the same target
 * fires again only once the pointer left it and came back (no repeat-fire while held).
 */
export class DwellTimer {
  private readonly rests = new Map<string, Rest>();

  /** @param ms how long a pointer must rest on a target */
  constructor(private readonly ms: number) {}

  /**
   * Takes what every dwelling source hovers now (`null` or absent: nothing) and the clock,
   * and returns the fills and the firings of this step.
   */
  step(hovers: ReadonlyMap<string, string | null>, now: number): DwellStep {
    for (const source of [...this.rests.keys()]) if (!hovers.get(source)) this.rests.delete(source);
    const out: DwellStep = { progress: [], fire: [] };
    for (const [source, id] of hovers) {
      if (!id) continue;
      let rest = this.rests.get(source);
      if (!rest || rest.id !== id) {
        rest = { id, since: now, fired: false };
        this.rests.set(source, rest);
      }
      if (rest.fired) continue;
      const fraction = Math.min(1, Math.max(0, (now - rest.since) / this.ms));
      if (fraction >= 1) {
        rest.fired = true;
        out.fire.push({ source, id });
      } else out.progress.push({ source, id, fraction });
    }
    return out;
  }

  /**
   * Counts what every source rests on now as already fired: dwell just switched on (by a pinch on
   * the very row that switches it), so nothing under a pointer fires until the pointer moves on.
   */
  settle(hovers: ReadonlyMap<string, string | null>, now: number): void {
    this.rests.clear();
    for (const [source, id] of hovers) if (id) this.rests.set(source, { id, since: now, fired: true });
  }

  /** A target was used another way (pinch, poke, key): pointers resting on it must leave before it fires by dwell. */
  used(id: string): void {
    for (const rest of this.rests.values()) if (rest.id === id) rest.fired = true;
  }

  /** Forgets every rest (dwell switched off, the session ended). */
  clear(): void {
    this.rests.clear();
  }
}
