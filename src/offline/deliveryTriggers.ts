/**
 * When the page delivers the outbox: at start, when the browser reports `online`, and every 30 s while a hall page
 * is open; after queuing it also asks the service worker for a Background Sync, which the browser fires once the
 * network is back even if every page is closed. The service worker delivers on its own start too (serviceWorker.ts).
 */
import { deliverOutboxOnce, OUTBOX_SYNC_TAG } from './deliverOutbox';
import { storedKey, type OutboxDb } from './outboxDb';
import { refreshSubmissionKey } from './sealAndQueue';

/** Handle of the page's delivery loop. */
export interface OutboxDelivery {
  /** Delivers now (also used right after queuing). */
  deliverNow(): Promise<void>;
  /** Asks the service worker for a Background Sync (when supported) and delivers from the page too. */
  requestSync(): void;
  stop(): void;
}

/** Asks the active service worker registration for a one-off Background Sync; quietly absent where unsupported. */
async function registerSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const reg = (await navigator.serviceWorker.getRegistration()) as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
  await reg?.sync?.register(OUTBOX_SYNC_TAG);
}

/** Starts delivering the outbox from this page. */
export function startOutboxDelivery(o: { outbox: Promise<OutboxDb>; origin?: string; intervalMs?: number; onError?: (e: Error) => void }): OutboxDelivery {
  const report = (e: unknown) => o.onError?.(e instanceof Error ? e : new Error(String(e)));
  let keyFresh = false;
  const deliverNow = async () => {
    // The browser knows it has no network: nothing to try (and no failed requests to log).
    if (!navigator.onLine) return;
    const db = await o.outbox;
    // The key is fetched when the device has none yet (it changes only with the server's data directory), so a
    // page reopened offline makes no request for it; a stale key shows as envelope_key_unknown failures.
    keyFresh ||= (await storedKey(db)) !== undefined || (await refreshSubmissionKey(db, o.origin ?? ''));
    await deliverOutboxOnce({ db, origin: o.origin ?? '' });
  };
  const run = () => void deliverNow().catch(report);
  run();
  window.addEventListener('online', run);
  const timer = setInterval(run, o.intervalMs ?? 30_000);
  return {
    deliverNow,
    requestSync: () => void registerSync().catch(report),
    stop: () => {
      clearInterval(timer);
      window.removeEventListener('online', run);
    },
  };
}
