import type { Catalogue } from '../shared/catalogue';
import type { BookingContext } from './bookingLimits';
import type { Db } from './storage/db';
import type { RateLimiter } from './rateLimiter';
import type { SubmissionKeys } from './submissionKeys';

/** What every route handler needs, created once per server by createServer (no module-level state). */
export interface ServerContext {
  db: Db;
  catalogue: Catalogue;
  slotCapacity: number;
  /** The current time; tests may pin it. */
  now: () => Date;
  /** Log-in attempts per client IP and username. */
  loginLimiter: RateLimiter;
  /** Whether cookies get the Secure flag. */
  secureCookies: boolean;
  /** Booking quotas, booth PIN hash and the limits of the booking, feedback and booth routes. */
  booking: BookingContext;
  /** Key pair that queued (sealed) kiosk submissions are encrypted to. */
  submissionKeys: SubmissionKeys;
}
