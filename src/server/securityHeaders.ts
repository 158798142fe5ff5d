import type { FastifyInstance } from 'fastify';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

/**
 * Adds the security headers (what @fastify/helmet would) to every answer. WebXR needs `xr-spatial-tracking`
 * allowed for our own origin, so the Permissions-Policy keeps it.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'xr-spatial-tracking=(self), camera=(), geolocation=(), microphone=(self)');
    if (options.https) reply.header('Strict-Transport-Security', 'max-age=15552000');
    return payload;
  });
}
