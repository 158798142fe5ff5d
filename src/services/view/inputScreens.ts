import type { ViewField } from '../flowTypes';
import { SURVEY_ANSWER_FIELDS, SURVEY_COST_FIELD, SURVEY_SUGGESTION_FIELD, SURVEY_SUGGESTION_MAX } from '../surveyQuestions';
import { SLOT_FIELDS } from '../slotFields';
import { nextWorkingDays } from '../workingDays';
import type { ScreenBuilder, ViewKit } from './viewKit';

/** True for the complaint contact fields, hidden when the citizen chose to stay anonymous. */
function hiddenContact({ service, state }: ViewKit, name: string): boolean {
  return service.completion === 'complaint' && state.values.anonymous === 'yes' && (name === 'contactName' || name === 'contactPhone');
}

/** A big-button choice field of the slot or survey screen. */
function choiceField(kit: ViewKit, name: string, label: string, value: string, options: ViewField['options'], hint?: string): ViewField {
  return {
    name,
    type: 'choice',
    input: 'choice',
    label,
    ...(hint ? { hint } : {}),
    required: true,
    value,
    error: kit.errorOf(kit.state.errors[name]),
    options,
  };
}

/** Screens where the citizen enters something: the form, the appointment slot, the review and the survey. */
export const inputScreens = {
  form: (kit) => {
    const { service: s, state, action, backAndCancel } = kit;
    const fields = s.fields.filter((f) => !hiddenContact(kit, f.name)).map(kit.formField);
    const fixing = Object.keys(state.errors).length > 0 ? { sayKey: 'avatar.fixErrors' } : {};
    if (s.completion === 'lookup') {
      return { titleKey: 'flow.lookup.title', sayKey: 'avatar.lookup', ...fixing, fields, actions: [action('lookup', 'flow.action.lookup', 'primary'), ...backAndCancel()] };
    }
    if (s.completion === 'status') {
      return { titleKey: 'flow.status.title', sayKey: 'avatar.status', ...fixing, fields, actions: [action('check', 'flow.action.check', 'primary'), ...backAndCancel()] };
    }
    return { ...fixing, fields, actions: [action('next', 'flow.action.next', 'primary'), ...backAndCancel()] };
  },

  slot: (kit) => {
    const { state, ctx, t, loc, action, backAndCancel } = kit;
    const slot = state.slot;
    const times = (slot.slots ?? []).map((s) => ({
      value: s.time,
      label: t('flow.slot.timeOption', { time: s.time, count: s.free }),
      enabled: s.free > 0,
    }));
    let timeHint: string | undefined;
    if (!slot.locationId || !slot.date) timeHint = t('flow.slot.chooseFirst');
    else if (slot.loading) timeHint = t('flow.slot.loading');
    else if (slot.slots && !times.some((o) => o.enabled)) timeHint = t('flow.slot.full');
    const actions = [action('next', 'flow.action.next', 'primary'), ...backAndCancel()];
    if (slot.loadFailed) actions.splice(1, 0, action('reloadSlots', 'flow.action.reloadSlots', 'secondary'));
    return {
      fields: [
        choiceField(
          kit,
          SLOT_FIELDS.location,
          t('flow.slot.location'),
          slot.locationId,
          ctx.catalogue.appointmentLocations.map((l) => ({ value: l.id, label: loc(l.name), enabled: true })),
        ),
        choiceField(
          kit,
          SLOT_FIELDS.date,
          t('flow.slot.date'),
          slot.date,
          nextWorkingDays(ctx.now, ctx.slotDays).map((d) => ({ value: d, label: ctx.text.formatDate(d, 'weekday'), enabled: true })),
        ),
        choiceField(kit, SLOT_FIELDS.time, t('flow.slot.time'), slot.time, times, timeHint),
      ],
      actions,
    };
  },

  review: (kit) => {
    const { service: s, state, ctx, t, loc, action, backAndCancel } = kit;
    const rows = s.fields
      .filter((f) => !hiddenContact(kit, f.name))
      .map((f) => ({ label: loc(f.label), value: kit.displayValue(f, state.values[f.name]) }));
    if (s.completion === 'appointment') {
      rows.push(
        { label: t('flow.slot.location'), value: kit.locationName(state.slot.locationId) },
        { label: t('flow.slot.date'), value: state.slot.date ? ctx.text.formatDate(state.slot.date, 'weekday') : '' },
        { label: t('flow.slot.time'), value: state.slot.time },
      );
    }
    rows.push({ label: t('flow.fee.label'), value: kit.fee(s) });
    const failedKey = state.notice?.key;
    const canRetry = failedKey === 'flow.error.network' || failedKey === 'flow.error.unexpected';
    let sayKey: string | undefined;
    if (state.busy) sayKey = 'avatar.sending';
    else if (failedKey === 'flow.error.network') sayKey = 'avatar.offline';
    else if (state.notice?.tone === 'error') sayKey = 'avatar.problem';
    return {
      ...(sayKey ? { sayKey } : {}),
      blocks: [
        { kind: 'text', text: t('flow.review.intro') },
        { kind: 'facts', rows },
      ],
      actions: [
        action('submit', canRetry ? 'flow.action.retry' : 'flow.action.submit', 'primary'),
        action('edit', 'flow.action.edit', 'secondary'),
        ...backAndCancel(),
      ],
    };
  },

  survey: (kit) => {
    const { state, t, action, backAndCancel } = kit;
    const offline = state.notice?.key === 'flow.error.network';
    const fields: ViewField[] = SURVEY_ANSWER_FIELDS.map((name, i) => ({
      name,
      type: 'rating' as const,
      input: 'choice' as const,
      label: t(`survey.element.${i + 1}`),
      required: true,
      value: state.surveyValues[name] ?? '',
      error: kit.errorOf(state.surveyErrors[name]),
      options: [1, 2, 3, 4].map((v) => ({
        value: String(v),
        label: t(name === SURVEY_COST_FIELD ? `survey.costScale.${v}` : `survey.scale.${v}`),
        enabled: true,
      })),
    }));
    fields.push({
      name: SURVEY_SUGGESTION_FIELD,
      type: 'longtext',
      input: 'multiline',
      label: t('survey.suggestion'),
      required: false,
      maxLength: SURVEY_SUGGESTION_MAX,
      value: state.surveyValues[SURVEY_SUGGESTION_FIELD] ?? '',
      error: kit.errorOf(state.surveyErrors[SURVEY_SUGGESTION_FIELD]),
    });
    return {
      ...(offline ? { sayKey: 'avatar.offline' } : {}),
      blocks: [{ kind: 'text', text: t('survey.intro') }],
      fields,
      actions: [
        action('sendSurvey', offline ? 'flow.action.retry' : 'flow.action.sendSurvey', 'primary'),
        action('skipSurvey', 'flow.action.skipSurvey', 'secondary'),
        ...backAndCancel(),
      ],
    };
  },
} satisfies Record<string, ScreenBuilder>;
