/** Public surface of field validation, shared by the kiosk flow and the server. */
export type { FieldError, FieldErrorCode } from './types';
export { validateField } from './validateField';
export { validateFields } from './validateFields';
export { fieldErrorMessage, FIELD_ERROR_MESSAGES } from './fieldErrorMessage';
export { normalizeFieldValue } from './normalizeFieldValue';
export { checkNik, nikBirthInfo, PROVINCE_CODES } from './nik';
export { normalizePhone } from './phone';
export { isIsoDate } from './isoDate';
export { stripSeparators } from './digits';
