/**
 * A fresh Idempotency-Key: 16 random bytes as 32 lowercase hex characters (no dashes, no prefix), the
 * form the server requires (at least 16 bytes of entropy). Uses crypto.getRandomValues, which also works on
 * plain-http kiosks where crypto.randomUUID is unavailable. Keep it with the submission so every retry re-uses it.
 * @param random - the byte source, for tests; crypto.getRandomValues by default
 */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  return Array.from(random(new Uint8Array(16)), (x) => x.toString(16).padStart(2, '0')).join('');
}
