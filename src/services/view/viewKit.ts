import type { Catalogue, FieldDef, KioskId, Localized, ServiceDef } from '../../shared/catalogue/types';
import type { Innovation } from '../../shared/catalogue/parseInnovations';
import type { FieldErrorCode } from '../../shared/validation/types';
import type { FlowState } from '../flowState';
import type { ActionRole, FieldInput, FlowText, ViewAction, ViewBlock, ViewField } from '../flowTypes';
import type { OfficeHours } from '../workingDays';

/** What the view builders need besides the state. */
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
  officeHours: OfficeHours;
}

/** The part of a view one screen builder decides; buildView fills in the rest. */
export interface ScreenParts {
  titleKey?: string;
  subtitle?: string | null;
  sayKey?: string;
  sayParams?: Record<string, string | number>;
  blocks?: ViewBlock[];
  fields?: ViewField[];
  actions: ViewAction[];
}

/** Builds one screen's parts from the kit. */
export type ScreenBuilder = (kit: ViewKit) => ScreenParts;

/** Shared translation and formatting helpers of one view build, so screen builders stay short. */
export interface ViewKit {
  state: FlowState;
  ctx: ViewContext;
  /** The chosen service; screen builders after the services list may rely on it. */
  service: ServiceDef;
  t: FlowText['t'];
  loc(text: Localized): string;
  errorOf(code: FieldErrorCode | undefined): ViewField['error'];
  action(id: string, labelKey: string, role: ActionRole): ViewAction;
  /** Back and Cancel, offered on every screen but the list; Cancel stays enabled while busy. */
  backAndCancel(): ViewAction[];
  fee(service: ServiceDef): string;
  duration(service: ServiceDef): string;
  displayValue(field: FieldDef, value: string | undefined): string;
  formField(field: FieldDef): ViewField;
  locationName(id: string): string;
  /** "Monday, 30 November 2026, at 09:00 WITA, MPP" for an appointment. */
  appointmentText(a: { locationId: string; date: string; time: string }): string;
}

/** How each field type is entered in VR. */
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

/** Creates the helpers for one view build. */
export function createViewKit(state: FlowState, ctx: ViewContext): ViewKit {
  const { text } = ctx;
  const t = text.t;
  const loc = (l: Localized): string => l[text.locale];
  const errorOf = (code: FieldErrorCode | undefined) => (code ? { code, message: t(`validation.${code}`) } : null);
  const action = (id: string, labelKey: string, role: ActionRole): ViewAction => ({
    id,
    label: t(labelKey),
    labelKey,
    role,
    enabled: !state.busy,
  });
  const locationName = (id: string) => {
    const l = ctx.catalogue.appointmentLocations.find((x) => x.id === id);
    return l ? loc(l.name) : id;
  };
  return {
    state,
    ctx,
    service: ctx.services.find((s) => s.id === state.serviceId) as ServiceDef,
    t,
    loc,
    errorOf,
    action,
    backAndCancel: () => [action('back', 'flow.action.back', 'back'), { ...action('cancel', 'flow.action.cancel', 'cancel'), enabled: true }],
    fee: (s) => (s.feeRupiah === 0 ? t('flow.fee.free') : text.formatCurrency(s.feeRupiah)),
    duration: (s) => (s.durationDays === 0 ? t('flow.duration.sameDay') : t('flow.duration.days', { count: s.durationDays })),
    displayValue: (field, value) => {
      if (!value) return t('flow.review.empty');
      if (field.type === 'choice') {
        const option = field.options?.find((o) => o.value === value);
        return option ? loc(option.label) : value;
      }
      if (field.type === 'date') return text.formatDate(value, 'long');
      return value;
    },
    formField: (field) => ({
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
    }),
    locationName,
    appointmentText: (a) =>
      t('flow.result.appointmentValue', { date: text.formatDate(a.date, 'weekday'), time: a.time, location: locationName(a.locationId) }),
  };
}
