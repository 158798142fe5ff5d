/** Strips the separators people type inside long numbers (spaces, dots, dashes) so "7371 0101..." counts as digits. */
export function stripSeparators(value: string): string {
  return value.replace(/[\s.\-]/g, '');
}
