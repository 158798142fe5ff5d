import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Catalogue } from '../shared/catalogue';
import { registerApiRouteRules } from './apiRouteRules';
import { createBookingContext, type BookingOptions } from './bookingLimits';
import { registerBoothOfficerRoutes } from './boothRoutes';
import { registerCors } from './cors';
import { registerErrorHandling } from './errorHandler';
import { buildOpenApi } from './openApi';
import { registerLiveRoutes, type LiveOptions } from './live/liveRoutes';
import { createRateLimiter, registerApiRateLimit } from './rateLimiter';
import { registerOfficerRoutes } from './routes/officerRoutes';
import { registerPublicRoutes } from './routes/publicRoutes';
import { registerSecurityHeaders } from './securityHeaders';
import type { ServerContext } from './serverContext';
import { nextBookableDay } from './slots';
import { registerStaticFiles } from './staticFiles';
import type { Db } from './storage/db';
import { generateSubmissionKeys, type SubmissionKeys } from './submissionKeys';

/** Everything a server instance needs; storage and catalogue are passed in so tests build servers in-process. */
export interface CreateServerOptions {
  db: Db;
  catalogue: Catalogue;
  /** Built app to serve at `/`; omitted means API only. */
  distDir?: string;
  /** Serve `*.map` files from distDir (SERVE_SOURCE_MAPS=1); off by default, so the public never gets our sources. */
  serveSourceMaps?: boolean;
  allowedOrigins?: string[];
  /** Requests per minute per client (IPv6 by /64) on /api, counted in the database; 0 = unlimited. Default 300. */
  rateLimitPerMinute?: number;
  /** Tracking-code lookups per minute per client (IPv6 by /64). Default 30; 0 when rateLimitPerMinute is 0. */
  statusLookupsPerMinute?: number;
  /** Unknown tracking codes per client per day before the slow-down. Default 10; 0 (off) when rateLimitPerMinute is 0. */
  statusFreeFailures?: number;
  /** Failed and successful log-in attempts allowed per IP+username per 15 minutes. Default 5. */
  loginAttemptsPer15Min?: number;
  slotCapacity?: number;
  /** Largest accepted request body, bytes. Default 64 KiB. */
  bodyLimit?: number;
  /** HTTPS options (key/cert) for `--https`. */
  https?: { key: string; cert: string };
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
  /**
   * The proxies whose X-Forwarded-For/-Proto/-Host are believed: their addresses/CIDRs (TRUST_PROXY). Default: none.
   * Never `true`, which would let a client choose its own IP.
   */
  trustProxy?: false | string[];
  /** Booking quotas and the booth PIN (see bookingLimits.ts). */
  booking?: BookingOptions;
  /** Key pair for sealed (offline-queued) submissions; main.ts loads it from DATA_DIR. Default: a fresh one in memory. */
  submissionKeys?: SubmissionKeys;
  /** Live consultation: office hours and the bus between processes (see live/liveRoutes.ts). */
  live?: LiveOptions;
}

/** Builds the Fastify app: security headers, CORS, rate limits, public API, officer API, OpenAPI and static files. */
export async function createServer(options: CreateServerOptions): Promise<FastifyInstance> {
  const base = { logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 64 * 1024, trustProxy: options.trustProxy ?? false, ajv: ajvOptions };
  const app = (options.https ? Fastify({ ...base, https: options.https }) : Fastify(base)) as unknown as FastifyInstance;
  const now = options.now ?? (() => new Date());
  const ctx: ServerContext = {
    db: options.db,
    catalogue: options.catalogue,
    slotCapacity: options.slotCapacity ?? 4,
    now,
    loginLimiter: createRateLimiter({ max: options.loginAttemptsPer15Min ?? 5, windowMs: 15 * 60 * 1000 }),
    secureCookies: Boolean(options.https),
    booking: await createBookingContext(options.booking),
    submissionKeys: options.submissionKeys ?? (await generateSubmissionKeys()),
  };
  const perMinute = options.rateLimitPerMinute ?? 300;
  const limitsOn = perMinute > 0;

  // JSON only: a text/plain body is answered 415 instead of reaching validation as a string.
  app.removeContentTypeParser('text/plain');
  await registerSecurityHeaders(app);
  await registerCors(app, options.allowedOrigins ?? []);
  const rateLimit = await registerApiRateLimit(app, { db: options.db, perMinute, clock: () => now().getTime() });
  registerErrorHandling(app, rateLimit);
  registerApiRouteRules(app, {
    db: options.db,
    allowedOrigins: options.allowedOrigins ?? [],
    rateLimit,
    lookups: {
      perMinute: options.statusLookupsPerMinute ?? (limitsOn ? 30 : 0),
      freeFailures: options.statusFreeFailures ?? (limitsOn ? 10 : 0),
      clock: () => now().getTime(),
    },
  });
  await app.register(fastifyCookie);

  registerPublicRoutes(app, ctx);
  registerOfficerRoutes(app, ctx);
  registerBoothOfficerRoutes(app, ctx);
  await registerLiveRoutes(app, ctx, { ...options.live, allowedOrigins: options.allowedOrigins ?? [] });
  // The same public key "served with the app": the service worker caches it (network first) for offline pages.
  app.get('/submission-key.json', async (_request, reply) => reply.header('cache-control', 'no-cache').send(ctx.submissionKeys.publicKey));
  app.get('/api/openapi.json', async () => buildOpenApi(nextBookableDay(ctx.now()), ctx.submissionKeys.publicKey));
  if (options.distDir) await registerStaticFiles(app, options.distDir, { serveSourceMaps: options.serveSourceMaps ?? false });
  return app;
}

/** Strict validation: no type coercion, no silently dropped unknown fields, first error only. */
const ajvOptions = { customOptions: { removeAdditional: false as const, coerceTypes: false as const, allErrors: false, useDefaults: false } };
