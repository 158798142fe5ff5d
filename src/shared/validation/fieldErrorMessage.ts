import type { Locale, Localized } from '../catalogue/types';
import type { FieldErrorCode } from './types';

/** The one wording of every validation error, shared by the server's 4xx answers and the kiosk's field hints. */
export const FIELD_ERROR_MESSAGES: Readonly<Record<FieldErrorCode, Localized>> = {
  required: { id: 'Wajib diisi.', en: 'This field is required.' },
  too_long: { id: 'Teks terlalu panjang.', en: 'The text is too long.' },
  too_short: { id: 'Teks terlalu pendek, mohon lebih rinci.', en: 'The text is too short; please give more detail.' },
  nik_format: {
    id: 'NIK harus 16 angka dengan kode wilayah yang benar.',
    en: 'A NIK is 16 digits with a valid region code.',
  },
  nik_date: {
    id: 'Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang benar (DDMMYY, tanggal +40 untuk perempuan).',
    en: 'Digits 7–12 of the NIK are not a valid birth date (DDMMYY, day +40 for women).',
  },
  kk_format: { id: 'Nomor KK harus 16 angka.', en: 'A family card number (No. KK) is 16 digits.' },
  nop_format: { id: 'NOP harus 18 angka.', en: 'A tax object number (NOP) is 18 digits.' },
  phone_format: {
    id: 'Nomor HP harus diawali 08 atau +62 8, 10–13 angka.',
    en: 'A mobile number starts with 08 or +62 8 and has 10–13 digits.',
  },
  date_format: { id: 'Tanggal tidak valid (TTTT-BB-HH).', en: 'Not a valid date (YYYY-MM-DD).' },
  choice_invalid: { id: 'Pilih salah satu pilihan yang tersedia.', en: 'Choose one of the options.' },
  number_format: { id: 'Isi dengan angka.', en: 'Enter a whole number.' },
  unknown_field: { id: 'Isian ini tidak dikenal untuk layanan ini.', en: 'This field is not part of the service.' },
  invalid_type: { id: 'Isian harus berupa teks.', en: 'The value must be text.' },
  tracking_code_format: {
    id: 'Kode pelacakan terdiri dari 8 huruf/angka, contoh K7QM-4ZTX.',
    en: 'A tracking code has 8 letters/digits, e.g. K7QM-4ZTX.',
  },
};

/** Translated message for a validation error code, in the visitor's (or API caller's) language. */
export function fieldErrorMessage(code: FieldErrorCode, locale: Locale): string {
  return FIELD_ERROR_MESSAGES[code][locale];
}
