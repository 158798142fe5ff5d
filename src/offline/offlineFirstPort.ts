/**
 * Makes a kiosk's service port offline-first. Every filed submission carries a tracking code the kiosk proposes
 * (crypto.getRandomValues) and the time "Kirim" was pressed. When the server answers within the deadline, the
 * flow shows its answer as before. When it does not (no network, a hanging link, server trouble), the body is
 * sealed into the outbox under the same Idempotency-Key and the flow shows a queued receipt with the same code;
 * a late answer of the first attempt then removes the item (the key makes any overlap harmless).
 *
 * A proposed code the server reports taken before any result was shown is silently replaced by a fresh code
 * (with a fresh key): the citizen has not seen the first one. Once a code is shown it is never changed; a queued
 * item refused with tracking_code_taken is given up and the status kiosk says so (see deliverOutbox.ts).
 */
import type * as Api from '../shared/api/schemas';
import { generateTrackingCode } from '../shared/trackingCode';
import { failureOf } from '../services/effectRunner';
import type { LocalStatus, QueuedReceipt, ServicePort, SurveyPost } from '../services/servicePort';
import { localStateOf, removeItem, type OutboxDb, type OutboxKind } from './outboxDb';
import { NoSubmissionKeyError, sealAndQueue } from './sealAndQueue';

/** Options of {@link offlineFirstPort}. */
export interface OfflineFirstOptions {
  /** The port that talks to the server (portFromApiClient). */
  inner: ServicePort;
  /** The outbox, opened once by the caller. */
  outbox: Promise<OutboxDb>;
  /** How long "Kirim" waits for the server before queuing. Default 4000 ms. */
  deadlineMs?: number;
  /** Called after an item was queued (asks the service worker for a Background Sync). */
  onQueued?: () => void;
  now?: () => Date;
  /** Draws a proposed code; default: generateTrackingCode over crypto.getRandomValues (tests force a collision). */
  newCode?: () => string;
  /** The enrolled booth's token, kept with each queued item so its delivery counts against the booth's quota. */
  boothToken?: () => string | null;
}

/** One submission series of the flow (its Idempotency-Key): the code and time it files under. */
interface Series {
  key: string;
  code: string;
  submittedAt: string;
}

/** Outcome of an attempt raced against the deadline. */
type Raced<R> = { value: R } | { error: unknown } | { late: true };

/** 16 random bytes as 32 hex digits (the flow's own key format). */
function freshKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh proposed tracking code. */
function freshCode(): string {
  return generateTrackingCode((n) => crypto.getRandomValues(new Uint8Array(n)));
}

/** Races a call against the deadline without cancelling it. */
async function race<R>(attempt: Promise<R>, ms: number): Promise<Raced<R>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Raced<R>>((resolve) => (timer = setTimeout(() => resolve({ late: true }), ms)));
  const settled = attempt.then((value) => ({ value }), (error: unknown) => ({ error }));
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The error the flow reads as "no connection" (classifyError checks the name), for an attempt still hanging. */
function noAnswerError(): Error {
  return Object.assign(new Error('no answer from the server in time'), { name: 'NetworkError' });
}

/** IndexedDB unavailable (a browser setting): the kiosk cannot queue, so it behaves as before ("Try again"). */
function noOutbox(error: unknown): never {
  throw Object.assign(new Error(`no outbox on this device: ${(error as Error)?.message ?? String(error)}`), { name: 'NetworkError' });
}

/** True for an error that is no answer to act on: no network, timeout, 5xx, 429. */
function noAnswer(error: unknown): boolean {
  return failureOf(error).kind !== 'refused';
}

/** True when the server reports the proposed code in use. */
function codeTaken(error: unknown): boolean {
  const f = failureOf(error);
  return f.kind === 'refused' && f.code === 'tracking_code_taken';
}

/** True when the server does not know the code (404). */
function notFound(error: unknown): boolean {
  const f = failureOf(error);
  return f.kind === 'refused' && f.status === 404;
}

/** Wraps `inner` so that every submission ends on a result: filed, or queued on this device. */
export function offlineFirstPort(o: OfflineFirstOptions): ServicePort {
  const deadline = o.deadlineMs ?? 4000;
  const now = o.now ?? (() => new Date());
  const newCode = o.newCode ?? freshCode;
  const series = new Map<string, Series>();
  const seriesOf = (flowKey: string): Series => {
    const s = series.get(flowKey) ?? { key: flowKey, code: newCode(), submittedAt: now().toISOString() };
    series.set(flowKey, s);
    return s;
  };

  /** Sends, or queues when no answer comes in time; queues only what the citizen will be shown as queued. */
  async function fileOrQueue<B extends object, R>(kind: OutboxKind, path: string, body: B, flowKey: string, send: (b: B, key: string) => Promise<R>): Promise<R | QueuedReceipt> {
    for (let attempt = 0; ; attempt++) {
      const s = seriesOf(flowKey);
      const full = { ...body, trackingCode: s.code, submittedAt: s.submittedAt };
      const call = send(full, s.key);
      const outcome = await race(call, deadline);
      if ('value' in outcome) {
        series.delete(flowKey);
        return outcome.value;
      }
      if ('error' in outcome && codeTaken(outcome.error) && attempt < 3) {
        // Nothing shown yet: draw another code, with a new key since the body changed.
        series.set(flowKey, { key: freshKey(), code: newCode(), submittedAt: s.submittedAt });
        continue;
      }
      if ('error' in outcome && !noAnswer(outcome.error)) throw outcome.error;
      const db = await o.outbox.catch(noOutbox);
      await sealAndQueue(db, { kind, path, body: full, idempotencyKey: s.key, code: s.code, queuedAt: now().getTime(), boothToken: o.boothToken?.() }).catch((err: unknown) => {
        // No key to seal with: never store it in clear; the flow keeps the form and offers "Try again".
        throw err instanceof NoSubmissionKeyError ? ('error' in outcome ? outcome.error : noAnswerError()) : err;
      });
      series.delete(flowKey);
      // A first attempt that still gets through has filed it: the queued copy is delivered already.
      void call.then(() => removeItem(db, s.key), () => undefined);
      o.onQueued?.();
      return { queued: true, trackingCode: s.code, submittedAt: s.submittedAt };
    }
  }

  /** A survey about a code still queued here waits in the queue behind it; otherwise online first. */
  async function survey(body: SurveyPost, key: string): Promise<unknown> {
    const db = await o.outbox.catch(noOutbox);
    const path = body.trackingCode ? '/api/surveys' : '/api/feedback';
    const plainBody = body.trackingCode ? body : { answers: body.answers, ...(body.suggestion ? { suggestion: body.suggestion } : {}) };
    const queue = async () => {
      await sealAndQueue(db, { kind: body.trackingCode ? 'survey' : 'feedback', path, body: plainBody, idempotencyKey: key, queuedAt: now().getTime(), boothToken: o.boothToken?.() });
      o.onQueued?.();
      return { queued: true };
    };
    if (body.trackingCode && (await localStateOf(db, body.trackingCode)).waiting) return queue();
    const outcome = await race(o.inner.submitSurvey(body, key), deadline);
    if ('value' in outcome) return outcome.value;
    if ('error' in outcome && !noAnswer(outcome.error)) throw outcome.error;
    return queue();
  }

  /** The server's status, else what this device knows of a code it queued. */
  async function status(code: string): Promise<Api.StatusResponse | LocalStatus | null> {
    let answer: Api.StatusResponse | LocalStatus | null = null;
    let failure: unknown = null;
    try {
      answer = await o.inner.getStatus(code);
    } catch (error) {
      if (!notFound(error) && !noAnswer(error)) throw error;
      failure = error;
    }
    if (answer) return answer;
    const db = await o.outbox.catch(() => null);
    if (!db) return failure === null ? null : Promise.reject(failure);
    const local = await localStateOf(db, code);
    if (local.waiting) return { trackingCode: code, local: 'waiting' };
    if (local.failed) return { trackingCode: code, local: 'failed', reason: local.failed.errorCode ?? local.failed.reason };
    if (failure) throw failure;
    return null;
  }

  return {
    ...o.inner,
    submitRequest: (body: Api.CreateRequestBody, key) => fileOrQueue('request', '/api/requests', body, key, (b, k) => o.inner.submitRequest(b, k)),
    submitComplaint: (body: Api.CreateComplaintBody, key) => fileOrQueue('complaint', '/api/complaints', body, key, (b, k) => o.inner.submitComplaint(b, k)),
    bookAppointment: (body: Api.CreateAppointmentBody, key) => fileOrQueue('appointment', '/api/appointments', body, key, (b, k) => o.inner.bookAppointment(b, k)),
    submitConsultation: (body: Api.CreateConsultationBody, key) => fileOrQueue('consultation', '/api/consultations', body, key, (b, k) => o.inner.submitConsultation(b, k)),
    submitSurvey: survey,
    getStatus: status,
  };
}
