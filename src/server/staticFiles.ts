import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { statusUrl } from '../services/statusUrl';

/** webpack's content-hashed file names (`main.8827abc3.js`): safe to cache for a year. */
const HASHED = /\.[0-9a-f]{8}\.(js|css|wasm)(\.map)?$/;
/** Files that must be revalidated on every load, or an update would never reach the headset. */
const NO_CACHE = new Set(['sw.js', 'index.html', 'officer.html', 'status.html', 'manifest.webmanifest']);

/** Cache-Control for a file served from dist/. */
export function cacheControlFor(file: string): string {
  const base = path.basename(file);
  if (NO_CACHE.has(base)) return 'no-cache';
  if (HASHED.test(base)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

/**
 * Serves the built app from `distDir` at `/`, the officer console at `/officer` and the light status page at
 * `/status/<code>` (the old `/?status=<code>` links redirect there).
 * When dist/ is missing (API-only runs) the API still works and `/` answers 404 with a logged warning.
 * Source maps (`*.map`) answer 404 unless `serveSourceMaps` (SERVE_SOURCE_MAPS=1, for debugging a test install).
 */
export async function registerStaticFiles(app: FastifyInstance, distDir: string, options: { serveSourceMaps: boolean }): Promise<void> {
  if (!existsSync(distDir)) {
    app.log.warn(`${distDir} does not exist: run npm run build to serve the app`);
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    index: ['index.html'],
    cacheControl: false,
    allowedPath: (pathName) => options.serveSourceMaps || !pathName.toLowerCase().endsWith('.map'),
    setHeaders(res, filePath) {
      res.setHeader('Cache-Control', cacheControlFor(filePath));
      if (path.basename(filePath) === 'sw.js') res.setHeader('Service-Worker-Allowed', '/');
    },
  });
  app.get('/officer', (_request, reply) => reply.sendFile('officer.html'));
  app.get('/status/:code', (_request, reply) => reply.sendFile('status.html'));
  // Result QR codes of earlier builds encoded /?status=<code>: send them to the light status page.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !request.url.startsWith('/?')) return;
    const code = new URLSearchParams(request.url.slice(2)).get('status');
    if (code) await reply.redirect(statusUrl(code), 302);
  });
}
