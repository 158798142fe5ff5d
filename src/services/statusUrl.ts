import { normalizeTrackingCode } from '../shared/trackingCode';

/**
 * The URL a result QR code encodes: `<origin>/?status=<code>` opens the hall straight at the status kiosk
 * with the code filled in (a query parameter, so the static app needs no server-side route).
 */
export function statusUrl(trackingCode: string, origin = ''): string {
  return `${origin.replace(/\/+$/, '')}/?status=${encodeURIComponent(trackingCode)}`;
}

/** Reads the tracking code from a status link (`?status=<code>`, or a `/status/<code>` path); null if none. */
export function statusCodeFromUrl(url: string): string | null {
  const parsed = new URL(url, 'http://hall.invalid');
  const fromQuery = parsed.searchParams.get('status');
  const fromPath = /^\/status\/([^/]+)\/?$/.exec(parsed.pathname)?.[1];
  const raw = fromQuery ?? (fromPath ? decodeURIComponent(fromPath) : null);
  return raw ? normalizeTrackingCode(raw) : null;
}
