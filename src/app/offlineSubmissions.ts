import type { ServicePort } from '../services';
import { startOutboxDelivery } from '../offline/deliveryTriggers';
import { offlineFirstPort } from '../offline/offlineFirstPort';
import { openOutbox } from '../offline/outboxDb';

/**
 * The kiosks' port, offline-first: opens the device's outbox, starts delivering it from this page (start,
 * `online`, every 30 s) and wraps `inner` so that "Kirim" always ends on a result (see src/offline/README.md).
 */
export function offlineFirstKioskPort(origin: string, inner: ServicePort): ServicePort {
  const outbox = openOutbox();
  const delivery = startOutboxDelivery({ outbox, origin, onError: (error) => console.warn('Outbox delivery:', error.message) });
  return offlineFirstPort({ inner, outbox, onQueued: () => delivery.requestSync() });
}
