/// <reference lib="webworker" />
/**
 * Service worker: precaches the app shell and every hall asset at install, so that after one online
 * visit the hall opens with the network off (a booth without internet). Built by workbox-webpack-plugin's
 * InjectManifest, which replaces the manifest placeholder below with the emitted files and their revisions.
 *
 * Rules:
 * - navigations (a reload, the installed app's start_url) are answered with the precached index.html,
 *   except /api/* and the officer console, which always go to the network, and /status/<code>, answered
 *   with the precached light status page;
 * - /api/* is never cached: requests and statuses must be live, and an offline failure must surface as
 *   a NetworkError in the client instead of a stale answer;
 * - controller profiles that are not precached (the generic fallback, oculus-touch-v2: 3.8 MB that a Quest
 *   2/3/3S never asks for) are fetched from the app origin on first use and kept in their own cache, so a
 *   booth that met such a controller once works offline with it from then on;
 * - submissions queued offline (src/offline: IndexedDB `makassar-outbox`, sealed bodies) are delivered from here
 *   when the worker starts, on the Background Sync event and when a page asks, each with its own Idempotency-Key,
 *   so pages closed or a browser restarted do not stop them (our own queue rather than workbox-background-sync's,
 *   whose queue stores whole requests: we need the tracking code beside each, the 7-day give-up counted as
 *   failed, and the same delivery code in the page for the `online` and 30 s triggers);
 * - a new version activates at once (skipWaiting + clients.claim): a kiosk has no "reload to update"
 *   prompt, and the precache is content-hashed, so old and new files never mix within one page.
 */
import { precacheAndRoute, cleanupOutdatedCaches, createHandlerBoundToURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { deliverOutboxOnce, OUTBOX_SYNC_TAG } from '../offline/deliverOutbox';
import { openOutbox } from '../offline/outboxDb';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null } | string> };

/** Background Sync's event (not in TypeScript's WebWorker lib). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/** One delivery round of the outbox; a failure is logged (the next trigger tries again), never thrown away silently. */
async function deliverOutbox(): Promise<void> {
  const db = await openOutbox();
  try {
    await deliverOutboxOnce({ db, origin: self.location.origin });
  } catch (error) {
    console.warn('Outbox delivery failed:', (error as Error).message);
  } finally {
    db.close();
  }
}

/** Paths a navigation must never be answered from the cache for. */
const networkOnlyNavigations = [/^\/api(\/|$)/, /^\/officer/];

self.addEventListener('install', () => {
  void self.skipWaiting();
});

/** Keeps the server's public key in the worker's cache from the first visit on, for pages opened offline. */
async function cacheSubmissionKey(): Promise<void> {
  try {
    await (await caches.open('submission-key')).add('/submission-key.json');
  } catch (error) {
    console.warn('Submission key not cached yet:', (error as Error).message);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([self.clients.claim(), cacheSubmissionKey()]));
});

// Whenever the browser starts this worker (a page opened, a sync, after a restart): send what is queued.
void deliverOutbox();
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === OUTBOX_SYNC_TAG) sync.waitUntil(deliverOutbox());
});

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^source$/, /^utm_/] });
// Precached profiles are answered by the precache route above; this one only sees the rest of /profiles/.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/profiles/'),
  new CacheFirst({ cacheName: 'xr-profiles-runtime' }),
);
// A result's QR code opens the light status page, also offline (it then shows the last status seen).
registerRoute(new NavigationRoute(createHandlerBoundToURL('/status.html'), { allowlist: [/^\/status\/[^/]+\/?$/] }));
// The server's public key for sealing queued submissions: fresh when online, the cached one offline.
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname === '/submission-key.json', new NetworkFirst({ cacheName: 'submission-key' }));
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: networkOnlyNavigations }));
