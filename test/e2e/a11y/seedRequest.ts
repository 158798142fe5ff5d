import { createApiClient } from '../../../src/api/apiClient';
import { createI18n } from '../../../src/i18n/createI18n';
import { createKioskFlow } from '../../../src/services';
import { portFromApiClient } from '../../../src/services/portFromApiClient';
import { AKTA_VALUES, catalogue, fill, gallery } from '../../unit/services/flowHarness';

/**
 * Files one Akta Kelahiran through the public API with the app's own kiosk flow and API client (as a
 * kiosk does), and returns its tracking code: something for the console and the status kiosk to show.
 */
export async function seedRequest(origin: string): Promise<string> {
  const port = portFromApiClient(createApiClient({ baseUrl: origin }));
  const flow = createKioskFlow({ kioskId: 'kependudukan', catalogue, port, text: createI18n(), innovations: gallery.innovations, innovationsDisclaimer: gallery.disclaimer });
  await flow.act('service:akta-kelahiran');
  await flow.act('next');
  await flow.act('accept');
  fill(flow, AKTA_VALUES);
  await flow.act('next');
  await flow.act('submit');
  const view = flow.view();
  const code = JSON.stringify(view.blocks).match(/[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0];
  if (view.screen !== 'result' || !code) throw new Error(`seeding a request ended on ${view.screen}: ${view.notice?.text ?? ''}`);
  return code;
}
