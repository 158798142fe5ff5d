/** Why a field value was rejected; translated by fieldErrorMessage, returned by the API as `error.code`. */
export type FieldErrorCode =
  | 'required'
  | 'too_long'
  | 'too_short'
  | 'nik_format'
  | 'nik_date'
  | 'kk_format'
  | 'nop_format'
  | 'phone_format'
  | 'date_format'
  | 'choice_invalid'
  | 'number_format'
  | 'unknown_field'
  | 'invalid_type'
  | 'tracking_code_format';

/** One rejected field, shown next to the field in the visitor's language. */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
}
