import { isIPv6 } from 'node:net';
import { HttpError } from './apiError';
import { createRateLimiter, type RateLimiter } from './rateLimiter';
import type { Queryable } from './storage/db';
import { createBackoff, hashBoothPin, type Backoff } from './boothPin';

/** Booking and booth settings (env: BOOKINGS_PER_IP_PER_DAY, BOOTH_BOOKINGS_PER_DAY, BOOTH_PIN, FEEDBACK_PER_HOUR). */
export interface BookingOptions {
  /** Appointments one address on the open internet may book per (WITA) day. Default 2. */
  ipBookingsPerDay?: number;
  /** Appointments one enrolled booth may book per day, whatever its address. Default 200. */
  boothBookingsPerDay?: number;
  /** The operator PIN that enrols booths; unset turns enrolment off. Only its scrypt hash is kept. */
  boothPin?: string;
  /** Anonymous feedback posts per address (or booth) per hour. Default 20. */
  feedbackPerHour?: number;
}

/** The booking limits of one server instance, built once by createServer. */
export interface BookingContext {
  ipBookingsPerDay: number;
  boothBookingsPerDay: number;
  /** scrypt hash of BOOTH_PIN, or null when enrolment is off. */
  boothPinHash: string | null;
  /** Wrong PINs per client address: from the third one on, lock-outs of 30 s, 60 s, … up to an hour. */
  pinFailures: Backoff;
  /** Anonymous feedback per address. */
  feedbackLimiter: RateLimiter;
  /** Anonymous feedback per enrolled booth (many citizens share one booth). */
  boothFeedbackLimiter: RateLimiter;
  /** Cancellation attempts per tracking code: 4 digits must not be guessable. */
  cancelLimiter: RateLimiter;
}

/**
 * Reads the booking settings from the environment with config.ts's integer reader `int(name, fallback)`
 * (the plain PIN is hashed at start and then dropped).
 */
export function bookingOptionsFromEnv(env: NodeJS.ProcessEnv, int: (name: string, fallback: number) => number): BookingOptions {
  return {
    ipBookingsPerDay: int('BOOKINGS_PER_IP_PER_DAY', 2),
    boothBookingsPerDay: int('BOOTH_BOOKINGS_PER_DAY', 200),
    boothPin: env.BOOTH_PIN || undefined,
    feedbackPerHour: int('FEEDBACK_PER_HOUR', 20),
  };
}

/** Builds the limits; hashes the booth PIN so the plain value is not kept. */
export async function createBookingContext(options: BookingOptions = {}): Promise<BookingContext> {
  if (options.boothPin !== undefined && options.boothPin.length < 6) throw new Error('BOOTH_PIN must have at least 6 characters');
  return {
    ipBookingsPerDay: options.ipBookingsPerDay ?? 2,
    boothBookingsPerDay: options.boothBookingsPerDay ?? 200,
    boothPinHash: options.boothPin ? await hashBoothPin(options.boothPin) : null,
    pinFailures: createBackoff({ free: 2, baseMs: 30_000, maxMs: 3600_000 }),
    feedbackLimiter: createRateLimiter({ max: options.feedbackPerHour ?? 20, windowMs: 3600_000 }),
    boothFeedbackLimiter: createRateLimiter({ max: options.boothBookingsPerDay ?? 200, windowMs: 3600_000 }),
    cancelLimiter: createRateLimiter({ max: 5, windowMs: 3600_000 }),
  };
}

/** The quota key of a client address: IPv6 by its /64 (one subscriber line), IPv4 as is. */
export function addressKey(ip: string): string {
  if (!isIPv6(ip) || ip.startsWith('::ffff:')) return `ip:${ip.replace(/^::ffff:/, '')}`;
  const [head, tail = ''] = ip.split('::');
  const groups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const full = [...groups, ...new Array<string>(8 - groups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `ip6:${full.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/**
 * Takes one booking from the client's quota for `day`, in the caller's transaction (a failed booking gives it
 * back by rolling back). The upsert returns no row once `used` reached `max`: 429 booking_quota_exceeded.
 * Rows of earlier days are deleted on the way, so the table holds one day of addresses at most.
 */
export async function takeBookingQuota(tx: Queryable, key: string, day: string, max: number): Promise<void> {
  await tx.query('DELETE FROM booking_quota WHERE day < $1', [day]);
  const rows = await tx.query(
    `INSERT INTO booking_quota (client_key, day, used) SELECT $1, $2, 1 WHERE $3::int > 0
     ON CONFLICT (client_key, day) DO UPDATE SET used = booking_quota.used + 1 WHERE booking_quota.used < $3::int RETURNING used`,
    [key, day, max],
  );
  if (rows.length === 0) throw new HttpError(429, 'booking_quota_exceeded', null);
}
