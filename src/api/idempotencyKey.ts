/** A fresh Idempotency-Key for one submission; keep it with the draft so every retry re-uses it. */
export function newIdempotencyKey(): string {
  return `hall-${globalThis.crypto.randomUUID()}`;
}
