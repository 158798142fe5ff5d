import innovationsJson from '../../scenes/innovations.json';
import { createApiClient } from '../api';
import type { I18n } from '../i18n/createI18n';
import { offlineFirstKioskPort } from './offlineSubmissions';
import { createKioskFlow, portFromApiClient, type KioskFlow } from '../services';
import { parseInnovations } from '../shared/catalogue';
import type { Catalogue, KioskId } from '../shared/catalogue/types';

/** Options of the kiosk flows. */
export interface KioskFlowsOptions {
  kioskIds: readonly KioskId[];
  catalogue: Catalogue;
  i18n: I18n;
  /** The API's origin: the page's own. */
  origin: string;
  /** An enrolled booth's token for submissions, if any. */
  boothToken?: () => string | null;
}

/**
 * One service flow per kiosk, all talking to the city's API through one client (timeouts,
 * retries with the same idempotency key, typed errors), offline-first (src/offline).
 */
export function createKioskFlows(o: KioskFlowsOptions): Map<KioskId, KioskFlow> {
  const port = offlineFirstKioskPort(o.origin, portFromApiClient(createApiClient({ baseUrl: o.origin, locale: () => o.i18n.locale, boothToken: o.boothToken })), o.boothToken);
  const gallery = parseInnovations(innovationsJson, 'scenes/innovations.json');
  const flows = new Map<KioskId, KioskFlow>();
  for (const kioskId of o.kioskIds) {
    flows.set(
      kioskId,
      createKioskFlow({
        kioskId,
        catalogue: o.catalogue,
        port,
        text: o.i18n,
        innovations: gallery.innovations,
        innovationsDisclaimer: gallery.disclaimer,
        statusOrigin: o.origin,
      }),
    );
  }
  return flows;
}
