import { stay, type FlowAction, type FlowEnv, type Step } from './flowActions';
import type { FlowState } from './flowState';
import { blurField, formNext, loadSlots, setValue, slotNext } from './flowInputs';
import { onAnswer, onFailure } from './flowOutcomes';
import { backToForm, endVisit, leaveMessage, lookUpAgain, nextStep, selectService, stepBack, toScreen } from './flowSteps';
import { sendSurvey, submit } from './flowSubmissions';
import type { ScreenId } from './flowTypes';

/** What one button does on one screen. */
export type Transition = (state: FlowState, env: FlowEnv) => Step;

/**
 * Screen × button: what each button the view offers does there. A button missing from a screen's row does
 * nothing. Cancel (every screen, also while busy) and the services list's `service:<id>` buttons are handled
 * before the table, in `press`. Our own small table rather than a state-chart library (XState): twelve
 * screens of one row each read plainly here, and the kiosk bundle gains no dependency.
 */
export const FLOW_TABLE: Readonly<Record<ScreenId, Readonly<Record<string, Transition>>>> = {
  services: {},
  requirements: { next: nextStep, back: stepBack },
  consent: { accept: nextStep, back: stepBack },
  form: { next: formNext, lookup: formNext, check: formNext, back: stepBack },
  slot: { next: slotNext, reloadSlots: loadSlots, back: stepBack },
  review: { submit, edit: toScreen('form'), back: stepBack },
  result: { survey: toScreen('survey'), done: endVisit, back: endVisit },
  survey: { sendSurvey, skipSurvey: endVisit, back: toScreen('result') },
  thanks: { done: endVisit, back: endVisit },
  info: { done: endVisit, back: endVisit },
  lookupResult: { again: lookUpAgain, done: endVisit, back: backToForm },
  statusResult: { again: lookUpAgain, done: endVisit, back: backToForm },
};

/** Prefix of the services list's buttons: `service:<id>`. */
const SERVICE_PREFIX = 'service:';

/** The live panel's "leave a message": from any screen (not while busy), a new visit on the message form. */
export const LEAVE_MESSAGE = 'leaveMessage';

/** A button: Cancel always works; while busy nothing else does; otherwise the table decides. */
function press(state: FlowState, id: string, env: FlowEnv): Step {
  if (id === 'cancel') return endVisit();
  if (state.busy) return stay(state);
  if (id === LEAVE_MESSAGE) return leaveMessage(env);
  if (state.screen === 'services' && id.startsWith(SERVICE_PREFIX)) return selectService(id.slice(SERVICE_PREFIX.length), env);
  const transition = FLOW_TABLE[state.screen][id];
  return transition ? transition(state, env) : stay(state);
}

/**
 * The kiosk flow as a pure function: the next state and the effects to run. It never calls the port,
 * draws no random key (the env offers one) and reads no clock; it may throw RangeError for a field or
 * service this kiosk does not have (a programming error of the caller).
 */
export function reduce(state: FlowState, action: FlowAction, env: FlowEnv): Step {
  switch (action.type) {
    case 'press':
      return press(state, action.id, env);
    case 'setValue':
      return setValue(state, action.name, action.value, env);
    case 'blur':
      return blurField(state, action.name, env);
    case 'answered':
      return onAnswer(state, action.answer);
    case 'failed':
      return onFailure(state, action.call, action.failure, env);
  }
}
