/** The API could not be reached (offline, DNS, connection reset) or did not answer in time: keep what was typed and retry later. */
export class NetworkError extends Error {
  /** `timeout` when our own deadline passed, `offline` for any transport failure. */
  readonly kind: 'offline' | 'timeout';

  constructor(kind: 'offline' | 'timeout', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
    this.kind = kind;
  }
}
