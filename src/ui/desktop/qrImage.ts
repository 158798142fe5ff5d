import qrcode from 'qrcode-generator';

/**
 * The status link as an SVG data URL for an `<img>`: drawn on the page, offline, with no request
 * (CSP allows `img-src data:`), so a phone can scan it from the screen.
 */
export function qrImage(url: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(url, 'Byte');
  qr.make();
  const svg = qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
