import type { FastifyRequest } from 'fastify';
import { normalizeTrackingCode } from '../shared/trackingCode';
import { clientNetwork } from './clientAddress';

/** Decodes a path segment, or returns it as is when it is not valid percent-encoding. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Lower-case words are our path names (`requests`, `status`); a code a citizen typed has digits or capitals. */
const PATH_WORD = /^[a-z]+$/;

/** Keeps query parameter names and hides their values. */
function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => (pair.includes('=') ? `${pair.slice(0, pair.indexOf('='))}=[redacted]` : pair))
    .join('&');
}

/**
 * A request URL fit for the log, since a tracking code is the key to a citizen's status: a routed request is logged
 * by its route (`/api/status/[code]`), other paths with every segment that could be a code in any spelling replaced
 * by `[code]`; query values become `[redacted]` (names stay).
 */
export function redactUrl(url: string, route?: string): string {
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const path =
    route && route.includes('/:')
      ? route.replace(/:([A-Za-z0-9_]+)/g, '[$1]')
      : rawPath
          .split('/')
          .map((s) => (s !== '' && !PATH_WORD.test(s) && normalizeTrackingCode(decoded(s)) !== null ? '[code]' : s))
          .join('/');
  return q < 0 ? path : `${path}?${redactQuery(url.slice(q + 1))}`;
}

/** A client address fit for the log: IPv4 cut to its /24, IPv6 to its /48 (enough to see abuse, not a person). */
export function shortenIp(ip: string): string {
  return clientNetwork(ip, 48, 24);
}

/** Pino serializers for the server log: Fastify's request fields with the URL redacted and the IP shortened. */
export const logSerializers = {
  req(request: FastifyRequest) {
    return { method: request.method, url: redactUrl(request.url, request.routeOptions?.url), remoteAddress: shortenIp(request.ip) };
  },
};

/** The server's logger options (main.ts); `stream` lets tests read what would be logged. */
export function serverLoggerOptions(level: string, stream?: { write(line: string): void }) {
  return { level, serializers: logSerializers, ...(stream ? { stream } : {}) };
}
