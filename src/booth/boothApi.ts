import { newIdempotencyKey } from '../services/idempotencyKey';

/** Outcome of an enrolment: the token, or why not (`booth_pin_wrong`, `rate_limited` with seconds, `booth_disabled`, `offline`). */
export type EnrolResult = { ok: true; token: string; boothId: number } | { ok: false; code: string; retryAfter?: number };

/** Enrols this device as a booth with the operator's PIN: `POST /api/booth/enrol`. */
export async function enrolBooth(origin: string, pin: string, name: string): Promise<EnrolResult> {
  let res: Response;
  try {
    res = await fetch(`${origin}/api/booth/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': newIdempotencyKey() },
      body: JSON.stringify({ pin, name }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return { ok: false, code: 'offline' };
  }
  const body = (await res.json().catch(() => ({}))) as { token?: string; boothId?: number; error?: { code?: string } };
  if (res.status === 201 && body.token) return { ok: true, token: body.token, boothId: body.boothId ?? 0 };
  const retryAfter = Number(res.headers.get('retry-after') ?? '0') || undefined;
  return { ok: false, code: body.error?.code ?? `http_${res.status}`, ...(retryAfter ? { retryAfter } : {}) };
}

/** Whether the server answers its health check within a few seconds. */
export async function serverReachable(origin: string): Promise<boolean> {
  try {
    const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(4000) });
    return res.ok;
  } catch {
    return false;
  }
}
