import type { ServicePort } from '../services/servicePort';
import { startOutboxDelivery } from './deliveryTriggers';
import { offlineFirstPort } from './offlineFirstPort';
import { openOutbox } from './outboxDb';

/** Opens the device's outbox, starts delivering it from this page and wraps `inner` offline-first. */
export function startKioskOutbox(origin: string, inner: ServicePort, boothToken?: () => string | null): ServicePort {
  const outbox = openOutbox();
  const delivery = startOutboxDelivery({ outbox, origin, onError: (error) => console.warn('Outbox delivery:', error.message) });
  return offlineFirstPort({ inner, outbox, boothToken, onQueued: () => delivery.requestSync() });
}
