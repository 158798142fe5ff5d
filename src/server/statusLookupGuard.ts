import type { FastifyReply, FastifyRequest, onRequestHookHandler, onSendHookHandler } from 'fastify';
import { HttpError } from './apiError';
import { clientNetwork } from './clientAddress';
import { bumpCounter, peekCounter } from './rateCounters';
import type { Queryable } from './storage/db';

/** Settings of the tracking-code lookup guard; 0 turns a part off. */
export interface LookupGuardOptions {
  /** Lookups per minute per client network (IPv4 address, IPv6 /64). */
  perMinute: number;
  /** Unknown codes a client network (IPv4 address, IPv6 /48) may try per day before it is slowed down. */
  freeFailures: number;
  /** The clock, epoch ms (tests pin it). */
  clock: () => number;
}

/** First wait after the free failures; it doubles with every further unknown code, up to the cap. */
const FIRST_DELAY_MS = 2000;
const MAX_DELAY_MS = 15 * 60 * 1000;
const FAILURE_WINDOW_MS = 24 * 3600 * 1000;

function tooMany(reply: FastifyReply, waitMs: number): HttpError {
  reply.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
  return new HttpError(429, 'rate_limited', 'code');
}

/**
 * Hooks for every route that looks an item up by tracking code (finding 5). A code is the only key, so guesses are
 * limited twice: a per-minute limit of its own, and a failure-based slow-down. After `freeFailures` unknown codes
 * in a day, each further try must wait 2 s, 4 s, 8 s … (up to 15 min) after the previous unknown code. Counters
 * live in the database, so every server process sees them.
 */
export function statusLookupGuard(db: Queryable, options: LookupGuardOptions): { onRequest: onRequestHookHandler; onSend: onSendHookHandler } {
  const failKey = (request: FastifyRequest): string => `lookup-fail:${clientNetwork(request.ip, 48)}`;
  return {
    async onRequest(request, reply) {
      const now = options.clock();
      if (options.freeFailures > 0) {
        const failures = await peekCounter(db, failKey(request), now);
        const over = failures ? failures.hits - options.freeFailures : 0;
        if (failures && over > 0) {
          const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (over - 1));
          const wait = failures.lastHit + delay - now;
          if (wait > 0) throw tooMany(reply, wait);
        }
      }
      if (options.perMinute > 0) {
        const lookups = await bumpCounter(db, `lookup:${clientNetwork(request.ip, 64)}`, 60 * 1000, now);
        if (lookups.hits > options.perMinute) throw tooMany(reply, lookups.windowStart + lookups.windowMs - now);
      }
    },
    async onSend(request, reply, payload) {
      if (options.freeFailures > 0 && reply.statusCode === 404) await bumpCounter(db, failKey(request), FAILURE_WINDOW_MS, options.clock());
      return payload;
    },
  };
}
