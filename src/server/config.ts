import { isIP } from 'node:net';
import path from 'node:path';

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
  /** Proxies whose X-Forwarded-* headers are believed (addresses/CIDRs); false = none. */
  trustProxy: false | string[];
  /** Tracking-code lookups per minute per client (IPv6 by /64). */
  statusLookupsPerMinute: number;
  /** Serve `*.map` source maps from dist/ (debugging only). */
  serveSourceMaps: boolean;
}

/** Names proxy-addr (Fastify's trustProxy) accepts besides addresses: loopback, link-local and private ranges. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** True for an IP address or a CIDR such as `10.0.0.0/8` or `fd00::/8`. */
function isAddressOrCidr(value: string): boolean {
  const [addr, bits, extra] = value.split('/');
  const family = isIP(addr);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Reads TRUST_PROXY: a comma-separated list of the reverse proxies' addresses/CIDRs (or loopback, linklocal,
 * uniquelocal); unset means no proxy. `true`/`*` and hop counts are refused: trusting every hop lets a client choose
 * its own IP through X-Forwarded-For, and a hop count cannot tell the proxy from a client that connects directly
 * (Fastify 5 ignores X-Forwarded-* for a numeric trustProxy for that reason).
 */
export function parseTrustProxy(raw: string | undefined): false | string[] {
  const value = (raw ?? '').trim();
  if (value === '') return false;
  const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
  const bad = parts.find((p) => !PROXY_NAMES.has(p) && !isAddressOrCidr(p));
  if (bad !== undefined) throw new Error(`TRUST_PROXY must list the proxies' addresses or CIDRs (e.g. 10.0.0.0/8 or loopback), got "${bad}"`);
  return parts;
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
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    statusLookupsPerMinute: int('STATUS_LOOKUPS_PER_MINUTE', 30),
    serveSourceMaps: env.SERVE_SOURCE_MAPS === '1',
  };
}
