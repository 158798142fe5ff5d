import type { ViewField } from '../../services';

/** How one view field is entered on a desktop or phone page: the element and the attributes a real keyboard needs. */
export interface FieldControl {
  /** A single-line input, a multi-line text area, or a radio group of big option buttons (never a dropdown). */
  element: 'input' | 'textarea' | 'radios';
  /** The input's `type` (inputs only). */
  type?: 'text' | 'tel' | 'date';
  /** Which on-screen keyboard a phone opens: digits for NIK/KK/NOP, the phone pad for numbers to call. */
  inputMode?: 'numeric' | 'tel';
  /** Always off: a kiosk is a shared device, nothing typed may be offered to the next citizen. */
  autocomplete: 'off';
  spellcheck: boolean;
  autocapitalize: 'off' | 'sentences';
  maxLength?: number;
  required: boolean;
}

/** Field types typed as digits (the VR keypad's fields). */
const DIGIT_TYPES = new Set<string>(['nik', 'kk', 'nop', 'number']);

/** Picks the DOM control for a view field, by its catalogue type first and its VR input kind second. */
export function fieldControl(field: ViewField): FieldControl {
  const base = {
    autocomplete: 'off' as const,
    required: field.required,
    ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
  };
  if (field.input === 'choice' || field.type === 'choice' || field.type === 'rating') {
    return { ...base, element: 'radios', spellcheck: false, autocapitalize: 'off' };
  }
  if (field.input === 'multiline' || field.type === 'longtext') {
    return { ...base, element: 'textarea', spellcheck: true, autocapitalize: 'sentences' };
  }
  if (field.type === 'date' || field.input === 'date') return { ...base, element: 'input', type: 'date', spellcheck: false, autocapitalize: 'off' };
  if (field.type === 'phone') return { ...base, element: 'input', type: 'tel', inputMode: 'tel', spellcheck: false, autocapitalize: 'off' };
  if (DIGIT_TYPES.has(field.type) || field.input === 'keypad') {
    return { ...base, element: 'input', type: 'text', inputMode: 'numeric', spellcheck: false, autocapitalize: 'off' };
  }
  return { ...base, element: 'input', type: 'text', spellcheck: false, autocapitalize: 'sentences' };
}

/** Element ids of a field's label, hint and error, so `aria-describedby` can point at them. */
export function fieldIds(prefix: string, name: string): { control: string; hint: string; error: string } {
  const safe = `${prefix}-${name}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return { control: `${safe}`, hint: `${safe}-hint`, error: `${safe}-error` };
}

/** The `aria-describedby` value of a field: its hint and, when it has one, its error; null when neither. */
export function fieldDescribedBy(field: Pick<ViewField, 'hint' | 'error'>, ids: { hint: string; error: string }): string | null {
  const parts = [...(field.hint ? [ids.hint] : []), ...(field.error ? [ids.error] : [])];
  return parts.length > 0 ? parts.join(' ') : null;
}
