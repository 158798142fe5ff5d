/**
 * The message shown when the hall cannot start (no WebGL, a broken asset). It is written
 * here rather than in locale files because i18n itself may be what failed to load.
 */
export function startupErrorMessage(error: unknown, language: string): string {
  const webgl = /webgl|context/i.test(String(error));
  const en = language.toLowerCase().startsWith('en');
  if (webgl) {
    return en
      ? 'This browser cannot show 3D graphics (WebGL is off). Try another browser, or use the city’s LONTARA+ app.'
      : 'Peramban ini tidak dapat menampilkan grafis 3D (WebGL nonaktif). Coba peramban lain, atau gunakan aplikasi LONTARA+.';
  }
  return en
    ? 'The service hall could not start. Please reload the page; if it happens again, tell the staff at the service centre.'
    : 'Balai layanan gagal dimuat. Muat ulang halaman; jika terulang, beri tahu petugas di pusat layanan.';
}
