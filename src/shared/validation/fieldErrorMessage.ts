import type { Locale, Localized } from '../catalogue/types';
import fieldErrorMessages from './fieldErrorMessages.json';
import type { FieldErrorCode } from './types';

/** The one wording of every validation error, shared by the server's 4xx answers and the kiosk's field hints. */
export const FIELD_ERROR_MESSAGES: Readonly<Record<FieldErrorCode, Localized>> = fieldErrorMessages;

/** Translated message for a validation error code, in the visitor's (or API caller's) language. */
export function fieldErrorMessage(code: FieldErrorCode, locale: Locale): string {
  return FIELD_ERROR_MESSAGES[code][locale];
}
