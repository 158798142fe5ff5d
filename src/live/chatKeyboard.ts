/**
 * Keyboard chat in the headset (issue 11): while a call is active the citizen may type a chat line on the live
 * panel with the same on-panel keyboard the kiosk forms use (viewToScreen + handleInput), not only quick replies.
 * Pure: the draft lives in the caller's state (cleared when the call ends), the layout and key handling here.
 */
import type { ViewModel } from '../services';
import { CHAT_MAX } from '../shared/live/protocol';
import type { FormText } from '../ui/kiosk/formLayout';
import { handleInput, type FormUiState } from '../ui/kiosk/inputCommand';
import { viewToScreen, type KioskScreen } from '../ui/kiosk/viewToScreen';
import type { PanelControl } from '../ui/panelScreen';

type T = (key: string, params?: Record<string, string | number>) => string;

/** Size of the live panel, metres: 0.6 m square is the least that holds the kiosk keyboard with every key at least 3 cm. */
export const LIVE_PANEL_SIZE = { width: 0.6, height: 0.6 };

/** Control ids of the chat screen's own buttons. */
export const CHAT_SEND = 'chat.send';
export const CHAT_CLOSE = 'chat.close';

/** The keyboard's labels (a text field needs no date parts). */
export function chatFormText(t: T): FormText {
  const keys = { ok: t('keypad.ok'), delete: t('keypad.delete'), clear: t('keypad.clear'), space: t('keyboard.space'), shift: t('keyboard.shift'), done: t('keyboard.done') };
  return { keys, formatDate: (iso) => iso, dateParts: { day: '', month: '', year: '', months: [] }, today: '2000-01-01' };
}

/** The chat draft as a one-field form view (the kiosk keyboard types into it). */
export function chatView(t: T, kioskId: ViewModel['kioskId'], draft: string, officerLine: string | null): ViewModel {
  return {
    kioskId,
    screen: 'form',
    serviceId: null,
    step: null,
    titleKey: 'live.typeTitle',
    title: t('live.typeTitle'),
    subtitle: null,
    say: officerLine ?? '',
    sayKey: '',
    blocks: [],
    fields: [{ name: 'chat', type: 'text', input: 'keyboard', label: t('live.typeLabel'), required: true, maxLength: CHAT_MAX, value: draft, error: null }],
    actions: [
      { id: CHAT_CLOSE, label: t('live.typeClose'), labelKey: 'live.typeClose', role: 'back', enabled: true },
      { id: CHAT_SEND, label: t('live.send'), labelKey: 'live.send', role: 'primary', enabled: draft.trim() !== '' },
    ],
    busy: false,
    notice: null,
  };
}

/** The chat screen laid out for the live panel. */
export function chatScreen(view: ViewModel, ui: FormUiState, text: FormText, language: PanelControl, size: { width: number; height: number }): KioskScreen {
  return viewToScreen(view, { ...ui, active: 'chat' }, text, language, size);
}

/** One key of the chat keyboard: the new draft and keyboard state (OK is "send" only through the send button). */
export function chatKey(screen: KioskScreen, controlId: string, view: ViewModel, ui: FormUiState): { draft: string; ui: FormUiState } | null {
  const command = screen.commands.get(controlId);
  if (!command) return null;
  const out = handleInput(command, view, { ...ui, active: 'chat' }, '2000-01-01');
  return { draft: out.set?.value ?? view.fields[0].value, ui: { ...out.ui, active: 'chat' } };
}
