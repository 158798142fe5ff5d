import { stripSeparators } from './digits';

/**
 * Province codes (the first two NIK digits) in use by Dukcapil, including the 2022 Papua provinces (93–96).
 * Makassar is in Sulawesi Selatan, 73.
 */
export const PROVINCE_CODES: readonly string[] = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
];

/** Result of a NIK check: null when plausible, else which part is wrong. */
export type NikProblem = 'nik_format' | 'nik_date' | null;

/** True when the two-digit year can be a year with 29 February (20YY or 19YY is a leap year). */
function leapPossible(yy: number): boolean {
  return yy % 4 === 0;
}

/** Days in a month, given whether 29 February can exist. */
function daysInMonth(month: number, leap: boolean): number {
  if (month === 2) return leap ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Checks that a NIK is plausible: 16 digits, a known province code, non-zero regency/district/serial,
 * and a real birth date in digits 7–12 (DDMMYY, day + 40 for women).
 */
export function checkNik(raw: string): NikProblem {
  const nik = stripSeparators(raw);
  if (!/^\d{16}$/.test(nik)) return 'nik_format';
  if (!PROVINCE_CODES.includes(nik.slice(0, 2))) return 'nik_format';
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00' || nik.slice(12, 16) === '0000') return 'nik_format';
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  if (day > 40) day -= 40;
  if (month < 1 || month > 12) return 'nik_date';
  if (day < 1 || day > daysInMonth(month, leapPossible(yy))) return 'nik_date';
  return null;
}

/** Birth date and sex encoded in a (valid) NIK, e.g. to prefill or cross-check a form. */
export function nikBirthInfo(raw: string): { day: number; month: number; yy: number; sex: 'male' | 'female' } | null {
  if (checkNik(raw) !== null) return null;
  const nik = stripSeparators(raw);
  const dd = Number(nik.slice(6, 8));
  return {
    day: dd > 40 ? dd - 40 : dd,
    month: Number(nik.slice(8, 10)),
    yy: Number(nik.slice(10, 12)),
    sex: dd > 40 ? 'female' : 'male',
  };
}
