import type { ServiceDef } from '../shared/catalogue/types';
import { next, stay, type FlowEnv, type Step } from './flowActions';
import { initialFlowState, type FlowState } from './flowState';
import type { ScreenId } from './flowTypes';
import { serviceSteps } from './serviceSteps';

/** The service the visit is in, or null on the services list. */
export function serviceOf(state: FlowState, env: FlowEnv): ServiceDef | null {
  return env.services.find((s) => s.id === state.serviceId) ?? null;
}

/** Ends the visit: a blank state (nothing one citizen typed stays) and the answers still in flight dropped. */
export function endVisit(): Step {
  return { state: initialFlowState(), effects: [{ type: 'abandon' }] };
}

/** Starts a service from a blank visit, on its first step. */
export function selectService(serviceId: string, env: FlowEnv): Step {
  const service = env.services.find((s) => s.id === serviceId);
  if (!service) throw new RangeError(`this kiosk has no service ${serviceId}`);
  return { state: { ...initialFlowState(), serviceId, screen: serviceSteps(service)[0] }, effects: [{ type: 'abandon' }] };
}

/** "Leave a message" (from the kiosk's live panel): a new visit on the kiosk's message-for-an-officer form. */
export function leaveMessage(env: FlowEnv): Step {
  const message = env.services.find((s) => s.completion === 'consultation');
  return message ? selectService(message.id, env) : { state: initialFlowState(), effects: [{ type: 'abandon' }] };
}

/** Shows another screen of the same visit, without the old screen's notice. */
export function goTo(state: FlowState, screen: ScreenId): FlowState {
  return { ...state, screen, notice: null };
}

/** A table entry that only changes the screen. */
export const toScreen =
  (screen: ScreenId) =>
  (state: FlowState): Step =>
    next(goTo(state, screen));

/** The service's next step, if there is one. */
export function nextStep(state: FlowState, env: FlowEnv): Step {
  const service = serviceOf(state, env);
  if (!service) return stay(state);
  const steps = serviceSteps(service);
  const i = steps.indexOf(state.screen);
  return i >= 0 && i < steps.length - 1 ? next(goTo(state, steps[i + 1])) : stay(state);
}

/** The service's previous step; Back from the first step ends the visit. */
export function stepBack(state: FlowState, env: FlowEnv): Step {
  const service = serviceOf(state, env);
  const steps = service ? serviceSteps(service) : [];
  const i = steps.indexOf(state.screen);
  return i <= 0 ? endVisit() : next(goTo(state, steps[i - 1]));
}

/** Back from a lookup or status answer: the form again, with the code still typed. */
export function backToForm(state: FlowState): Step {
  return next({ ...state, screen: 'form', bill: null, status: null, notice: null });
}

/** "Look up another": the form again, empty. */
export function lookUpAgain(state: FlowState): Step {
  return next({ ...state, screen: 'form', values: {}, errors: {}, bill: null, status: null, notice: null });
}
