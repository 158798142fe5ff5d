/**
 * The kiosk's client of the hall API: typed calls, a timeout per attempt (AbortController), retries with backoff
 * that re-use the caller's Idempotency-Key (so a retry after a timeout never files twice), and typed errors
 * (ApiError for answers, NetworkError for no answer).
 */
import type * as Api from '../shared/api/schemas';
import { ApiError } from './apiError';
import { NetworkError } from './networkError';

/** Options of createApiClient. */
export interface ApiClientOptions {
  /** Origin and path prefix of the API, e.g. '' (same origin) or 'https://hall.makassarkota.go.id'. */
  baseUrl: string;
  /** fetch implementation (tests inject one); defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Deadline of one attempt, ms. Default 10 000. */
  timeoutMs?: number;
  /** Extra attempts after a network failure, timeout, 429 or 5xx. Default 2. */
  retries?: number;
  /** First backoff delay, ms; doubles per retry. Default 400. */
  backoffMs?: number;
  /** Language of error messages ('id' | 'en'), or a function read on every call (follows the visitor's toggle). */
  locale?: string | (() => string);
  /** An enrolled booth's token, read on every call: sent as `X-Booth-Token` with submissions (the booth's own quota). */
  boothToken?: () => string | null;
}

/** Typed calls of every public route. */
export interface ApiClient {
  health(): Promise<{ status: 'ok'; database: string; engine: string }>;
  services(lang?: 'id' | 'en'): Promise<Api.ServicesResponse>;
  createRequest(body: Api.CreateRequestBody, idempotencyKey: string): Promise<Api.CreateRequestResponse>;
  getRequest(trackingCode: string): Promise<Api.StatusResponse>;
  createComplaint(body: Api.CreateComplaintBody, idempotencyKey: string): Promise<Api.CreateComplaintResponse>;
  getComplaint(trackingCode: string): Promise<Api.StatusResponse>;
  /** A message for an officer (a consultation ticket). */
  createConsultation(body: Api.CreateConsultationBody, idempotencyKey: string): Promise<Api.CreateConsultationResponse>;
  /** Any kind of tracking code (request, complaint, appointment). */
  getStatus(trackingCode: string): Promise<Api.StatusResponse>;
  createAppointment(body: Api.CreateAppointmentBody, idempotencyKey: string): Promise<Api.CreateAppointmentResponse>;
  slots(locationId: string, date: string): Promise<Api.SlotsResponse>;
  createSurvey(body: Api.CreateSurveyBody, idempotencyKey: string): Promise<Api.CreateSurveyResponse>;
  /** Anonymous feedback (no tracking code): kept apart from the IKM. */
  createFeedback(body: Api.CreateFeedbackBody, idempotencyKey: string): Promise<Api.CreateSurveyResponse>;
}

/** True for answers worth retrying: overload, rate limit, server trouble, or a concurrent retry still running. */
function retryable(err: unknown): boolean {
  if (err instanceof NetworkError) return true;
  // A spent daily booking quota stays spent today: not worth a retry.
  if (err instanceof ApiError && err.code === 'booking_quota_exceeded') return false;
  if (err instanceof ApiError) return err.status === 429 || err.status >= 500 || err.code === 'idempotency_in_progress';
  return false;
}

/** Builds an API client; one per app, created by the composition root. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 400;
  const base = options.baseUrl.replace(/\/$/, '');
  const locale = () => (typeof options.locale === 'function' ? options.locale() : (options.locale ?? 'id'));

  async function attempt<T>(method: 'GET' | 'POST', path: string, body: unknown, key: string | undefined): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let res: Response;
    try {
      const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale() };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (key) headers['idempotency-key'] = key;
      const booth = method === 'POST' ? options.boothToken?.() : null;
      if (booth) headers['x-booth-token'] = booth;
      res = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (err) {
      if (controller.signal.aborted) throw new NetworkError('timeout', `no answer from ${path} within ${timeoutMs} ms`, { cause: err });
      throw new NetworkError('offline', `cannot reach ${path}: ${(err as Error).message}`, { cause: err });
    } finally {
      clearTimeout(timer);
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch (err) {
      if (res.ok) throw new NetworkError('offline', `unreadable answer from ${path}`, { cause: err });
      json = undefined;
    }
    if (!res.ok) {
      const e = (json as { error?: { code?: string; message?: string; field?: string | null } } | undefined)?.error;
      const apiError = new ApiError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? res.statusText, e?.field ?? null);
      throw Object.assign(apiError, { retryAfterMs: Number(res.headers.get('retry-after') ?? '0') * 1000 });
    }
    return json as T;
  }

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, key?: string): Promise<T> {
    if (method === 'POST' && !key) throw new TypeError('every POST needs an Idempotency-Key from the caller');
    for (let n = 0; ; n++) {
      try {
        return await attempt<T>(method, path, body, key);
      } catch (err) {
        if (n >= retries || !retryable(err)) throw err;
        const hinted = (err as { retryAfterMs?: number }).retryAfterMs ?? 0;
        await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(backoffMs * 2 ** n, hinted), 10_000)));
      }
    }
  }

  const code = (c: string) => encodeURIComponent(c.trim());
  return {
    health: () => call('GET', '/api/health'),
    services: (lang) => call('GET', `/api/services${lang ? `?lang=${lang}` : ''}`),
    createRequest: (body, key) => call('POST', '/api/requests', body, key),
    getRequest: (c) => call('GET', `/api/requests/${code(c)}`),
    createComplaint: (body, key) => call('POST', '/api/complaints', body, key),
    getComplaint: (c) => call('GET', `/api/complaints/${code(c)}`),
    createConsultation: (body, key) => call('POST', '/api/consultations', body, key),
    getStatus: (c) => call('GET', `/api/status/${code(c)}`),
    createAppointment: (body, key) => call('POST', '/api/appointments', body, key),
    slots: (locationId, date) => call('GET', `/api/appointments/slots?locationId=${encodeURIComponent(locationId)}&date=${encodeURIComponent(date)}`),
    createSurvey: (body, key) => call('POST', '/api/surveys', body, key),
    createFeedback: (body, key) => call('POST', '/api/feedback', body, key),
  };
}
