import type { ServicePort } from '../services';

/**
 * The kiosks' port, offline-first (see src/offline/README.md): "Kirim" always ends on a result, filed or kept on
 * this device. The outbox, its delivery loop (start, `online`, every 30 s) and WebCrypto sealing load in their
 * own chunk after the first frame, so they add nothing to the first-frame budget; a submission waits for it.
 */
export function offlineFirstKioskPort(origin: string, inner: ServicePort, boothToken?: () => string | null): ServicePort {
  const port = import('../offline/kioskOutbox').then(({ startKioskOutbox }) => startKioskOutbox(origin, inner, boothToken));
  return {
    ...inner,
    submitRequest: async (body, key) => (await port).submitRequest(body, key),
    submitComplaint: async (body, key) => (await port).submitComplaint(body, key),
    bookAppointment: async (body, key) => (await port).bookAppointment(body, key),
    submitSurvey: async (body, key) => (await port).submitSurvey(body, key),
    getStatus: async (code) => (await port).getStatus(code),
  };
}
