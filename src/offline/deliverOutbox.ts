/**
 * Delivers the outbox (page and service worker run the same code): each queued item is POSTed with its own
 * Idempotency-Key and sealed body, oldest first. The server files a key once, so a replay from another tab, the
 * service worker or a retry after a lost answer changes nothing. A 2xx removes the item at once; a 4xx no retry
 * can fix, or an age past 7 days, gives it up (body deleted, counted as failed); anything else stops the round
 * and leaves the rest for the next trigger.
 */
import { failItem, queuedItems, putItem, removeItem, type FailureReason, type OutboxDb, type OutboxItem } from './outboxDb';

/** Items older than this are given up. */
export const OUTBOX_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/** Background Sync tag the page registers after queuing and the service worker listens for. */
export const OUTBOX_SYNC_TAG = 'makassar-outbox';

/** Name of the Web Lock that keeps two tabs (or a tab and the worker) from sending the same round at once. */
export const DELIVERY_LOCK = 'makassar-outbox-delivery';

/** What one delivery round did. */
export interface DeliveryReport {
  delivered: string[];
  failed: string[];
  /** True when the server could not be reached (or was in trouble): the rest waits for the next trigger. */
  stopped: boolean;
}

/** Options of a round. */
export interface DeliveryOptions {
  db: OutboxDb;
  /** Origin of the API ('' = same origin). */
  origin?: string;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Answers worth sending again later: server trouble, rate limit, a concurrent attempt with the same key. */
function retryLater(status: number, code: string | undefined): boolean {
  return status >= 500 || status === 429 || status === 408 || code === 'idempotency_in_progress';
}

/** The failure reason recorded for a refusal. */
function reasonOf(code: string | undefined): FailureReason {
  return code === 'tracking_code_taken' || code === 'slot_full' ? code : 'refused';
}

/** Sends one item; returns what became of it. */
async function deliverOne(o: DeliveryOptions, item: OutboxItem): Promise<'delivered' | 'failed' | 'stop'> {
  const doFetch = o.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  let res: Response;
  try {
    res = await doFetch(`${o.origin ?? ''}${item.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': item.id, ...(item.boothToken ? { 'x-booth-token': item.boothToken } : {}) },
      body: JSON.stringify({ envelope: item.envelope }),
    });
  } catch {
    return 'stop';
  }
  if (res.ok) {
    await removeItem(o.db, item.id);
    return 'delivered';
  }
  const code = ((await res.json().catch(() => null)) as { error?: { code?: string } } | null)?.error?.code;
  if (retryLater(res.status, code)) return 'stop';
  await failItem(o.db, item, reasonOf(code), code, (o.now ?? Date.now)());
  return 'failed';
}

/** One delivery round over everything queued now. */
export async function deliverOutbox(o: DeliveryOptions): Promise<DeliveryReport> {
  const now = (o.now ?? Date.now)();
  const report: DeliveryReport = { delivered: [], failed: [], stopped: false };
  for (const item of await queuedItems(o.db)) {
    if (now - item.queuedAt > OUTBOX_MAX_AGE_MS) {
      await failItem(o.db, item, 'expired', undefined, now);
      report.failed.push(item.id);
      continue;
    }
    const outcome = await deliverOne(o, item);
    if (outcome === 'stop') {
      // Still queued (unless another tab delivered it meanwhile): count the attempt.
      const current = (await queuedItems(o.db)).find((i) => i.id === item.id);
      if (current) await putItem(o.db, { ...current, attempts: current.attempts + 1 });
      report.stopped = true;
      break;
    }
    report[outcome].push(item.id);
  }
  return report;
}

/**
 * A round under the Web Lock where the platform has one (browsers, workers): a tab or worker that finds a round
 * running skips, since that round sends everything queued. Without locks (Node tests) the rounds just overlap,
 * which the Idempotency-Key makes harmless.
 */
export async function deliverOutboxOnce(o: DeliveryOptions): Promise<DeliveryReport | null> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return deliverOutbox(o);
  return locks.request(DELIVERY_LOCK, { ifAvailable: true }, (lock: Lock | null) => (lock ? deliverOutbox(o) : null));
}
