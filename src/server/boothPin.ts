import { hashPassword, verifyPassword } from './passwordHash';

/** Hashes the operator PIN like an officer password (scrypt), so memory and logs never hold it. */
export function hashBoothPin(pin: string): Promise<string> {
  return hashPassword(pin);
}

/** Checks a PIN against the stored hash in constant time. */
export function verifyBoothPin(pin: string, hash: string): Promise<boolean> {
  return verifyPassword(pin, hash);
}

/**
 * Failure-based lock-out per key: `free` failures are allowed, then each further failure locks the key for
 * baseMs·2^k (capped at maxMs). Kept here rather than in @fastify/rate-limit, which counts every request in
 * fixed windows and has no notion of "only failures" or growing backoff.
 */
export interface Backoff {
  /** Seconds until `key` may try again, 0 when it may try now. */
  retryAfter(key: string, now?: number): number;
  /** Records a failure of `key`. */
  fail(key: string, now?: number): void;
  /** Forgets `key` after a success. */
  succeed(key: string): void;
}

/** Creates a failure backoff; entries are pruned once their lock and `maxMs` have passed. */
export function createBackoff(options: { free: number; baseMs: number; maxMs: number }): Backoff {
  const entries = new Map<string, { failures: number; lockedUntil: number; last: number }>();
  const prune = (now: number) => {
    for (const [k, e] of entries) if (now - e.last > options.maxMs && now > e.lockedUntil) entries.delete(k);
  };
  return {
    retryAfter(key, now = Date.now()) {
      const e = entries.get(key);
      return e && e.lockedUntil > now ? Math.ceil((e.lockedUntil - now) / 1000) : 0;
    },
    fail(key, now = Date.now()) {
      if (entries.size > 10_000) prune(now);
      const prev = entries.get(key);
      const e = prev && now - prev.last <= options.maxMs ? prev : { failures: 0, lockedUntil: 0, last: now };
      e.failures += 1;
      e.last = now;
      const over = e.failures - options.free;
      if (over > 0) e.lockedUntil = now + Math.min(options.baseMs * 2 ** (over - 1), options.maxMs);
      entries.set(key, e);
    },
    succeed(key) {
      entries.delete(key);
    },
  };
}
