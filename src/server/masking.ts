import type { FieldDef, ServiceDef } from '../shared/catalogue';

/**
 * Keeps only the last `keep` characters of an identifier, e.g. NIK `************0003`: the leading digits of a NIK
 * (region, birth date) or a phone number (operator) say too much, and the last four are all a citizen needs to
 * recognise their own submission. A value of `keep` characters or fewer is masked whole.
 */
export function maskTail(value: string, keep: number): string {
  if (value.length <= keep) return '*'.repeat(value.length);
  return '*'.repeat(value.length - keep) + value.slice(-keep);
}

/** Shows only initials of a name: `Andi Baso` -> `A*** B***`. */
export function maskName(value: string): string {
  return value
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]}***`)
    .join(' ');
}

/** Field names that hold a person's name, masked to initials. */
const NAME_FIELD = /(^|_)(name|nama)|Name$|Nama/i;

/** Masks one field value by its type, or returns null when it must not be shown at all (free text, dates). */
function maskField(field: FieldDef, value: string): string | null {
  switch (field.type) {
    case 'nik':
    case 'kk':
    case 'nop':
    case 'phone':
      return maskTail(value, 4);
    case 'text':
      return NAME_FIELD.test(field.name) ? maskName(value) : null;
    default:
      return null;
  }
}

/**
 * What the public status page may show of a form: identifiers and names masked, everything else left out.
 * Computed once at submission, so status lookups never read the personal data itself.
 */
export function maskValues(service: ServiceDef, values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of service.fields) {
    const value = values[field.name];
    if (!value) continue;
    const masked = maskField(field, value);
    if (masked !== null) out[field.name] = masked;
  }
  return out;
}
