import type { FieldDef } from '../catalogue/types';
import { stripSeparators } from './digits';
import { isIsoDate } from './isoDate';
import { checkNik } from './nik';
import { normalizePhone } from './phone';
import type { FieldError, FieldErrorCode } from './types';

/** Checks a non-empty, trimmed value against the rules of its field type. */
function checkType(field: FieldDef, value: string): FieldErrorCode | null {
  switch (field.type) {
    case 'text':
    case 'longtext':
      return null;
    case 'nik':
      return checkNik(value);
    case 'kk':
      return /^\d{16}$/.test(stripSeparators(value)) ? null : 'kk_format';
    case 'nop':
      return /^\d{18}$/.test(stripSeparators(value)) ? null : 'nop_format';
    case 'phone':
      return normalizePhone(value) ? null : 'phone_format';
    case 'date':
      return isIsoDate(value) ? null : 'date_format';
    case 'choice':
      return field.options?.some((o) => o.value === value) ? null : 'choice_invalid';
    case 'number':
      return /^\d{1,15}$/.test(value) ? null : 'number_format';
  }
}

/**
 * Validates one field value by its definition (required, maxLength, type rules); the same check runs in the kiosk
 * and on the server. Returns null when the value is acceptable. Empty optional fields are acceptable.
 */
export function validateField(field: FieldDef, value: unknown): FieldError | null {
  const fail = (code: FieldErrorCode): FieldError => ({ field: field.name, code });
  if (value === undefined || value === null) return field.required ? fail('required') : null;
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'number' && field.type === 'number') text = Number.isInteger(value) && value >= 0 ? String(value) : '-';
  else return fail('invalid_type');
  if (text === '') return field.required ? fail('required') : null;
  if (field.maxLength !== undefined && text.length > field.maxLength) return fail('too_long');
  if (field.minLength !== undefined && text.length < field.minLength) return fail('too_short');
  const code = checkType(field, text);
  return code ? fail(code) : null;
}
