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

/**
 * A request URL fit for the log: every path segment that could be a tracking code (in any spelling) becomes
 * `[code]`, and query values become `[redacted]` (names stay), since a code is the key to a citizen's status.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const pathPart = q < 0 ? url : url.slice(0, q);
  const path = pathPart
    .split('/')
    .map((s) => (s !== '' && normalizeTrackingCode(decoded(s)) !== null ? '[code]' : s))
    .join('/');
  if (q < 0) return path;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => (pair.includes('=') ? `${pair.slice(0, pair.indexOf('='))}=[redacted]` : pair))
    .join('&');
  return `${path}?${query}`;
}

/** A client address fit for the log: IPv4 cut to its /24, IPv6 to its /48 (enough to see abuse, not a person). */
export function shortenIp(ip: string): string {
  return clientNetwork(ip, 48, 24);
}

/** Pino serializers for the server log: Fastify's request fields with the URL redacted and the IP shortened. */
export const logSerializers = {
  req(request: FastifyRequest) {
    return { method: request.method, url: redactUrl(request.url), remoteAddress: shortenIp(request.ip) };
  },
};
