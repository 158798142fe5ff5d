import catalogueJson from '../../scenes/catalogue.json';
import { ApiError, createApiClient } from '../api';
import type { PendingSubmissions } from '../booth/pendingSubmissions';
import * as outbox from '../offline/pendingSubmissions';
import { createI18n, type I18n } from '../i18n/createI18n';
import type { StatusResponse } from '../shared/api/schemas';
import type { Catalogue } from '../shared/catalogue/types';
import { codeFromPath, lastSeen, saveLastSeen } from './lastSeen';
import { statusModel } from './statusModel';
import { messageLine, renderStatus } from './statusView';

/**
 * The light status page `/status/<code>` that the result screen's QR code opens on a phone: plain DOM and
 * this small script, no Babylon and no hall. Online it shows the live status and keeps it; offline (the
 * page itself is precached by the service worker) it shows the last status seen for that code and when.
 * The catalogue is read as plain data (service names, field labels, working days), unvalidated: the hall's
 * build validates the same file.
 */
async function main(pending: PendingSubmissions = outbox): Promise<void> {
  const i18n = createI18n({ locale: navigator.language.toLowerCase().startsWith('en') ? 'en' : 'id' });
  document.documentElement.lang = i18n.locale;
  document.title = i18n.t('booth.status.title');
  const root = document.getElementById('status') as HTMLElement;
  const code = codeFromPath(location.pathname);
  const show = (...nodes: HTMLElement[]) => root.replaceChildren(...nodes);
  if (!code) return show(messageLine(i18n.t('booth.status.notFound'), 'error'));
  show(messageLine(i18n.t('booth.status.loading'), 'info'));
  const waiting = (await pending.isPending(code)) ? [messageLine(i18n.t('booth.status.waiting'), 'info')] : [];
  const api = createApiClient({ baseUrl: location.origin, locale: i18n.locale, retries: 1, timeoutMs: 8000 });
  try {
    const status = await api.getStatus(code);
    saveLastSeen(localStorage, status, new Date());
    show(...waiting, draw(status, i18n));
  } catch (error) {
    // Unknown to the server: still in this device's queue, or a wrong code.
    if (error instanceof ApiError && error.status === 404) return show(...(waiting.length ? waiting : [messageLine(i18n.t('booth.status.notFound'), 'error')]));
    const seen = lastSeen(localStorage, code);
    const note = seen ? messageLine(i18n.t('booth.status.offline', { when: i18n.formatDate(seen.seenAt, 'dateTime') }), 'info') : messageLine(i18n.t('booth.status.failed'), 'error');
    show(...waiting, note, ...(seen ? [draw(seen.status, i18n)] : []));
  }
}

function draw(status: StatusResponse, i18n: I18n): HTMLElement {
  const service = (catalogueJson as unknown as Catalogue).services.find((s) => s.id === status.serviceId);
  const labels = { current: i18n.t('status.current'), timeline: i18n.t('status.timeline'), notes: i18n.t('booth.status.notes'), data: i18n.t('booth.status.data') };
  return renderStatus(statusModel(status, service, i18n), labels);
}

void main();
