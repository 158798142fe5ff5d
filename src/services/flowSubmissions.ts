import type { SurveyPost } from './servicePort';
import type { Locale, ServiceDef } from '../shared/catalogue/types';
import type { FieldErrorCode } from '../shared/validation/types';
import { next, stay, type FlowEnv, type PostBody, type Step } from './flowActions';
import type { FlowState, SubmissionState } from './flowState';
import { serviceOf } from './flowSteps';
import { cleanValues, complaintBody } from './formRules';
import { SURVEY_ANSWER_FIELDS, SURVEY_SUGGESTION_FIELD, SURVEY_SUGGESTION_MAX } from './surveyQuestions';

/**
 * Reuses the pending submission when the body is unchanged (a retry, also after a language switch),
 * else starts a new series with the fresh key.
 */
export function submissionFor(pending: SubmissionState | null, draft: PostBody, freshKey: string): SubmissionState {
  // The locale is volatile: a retry in the other language is still the same submission.
  const fingerprint = JSON.stringify({ kind: draft.kind, body: { ...draft.body, locale: undefined } });
  if (pending && pending.fingerprint === fingerprint) return pending;
  return { post: { ...draft, key: freshKey }, fingerprint };
}

/** The POST a finished review files, by the service's completion kind. */
export function reviewPost(service: ServiceDef, state: FlowState, locale: Locale): PostBody {
  const values = cleanValues(service, state.values);
  if (service.completion === 'complaint') return { kind: 'complaint', body: complaintBody(values, locale) };
  if (service.completion === 'consultation') {
    const phone = values.phone ? { phone: values.phone } : {};
    return { kind: 'consultation', body: { unit: service.kiosk, message: values.message ?? '', ...phone, locale, consent: true } };
  }
  if (service.completion === 'appointment') {
    const { locationId, date, time } = state.slot;
    return { kind: 'appointment', body: { serviceId: service.id, locationId, date, time, values, locale, consent: true } };
  }
  return { kind: 'request', body: { serviceId: service.id, values, locale, consent: true } };
}

/** Submit on the review screen: busy until the port answers; every action but Cancel waits. */
export function submit(state: FlowState, env: FlowEnv): Step {
  const service = serviceOf(state, env);
  if (!service) return stay(state);
  const submission = submissionFor(state.submission, reviewPost(service, state, env.locale), env.freshKey);
  return next({ ...state, busy: true, submission, notice: null }, submission.post);
}

/** The survey as answered, or the errors that keep it from being sent (every answer needed, suggestion not too long). */
function surveyBody(state: FlowState): { body: SurveyPost } | { errors: Record<string, FieldErrorCode> } {
  const errors: Record<string, FieldErrorCode> = {};
  for (const name of SURVEY_ANSWER_FIELDS) if (!state.surveyValues[name]) errors[name] = 'required';
  const suggestion = (state.surveyValues[SURVEY_SUGGESTION_FIELD] ?? '').trim();
  if (suggestion.length > SURVEY_SUGGESTION_MAX) errors[SURVEY_SUGGESTION_FIELD] = 'too_long';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      ...(state.receipt ? { trackingCode: state.receipt.trackingCode } : {}),
      answers: SURVEY_ANSWER_FIELDS.map((name) => Number(state.surveyValues[name])),
      ...(suggestion ? { suggestion } : {}),
    },
  };
}

/** Send on the survey screen: unanswered questions are marked instead of sending half a survey. */
export function sendSurvey(state: FlowState, env: FlowEnv): Step {
  const checked = surveyBody(state);
  if ('errors' in checked) return next({ ...state, surveyErrors: checked.errors, notice: { tone: 'error', key: 'survey.error.incomplete' } });
  const submission = submissionFor(state.surveySubmission, { kind: 'survey', body: checked.body }, env.freshKey);
  return next({ ...state, busy: true, surveySubmission: submission, surveyErrors: {}, notice: null }, submission.post);
}
