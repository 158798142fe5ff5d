import type { LocalStatus } from '../servicePort';
import type { ViewBlock } from '../flowTypes';
import { statusUrl } from '../statusUrl';
import type { ScreenParts, ViewKit } from './viewKit';

/**
 * The result screen of a submission kept on this device (the server did not answer in time): the final tracking
 * code and its QR code, that it is sent automatically, that a queue number (or the slot) comes once it is
 * delivered, and what to do if the code does not work within a day.
 */
export function queuedResult(kit: ViewKit): ScreenParts {
  const { state, ctx, t, action, backAndCancel } = kit;
  const r = state.receipt!;
  const rows = [
    { label: t('flow.result.trackingCode'), value: r.trackingCode, emphasis: true },
    { label: t('status.current'), value: t('offline.status.waiting') },
  ];
  if (r.kind !== 'complaint' && r.kind !== 'consultation') rows.push({ label: t('flow.result.queueNumber'), value: t('offline.result.queueLater') });
  if (r.appointment) rows.push({ label: t('flow.result.appointment'), value: `${kit.appointmentText(r.appointment)} (${t('offline.result.slotLater')})` });
  const blocks: ViewBlock[] = [
    { kind: 'facts', rows },
    { kind: 'text', text: t('offline.result.kept') },
    { kind: 'text', text: t('offline.result.ifCodeFails') },
    { kind: 'qr', url: statusUrl(r.trackingCode, ctx.statusOrigin), caption: t('flow.result.qrCaption') },
  ];
  return {
    titleKey: 'offline.result.title',
    sayKey: 'offline.avatar.queued',
    sayParams: { code: r.trackingCode.split('').join(' ') },
    blocks,
    actions: [action('survey', 'flow.action.survey', 'primary'), action('done', 'flow.action.done', 'secondary'), ...backAndCancel()],
  };
}

/** The status kiosk on a code this device still holds (waiting to be sent) or gave up: no personal data. */
export function localStatusResult(kit: ViewKit, st: LocalStatus): ScreenParts {
  const { t, action, backAndCancel } = kit;
  const label = t(st.local === 'waiting' ? 'offline.status.waiting' : st.reason === 'slot_full' ? 'offline.status.slotRefused' : 'offline.status.failed');
  const explain = st.local === 'waiting' ? 'offline.status.waitingText' : 'offline.status.failedText';
  return {
    sayKey: 'avatar.statusResult',
    sayParams: { status: label },
    blocks: [
      { kind: 'facts', rows: [{ label: t('flow.result.trackingCode'), value: st.trackingCode }, { label: t('status.current'), value: label, emphasis: true }] },
      { kind: 'text', text: t(explain) },
    ],
    actions: [action('again', 'flow.action.again', 'secondary'), action('done', 'flow.action.done', 'primary'), ...backAndCancel()],
  };
}
