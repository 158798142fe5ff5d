/**
 * The URL a result QR code encodes: `<origin>/status/<code>`, the light status page (plain HTML and a small
 * script, no 3D hall). Links of earlier builds, `/?status=<code>`, redirect there (server and page).
 */
export function statusUrl(trackingCode: string, origin = ''): string {
  return `${origin.replace(/\/+$/, '')}/status/${encodeURIComponent(trackingCode)}`;
}
