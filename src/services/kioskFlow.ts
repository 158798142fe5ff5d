import type { Catalogue, KioskId } from '../shared/catalogue/types';
import type { Innovation } from '../shared/catalogue/parseInnovations';
import { buildView } from './buildView';
import { createEffectRunner } from './effectRunner';
import type { FlowAction, FlowEnv } from './flowActions';
import { LEAVE_MESSAGE, reduce } from './flowReducer';
import { messageService } from '../shared/live/messageService';
import { initialFlowState, type FlowState } from './flowState';
import type { FlowText, ViewModel } from './flowTypes';
import { newIdempotencyKey } from './idempotencyKey';
import type { ServicePort } from './servicePort';
import { SLOT_DAYS } from './slotFields';
import type { OfficeHours } from './workingDays';

export { SLOT_FIELDS } from './slotFields';

/** Options of createKioskFlow: the kiosk, its data and the injected outside world. */
export interface KioskFlowOptions {
  kioskId: KioskId;
  catalogue: Catalogue;
  port: ServicePort;
  /** The app's I18n object (or anything with the same members). */
  text: FlowText;
  /** Gallery items for services with `gallery: 'innovations'`. */
  innovations?: Innovation[];
  /** Footnote shown under the innovations gallery. */
  innovationsDisclaimer?: { id: string; en: string };
  /** Origin for status links in QR codes, e.g. location.origin; '' gives a relative `/status/<code>`. */
  statusOrigin?: string;
  /** Clock, for appointment days and "expected by" dates. */
  now?: () => Date;
  /** When officers work (WITA, Mon–Fri); outside, the services screen says requests queue. Default 08:00–16:00. */
  officeHours?: OfficeHours;
  /** Idempotency key source; 16 random bytes as 32 hex characters by default. */
  newKey?: () => string;
}

/** One kiosk's service flow: a state machine the UI drives with act/setValue and draws from view(). */
export interface KioskFlow {
  /** The current screen, built fresh (in the current language) on every call. */
  view(): ViewModel;
  /** Called after every change with the new view; returns the unsubscribe function. */
  onChange(listener: (view: ViewModel) => void): () => void;
  /** Performs an action by id (from view().actions); resolves when any submission or lookup it started is done. */
  act(actionId: string): Promise<void>;
  /** Updates a field as the citizen types; clears that field's error until it is checked again. Ignored while busy. */
  setValue(name: string, value: string): void;
  /** Checks one field now (the citizen left it or pressed the keypad's OK). */
  blurField(name: string): void;
  /** Steps back one screen (no-op on the services list). */
  back(): void;
  /** Starts a new visit on the message-for-an-officer form (the live panel's "leave a message"); ignored while busy. */
  leaveMessage(): void;
  /** Discards everything typed and returns to the services list (also used by the idle timeout). */
  cancel(): void;
  /** Re-emits the view, e.g. after the language changed. */
  refresh(): void;
  /** Resolves when background work (slot loading) has finished; for tests and the automation handle. */
  settled(): Promise<void>;
}

/**
 * Creates the flow of one kiosk: the state, its listeners and the effect runner around the pure `reduce`
 * (see src/services/README.md). Plain TypeScript: no Babylon, no DOM.
 */
export function createKioskFlow(options: KioskFlowOptions): KioskFlow {
  const { catalogue, port, text, kioskId } = options;
  const now = options.now ?? (() => new Date());
  const newKey = options.newKey ?? (() => newIdempotencyKey());
  // The kiosk's services, plus its built-in "message for an officer" form (not listed; the live panel opens it).
  const services = [...catalogue.services.filter((s) => s.kiosk === kioskId), messageService(kioskId)];
  const listeners = new Set<(view: ViewModel) => void>();
  let state: FlowState = initialFlowState();
  /** A key drawn for the next new submission series, kept until one uses it (so keys are drawn only when used). */
  let spareKey: string | null = null;

  const view = (): ViewModel =>
    buildView(state, {
      kioskId,
      services,
      catalogue,
      text,
      now: now(),
      innovations: options.innovations ?? [],
      innovationsDisclaimer: options.innovationsDisclaimer,
      statusOrigin: options.statusOrigin ?? '',
      slotDays: SLOT_DAYS,
      officeHours: options.officeHours ?? { open: '08:00', close: '16:00' },
    });
  const emit = () => {
    if (listeners.size === 0) return;
    const v = view();
    for (const listener of [...listeners]) listener(v);
  };
  const env = (): FlowEnv => ({ services, locale: text.locale, freshKey: (spareKey ??= newKey()), canLookupBills: Boolean(port.lookupTaxBill) });

  const dispatch = (action: FlowAction): Promise<void> => {
    const before = state;
    const step = reduce(state, action, env());
    state = step.state;
    if (spareKey === state.submission?.post.key || spareKey === state.surveySubmission?.post.key) spareKey = null;
    if (state !== before) emit();
    return runner.run(step.effects);
  };
  const runner = createEffectRunner(port, dispatch);

  return {
    view,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    act(actionId) {
      // Only what the screen offers, enabled (the UI may hold a stale id); Cancel always works.
      const offered = actionId === 'cancel' || view().actions.some((a) => a.id === actionId && a.enabled);
      return offered ? dispatch({ type: 'press', id: actionId }) : Promise.resolve();
    },
    setValue: (name, value) => void dispatch({ type: 'setValue', name, value }),
    blurField: (name) => void dispatch({ type: 'blur', name }),
    back: () => void dispatch({ type: 'press', id: 'back' }),
    leaveMessage: () => void dispatch({ type: 'press', id: LEAVE_MESSAGE }),
    cancel: () => void dispatch({ type: 'press', id: 'cancel' }),
    refresh: emit,
    settled: () => runner.settled(),
  };
}
