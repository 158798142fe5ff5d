import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Catalogue } from '../shared/catalogue';
import { createBookingContext, type BookingOptions } from './bookingLimits';
import { registerBoothOfficerRoutes } from './boothRoutes';
import { HttpError } from './apiError';
import { registerCors } from './cors';
import { registerErrorHandling } from './errorHandler';
import { buildOpenApi } from './openApi';
import { createRateLimiter } from './rateLimiter';
import { registerOfficerRoutes } from './routes/officerRoutes';
import { registerPublicRoutes } from './routes/publicRoutes';
import { registerSecurityHeaders } from './securityHeaders';
import type { ServerContext } from './serverContext';
import { nextBookableDay } from './slots';
import { registerStaticFiles } from './staticFiles';
import type { Db } from './storage/db';

/** Everything a server instance needs; storage and catalogue are passed in so tests build servers in-process. */
export interface CreateServerOptions {
  db: Db;
  catalogue: Catalogue;
  /** Built app to serve at `/`; omitted means API only. */
  distDir?: string;
  allowedOrigins?: string[];
  /** Requests per minute per client IP on /api; 0 = unlimited. Default 300. */
  rateLimitPerMinute?: number;
  /** Failed and successful log-in attempts allowed per IP+username per 15 minutes. Default 5. */
  loginAttemptsPer15Min?: number;
  slotCapacity?: number;
  /** Largest accepted request body, bytes. Default 64 KiB. */
  bodyLimit?: number;
  /** HTTPS options (key/cert) for `--https`. */
  https?: { key: string; cert: string };
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
  /** Trust X-Forwarded-For (behind the city's reverse proxy). */
  trustProxy?: boolean;
  /** Booking quotas and the booth PIN (see bookingLimits.ts). */
  booking?: BookingOptions;
}

/** Builds the Fastify app: security headers, CORS, rate limits, public API, officer API, OpenAPI and static files. */
export async function createServer(options: CreateServerOptions): Promise<FastifyInstance> {
  const app = (
    options.https
      ? Fastify({ https: options.https, logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 64 * 1024, trustProxy: options.trustProxy ?? false, ajv: ajvOptions })
      : Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 64 * 1024, trustProxy: options.trustProxy ?? false, ajv: ajvOptions })
  ) as unknown as FastifyInstance;

  const ctx: ServerContext = {
    db: options.db,
    catalogue: options.catalogue,
    slotCapacity: options.slotCapacity ?? 4,
    now: options.now ?? (() => new Date()),
    loginLimiter: createRateLimiter({ max: options.loginAttemptsPer15Min ?? 5, windowMs: 15 * 60 * 1000 }),
    secureCookies: Boolean(options.https),
    booking: await createBookingContext(options.booking),
  };
  const apiLimiter = createRateLimiter({ max: options.rateLimitPerMinute ?? 300, windowMs: 60 * 1000 });

  // JSON only: a text/plain body is answered 415 instead of reaching validation as a string.
  app.removeContentTypeParser('text/plain');
  registerErrorHandling(app);
  registerSecurityHeaders(app, { https: Boolean(options.https) });
  registerCors(app, options.allowedOrigins ?? []);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/officer/login')) return;
    const retryAfter = apiLimiter.hit(request.ip);
    if (retryAfter > 0) {
      reply.header('Retry-After', String(retryAfter));
      throw new HttpError(429, 'rate_limited', null);
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });
  await app.register(fastifyCookie);

  registerPublicRoutes(app, ctx);
  registerOfficerRoutes(app, ctx);
  registerBoothOfficerRoutes(app, ctx);
  app.get('/api/openapi.json', async () => buildOpenApi(nextBookableDay(ctx.now())));
  if (options.distDir) await registerStaticFiles(app, options.distDir);
  return app;
}

/** Strict validation: no type coercion, no silently dropped unknown fields, first error only. */
const ajvOptions = { customOptions: { removeAdditional: false as const, coerceTypes: false as const, allErrors: false, useDefaults: false } };
