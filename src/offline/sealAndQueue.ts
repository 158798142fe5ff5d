/**
 * Writes a submission into the outbox sealed to the server's public key, and keeps that key on the device so a
 * kiosk that loses its link can still seal. Without a key (the hall never reached its server) nothing is queued:
 * a body is never stored in clear.
 */
import { sealSubmission } from '../shared/submissionEnvelope';
import { putItem, storedKey, storeKey, type OutboxDb, type OutboxKind } from './outboxDb';

/** Thrown when there is no server key on this device to seal with. */
export class NoSubmissionKeyError extends Error {
  override readonly name = 'NoSubmissionKeyError';
}

/** One submission to queue. */
export interface QueueRequest {
  kind: OutboxKind;
  /** Route path, `/api/requests`. */
  path: string;
  body: unknown;
  /** The Idempotency-Key it was (or would have been) sent with online. */
  idempotencyKey: string;
  code?: string;
  queuedAt: number;
  /** X-Booth-Token to deliver it with (an enrolled booth's quota). */
  boothToken?: string | null;
}

/** Seals and stores one submission. */
export async function sealAndQueue(db: OutboxDb, q: QueueRequest): Promise<void> {
  const key = await storedKey(db);
  if (!key) throw new NoSubmissionKeyError('no submission key on this device yet');
  const envelope = await sealSubmission(q.body, key, q.path.split('/').pop()!);
  await putItem(db, { id: q.idempotencyKey, kind: q.kind, path: q.path, ...(q.code ? { code: q.code } : {}), ...(q.boothToken ? { boothToken: q.boothToken } : {}), envelope, queuedAt: q.queuedAt, attempts: 0 });
}

/**
 * Fetches the server's public key and keeps it; offline, the kept one stays. It is read at `/submission-key.json`
 * (the same key as GET /api/submission-key), which the service worker answers from its cache when the network is
 * gone, so an offline page logs no failed request.
 */
export async function refreshSubmissionKey(db: OutboxDb, origin = '', doFetch: typeof fetch = (i, init) => globalThis.fetch(i, init)): Promise<boolean> {
  try {
    const res = await doFetch(`${origin}/submission-key.json`, { headers: { accept: 'application/json' } });
    if (!res.ok) return false;
    await storeKey(db, (await res.json()) as Awaited<ReturnType<typeof storedKey>> & object);
    return true;
  } catch {
    return false;
  }
}
