import type { ServiceDef } from '../catalogue/types';
import type { FieldError } from './types';
import { validateField } from './validateField';

/**
 * Validates a whole form of a service: every defined field, plus an `unknown_field` error for each value
 * whose name the service does not define (so neither client nor server accepts data it should not collect).
 */
export function validateFields(service: ServiceDef, values: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of service.fields) {
    const error = validateField(field, Object.prototype.hasOwnProperty.call(values, field.name) ? values[field.name] : undefined);
    if (error) errors.push(error);
  }
  const known = new Set(service.fields.map((f) => f.name));
  for (const name of Object.keys(values)) {
    if (!known.has(name)) errors.push({ field: name, code: 'unknown_field' });
  }
  return errors;
}
