import type { FieldType, KioskId, Locale } from '../shared/catalogue/types';
import type { FieldErrorCode } from '../shared/validation/types';

/** The screens of a kiosk; which ones a service uses depends on its completion kind (see src/services/README.md). */
export type ScreenId =
  | 'services'
  | 'requirements'
  | 'consent'
  | 'form'
  | 'slot'
  | 'review'
  | 'result'
  | 'survey'
  | 'thanks'
  | 'info'
  | 'lookupResult'
  | 'statusResult';

/** Date styles the flow asks for; I18n from src/i18n provides them. */
export type FlowDateStyle = 'date' | 'long' | 'weekday' | 'dateTime' | 'time';

/**
 * The text functions the flow needs, satisfied by the I18n object of src/i18n (passed in, not imported, so
 * services depend on nothing of ours). View models are built on demand, so a language switch shows at once.
 */
export interface FlowText {
  t(key: string, params?: Record<string, string | number>): string;
  readonly locale: Locale;
  formatDate(value: Date | string | number, style?: FlowDateStyle): string;
  formatCurrency(rupiah: number): string;
}

/** How a field is entered: the VR UI picks the on-panel keyboard, the big numeric keypad, a date picker or buttons. */
export type FieldInput = 'keyboard' | 'multiline' | 'keypad' | 'date' | 'choice';

/** A field as shown: label and value in the current language, with its error message when there is one. */
export interface ViewField {
  name: string;
  type: FieldType | 'rating';
  input: FieldInput;
  label: string;
  hint?: string;
  required: boolean;
  maxLength?: number;
  value: string;
  error: { code: FieldErrorCode; message: string } | null;
  options?: { value: string; label: string; enabled: boolean }[];
}

/** What an action does, so the UI can style it (primary button, back arrow, cancel in red, list item). */
export type ActionRole = 'primary' | 'secondary' | 'choice' | 'back' | 'cancel';

/** A button of the current screen; pass its id to `flow.act(id)`. */
export interface ViewAction {
  id: string;
  label: string;
  labelKey: string;
  role: ActionRole;
  enabled: boolean;
  /** Second line for list items (e.g. a service's description). */
  description?: string;
  /** The kiosk's most common choice: shown first and largest. */
  featured?: boolean;
}

/** A piece of screen content, render-neutral: the VR panel and the DOM form draw the same blocks. */
export type ViewBlock =
  | { kind: 'text'; text: string }
  | { kind: 'list'; title: string; items: string[] }
  | { kind: 'facts'; rows: { label: string; value: string; emphasis?: boolean }[] }
  | { kind: 'qr'; url: string; caption: string }
  | { kind: 'timeline'; title: string; entries: { status: string; label: string; note?: string; at: string }[] }
  | { kind: 'cards'; cards: { id: string; title: string; tag: string; body: string }[]; footnote?: string };

/** A message for the whole screen (no network, server refused, nothing found). */
export interface ViewNotice {
  tone: 'error' | 'info' | 'success';
  key: string;
  text: string;
}

/** Everything the UI needs to draw the current screen; rebuilt by `flow.view()` on every change. */
export interface ViewModel {
  kioskId: KioskId;
  screen: ScreenId;
  serviceId: string | null;
  /** Progress through the service's steps, e.g. 2 of 5, for "Langkah 2 dari 5". */
  step: { index: number; count: number } | null;
  titleKey: string;
  title: string;
  subtitle: string | null;
  /** What the officer avatar says now (subtitles always, speech where a voice exists). */
  say: string;
  sayKey: string;
  blocks: ViewBlock[];
  fields: ViewField[];
  actions: ViewAction[];
  /** True while a submission or lookup is in flight: actions other than cancel are disabled. */
  busy: boolean;
  notice: ViewNotice | null;
}
