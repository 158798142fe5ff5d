import qrcode from 'qrcode-generator';

/**
 * Encodes a status link as a QR code matrix (true = dark module), so a phone can open the status
 * page; pure and offline (qrcode-generator, error correction M, smallest version that fits).
 */
export function qrMatrix(url: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(url, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}
