import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { HttpError } from './apiError';
import { clientNetwork } from './clientAddress';
import { dbRateLimitStore } from './dbRateLimitStore';
import type { Queryable } from './storage/db';

/** A fixed-window counter per client key (IP), kept per server instance, pruned as windows expire. */
export interface RateLimiter {
  /** Counts one hit; returns 0 when allowed, else the seconds until the client may retry. */
  hit(key: string, now?: number): number;
  /** Forgets a key (e.g. after a successful log-in). */
  reset(key: string): void;
}

/**
 * Creates an in-memory limiter allowing `max` hits per `windowMs` per key; `max` 0 allows everything. Kept for the
 * log-in limits, which need a synchronous `reset` after a successful log-in; the API limit uses @fastify/rate-limit.
 */
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

/**
 * Registers @fastify/rate-limit with its counters in our database (shared by every server process) and returns the
 * hook that enforces `perMinute` requests per client (IPv6 by /64); null when `perMinute` is 0 (benchmarks only).
 * The hook is not global: apiRouteRules attaches it to the /api routes.
 */
export async function registerApiRateLimit(
  app: FastifyInstance,
  options: { db: Queryable; perMinute: number; clock?: () => number },
): Promise<onRequestHookHandler | null> {
  if (options.perMinute <= 0) return null;
  await app.register(fastifyRateLimit, {
    global: false,
    max: options.perMinute,
    timeWindow: 60 * 1000,
    store: dbRateLimitStore(options.db, options.clock),
    keyGenerator: (request) => clientNetwork(request.ip, 64),
    // Our error shape and translated message (the plugin's default is an English Error).
    errorResponseBuilder: () => new HttpError(429, 'rate_limited', null),
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
  });
  return app.rateLimit() as onRequestHookHandler;
}
