import { isIsoDate } from '../../shared/validation/isoDate';
import type { KeyEffect } from './applyKey';

/** Digits of a date typed on the keypad: day, month, year (DDMMYYYY), as citizens write it on forms. */
const TYPED_DIGITS = 8;

/** The date as DDMMYYYY digits when the value is a full ISO date, else the digits typed so far. */
function digitsOf(value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${iso[3]}${iso[2]}${iso[1]}` : value.replace(/\D/g, '').slice(0, TYPED_DIGITS);
}

/**
 * A date field's value after one keypad key, so a birth date is typed as DDMMYYYY in eight presses
 * instead of dozens of stepper presses: digits build up (kept as the flow's value, so cancel clears
 * them), and the eighth turns them into `YYYY-MM-DD` when that is a real date (otherwise the digits
 * stay and the field's check says the date is invalid). A digit on a complete date starts a new one;
 * delete takes the last digit back off.
 */
export function typeDate(value: string, effect: KeyEffect): string {
  const complete = /^\d{4}-\d{2}-\d{2}$/.test(value);
  let digits = digitsOf(value);
  if (effect.kind === 'clear') return '';
  if (effect.kind === 'backspace') digits = digits.slice(0, -1);
  if (effect.kind === 'type') {
    const typed = effect.text.replace(/\D/g, '');
    if (!typed) return value;
    digits = complete ? typed : (digits + typed).slice(0, TYPED_DIGITS);
  }
  if (digits.length < TYPED_DIGITS) return digits;
  const iso = `${digits.slice(4, 8)}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
  return isIsoDate(iso) ? iso : digits;
}

/** How a partly typed date reads in the value box: `12/05/19__` (day, month, year). */
export function typedDateMask(value: string): string {
  const d = digitsOf(value).padEnd(TYPED_DIGITS, '_');
  return `${d.slice(0, 2)}/${d.slice(2, 4)}/${d.slice(4)}`;
}
