/**
 * Types of the service catalogue (scenes/catalogue.json): shared by the server, the kiosk flow and the UI.
 * The schema is documented in scenes/catalogue.md.
 */

/** A text in Bahasa Indonesia and English, so every label can follow the visitor's language. */
export interface Localized {
  id: string;
  en: string;
}

/** The two languages of the hall; Indonesian is the default. */
export type Locale = 'id' | 'en';

/** Every supported form field type; each type has its own validator and on-panel input (keypad, keyboard, picker). */
export type FieldType = 'text' | 'longtext' | 'nik' | 'kk' | 'nop' | 'phone' | 'date' | 'choice' | 'number';

/** One option of a 'choice' field, shown as a big button in VR. */
export interface FieldOption {
  value: string;
  label: Localized;
}

/** One form field of a service, with the rules both client and server enforce. */
export interface FieldDef {
  name: string;
  type: FieldType;
  label: Localized;
  required: boolean;
  maxLength?: number;
  /** Minimum length of the trimmed text (e.g. a complaint description needs some detail). */
  minLength?: number;
  options?: FieldOption[];
  hint?: Localized;
}

/** How a service finishes inside the hall: it decides which screens the kiosk flow shows. */
export type Completion = 'online' | 'appointment' | 'information' | 'lookup' | 'complaint' | 'status' | 'consultation';

/** The kiosks of the hall; each service belongs to exactly one. */
export type KioskId =
  | 'kependudukan'
  | 'perizinan'
  | 'pajak'
  | 'kesehatan'
  | 'pendidikan'
  | 'pengaduan'
  | 'informasi'
  | 'status';

/** One public service as the city describes it in data: editing data, not code, changes the hall. */
export interface ServiceDef {
  id: string;
  kiosk: KioskId;
  queuePrefix: string;
  name: Localized;
  description: Localized;
  requirements: Localized[];
  feeRupiah: number;
  durationDays: number;
  completion: Completion;
  fields: FieldDef[];
  /** Why the citizen must come in person (required when completion is 'appointment'). */
  inPersonReason?: Localized;
  /** What happens after submission and when (shown on the result screen). */
  nextSteps?: Localized;
  /** Extra information paragraphs for 'information' services (office hours, where to go, links by name). */
  info?: Localized[];
  /** An 'information' service that shows a data gallery instead of (or after) its info paragraphs. */
  gallery?: 'innovations';
  /** The kiosk's most common service: listed first and largest on the kiosk's first screen (one per kiosk). */
  common?: boolean;
}

/** A complaint category, as citizens actually file them in Makassar. */
export interface ComplaintCategory {
  id: string;
  label: Localized;
}

/** A place where an appointment can be booked (MPP, kecamatan offices). */
export interface AppointmentLocation {
  id: string;
  name: Localized;
  address: string;
}

/** The whole validated catalogue. */
export interface Catalogue {
  version: 1;
  services: ServiceDef[];
  complaintCategories: ComplaintCategory[];
  appointmentLocations: AppointmentLocation[];
}

/** All kiosk ids, in hall order; used to validate data and to loop over kiosks. */
export const KIOSK_IDS: readonly KioskId[] = [
  'kependudukan',
  'perizinan',
  'pajak',
  'kesehatan',
  'pendidikan',
  'pengaduan',
  'informasi',
  'status',
];

/** All field types, used to validate data. */
export const FIELD_TYPES: readonly FieldType[] = ['text', 'longtext', 'nik', 'kk', 'nop', 'phone', 'date', 'choice', 'number'];

/** All completion kinds catalogue data may use ('consultation' is the built-in message service, src/shared/live/messageService.ts). */
export const COMPLETIONS: readonly Exclude<Completion, 'consultation'>[] = ['online', 'appointment', 'information', 'lookup', 'complaint', 'status'];
