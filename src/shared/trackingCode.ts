/**
 * Tracking codes: short, typeable on a kiosk keypad, unguessable, never sequential.
 * Format `XXXX-XXXX` over an alphabet without the look-alikes 0/O/1/I/L (31 symbols, ~39.6 bits of randomness).
 */

/** The symbols a tracking code may contain: digits 2–9 and letters without I, L, O. */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Number of random symbols in a code (shown as two groups of four). */
export const TRACKING_CODE_LENGTH = 8;

/** Matches a normalized code, e.g. `K7QM-4ZTX`. */
export const TRACKING_CODE_PATTERN = '^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$';

const patternRe = new RegExp(TRACKING_CODE_PATTERN);

/**
 * Turns what a citizen typed (lower case, spaces, missing dash, O for 0 ...) into the canonical `XXXX-XXXX`
 * form, or null when it cannot be a tracking code.
 */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-_.]/g, '');
  if (compact.length !== TRACKING_CODE_LENGTH) return null;
  for (const ch of compact) if (!TRACKING_CODE_ALPHABET.includes(ch)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

/** True for a code in canonical form; used by the API schemas and the status kiosk. */
export function isTrackingCode(value: unknown): value is string {
  return typeof value === 'string' && patternRe.test(value);
}

/**
 * Makes a new code from a source of random bytes (crypto.getRandomValues in browsers and Node).
 * Rejection sampling keeps every symbol equally likely.
 */
export function generateTrackingCode(randomBytes: (n: number) => Uint8Array): string {
  const n = TRACKING_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < TRACKING_CODE_LENGTH) {
    for (const b of randomBytes(16)) {
      if (b >= limit) continue;
      out += TRACKING_CODE_ALPHABET[b % n];
      if (out.length === TRACKING_CODE_LENGTH) break;
    }
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}
