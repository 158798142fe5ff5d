/**
 * The Content-Security-Policy of the app (and, until it gets its own, the officer console). Babylon.js needs WASM
 * (`wasm-unsafe-eval`), blob: workers and data:/blob: textures; nothing is loaded from another origin. Edit here only.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'font-src': ["'self'", 'data:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** A policy as the header carries it (the form @fastify/helmet writes: `name value;name value`). */
export function cspHeader(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join(';');
}

/** The app's policy as a header value. */
export const CONTENT_SECURITY_POLICY = cspHeader(CSP_DIRECTIVES);
