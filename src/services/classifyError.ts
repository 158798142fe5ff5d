/** What kind of failure a port call ended in, which decides what the kiosk shows and whether data is kept. */
export type FailureKind =
  | { kind: 'network' }
  | { kind: 'api'; status: number; code: string; field: string | null; message: string }
  | { kind: 'unexpected'; message: string };

/**
 * Classifies an error thrown by the service port without importing the API client (services depend on nothing
 * of ours): NetworkError by name or `kind`, ApiError by numeric `status` and string `code`.
 */
export function classifyError(error: unknown): FailureKind {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  if (e.name === 'NetworkError' || e.kind === 'network' || e.name === 'AbortError' || e.name === 'TimeoutError') {
    return { kind: 'network' };
  }
  if (typeof e.status === 'number' && typeof e.code === 'string') {
    return {
      kind: 'api',
      status: e.status,
      code: e.code,
      field: typeof e.field === 'string' ? e.field : null,
      message: typeof e.message === 'string' ? e.message : '',
    };
  }
  return { kind: 'unexpected', message: error instanceof Error ? error.message : String(error) };
}
