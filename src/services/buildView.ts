import type { Catalogue, FieldDef, KioskId, Localized, ServiceDef } from '../shared/catalogue/types';
import type { Innovation } from '../shared/catalogue/parseInnovations';
import type { FieldErrorCode } from '../shared/validation/types';
import type { FlowState } from './flowState';
import type { ActionRole, FieldInput, FlowText, ScreenId, ViewAction, ViewBlock, ViewField, ViewModel } from './flowTypes';
import { serviceSteps } from './serviceSteps';
import { statusUrl } from './statusUrl';
import { SURVEY_ANSWER_FIELDS, SURVEY_COST_FIELD, SURVEY_SUGGESTION_FIELD, SURVEY_SUGGESTION_MAX } from './surveyQuestions';
import { addWorkingDays, nextWorkingDays } from './workingDays';

/** What buildView needs besides the state. */
export interface ViewContext {
  kioskId: KioskId;
  services: ServiceDef[];
  catalogue: Catalogue;
  text: FlowText;
  now: Date;
  innovations: Innovation[];
  innovationsDisclaimer?: Localized;
  statusOrigin: string;
  slotDays: number;
}

const INPUTS: Readonly<Record<FieldDef['type'], FieldInput>> = {
  text: 'keyboard',
  longtext: 'multiline',
  nik: 'keypad',
  kk: 'keypad',
  nop: 'keypad',
  phone: 'keypad',
  number: 'keypad',
  date: 'date',
  choice: 'choice',
};

/** Turns the flow state into the render-neutral view of the current screen, in the current language. */
export function buildView(state: FlowState, ctx: ViewContext): ViewModel {
  const { text } = ctx;
  const t = text.t;
  const loc = (l: Localized): string => l[text.locale];
  const service = ctx.services.find((s) => s.id === state.serviceId) ?? null;
  const errorOf = (code: FieldErrorCode | undefined) => (code ? { code, message: t(`validation.${code}`) } : null);
  const action = (id: string, labelKey: string, role: ActionRole, params?: Record<string, string | number>): ViewAction => ({
    id,
    label: t(labelKey, params),
    labelKey,
    role,
    enabled: !state.busy,
  });
  const back = () => action('back', 'flow.action.back', 'back');
  const cancel = (): ViewAction => ({ ...action('cancel', 'flow.action.cancel', 'cancel'), enabled: true });
  const fee = (s: ServiceDef) => (s.feeRupiah === 0 ? t('flow.fee.free') : text.formatCurrency(s.feeRupiah));
  const duration = (s: ServiceDef) => (s.durationDays === 0 ? t('flow.duration.sameDay') : t('flow.duration.days', { count: s.durationDays }));
  const displayValue = (field: FieldDef, value: string | undefined): string => {
    if (!value) return t('flow.review.empty');
    if (field.type === 'choice') {
      const option = field.options?.find((o) => o.value === value);
      return option ? loc(option.label) : value;
    }
    if (field.type === 'date') return text.formatDate(value, 'long');
    return value;
  };
  const formField = (field: FieldDef): ViewField => ({
    name: field.name,
    type: field.type,
    input: INPUTS[field.type],
    label: loc(field.label),
    ...(field.hint ? { hint: loc(field.hint) } : {}),
    required: field.required,
    ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
    value: state.values[field.name] ?? '',
    error: errorOf(state.errors[field.name]),
    ...(field.options ? { options: field.options.map((o) => ({ value: o.value, label: loc(o.label), enabled: true })) } : {}),
  });
  const location = (id: string) => ctx.catalogue.appointmentLocations.find((l) => l.id === id);

  const steps = service ? serviceSteps(service) : [];
  const stepIndex = steps.indexOf(state.screen);
  const hasOutcome = service !== null && service.completion !== 'information';
  const step =
    stepIndex >= 0 && hasOutcome
      ? { index: stepIndex + 1, count: steps.length + 1 }
      : ['result', 'lookupResult', 'statusResult'].includes(state.screen) && service
        ? { index: steps.length + 1, count: steps.length + 1 }
        : null;

  let titleKey = `flow.${state.screen}.title`;
  let subtitle: string | null = service ? loc(service.name) : null;
  let sayKey = `avatar.${state.screen}`;
  let sayParams: Record<string, string | number> = service ? { service: loc(service.name) } : {};
  let blocks: ViewBlock[] = [];
  let fields: ViewField[] = [];
  let actions: ViewAction[] = [];

  switch (state.screen as ScreenId) {
    case 'services':
      titleKey = `kiosk.${ctx.kioskId}.title`;
      subtitle = t(`kiosk.${ctx.kioskId}.subtitle`);
      sayKey = 'avatar.greeting';
      sayParams = { kiosk: t(`kiosk.${ctx.kioskId}.title`) };
      actions = ctx.services.map((s) => ({
        id: `service:${s.id}`,
        label: loc(s.name),
        labelKey: 'flow.action.chooseService',
        role: 'choice' as const,
        enabled: true,
        description: loc(s.description),
      }));
      if (ctx.services.length === 0) blocks = [{ kind: 'text', text: t('flow.services.empty') }];
      break;
    case 'requirements': {
      const s = service!;
      blocks = [{ kind: 'text', text: loc(s.description) }];
      if (s.inPersonReason) blocks.push({ kind: 'text', text: loc(s.inPersonReason) });
      blocks.push({
        kind: 'list',
        title: t('flow.requirements.listTitle'),
        items: s.requirements.length > 0 ? s.requirements.map(loc) : [t('flow.requirements.none')],
      });
      blocks.push({
        kind: 'facts',
        rows: [
          { label: t('flow.fee.label'), value: fee(s) },
          { label: t('flow.duration.label'), value: duration(s) },
        ],
      });
      if (s.completion === 'appointment') sayKey = 'avatar.inPerson';
      actions = [action('next', s.completion === 'appointment' ? 'flow.action.bookVisit' : 'flow.action.start', 'primary'), back(), cancel()];
      break;
    }
    case 'consent': {
      const s = service!;
      blocks = [
        { kind: 'text', text: t('flow.consent.purpose', { service: loc(s.name) }) },
        { kind: 'list', title: t('flow.consent.dataTitle'), items: s.fields.map((f) => loc(f.label)) },
        { kind: 'text', text: t('flow.consent.retention') },
        { kind: 'text', text: t('flow.consent.rights') },
      ];
      if (s.completion === 'complaint') blocks.splice(2, 0, { kind: 'text', text: t('flow.consent.anonymous') });
      actions = [action('accept', 'flow.action.accept', 'primary'), back(), cancel()];
      break;
    }
    case 'form': {
      const s = service!;
      fields = s.fields.map(formField);
      if (s.completion === 'complaint' && state.values.anonymous === 'yes') {
        fields = fields.filter((f) => f.name !== 'contactName' && f.name !== 'contactPhone');
      }
      const hasErrors = Object.keys(state.errors).length > 0;
      if (s.completion === 'lookup') {
        titleKey = 'flow.lookup.title';
        sayKey = 'avatar.lookup';
        actions = [action('lookup', 'flow.action.lookup', 'primary'), back(), cancel()];
      } else if (s.completion === 'status') {
        titleKey = 'flow.status.title';
        sayKey = 'avatar.status';
        actions = [action('check', 'flow.action.check', 'primary'), back(), cancel()];
      } else {
        actions = [action('next', 'flow.action.next', 'primary'), back(), cancel()];
      }
      if (hasErrors) sayKey = 'avatar.fixErrors';
      break;
    }
    case 'slot': {
      const days = nextWorkingDays(ctx.now, ctx.slotDays);
      const slotOptions = (state.slot.slots ?? []).map((slot) => ({
        value: slot.time,
        label: t('flow.slot.timeOption', { time: slot.time, count: slot.free }),
        enabled: slot.free > 0,
      }));
      fields = [
        {
          name: 'slotLocation',
          type: 'choice',
          input: 'choice',
          label: t('flow.slot.location'),
          required: true,
          value: state.slot.locationId,
          error: errorOf(state.errors.slotLocation),
          options: ctx.catalogue.appointmentLocations.map((l) => ({ value: l.id, label: loc(l.name), enabled: true })),
        },
        {
          name: 'slotDate',
          type: 'choice',
          input: 'choice',
          label: t('flow.slot.date'),
          required: true,
          value: state.slot.date,
          error: errorOf(state.errors.slotDate),
          options: days.map((d) => ({ value: d, label: text.formatDate(d, 'weekday'), enabled: true })),
        },
        {
          name: 'slotTime',
          type: 'choice',
          input: 'choice',
          label: t('flow.slot.time'),
          ...(state.slot.loading ? { hint: t('flow.slot.loading') } : {}),
          ...(!state.slot.loading && state.slot.slots && !slotOptions.some((o) => o.enabled) ? { hint: t('flow.slot.full') } : {}),
          ...(!state.slot.locationId || !state.slot.date ? { hint: t('flow.slot.chooseFirst') } : {}),
          required: true,
          value: state.slot.time,
          error: errorOf(state.errors.slotTime),
          options: slotOptions,
        },
      ];
      actions = [action('next', 'flow.action.next', 'primary'), back(), cancel()];
      if (state.slot.loadFailed) actions.splice(1, 0, action('reloadSlots', 'flow.action.reloadSlots', 'secondary'));
      break;
    }
    case 'review': {
      const s = service!;
      const visible = s.fields.filter(
        (f) => !(s.completion === 'complaint' && state.values.anonymous === 'yes' && (f.name === 'contactName' || f.name === 'contactPhone')),
      );
      const rows = visible.map((f) => ({ label: loc(f.label), value: displayValue(f, state.values[f.name]) }));
      if (s.completion === 'appointment') {
        const l = location(state.slot.locationId);
        rows.push(
          { label: t('flow.slot.location'), value: l ? loc(l.name) : state.slot.locationId },
          { label: t('flow.slot.date'), value: state.slot.date ? text.formatDate(state.slot.date, 'weekday') : '' },
          { label: t('flow.slot.time'), value: state.slot.time },
        );
      }
      rows.push({ label: t('flow.fee.label'), value: fee(s) });
      blocks = [{ kind: 'text', text: t('flow.review.intro') }, { kind: 'facts', rows }];
      const failed = state.notice?.key === 'flow.error.network' || state.notice?.key === 'flow.error.unexpected';
      actions = [
        action('submit', failed ? 'flow.action.retry' : 'flow.action.submit', 'primary'),
        action('edit', 'flow.action.edit', 'secondary'),
        back(),
        cancel(),
      ];
      if (state.busy) sayKey = 'avatar.sending';
      else if (state.notice?.key === 'flow.error.network') sayKey = 'avatar.offline';
      else if (state.notice?.tone === 'error') sayKey = 'avatar.problem';
      break;
    }
    case 'result': {
      const s = service!;
      const r = state.receipt!;
      const rows: { label: string; value: string; emphasis?: boolean }[] = [
        { label: t('flow.result.trackingCode'), value: r.trackingCode, emphasis: true },
      ];
      if (r.queueNumber) rows.push({ label: t('flow.result.queueNumber'), value: r.queueNumber, emphasis: true });
      if (r.appointment) {
        const l = location(r.appointment.locationId);
        rows.push({
          label: t('flow.result.appointment'),
          value: t('flow.result.appointmentValue', {
            date: text.formatDate(r.appointment.date, 'weekday'),
            time: r.appointment.time,
            location: l ? loc(l.name) : r.appointment.locationId,
          }),
        });
        if (l) rows.push({ label: t('flow.result.address'), value: l.address });
      } else if (r.kind === 'complaint') {
        rows.push({ label: t('flow.result.when'), value: t('flow.result.complaintWhen') });
      } else {
        rows.push({
          label: t('flow.result.when'),
          value:
            s.durationDays === 0
              ? t('flow.duration.sameDay')
              : t('flow.result.expectedBy', { date: text.formatDate(addWorkingDays(ctx.now, s.durationDays), 'weekday'), count: s.durationDays }),
        });
      }
      blocks = [{ kind: 'facts', rows }];
      if (s.nextSteps) blocks.push({ kind: 'text', text: loc(s.nextSteps) });
      blocks.push({ kind: 'qr', url: statusUrl(r.trackingCode, ctx.statusOrigin), caption: t('flow.result.qrCaption') });
      sayKey = r.kind === 'complaint' ? 'avatar.complaintFiled' : r.kind === 'appointment' ? 'avatar.booked' : 'avatar.result';
      sayParams = { ...sayParams, code: r.trackingCode.split('').join(' ') };
      actions = [action('survey', 'flow.action.survey', 'primary'), action('done', 'flow.action.done', 'secondary'), back(), cancel()];
      break;
    }
    case 'survey': {
      fields = SURVEY_ANSWER_FIELDS.map((name, i) => ({
        name,
        type: 'rating' as const,
        input: 'choice' as const,
        label: t(`survey.element.${i + 1}`),
        required: true,
        value: state.surveyValues[name] ?? '',
        error: errorOf(state.surveyErrors[name]),
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
        error: errorOf(state.surveyErrors[SURVEY_SUGGESTION_FIELD]),
      });
      blocks = [{ kind: 'text', text: t('survey.intro') }];
      actions = [
        action('sendSurvey', state.notice?.key === 'flow.error.network' ? 'flow.action.retry' : 'flow.action.sendSurvey', 'primary'),
        action('skipSurvey', 'flow.action.skipSurvey', 'secondary'),
        back(),
        cancel(),
      ];
      if (state.notice?.key === 'flow.error.network') sayKey = 'avatar.offline';
      break;
    }
    case 'thanks':
      blocks = [{ kind: 'text', text: t('survey.thanks') }];
      actions = [action('done', 'flow.action.done', 'primary'), back(), cancel()];
      break;
    case 'info': {
      const s = service!;
      titleKey = 'flow.info.title';
      blocks = [{ kind: 'text', text: loc(s.description) }];
      for (const paragraph of s.info ?? []) blocks.push({ kind: 'text', text: loc(paragraph) });
      if (s.requirements.length > 0) blocks.push({ kind: 'list', title: t('flow.requirements.listTitle'), items: s.requirements.map(loc) });
      if (s.gallery === 'innovations') {
        blocks.push({
          kind: 'cards',
          cards: ctx.innovations.map((i) => ({
            id: i.id,
            title: i.name,
            tag: i.since ? t('info.gallery.tagSince', { area: loc(i.area), year: i.since }) : loc(i.area),
            body: loc(i.summary),
          })),
          ...(ctx.innovationsDisclaimer ? { footnote: loc(ctx.innovationsDisclaimer) } : {}),
        });
        sayKey = 'avatar.gallery';
      }
      actions = [action('done', 'flow.action.done', 'primary'), back(), cancel()];
      break;
    }
    case 'lookupResult': {
      const s = service!;
      const b = state.bill;
      if (b) {
        blocks = [
          {
            kind: 'facts',
            rows: [
              { label: t('lookup.nop'), value: b.nop },
              ...(b.taxpayer ? [{ label: t('lookup.taxpayer'), value: b.taxpayer }] : []),
              ...(b.objectAddress ? [{ label: t('lookup.objectAddress'), value: b.objectAddress }] : []),
              { label: t('lookup.year'), value: String(b.year) },
              { label: t('lookup.amount'), value: text.formatCurrency(b.amountRupiah), emphasis: true },
              { label: t('lookup.dueDate'), value: text.formatDate(b.dueDate, 'long') },
              { label: t('lookup.paidLabel'), value: t(b.paid ? 'lookup.paid' : 'lookup.unpaid') },
            ],
          },
        ];
      }
      if (s.nextSteps) blocks.push({ kind: 'text', text: loc(s.nextSteps) });
      sayKey = b ? 'avatar.lookupResult' : 'avatar.lookupUnavailable';
      actions = [action('again', 'flow.action.again', 'secondary'), action('done', 'flow.action.done', 'primary'), back(), cancel()];
      break;
    }
    case 'statusResult': {
      const st = state.status!;
      const named = ctx.catalogue.services.find((x) => x.id === st.serviceId);
      const rows: { label: string; value: string; emphasis?: boolean }[] = [
        { label: t('flow.result.trackingCode'), value: st.trackingCode },
        { label: t('status.service'), value: named ? loc(named.name) : t(`status.kind.${st.kind}`) },
        { label: t('status.current'), value: t(`status.value.${st.status}`), emphasis: true },
      ];
      if (st.queueNumber) rows.push({ label: t('flow.result.queueNumber'), value: st.queueNumber });
      if (st.appointment) {
        const l = location(st.appointment.locationId);
        rows.push({
          label: t('flow.result.appointment'),
          value: t('flow.result.appointmentValue', {
            date: text.formatDate(st.appointment.date, 'weekday'),
            time: st.appointment.time,
            location: l ? loc(l.name) : st.appointment.locationId,
          }),
        });
      }
      blocks = [
        { kind: 'facts', rows },
        {
          kind: 'timeline',
          title: t('status.timeline'),
          entries: st.timeline.map((e) => ({
            status: e.status,
            label: t(`status.value.${e.status}`),
            ...(e.note ? { note: e.note } : {}),
            at: text.formatDate(e.at, 'dateTime'),
          })),
        },
      ];
      if (st.reply) blocks.push({ kind: 'text', text: t('status.reply', { text: st.reply.text, date: text.formatDate(st.reply.at, 'dateTime') }) });
      sayKey = 'avatar.statusResult';
      sayParams = { ...sayParams, status: t(`status.value.${st.status}`) };
      actions = [action('again', 'flow.action.again', 'secondary'), action('done', 'flow.action.done', 'primary'), back(), cancel()];
      break;
    }
  }

  const notice = state.notice ? { tone: state.notice.tone, key: state.notice.key, text: t(state.notice.key, state.notice.params) } : null;
  // A screen-specific error line (offline, fix fields, problem) wins; otherwise the avatar reads out the error notice.
  const specificLine = ['avatar.offline', 'avatar.fixErrors', 'avatar.problem'].includes(sayKey);
  const readNotice = notice !== null && notice.tone === 'error' && !specificLine;
  return {
    kioskId: ctx.kioskId,
    screen: state.screen,
    serviceId: state.serviceId,
    step,
    titleKey,
    title: t(titleKey),
    subtitle,
    say: readNotice ? notice.text : t(sayKey, sayParams),
    sayKey: readNotice ? notice.key : sayKey,
    blocks,
    fields,
    actions,
    busy: state.busy,
    notice,
  };
}
