import type { CreateComplaintBody } from '../shared/api/schemas';
import type { Locale, ServiceDef } from '../shared/catalogue/types';
import { normalizeTrackingCode } from '../shared/trackingCode';
import { normalizeFieldValue } from '../shared/validation/normalizeFieldValue';
import type { FieldErrorCode } from '../shared/validation/types';
import { validateField } from '../shared/validation/validateField';

/**
 * Checks a whole form the way the kiosk does before Next: every field's own rules, plus the rules that span
 * fields (a non-anonymous complaint needs a name or phone; a status lookup needs a well-formed tracking code).
 */
export function checkForm(service: ServiceDef, values: Record<string, string>): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  for (const field of service.fields) {
    const error = validateField(field, values[field.name]);
    if (error) errors[field.name] = error.code;
  }
  if (service.completion === 'complaint' && values.anonymous === 'no') {
    const hasContact = (values.contactName ?? '').trim() !== '' || (values.contactPhone ?? '').trim() !== '';
    if (!hasContact && !errors.contactName) errors.contactName = 'required';
  }
  const codeField = service.completion === 'status' ? service.fields[0] : undefined;
  if (codeField && !errors[codeField.name] && !normalizeTrackingCode(values[codeField.name] ?? '')) {
    errors[codeField.name] = 'tracking_code_format';
  }
  return errors;
}

/** Form values as sent to the API: normalized (NIK without spaces, phone `08…`), empty optional fields left out. */
export function cleanValues(service: ServiceDef, values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of service.fields) {
    const v = normalizeFieldValue(field, values[field.name]);
    if (v !== '') out[field.name] = v;
  }
  return out;
}

/** The POST /api/complaints body from the complaint form; an anonymous complaint carries no contact at all. */
export function complaintBody(values: Record<string, string>, locale: Locale): CreateComplaintBody {
  const anonymous = values.anonymous === 'yes';
  const contact = { ...(values.contactName ? { name: values.contactName } : {}), ...(values.contactPhone ? { phone: values.contactPhone } : {}) };
  return {
    category: values.category ?? '',
    location: values.location ?? '',
    description: values.description ?? '',
    anonymous,
    ...(anonymous ? {} : { contact }),
    locale,
    consent: true,
  };
}

const FIELD_CODES: ReadonlySet<string> = new Set<FieldErrorCode>([
  'required', 'too_long', 'too_short', 'nik_format', 'nik_date', 'kk_format', 'nop_format', 'phone_format',
  'date_format', 'choice_invalid', 'number_format', 'unknown_field', 'invalid_type', 'tracking_code_format',
]);

/** True for a server error code the kiosk can show next to a field. */
export function isFieldErrorCode(code: string): code is FieldErrorCode {
  return FIELD_CODES.has(code);
}
