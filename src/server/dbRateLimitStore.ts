import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { bumpCounter, peekCounter, pruneCounters } from './rateCounters';
import type { Queryable } from './storage/db';

/** Expired counters are deleted at most this often per store. */
const PRUNE_EVERY_MS = 60 * 1000;

/**
 * A store for @fastify/rate-limit on our own database (PostgreSQL, or PGlite), so every server process of a city
 * counts against the same limit. The plugin ships only an in-memory and a Redis store; we run no Redis.
 * Only fixed windows: `continueExceeding` and `exponentialBackoff` are not offered (we do not use them).
 */
export function dbRateLimitStore(db: Queryable, clock: () => number = Date.now, namespace = 'api'): FastifyRateLimitStoreCtor {
  let lastPrune = 0;
  const prune = async (now: number): Promise<void> => {
    if (now - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = now;
    await pruneCounters(db, now);
  };
  const make = (prefix: string): FastifyRateLimitStore & { read: FastifyRateLimitStore['incr'] } => ({
    incr(key, callback, timeWindow) {
      const now = clock();
      prune(now)
        .then(() => bumpCounter(db, `${prefix}:${key}`, timeWindow, now))
        .then((c) => callback(null, { current: c.hits, ttl: c.windowStart + c.windowMs - now }), callback);
    },
    read(key, callback) {
      const now = clock();
      peekCounter(db, `${prefix}:${key}`, now).then(
        (c) => callback(null, c ? { current: c.hits, ttl: c.windowStart + c.windowMs - now } : { current: 0, ttl: 0 }),
        callback,
      );
    },
    child(routeOptions) {
      // Each route (or limiter) with its own limit counts apart from the global one.
      const info = (routeOptions as { routeInfo?: { method?: unknown; url?: string } }).routeInfo;
      return make(`${prefix}:${String(info?.method ?? '')}${info?.url ?? ''}`);
    },
  });
  return class {
    constructor() {
      return make(namespace);
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
