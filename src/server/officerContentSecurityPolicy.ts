import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * The officer console's own Content-Security-Policy, stricter than the app's (issue 10, Low): the console runs no
 * WASM, starts no workers and uses no inline styles (its CSS is officer.css), so none of `wasm-unsafe-eval`,
 * `blob:` or `unsafe-inline` is allowed. It replaces the app's policy on the console's page and API answers.
 */
export const OFFICER_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Whether a request is for the console (its page, its files or its API), judged on the decoded path. */
export function isOfficerConsolePath(request: FastifyRequest): boolean {
  let path = request.url.split('?')[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    return false;
  }
  return /^\/officer(\.|\/|$)/.test(path) || path.startsWith('/api/officer/');
}

/** Sets the console's policy on its answers (added after the app-wide headers, so it replaces theirs). */
export function registerOfficerContentSecurityPolicy(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (isOfficerConsolePath(request)) reply.header('Content-Security-Policy', OFFICER_CONTENT_SECURITY_POLICY);
    return payload;
  });
}
