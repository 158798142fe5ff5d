/** Options for {@link registerServiceWorker}. */
export interface RegisterServiceWorkerOptions {
  /** Script URL of the worker emitted by InjectManifest. */
  url?: string;
  /** Scope the worker controls; the whole app by default. */
  scope?: string;
  /** Called when registration fails, so the app can say "offline mode unavailable" instead of failing silently. */
  onError: (error: Error) => void;
  /** Called once the worker is active and the hall will open offline after this visit. */
  onOfflineReady?: (registration: ServiceWorkerRegistration) => void;
}

/** Result of {@link registerServiceWorker}: why it did nothing, or the pending registration. */
export type RegisterServiceWorkerResult =
  | { status: 'unsupported'; reason: 'no-service-worker-api' | 'insecure-context' }
  | { status: 'registering'; registration: Promise<ServiceWorkerRegistration | null> };

/**
 * Registers /sw.js after the page's load event (so precaching never competes with the first frame) and
 * reports failures through `onError`; lets the hall reopen offline after one online visit.
 */
export function registerServiceWorker(options: RegisterServiceWorkerOptions): RegisterServiceWorkerResult {
  if (!('serviceWorker' in navigator)) return { status: 'unsupported', reason: 'no-service-worker-api' };
  if (!window.isSecureContext) return { status: 'unsupported', reason: 'insecure-context' };
  const url = options.url ?? '/sw.js';
  const scope = options.scope ?? '/';
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  const registration = loaded
    .then(() => navigator.serviceWorker.register(url, { scope }))
    .then(async (reg) => {
      if (options.onOfflineReady) {
        await navigator.serviceWorker.ready;
        options.onOfflineReady(reg);
      }
      return reg;
    })
    .catch((reason: unknown) => {
      options.onError(reason instanceof Error ? reason : new Error(`Service worker registration failed: ${String(reason)}`));
      return null;
    });
  return { status: 'registering', registration };
}
