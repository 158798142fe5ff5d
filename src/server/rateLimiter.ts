/** A fixed-window counter per client key (IP), kept per server instance, pruned as windows expire. */
export interface RateLimiter {
  /** Counts one hit; returns 0 when allowed, else the seconds until the client may retry. */
  hit(key: string, now?: number): number;
  /** Forgets a key (e.g. after a successful log-in). */
  reset(key: string): void;
}

/** Creates a limiter allowing `max` hits per `windowMs` per key; `max` 0 allows everything. */
export function createRateLimiter(options: { max: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastPrune = 0;
  return {
    hit(key, now = Date.now()) {
      if (options.max <= 0) return 0;
      if (now - lastPrune > options.windowMs) {
        for (const [k, w] of windows) if (now - w.start >= options.windowMs) windows.delete(k);
        lastPrune = now;
      }
      let w = windows.get(key);
      if (!w || now - w.start >= options.windowMs) {
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      if (w.count <= options.max) return 0;
      return Math.max(1, Math.ceil((w.start + options.windowMs - now) / 1000));
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
