/** What the live panel at a kiosk shows in each phase of a call (pure: state in, panel screen out). */
import type { UnitHours } from '../shared/live/officeHours';
import type { PanelControl, PanelScreen } from '../ui/panelScreen';
import type { CallState } from './citizenCall';

/** The panel's phases: before a call, the microphone question, then the call's own phases. */
export type LivePhase = 'idle' | 'consent' | 'connecting' | 'waiting' | 'active' | 'ended';

/** Quick replies for the headset (keys under live.quick). */
export const QUICK_REPLIES = ['yes', 'no', 'thanks', 'repeat'] as const;

/** From this place in the queue on, the waiting panel also offers "leave a message". */
export const LONG_QUEUE = 3;

/** Refusals after which the panel offers "leave a message" (no one can take the call). */
const NO_CALL_ERRORS: readonly string[] = ['no_officer', 'closed'];

type T = (key: string, params?: Record<string, string | number>) => string;

/** Inputs of the screen. */
export interface LiveScreenInput {
  phase: LivePhase;
  hours: UnitHours | null;
  call: CallState | null;
  shared: { context: boolean; form: boolean };
  locale: string;
  /** Whether an officer of this unit is available (from GET /api/live/hours). */
  onDuty: boolean;
}

const button = (id: string, label: string, tone: PanelControl['tone'] = 'normal'): PanelControl => ({ id, label, kind: 'button', tone });

function idle(t: T, { hours, call, locale, onDuty }: LiveScreenInput): PanelScreen {
  const today = hours?.holiday ? t('live.holiday', { name: locale === 'en' ? hours.holiday.en : hours.holiday.id }) : hours?.today.length ? t('live.hoursToday', { hours: hours.today.join(', ') }) : t('live.closedToday');
  const refused = call?.error ? t(`live.error.${call.error}`) : null;
  const open = hours?.open ?? false;
  // No one can take a call (closed, no officer on duty, or a call was just refused for that): leave a message.
  const message = !open || !onDuty || NO_CALL_ERRORS.includes(call?.error ?? '');
  return {
    title: t('live.title'),
    body: [today, open && onDuty ? t('live.openNow') : t('live.closedNow'), ...(message ? [t('live.messageWhy')] : [])],
    ...(refused ? { notice: { text: refused, tone: 'info' as const } } : {}),
    controls: [{ ...button('call', t('live.call'), message ? 'normal' : 'primary'), enabled: open }, ...(message ? [button('leaveMessage', t('live.leaveMessage'), 'primary')] : [])],
  };
}

function active(t: T, call: CallState, shared: LiveScreenInput['shared']): PanelScreen {
  const officer = call.officer ? t('live.officer', { name: call.officer.name, unit: t(`kiosk.${call.officer.unit}.title`) }) : t('live.title');
  const lastOfficer = [...call.chat].reverse().find((c) => c.from === 'officer');
  return {
    title: officer,
    ...(lastOfficer ? { speech: lastOfficer.text } : {}),
    body: call.chat.slice(-2).map((c) => `${c.from === 'officer' ? t('live.fromOfficer') : t('live.fromYou')}: ${c.text}`),
    ...(call.highlight ? { notice: { text: t('live.highlight', { field: call.highlight }), tone: 'info' as const } } : {}),
    columns: 2,
    controls: [
      ...QUICK_REPLIES.map((r) => button(`reply.${r}`, t(`live.quick.${r}`))),
      button('type', t('live.type')),
      { ...button('share', t('live.share')), kind: 'toggle', selected: shared.context },
      { ...button('shareForm', t('live.shareForm')), kind: 'toggle', selected: shared.form },
      button('hangup', t('live.hangup'), 'danger'),
    ],
  };
}

/** Why the call is over: a refusal, a lost connection (the officer's side or the network went away), or a hang-up. */
function endedText(t: T, call: CallState | null): string {
  if (call?.error) return t(`live.error.${call.error}`);
  return call?.ended === 'disconnected' ? t('live.lost') : t('live.ended');
}

/** The live panel's screen. */
export function liveScreen(t: T, s: LiveScreenInput): PanelScreen {
  switch (s.phase) {
    case 'consent':
      return { title: t('live.title'), body: [t('live.micWhy')], controls: [button('mic', t('live.mic'), 'primary'), button('nomic', t('live.noMic')), button('cancel', t('live.cancel'), 'quiet')] };
    case 'connecting':
      return { title: t('live.title'), body: [t('live.connecting')], controls: [] };
    case 'waiting': {
      const long = (s.call?.position ?? 1) >= LONG_QUEUE;
      return {
        title: t('live.title'),
        body: [t('live.position', { position: s.call?.position ?? 1 }), t('live.estimate', { minutes: s.call?.estimateMinutes ?? 1 }), long ? t('live.queueLong') : t('live.keepUsing')],
        controls: [...(long ? [button('leaveMessage', t('live.leaveMessage'), 'primary')] : []), button('hangup', t('live.leave'), 'danger')],
      };
    }
    case 'active':
      return active(t, s.call!, s.shared);
    case 'ended':
      return { ...idle(t, s), notice: { text: endedText(t, s.call), tone: 'info' } };
    default:
      return idle(t, s);
  }
}
