/**
 * Normalises an Indonesian mobile number written as `08…` or `+62 8…` (spaces and dashes allowed)
 * to the national form `08…`; returns null when it is not a plausible mobile number (10–13 digits nationally).
 */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s\-]/g, '');
  let national: string;
  if (/^\+628\d+$/.test(compact)) national = `0${compact.slice(3)}`;
  else if (/^08\d+$/.test(compact)) national = compact;
  else return null;
  return national.length >= 10 && national.length <= 13 ? national : null;
}
