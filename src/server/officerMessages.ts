import type { Localized } from '../shared/catalogue';

/** Error wording of the officer console's account, TOTP and data-subject routes, Indonesian first. */
export const OFFICER_MESSAGES: Readonly<Record<string, Localized>> = {
  password_too_short: { id: 'Kata sandi minimal 12 karakter.', en: 'The password needs at least 12 characters.' },
  password_common: {
    id: 'Kata sandi ini terlalu umum atau memuat nama pengguna; pilih yang lain.',
    en: 'This password is too common or contains the user name; choose another.',
  },
  password_wrong: { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
  totp_required: { id: 'Masukkan kode 6 angka dari aplikasi autentikator.', en: 'Enter the 6-digit code from your authenticator app.' },
  totp_invalid: { id: 'Kode autentikator salah atau kedaluwarsa.', en: 'Wrong or expired authenticator code.' },
  totp_enrolment_required: {
    id: 'Admin wajib mengaktifkan verifikasi dua langkah (TOTP) terlebih dahulu.',
    en: 'Admins must enable two-step verification (TOTP) first.',
  },
  totp_already_enabled: { id: 'Verifikasi dua langkah sudah aktif.', en: 'Two-step verification is already on.' },
  totp_not_started: { id: 'Mulai pendaftaran autentikator terlebih dahulu.', en: 'Start the authenticator enrolment first.' },
  username_taken: { id: 'Nama pengguna sudah dipakai.', en: 'This user name is taken.' },
  unknown_unit: { id: 'Unit layanan tidak dikenal.', en: 'Unknown service unit.' },
  cannot_demote_self: { id: 'Anda tidak dapat menonaktifkan atau menurunkan peran akun sendiri.', en: 'You cannot disable or demote your own account.' },
  dsr_no_match: { id: 'Kode pelacakan dan NIK tidak cocok.', en: 'The tracking code and NIK do not match.' },
  dsr_already_erased: { id: 'Data pribadi permohonan ini sudah dihapus.', en: 'The personal data of this item was already erased.' },
};
