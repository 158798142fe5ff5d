import type { ServiceDef } from '../shared/catalogue/types';
import { normalizeTrackingCode } from '../shared/trackingCode';
import { normalizeFieldValue } from '../shared/validation/normalizeFieldValue';
import type { FieldErrorCode } from '../shared/validation/types';
import { validateField } from '../shared/validation/validateField';
import { next, stay, type FlowEnv, type Step } from './flowActions';
import type { FlowState } from './flowState';
import { checkForm } from './formRules';
import { nextStep, serviceOf } from './flowSteps';
import { SLOT_FIELDS } from './slotFields';
import { SURVEY_ANSWER_FIELDS, SURVEY_SUGGESTION_FIELD } from './surveyQuestions';

/** `errors` without `name`. */
function without(errors: Record<string, FieldErrorCode>, name: string): Record<string, FieldErrorCode> {
  const { [name]: _cleared, ...rest } = errors;
  return rest;
}

/** Marks the state as loading the slots of the chosen place and day, and asks for them (nothing until both are chosen). */
export function loadSlots(state: FlowState): Step {
  const { locationId, date } = state.slot;
  if (!locationId || !date) return stay(state);
  return next({ ...state, slot: { ...state.slot, slots: null, loading: true, loadFailed: false } }, { kind: 'slots', locationId, date });
}

/** A slot screen choice; a new place or day clears the time and reloads the slots. */
function setSlotValue(state: FlowState, name: string, value: string): Step {
  const errors = without(state.errors, name);
  if (name === SLOT_FIELDS.time) return next({ ...state, slot: { ...state.slot, time: value }, errors });
  if (name !== SLOT_FIELDS.location && name !== SLOT_FIELDS.date) throw new RangeError(`no slot field ${name}`);
  const chosen = name === SLOT_FIELDS.location ? { locationId: value } : { date: value };
  return loadSlots({ ...state, slot: { ...state.slot, ...chosen, time: '' }, errors });
}

/** The citizen typed or chose a value: it is kept, and that field's error clears until it is checked again. */
export function setValue(state: FlowState, name: string, value: string, env: FlowEnv): Step {
  if (state.busy) return stay(state);
  if (state.screen === 'survey') {
    if (![...SURVEY_ANSWER_FIELDS, SURVEY_SUGGESTION_FIELD].includes(name)) throw new RangeError(`no survey field ${name}`);
    return next({ ...state, surveyValues: { ...state.surveyValues, [name]: value }, surveyErrors: without(state.surveyErrors, name) });
  }
  if (state.screen === 'slot') return setSlotValue(state, name, value);
  const service = serviceOf(state, env);
  if (!service || !service.fields.some((f) => f.name === name)) throw new RangeError(`no field ${name} on this screen`);
  return next({ ...state, values: { ...state.values, [name]: value }, errors: without(state.errors, name) });
}

/** The citizen left a form field: check it now (an untouched empty field is not an error yet). */
export function blurField(state: FlowState, name: string, env: FlowEnv): Step {
  const field = serviceOf(state, env)?.fields.find((f) => f.name === name);
  const raw = state.values[name];
  if (!field || state.screen !== 'form' || raw === undefined || raw.trim() === '') return stay(state);
  const error = validateField(field, raw);
  const errors = without(state.errors, name);
  return next({ ...state, errors: error ? { ...errors, [name]: error.code } : errors });
}

/** Looks a PBB bill up by NOP, or explains where to check when the kiosk has no bill source. */
function lookupBill(state: FlowState, service: ServiceDef, env: FlowEnv): Step {
  const nopField = service.fields[0];
  if (!env.canLookupBills) return next({ ...state, screen: 'lookupResult', bill: null, notice: { tone: 'info', key: 'lookup.unavailable' } });
  const nop = normalizeFieldValue(nopField, state.values[nopField.name]);
  return next({ ...state, busy: true, notice: null }, { kind: 'lookup', nop });
}

/** Looks a tracking code up, showing it as normalized (K7QM-4ZTX). */
function lookupStatus(state: FlowState, service: ServiceDef): Step {
  const name = service.fields[0].name;
  const code = normalizeTrackingCode(state.values[name] ?? '') ?? '';
  return next({ ...state, busy: true, notice: null, values: { ...state.values, [name]: code } }, { kind: 'status', code });
}

/** Next (or Look up, Check) on a form: every field checked; then the next step, or the lookup the form is for. */
export function formNext(state: FlowState, env: FlowEnv): Step {
  const service = serviceOf(state, env);
  if (!service) return stay(state);
  const errors = checkForm(service, state.values);
  if (Object.keys(errors).length > 0) return next({ ...state, errors, notice: { tone: 'error', key: 'flow.error.fixFields' } });
  const checked = { ...state, errors: {} };
  if (service.completion === 'lookup') return lookupBill(checked, service, env);
  if (service.completion === 'status') return lookupStatus(checked, service);
  return nextStep(checked, env);
}

/** Next on the slot screen: place, day and time must all be chosen. */
export function slotNext(state: FlowState, env: FlowEnv): Step {
  const errors: Record<string, FieldErrorCode> = {};
  if (!state.slot.locationId) errors[SLOT_FIELDS.location] = 'required';
  if (!state.slot.date) errors[SLOT_FIELDS.date] = 'required';
  if (!state.slot.time) errors[SLOT_FIELDS.time] = 'required';
  if (Object.keys(errors).length > 0) return next({ ...state, errors, notice: { tone: 'error', key: 'flow.error.chooseSlot' } });
  return nextStep({ ...state, errors: {} }, env);
}
