/** An answer of the API that says no (4xx/5xx with `{ error: { code, message, field } }`): show `message` next to `field`. */
export class ApiError extends Error {
  /** HTTP status. */
  readonly status: number;
  /** Stable error code (e.g. `nik_format`, `slot_full`, `idempotency_conflict`). */
  readonly code: string;
  /** The offending input (`values.nik`, `time`, `Idempotency-Key`) or null. */
  readonly field: string | null;

  constructor(status: number, code: string, message: string, field: string | null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}
