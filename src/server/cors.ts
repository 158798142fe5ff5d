import fastifyCors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { HttpError } from './apiError';

/** The origin of the server itself as the browser sees it, to tell same-origin requests apart. */
function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.headers.host ?? ''}`;
}

/**
 * The path a request was routed to, as the route declared it (never the raw, possibly percent-encoded URL). For the
 * catch-all OPTIONS route of @fastify/cors it is the decoded wildcard.
 */
export function routedPath(request: FastifyRequest): string {
  const declared = request.routeOptions.url ?? '';
  if (declared === '*' || declared === '/*') {
    const rest = (request.params as { '*'?: string })['*'] ?? '';
    return rest.startsWith('/') ? rest : `/${rest}`;
  }
  return declared;
}

/** True for a foreign origin that may use the API: configured in ALLOWED_ORIGINS, and never for the officer API. */
function mayCrossOrigin(allowed: ReadonlySet<string>, origin: string, path: string): boolean {
  return allowed.has(origin) && !path.startsWith('/api/officer');
}

/**
 * CORS for /api/* with @fastify/cors: only configured origins get CORS headers, and a preflight from any other origin
 * gets 403 (the plugin alone would answer it 204 without headers; we refuse it in its delegator).
 */
export async function registerCors(app: FastifyInstance, allowedOrigins: readonly string[]): Promise<void> {
  const allowed = new Set(allowedOrigins);
  await app.register(fastifyCors, {
    delegator: (request, callback) => {
      const path = routedPath(request);
      const origin = request.headers.origin;
      if (!path.startsWith('/api/') || !origin || origin === ownOrigin(request)) return callback(null, { origin: false });
      if (!mayCrossOrigin(allowed, origin, path)) {
        if (request.method === 'OPTIONS') return callback(new HttpError(403, 'origin_forbidden', 'Origin'));
        return callback(null, { origin: false });
      }
      callback(null, {
        origin,
        methods: ['GET', 'POST'],
        allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Accept-Language', 'X-Booth-Token'],
        maxAge: 600,
      });
    },
  });
}

/**
 * Route hook for /api routes: a state-changing request from a foreign origin that may not use the API is refused
 * outright (CORS alone only hides the answer; the write would already be done). The plugin has no such refusal.
 */
export function refuseForeignWrites(allowedOrigins: readonly string[]): onRequestHookHandler {
  const allowed = new Set(allowedOrigins);
  return async (request) => {
    const origin = request.headers.origin;
    if (!origin || origin === ownOrigin(request) || request.method === 'GET' || request.method === 'HEAD') return;
    if (!mayCrossOrigin(allowed, origin, routedPath(request))) throw new HttpError(403, 'origin_forbidden', 'Origin');
  };
}
