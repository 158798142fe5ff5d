import type { CreateComplaintBody, StatusResponse } from '../shared/api/schemas';
import type { Catalogue, KioskId, ServiceDef } from '../shared/catalogue/types';
import type { Innovation } from '../shared/catalogue/parseInnovations';
import { normalizeTrackingCode } from '../shared/trackingCode';
import { normalizeFieldValue } from '../shared/validation/normalizeFieldValue';
import type { FieldErrorCode } from '../shared/validation/types';
import { validateField } from '../shared/validation/validateField';
import { buildView } from './buildView';
import { classifyError } from './classifyError';
import { checkForm, cleanValues, complaintBody, isFieldErrorCode } from './formRules';
import { initialFlowState, type FlowState, type ReceiptState, type SubmissionState } from './flowState';
import type { FlowText, ViewModel } from './flowTypes';
import { newIdempotencyKey } from './idempotencyKey';
import type { ServicePort } from './servicePort';
import { serviceSteps } from './serviceSteps';
import { SURVEY_ANSWER_FIELDS, SURVEY_SUGGESTION_FIELD, SURVEY_SUGGESTION_MAX } from './surveyQuestions';
import type { OfficeHours } from './workingDays';

/** Reserved field names of the appointment slot screen. */
export const SLOT_FIELDS = { location: 'slotLocation', date: 'slotDate', time: 'slotTime' } as const;

/** How many working days ahead the slot screen offers. */
const SLOT_DAYS = 10;

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
  /** Origin for status links in QR codes, e.g. location.origin; '' gives a relative `/?status=<code>`. */
  statusOrigin?: string;
  /** Clock, for appointment days and "expected by" dates. */
  now?: () => Date;
  /** When officers work (WITA, Mon–Fri); outside, the services screen says requests queue. Default 08:00–16:00. */
  officeHours?: OfficeHours;
  /** Idempotency key source; a random UUID by default. */
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
  /** Discards everything typed and returns to the services list (also used by the idle timeout). */
  cancel(): void;
  /** Opens the status service with a code filled in and looks it up (for `?status=<code>` links). */
  openStatus(trackingCode: string): Promise<void>;
  /** Re-emits the view, e.g. after the language changed. */
  refresh(): void;
  /** Resolves when background work (slot loading) has finished; for tests and the automation handle. */
  settled(): Promise<void>;
  /** True while anything one citizen entered is held (the idle timeout resets only then). */
  hasPersonalData(): boolean;
}

/** Creates the flow of one kiosk. Plain TypeScript: no Babylon, no DOM. */
export function createKioskFlow(options: KioskFlowOptions): KioskFlow {
  const { catalogue, port, text, kioskId } = options;
  const now = options.now ?? (() => new Date());
  const newKey = options.newKey ?? (() => newIdempotencyKey());
  const services = catalogue.services.filter((s) => s.kiosk === kioskId);
  const listeners = new Set<(view: ViewModel) => void>();
  let state: FlowState = initialFlowState();
  /** Bumped on every cancel; async results of an older generation are dropped (they belong to someone else). */
  let generation = 0;
  let background: Promise<void> = Promise.resolve();

  const service = (): ServiceDef | null => services.find((s) => s.id === state.serviceId) ?? null;
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
  const update = (patch: Partial<FlowState>) => {
    state = { ...state, ...patch };
    emit();
  };

  const cancel = () => {
    generation += 1;
    state = initialFlowState();
    emit();
  };

  const goTo = (screen: FlowState['screen']) => update({ screen, notice: null });

  const selectService = (id: string) => {
    const s = services.find((x) => x.id === id);
    if (!s) throw new RangeError(`kiosk ${kioskId} has no service ${id}`);
    generation += 1;
    state = { ...initialFlowState(), serviceId: s.id, screen: serviceSteps(s)[0] };
    emit();
  };

  const nextStep = () => {
    const s = service();
    if (!s) return;
    const steps = serviceSteps(s);
    const i = steps.indexOf(state.screen);
    if (i >= 0 && i < steps.length - 1) goTo(steps[i + 1]);
  };

  const back = () => {
    if (state.busy) return;
    const s = service();
    switch (state.screen) {
      case 'services':
        return;
      case 'result':
      case 'thanks':
      case 'info':
        return cancel();
      case 'survey':
        return goTo('result');
      case 'lookupResult':
      case 'statusResult':
        return update({ screen: 'form', bill: null, status: null, notice: null });
      default: {
        const steps = s ? serviceSteps(s) : [];
        const i = steps.indexOf(state.screen);
        if (i <= 0) return cancel();
        goTo(steps[i - 1]);
      }
    }
  };

  /** Reuses the pending submission when the body is unchanged (a retry), else starts a new one with a new key. */
  const submissionFor = (pending: SubmissionState | null, body: Record<string, unknown>): SubmissionState => {
    const { locale: _locale, ...stable } = body;
    const fingerprint = JSON.stringify(stable);
    if (pending && pending.fingerprint === fingerprint) return pending;
    return { key: newKey(), body, fingerprint };
  };

  const afterApiRefusal = (s: ServiceDef, failure: { code: string; field: string | null; message: string }) => {
    const fieldName = failure.field?.replace(/^values\./, '') ?? '';
    const knownField = s.fields.find((f) => f.name === fieldName) ??
      (s.completion === 'complaint' && failure.field?.startsWith('contact') ? s.fields.find((f) => f.name === 'contactName') : undefined);
    if (failure.code === 'slot_full' || failure.code === 'slot_invalid' || failure.code === 'date_out_of_range') {
      state = { ...state, busy: false, submission: null, screen: 'slot', slot: { ...state.slot, time: '' } };
      update({ notice: { tone: 'error', key: failure.code === 'slot_full' ? 'flow.error.slotFull' : 'flow.error.slotInvalid' } });
      startSlotLoad();
      return;
    }
    if (knownField) {
      const code: FieldErrorCode = isFieldErrorCode(failure.code) ? failure.code : 'invalid_type';
      update({
        busy: false,
        submission: null,
        screen: 'form',
        errors: { ...state.errors, [knownField.name]: code },
        notice: { tone: 'error', key: 'flow.error.checkField' },
      });
      return;
    }
    update({ busy: false, submission: null, notice: { tone: 'error', key: 'flow.error.rejected', params: { message: failure.message } } });
  };

  const submit = async () => {
    const s = service();
    if (!s || state.screen !== 'review' || state.busy) return;
    const values = cleanValues(s, state.values);
    let body: Record<string, unknown>;
    if (s.completion === 'complaint') body = complaintBody(values, text.locale) as unknown as Record<string, unknown>;
    else if (s.completion === 'appointment') {
      body = { serviceId: s.id, locationId: state.slot.locationId, date: state.slot.date, time: state.slot.time, values, locale: text.locale, consent: true };
    } else body = { serviceId: s.id, values, locale: text.locale, consent: true };
    const submission = submissionFor(state.submission, body);
    update({ busy: true, submission, notice: null });
    const mine = generation;
    try {
      let receipt: ReceiptState;
      if (s.completion === 'complaint') {
        const r = await port.submitComplaint(submission.body as CreateComplaintBody, submission.key);
        receipt = { kind: 'complaint', trackingCode: r.trackingCode };
      } else if (s.completion === 'appointment') {
        const r = await port.bookAppointment(submission.body as Parameters<ServicePort['bookAppointment']>[0], submission.key);
        receipt = {
          kind: 'appointment',
          trackingCode: r.trackingCode,
          ...(r.queueNumber ? { queueNumber: r.queueNumber } : {}),
          appointment: { locationId: r.locationId, date: r.date, time: r.time },
        };
      } else {
        const r = await port.submitRequest(submission.body as Parameters<ServicePort['submitRequest']>[0], submission.key);
        receipt = { kind: 'request', trackingCode: r.trackingCode, queueNumber: r.queueNumber };
      }
      if (mine !== generation) return;
      update({ busy: false, submission: null, receipt, screen: 'result', notice: null });
    } catch (error) {
      if (mine !== generation) return;
      const failure = classifyError(error);
      if (failure.kind === 'network') {
        update({ busy: false, notice: { tone: 'error', key: 'flow.error.network' } });
      } else if (failure.kind === 'api' && failure.status < 500 && failure.status !== 429 && failure.code !== 'idempotency_in_progress') {
        afterApiRefusal(s, failure);
      } else {
        // 5xx, rate limit or a concurrent retry still running: the same key is safe to send again.
        update({ busy: false, notice: { tone: 'error', key: 'flow.error.unexpected' } });
      }
    }
  };

  const lookupBill = async (s: ServiceDef) => {
    const nopField = s.fields[0];
    const nop = normalizeFieldValue(nopField, state.values[nopField.name]);
    if (!port.lookupTaxBill) {
      update({ screen: 'lookupResult', bill: null, notice: { tone: 'info', key: 'lookup.unavailable' } });
      return;
    }
    update({ busy: true, notice: null });
    const mine = generation;
    try {
      const bill = await port.lookupTaxBill(nop);
      if (mine !== generation) return;
      if (bill) update({ busy: false, bill, screen: 'lookupResult' });
      else update({ busy: false, notice: { tone: 'info', key: 'lookup.notFound' } });
    } catch (error) {
      if (mine !== generation) return;
      const failure = classifyError(error);
      if (failure.kind === 'api' && failure.status === 404) update({ busy: false, notice: { tone: 'info', key: 'lookup.notFound' } });
      else update({ busy: false, notice: { tone: 'error', key: failure.kind === 'network' ? 'flow.error.network' : 'flow.error.unexpected' } });
    }
  };

  const lookupStatus = async (s: ServiceDef) => {
    const code = normalizeTrackingCode(state.values[s.fields[0].name] ?? '') ?? '';
    update({ busy: true, notice: null, values: { ...state.values, [s.fields[0].name]: code } });
    const mine = generation;
    try {
      const status: StatusResponse | null = await port.getStatus(code);
      if (mine !== generation) return;
      if (status) update({ busy: false, status, screen: 'statusResult' });
      else update({ busy: false, notice: { tone: 'info', key: 'status.notFound' } });
    } catch (error) {
      if (mine !== generation) return;
      const failure = classifyError(error);
      if (failure.kind === 'api' && failure.status === 404) update({ busy: false, notice: { tone: 'info', key: 'status.notFound' } });
      else if (failure.kind === 'api' && failure.status === 400) {
        update({ busy: false, errors: { [s.fields[0].name]: 'tracking_code_format' } });
      } else update({ busy: false, notice: { tone: 'error', key: failure.kind === 'network' ? 'flow.error.network' : 'flow.error.unexpected' } });
    }
  };

  const formNext = async () => {
    const s = service();
    if (!s || state.busy) return;
    const errors = checkForm(s, state.values);
    if (Object.keys(errors).length > 0) {
      update({ errors, notice: { tone: 'error', key: 'flow.error.fixFields' } });
      return;
    }
    state = { ...state, errors: {} };
    if (s.completion === 'lookup') return lookupBill(s);
    if (s.completion === 'status') return lookupStatus(s);
    nextStep();
  };

  const startSlotLoad = () => {
    const { locationId, date } = state.slot;
    if (!locationId || !date) return;
    const mine = generation;
    update({ slot: { ...state.slot, slots: null, loading: true, loadFailed: false } });
    const work = (async () => {
      try {
        const slots = await port.getSlots(locationId, date);
        if (mine !== generation || state.slot.locationId !== locationId || state.slot.date !== date) return;
        update({ slot: { ...state.slot, slots, loading: false } });
      } catch (error) {
        if (mine !== generation || state.slot.locationId !== locationId || state.slot.date !== date) return;
        const failure = classifyError(error);
        update({
          slot: { ...state.slot, loading: false, loadFailed: true },
          notice: { tone: 'error', key: failure.kind === 'network' ? 'flow.error.network' : 'flow.error.unexpected' },
        });
      }
    })();
    background = background.then(() => work);
  };

  const slotNext = () => {
    const errors: Record<string, FieldErrorCode> = {};
    if (!state.slot.locationId) errors[SLOT_FIELDS.location] = 'required';
    if (!state.slot.date) errors[SLOT_FIELDS.date] = 'required';
    if (!state.slot.time) errors[SLOT_FIELDS.time] = 'required';
    if (Object.keys(errors).length > 0) {
      update({ errors, notice: { tone: 'error', key: 'flow.error.chooseSlot' } });
      return;
    }
    state = { ...state, errors: {} };
    nextStep();
  };

  const submitSurvey = async () => {
    if (state.screen !== 'survey' || state.busy) return;
    const errors: Record<string, FieldErrorCode> = {};
    for (const name of SURVEY_ANSWER_FIELDS) if (!state.surveyValues[name]) errors[name] = 'required';
    const suggestion = (state.surveyValues[SURVEY_SUGGESTION_FIELD] ?? '').trim();
    if (suggestion.length > SURVEY_SUGGESTION_MAX) errors[SURVEY_SUGGESTION_FIELD] = 'too_long';
    if (Object.keys(errors).length > 0) {
      update({ surveyErrors: errors, notice: { tone: 'error', key: 'survey.error.incomplete' } });
      return;
    }
    const body: Record<string, unknown> = {
      ...(state.receipt ? { trackingCode: state.receipt.trackingCode } : {}),
      answers: SURVEY_ANSWER_FIELDS.map((name) => Number(state.surveyValues[name])),
      ...(suggestion ? { suggestion } : {}),
    };
    const submission = submissionFor(state.surveySubmission, body);
    update({ busy: true, surveySubmission: submission, surveyErrors: {}, notice: null });
    const mine = generation;
    try {
      await port.submitSurvey(submission.body as Parameters<ServicePort['submitSurvey']>[0], submission.key);
      if (mine !== generation) return;
      update({ busy: false, surveySubmission: null, screen: 'thanks' });
    } catch (error) {
      if (mine !== generation) return;
      const failure = classifyError(error);
      if (failure.kind === 'api' && failure.code === 'survey_exists') update({ busy: false, surveySubmission: null, screen: 'thanks' });
      else if (failure.kind === 'network') update({ busy: false, notice: { tone: 'error', key: 'flow.error.network' } });
      else if (failure.kind === 'api' && failure.status < 500) {
        update({ busy: false, surveySubmission: null, notice: { tone: 'error', key: 'flow.error.rejected', params: { message: failure.message } } });
      } else update({ busy: false, notice: { tone: 'error', key: 'flow.error.unexpected' } });
    }
  };

  const act = async (actionId: string): Promise<void> => {
    if (actionId === 'cancel') return cancel();
    const available = view().actions.find((a) => a.id === actionId);
    if (!available || !available.enabled) return;
    if (actionId.startsWith('service:')) return selectService(actionId.slice('service:'.length));
    switch (actionId) {
      case 'back':
        return back();
      case 'done':
        return cancel();
      case 'next':
        if (state.screen === 'form') return formNext();
        if (state.screen === 'slot') return slotNext();
        return nextStep();
      case 'accept':
        return nextStep();
      case 'lookup':
      case 'check':
        return formNext();
      case 'edit':
        return goTo('form');
      case 'submit':
        return submit();
      case 'reloadSlots':
        return startSlotLoad();
      case 'survey':
        return goTo('survey');
      case 'skipSurvey':
        return cancel();
      case 'sendSurvey':
        return submitSurvey();
      case 'again':
        return update({ screen: 'form', values: {}, errors: {}, bill: null, status: null, notice: null });
      default:
        throw new RangeError(`unhandled action ${actionId}`);
    }
  };

  const setValue = (name: string, value: string) => {
    if (state.busy) return;
    if (state.screen === 'survey') {
      if (![...SURVEY_ANSWER_FIELDS, SURVEY_SUGGESTION_FIELD].includes(name)) throw new RangeError(`no survey field ${name}`);
      const { [name]: _cleared, ...surveyErrors } = state.surveyErrors;
      update({ surveyValues: { ...state.surveyValues, [name]: value }, surveyErrors });
      return;
    }
    const { [name]: _cleared, ...errors } = state.errors;
    if (state.screen === 'slot') {
      const slot = { ...state.slot };
      if (name === SLOT_FIELDS.location) Object.assign(slot, { locationId: value, time: '' });
      else if (name === SLOT_FIELDS.date) Object.assign(slot, { date: value, time: '' });
      else if (name === SLOT_FIELDS.time) slot.time = value;
      else throw new RangeError(`no slot field ${name}`);
      update({ slot, errors });
      if (name !== SLOT_FIELDS.time) startSlotLoad();
      return;
    }
    const s = service();
    if (!s || !s.fields.some((f) => f.name === name)) throw new RangeError(`no field ${name} on this screen`);
    update({ values: { ...state.values, [name]: value }, errors });
  };

  const blurField = (name: string) => {
    const s = service();
    const field = s?.fields.find((f) => f.name === name);
    if (!field || state.screen !== 'form') return;
    const raw = state.values[name];
    if (raw === undefined || raw.trim() === '') return; // an untouched empty field is not an error yet
    const error = validateField(field, raw);
    const { [name]: _cleared, ...errors } = state.errors;
    update({ errors: error ? { ...errors, [name]: error.code } : errors });
  };

  const openStatus = async (code: string) => {
    const statusService = services.find((s) => s.completion === 'status');
    if (!statusService) throw new RangeError(`kiosk ${kioskId} has no status service`);
    selectService(statusService.id);
    setValue(statusService.fields[0].name, code);
    await formNext();
  };

  return {
    view,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    act,
    setValue,
    blurField,
    back,
    cancel,
    openStatus,
    refresh: emit,
    settled: async () => {
      let seen: Promise<void> | null = null;
      while (seen !== background) {
        seen = background;
        await seen;
      }
    },
    hasPersonalData: () => state.serviceId !== null,
  };
}

