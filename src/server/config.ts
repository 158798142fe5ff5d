import path from 'node:path';
import { bookingOptionsFromEnv, type BookingOptions } from './bookingLimits';

/** Every setting of the server, read from environment variables (documented in README.md). */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Password of the first admin, created at start when no officer exists yet. */
  bootstrapPassword: string | undefined;
  bootstrapUsername: string;
  /** Origins (scheme://host[:port]) allowed to call /api from another origin. */
  allowedOrigins: string[];
  /** Personal data of items older than this many days is purged. */
  retentionDays: number;
  /** Requests per minute per client IP on /api; 0 turns rate limiting off (benchmarks only). */
  rateLimitPerMinute: number;
  /** Bookings per appointment slot. */
  slotCapacity: number;
  /** Directory of the built app (webpack output). */
  distDir: string;
  /** Directory of the data files (scenes/catalogue.json). */
  scenesDir: string;
  https: boolean;
  /** Booking quotas and the booth PIN (BOOKINGS_PER_IP_PER_DAY, BOOTH_BOOKINGS_PER_DAY, BOOTH_PIN, FEEDBACK_PER_HOUR). */
  booking: BookingOptions;
}

/** Reads the configuration from `env` and command-line flags, with safe defaults for `npm start`. */
export function loadConfig(env: NodeJS.ProcessEnv, argv: string[], root: string): ServerConfig {
  const int = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
    return n;
  };
  return {
    port: int('PORT', 8080),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(root, env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    bootstrapPassword: env.OFFICER_BOOTSTRAP_PASSWORD || undefined,
    bootstrapUsername: env.OFFICER_BOOTSTRAP_USERNAME || 'admin',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/$/, ''))
      .filter(Boolean),
    retentionDays: int('RETENTION_DAYS', 365),
    rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 300),
    slotCapacity: int('SLOT_CAPACITY', 4),
    distDir: path.resolve(root, env.DIST_DIR ?? 'dist'),
    scenesDir: path.resolve(root, 'scenes'),
    https: argv.includes('--https') || env.HTTPS === '1',
    booking: bookingOptionsFromEnv(env, int),
  };
}
