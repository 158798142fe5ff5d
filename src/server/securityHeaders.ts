import fastifyHelmet from '@fastify/helmet';
import type { FastifyContextConfig, FastifyInstance } from 'fastify';
import { CSP_DIRECTIVES } from './contentSecurityPolicy';

/** HSTS for half a year; only ever sent on an HTTPS answer. */
const HSTS = 'max-age=15552000';

/** helmet's options for a policy (no defaults merged in: they would add `upgrade-insecure-requests`). */
function cspOption(directives: Readonly<Record<string, readonly string[]>>) {
  return { useDefaults: false, directives: directives as Record<string, string[]> };
}

/**
 * Route config that gives one route its own Content-Security-Policy instead of the app's, e.g. the officer console:
 * `app.get('/officer', { config: routeCsp(OFFICER_CSP) }, handler)`.
 */
export function routeCsp(directives: Readonly<Record<string, readonly string[]>>): FastifyContextConfig {
  return { helmet: { contentSecurityPolicy: cspOption(directives) } } as FastifyContextConfig;
}

/**
 * Security headers on every answer with @fastify/helmet (our CSP, X-Frame-Options DENY, no referrer, same-origin
 * COOP/CORP, nosniff). Two headers stay ours, because helmet has no option for them: the Permissions-Policy, which
 * must allow `xr-spatial-tracking` for WebXR, and HSTS, which is sent only when this request came over HTTPS
 * (in-process TLS, or `X-Forwarded-Proto: https` from a trusted proxy: `request.protocol`), while helmet would
 * send it on every answer.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: cspOption(CSP_DIRECTIVES),
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('Permissions-Policy', 'xr-spatial-tracking=(self), camera=(), geolocation=(), microphone=(self)');
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', HSTS);
  });
}
