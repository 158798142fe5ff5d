import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './apiError';

/** The origin of the server itself as the browser sees it, to tell same-origin requests apart. */
function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.headers.host ?? ''}`;
}

/**
 * CORS for /api/* (not the officer API): only configured origins get CORS headers, preflights from others get 403,
 * and a state-changing request from a foreign, unlisted origin is refused outright.
 */
export function registerCors(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const origin = request.headers.origin;
    if (!origin || origin === ownOrigin(request)) return;
    const isOfficer = request.url.startsWith('/api/officer');
    const ok = allowed.has(origin) && !isOfficer;
    if (ok) {
      reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Vary', 'Origin');
    }
    if (request.method === 'OPTIONS') {
      if (!ok) throw new HttpError(403, 'origin_forbidden', 'Origin');
      reply.header('Access-Control-Allow-Methods', 'GET, POST');
      reply.header('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key, Accept-Language');
      reply.header('Access-Control-Max-Age', '600');
      return reply.code(204).send();
    }
    if (!ok && request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(403, 'origin_forbidden', 'Origin');
  });
}
