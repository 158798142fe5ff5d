import type { FieldDef } from '../catalogue/types';
import { stripSeparators } from './digits';
import { normalizePhone } from './phone';

/**
 * The canonical form of a typed value, as stored and sent to the API: trimmed, separators removed from
 * NIK/KK/NOP, phone as `08…`. Values that are not strings (or numbers for 'number' fields) become ''.
 */
export function normalizeFieldValue(field: FieldDef, value: unknown): string {
  if (typeof value === 'number' && field.type === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  switch (field.type) {
    case 'nik':
    case 'kk':
    case 'nop':
      return stripSeparators(trimmed);
    case 'phone':
      return normalizePhone(trimmed) ?? trimmed;
    default:
      return trimmed;
  }
}
