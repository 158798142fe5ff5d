import type { Locale, Localized } from '../shared/catalogue';
import { FIELD_ERROR_MESSAGES } from '../shared/validation';

/** Server error wording, Indonesian first; field validation codes come from the shared validation module. */
const MESSAGES: Readonly<Record<string, Localized>> = {
  malformed_json: { id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' },
  body_required: { id: 'Isi permintaan wajib ada.', en: 'A request body is required.' },
  body_too_large: { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  unsupported_media_type: { id: 'Kirim data sebagai application/json.', en: 'Send the body as application/json.' },
  invalid_value: { id: 'Nilai tidak valid.', en: 'The value is not valid.' },
  invalid_type: { id: 'Jenis nilai salah.', en: 'The value has the wrong type.' },
  required: { id: 'Wajib diisi.', en: 'This field is required.' },
  too_long: { id: 'Teks terlalu panjang.', en: 'The text is too long.' },
  too_short: { id: 'Teks terlalu pendek.', en: 'The text is too short.' },
  consent_required: {
    id: 'Persetujuan penggunaan data pribadi wajib diberikan.',
    en: 'Consent to the use of personal data is required.',
  },
  idempotency_key_missing: { id: 'Header Idempotency-Key wajib ada.', en: 'The Idempotency-Key header is required.' },
  idempotency_key_invalid: {
    id: 'Header Idempotency-Key harus acak: 32–128 digit heksadesimal atau 22–128 karakter huruf, angka, - atau _.',
    en: 'The Idempotency-Key header must be random: 32–128 hex digits or 22–128 letters, digits, - or _.',
  },
  idempotency_conflict: {
    id: 'Idempotency-Key ini sudah dipakai untuk data yang berbeda.',
    en: 'This Idempotency-Key was already used with a different body.',
  },
  idempotency_in_progress: {
    id: 'Permintaan dengan kunci ini sedang diproses, coba lagi.',
    en: 'A request with this key is still being processed; retry.',
  },
  unknown_service: { id: 'Layanan tidak dikenal.', en: 'Unknown service.' },
  service_not_online: {
    id: 'Layanan ini tidak dapat diajukan dengan cara ini.',
    en: 'This service cannot be submitted this way.',
  },
  unknown_category: { id: 'Kategori pengaduan tidak dikenal.', en: 'Unknown complaint category.' },
  unknown_location: { id: 'Lokasi tidak dikenal.', en: 'Unknown location.' },
  contact_required: {
    id: 'Isi nama atau nomor HP, atau pilih anonim.',
    en: 'Give a name or phone number, or choose anonymous.',
  },
  anonymous_with_contact: {
    id: 'Pengaduan anonim tidak boleh berisi kontak.',
    en: 'An anonymous complaint cannot carry contact details.',
  },
  date_invalid: { id: 'Tanggal tidak valid.', en: 'Not a valid date.' },
  date_out_of_range: {
    id: 'Tanggal harus hari kerja antara besok dan 60 hari ke depan.',
    en: 'The date must be a working day from tomorrow up to 60 days ahead.',
  },
  slot_invalid: { id: 'Jam ini bukan jadwal layanan.', en: 'This time is not a bookable slot.' },
  slot_full: { id: 'Jadwal ini sudah penuh, pilih jam lain.', en: 'This slot is full; choose another time.' },
  tracking_code_invalid: { id: 'Kode pelacakan tidak valid.', en: 'Not a valid tracking code.' },
  not_found: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  route_not_found: { id: 'Alamat tidak ditemukan.', en: 'No such route.' },
  survey_exists: { id: 'Survei untuk kode ini sudah diisi.', en: 'A survey was already given for this code.' },
  rate_limited: { id: 'Terlalu banyak permintaan, coba lagi sebentar lagi.', en: 'Too many requests; try again shortly.' },
  origin_forbidden: { id: 'Asal permintaan tidak diizinkan.', en: 'This origin is not allowed.' },
  unauthenticated: { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' },
  login_failed: { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
  csrf_invalid: { id: 'Token keamanan (CSRF) tidak valid. Muat ulang halaman.', en: 'Invalid security (CSRF) token. Reload the page.' },
  forbidden: { id: 'Anda tidak berhak melakukan ini.', en: 'You are not allowed to do this.' },
  not_a_complaint: { id: 'Hanya pengaduan yang dapat dibalas.', en: 'Only complaints can be replied to.' },
  method_not_allowed: { id: 'Metode tidak diizinkan.', en: 'Method not allowed.' },
  internal: { id: 'Terjadi kesalahan pada server. Data Anda tidak hilang; coba lagi.', en: 'Server error. Nothing was lost; try again.' },
  unavailable: { id: 'Layanan sedang tidak tersedia, coba lagi.', en: 'Service unavailable; try again.' },
};

/** The message of an error code in the caller's language (falls back to a generic message, never to the code). */
export function errorMessage(code: string, locale: Locale): string {
  const m = MESSAGES[code] ?? (FIELD_ERROR_MESSAGES as Record<string, Localized>)[code] ?? MESSAGES.invalid_value;
  return m[locale];
}

/** Picks Indonesian or English from an Accept-Language header, by quality; Indonesian by default. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'id';
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang = tag.split('-')[0];
    const locale: Locale | null = lang === 'en' ? 'en' : lang === 'id' || lang === 'in' ? 'id' : null;
    if (locale && Number.isFinite(q) && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? 'id';
}
