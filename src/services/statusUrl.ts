/**
 * The URL a result QR code encodes: `<origin>/?status=<code>` (a query parameter, so the static app needs no
 * server-side route). Nothing in the hall reads it back yet: the light status page of issue 8 will.
 */
export function statusUrl(trackingCode: string, origin = ''): string {
  return `${origin.replace(/\/+$/, '')}/?status=${encodeURIComponent(trackingCode)}`;
}
