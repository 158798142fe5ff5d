import type { FieldErrorCode } from '../shared/validation/types';
import { next, stay, type CallAnswer, type Failure, type FlowEnv, type PortCall, type Step } from './flowActions';
import type { FlowState, NoticeState, ReceiptState } from './flowState';
import { loadSlots } from './flowInputs';
import { serviceOf } from './flowSteps';
import { isFieldErrorCode } from './formRules';

/** Server codes that send the citizen back to choose another slot. */
const SLOT_CODES: Readonly<Record<string, string>> = {
  slot_full: 'flow.error.slotFull',
  slot_invalid: 'flow.error.slotInvalid',
  date_out_of_range: 'flow.error.slotInvalid',
};

/**
 * The notice for a failure no screen handles in its own way: no connection, or anything else unexpected.
 * The one place this rule lives; both keep what was typed, and the review/survey screens then offer "Try again".
 */
export function failureNotice(failure: Failure): NoticeState {
  return { tone: 'error', key: failure.kind === 'network' ? 'flow.error.network' : 'flow.error.unexpected' };
}

/** The answer to a filed request, complaint, appointment or message for an officer. */
type FiledAnswer = Extract<CallAnswer, { kind: 'request' | 'complaint' | 'appointment' | 'consultation' }>;

/** The receipt the result screen shows. */
function receiptOf(answer: FiledAnswer, state: FlowState): ReceiptState {
  if ('queued' in answer.value) {
    // Queued offline: the code is final; the slot asked for is confirmed or refused once delivered.
    const { locationId, date, time } = state.slot;
    return { kind: answer.kind, trackingCode: answer.value.trackingCode, queued: true, ...(answer.kind === 'appointment' ? { appointment: { locationId, date, time } } : {}) };
  }
  switch (answer.kind) {
    case 'request':
      return { kind: 'request', trackingCode: answer.value.trackingCode, queueNumber: answer.value.queueNumber };
    case 'complaint':
    case 'consultation':
      return { kind: answer.kind, trackingCode: answer.value.trackingCode };
    case 'appointment': {
      const { trackingCode, queueNumber, locationId, date, time } = answer.value;
      return { kind: 'appointment', trackingCode, ...(queueNumber ? { queueNumber } : {}), appointment: { locationId, date, time } };
    }
  }
}

/** A port call answered: show what it brought. */
export function onAnswer(state: FlowState, answer: CallAnswer): Step {
  const done = { ...state, busy: false };
  switch (answer.kind) {
    case 'request':
    case 'complaint':
    case 'appointment':
    case 'consultation':
      return next({ ...done, submission: null, receipt: receiptOf(answer, state), screen: 'result', notice: null });
    case 'survey':
      return next({ ...done, surveySubmission: null, screen: 'thanks' });
    case 'lookup':
      return next(answer.value ? { ...done, bill: answer.value, screen: 'lookupResult' } : { ...done, notice: { tone: 'info', key: 'lookup.notFound' } });
    case 'status':
      return next(answer.value ? { ...done, status: answer.value, screen: 'statusResult' } : { ...done, notice: { tone: 'info', key: 'status.notFound' } });
    case 'slots': {
      const { slot } = state;
      // An answer for a place or day the citizen has since changed is stale.
      if (slot.locationId !== answer.locationId || slot.date !== answer.date) return stay(state);
      return next({ ...state, slot: { ...slot, slots: answer.value, loading: false } });
    }
  }
}

/** The API refused a filed form: back to the slot screen, to the field it names, or a notice with its message. */
function refusedPost(state: FlowState, failure: Extract<Failure, { kind: 'refused' }>, env: FlowEnv): Step {
  const dropped = { ...state, busy: false, submission: null };
  const slotKey = SLOT_CODES[failure.code];
  if (slotKey) {
    return loadSlots({ ...dropped, screen: 'slot', slot: { ...state.slot, time: '' }, notice: { tone: 'error', key: slotKey } });
  }
  const service = serviceOf(state, env);
  const name = failure.field?.replace(/^values\./, '') ?? '';
  // A complaint's contact.* errors are shown at the contact name, the first contact field.
  const contact = service?.completion === 'complaint' && failure.field?.startsWith('contact') ? 'contactName' : null;
  const field = service?.fields.find((f) => f.name === name) ?? service?.fields.find((f) => f.name === contact);
  if (field) {
    const code: FieldErrorCode = isFieldErrorCode(failure.code) ? failure.code : 'invalid_type';
    return next({ ...dropped, screen: 'form', errors: { ...state.errors, [field.name]: code }, notice: { tone: 'error', key: 'flow.error.checkField' } });
  }
  return next({ ...dropped, notice: { tone: 'error', key: 'flow.error.rejected', params: { message: failure.message } } });
}

/** A refusal the screen explains in its own way, or null for the common failure notice. */
function refused(state: FlowState, call: PortCall, failure: Extract<Failure, { kind: 'refused' }>, env: FlowEnv): Step | null {
  const done = { ...state, busy: false };
  switch (call.kind) {
    case 'request':
    case 'complaint':
    case 'appointment':
    case 'consultation':
      return refusedPost(state, failure, env);
    case 'survey':
      // Already answered for this code: thank the citizen all the same.
      if (failure.code === 'survey_exists') return next({ ...done, surveySubmission: null, screen: 'thanks' });
      return next({ ...done, surveySubmission: null, notice: { tone: 'error', key: 'flow.error.rejected', params: { message: failure.message } } });
    case 'lookup':
      return failure.status === 404 ? next({ ...done, notice: { tone: 'info', key: 'lookup.notFound' } }) : null;
    case 'status':
      if (failure.status === 404) return next({ ...done, notice: { tone: 'info', key: 'status.notFound' } });
      if (failure.status === 400) return next({ ...done, errors: { [serviceOf(state, env)?.fields[0].name ?? '']: 'tracking_code_format' } });
      return null;
    default:
      return null;
  }
}

/** A port call failed: a refusal as its screen explains it, anything else as the common notice with everything kept. */
export function onFailure(state: FlowState, call: PortCall, failure: Failure, env: FlowEnv): Step {
  if (call.kind === 'slots') {
    const { slot } = state;
    if (slot.locationId !== call.locationId || slot.date !== call.date) return stay(state);
    return next({ ...state, slot: { ...slot, loading: false, loadFailed: true }, notice: failureNotice(failure) });
  }
  const explained = failure.kind === 'refused' ? refused(state, call, failure, env) : null;
  return explained ?? next({ ...state, busy: false, notice: failureNotice(failure) });
}
