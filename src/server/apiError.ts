/** An error a client caused (or a known server condition), answered as `{ error: { code, message, field } }`. */
export class HttpError extends Error {
  /** HTTP status, 4xx for anything a caller can cause. */
  readonly status: number;
  /** Stable machine-readable code; the message is translated from it. */
  readonly code: string;
  /** Offending input (body path like `values.nik`, a header name, or null). */
  readonly field: string | null;
  /** Message parameters or an already translated message. */
  readonly detail: string | undefined;

  constructor(status: number, code: string, field: string | null = null, detail?: string) {
    super(code);
    this.status = status;
    this.code = code;
    this.field = field;
    this.detail = detail;
  }
}
