/**
 * TypeBox schemas of the public API: the server validates with them, the client types its calls with them,
 * and the OpenAPI document is generated from them, so the three cannot drift apart.
 */
import { Type, type Static, type TProperties } from '@sinclair/typebox';
import { TRACKING_CODE_PATTERN } from '../trackingCode';

/** Lifecycle of every filed item; the citizen's timeline shows each step. */
export const ITEM_STATUSES = ['received', 'processing', 'need_info', 'answered', 'completed', 'rejected', 'cancelled'] as const;
/** One status of a request, complaint or appointment. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** Schema of a status value. */
export const ItemStatusSchema = Type.Union(ITEM_STATUSES.map((s) => Type.Literal(s)));

/** What kind of item a tracking code names. */
export const ItemKindSchema = Type.Union([Type.Literal('request'), Type.Literal('complaint'), Type.Literal('appointment'), Type.Literal('consultation')]);
/** Kind of a filed item. */
export type ItemKind = Static<typeof ItemKindSchema>;

/** Schema of a canonical tracking code (`XXXX-XXXX`). */
export const TrackingCodeSchema = Type.String({ pattern: TRACKING_CODE_PATTERN, description: 'Tracking code, e.g. K7QM-4ZTX' });

/** The language of messages and catalogue texts. */
export const LocaleSchema = Type.Union([Type.Literal('id'), Type.Literal('en')]);

/** Explicit consent to processing personal data (UU 27/2022): must be `true`. */
const ConsentSchema = Type.Literal(true, { description: 'The citizen agreed to the stated purpose of the data (UU PDP).' });

/** Form values keyed by the service's field names; checked against the catalogue field rules. */
const ValuesSchema = Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 4000 }), {
  description: 'Field values keyed by field name, as defined by GET /api/services',
});

/** The kiosk's own tracking code for the submission (offline-first: the code it already showed the citizen). */
const ProposedCodeSchema = Type.String({
  pattern: TRACKING_CODE_PATTERN,
  description: 'Tracking code proposed by the client (same alphabet and length); filed under it when unused, else 409 tracking_code_taken',
  examples: ['MKS4-7QHB'],
});

/** When the citizen pressed "Kirim" on the kiosk; kept beside the time the server received it. */
const SubmittedAtSchema = Type.String({
  format: 'date-time',
  maxLength: 40,
  description: "The client's time of submission (ISO 8601); a queued submission arrives later than this",
  examples: ['2026-12-02T09:15:00.000Z'],
});

/**
 * A citizen's submission: its own fields plus the answer language, the UU PDP consent and, from an offline-first
 * kiosk, its proposed tracking code and time of submission; nothing else.
 */
function submissionBody<T extends TProperties>(fields: T) {
  return Type.Object(
    { ...fields, locale: Type.Optional(LocaleSchema), consent: ConsentSchema, trackingCode: Type.Optional(ProposedCodeSchema), submittedAt: Type.Optional(SubmittedAtSchema) },
    { additionalProperties: false },
  );
}

/**
 * A sealed submission body (ECDH P-256 + HKDF-SHA-256 + AES-256-GCM to the key of GET /api/submission-key, see
 * src/shared/submissionEnvelope.ts): accepted by every submission route in place of the plain body.
 */
export const EnvelopeBody = Type.Object(
  {
    envelope: Type.Object(
      {
        v: Type.Literal(1),
        kid: Type.String({ maxLength: 64, description: 'Key id from GET /api/submission-key' }),
        epk: Type.Object(
          { kty: Type.Literal('EC'), crv: Type.Literal('P-256'), x: Type.String({ maxLength: 64 }), y: Type.String({ maxLength: 64 }) },
          { description: 'Ephemeral public key of the sender (JWK)', additionalProperties: false },
        ),
        iv: Type.String({ maxLength: 32, description: 'AES-GCM nonce, base64url, 12 bytes' }),
        ct: Type.String({ description: 'AES-GCM ciphertext and tag of the plain JSON body, base64url; additional data "<route>|<kid>"' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

/** Answer of GET /api/submission-key: the public key queued submissions are sealed to. */
export const SubmissionKeyResponse = Type.Object({
  kid: Type.String(),
  jwk: Type.Object({ kty: Type.Literal('EC'), crv: Type.Literal('P-256'), x: Type.String(), y: Type.String() }),
});

/** Body of POST /api/requests. */
export const CreateRequestBody = submissionBody({ serviceId: Type.String({ minLength: 1, maxLength: 64 }), values: ValuesSchema });
/** A service request as the kiosk submits it. */
export type CreateRequestBody = Static<typeof CreateRequestBody>;

/** Answer of POST /api/requests. */
export const CreateRequestResponse = Type.Object({
  trackingCode: TrackingCodeSchema,
  queueNumber: Type.String({ description: 'Per service per day, e.g. A-017' }),
  status: ItemStatusSchema,
  createdAt: Type.String({ format: 'date-time' }),
});
/** What the citizen takes home after a request. */
export type CreateRequestResponse = Static<typeof CreateRequestResponse>;

/** Body of POST /api/complaints. */
export const CreateComplaintBody = submissionBody({
  category: Type.String({ minLength: 1, maxLength: 64 }),
  location: Type.String({ minLength: 1, maxLength: 200, description: 'Where the problem is (street, kelurahan)' }),
  description: Type.String({ minLength: 1, maxLength: 2000 }),
  anonymous: Type.Boolean(),
  contact: Type.Optional(
    Type.Object(
      { name: Type.Optional(Type.String({ maxLength: 100 })), phone: Type.Optional(Type.String({ maxLength: 20 })) },
      { additionalProperties: false },
    ),
  ),
});
/** A public complaint. */
export type CreateComplaintBody = Static<typeof CreateComplaintBody>;

/** Answer of POST /api/complaints. */
export const CreateComplaintResponse = Type.Object({
  trackingCode: TrackingCodeSchema,
  status: ItemStatusSchema,
  createdAt: Type.String({ format: 'date-time' }),
});
/** What the citizen takes home after a complaint. */
export type CreateComplaintResponse = Static<typeof CreateComplaintResponse>;

/** Body of POST /api/consultations: a message left for a service unit when no officer can take a call. */
export const CreateConsultationBody = submissionBody({
  unit: Type.String({ minLength: 1, maxLength: 32, description: 'The service unit (a kiosk id of GET /api/services), e.g. kependudukan' }),
  message: Type.String({ minLength: 1, maxLength: 1000, description: 'What the citizen asks (5-1000 characters after trimming)' }),
  phone: Type.Optional(Type.String({ maxLength: 20, description: 'Optional phone for a call-back (08..., +62...)' })),
});
/** A consultation ticket as the kiosk files it. */
export type CreateConsultationBody = Static<typeof CreateConsultationBody>;

/** Answer of POST /api/consultations. */
export const CreateConsultationResponse = CreateComplaintResponse;
/** What the citizen takes home after leaving a message. */
export type CreateConsultationResponse = Static<typeof CreateConsultationResponse>;

/** Body of POST /api/appointments. */
export const CreateAppointmentBody = submissionBody({
  serviceId: Type.String({ minLength: 1, maxLength: 64 }),
  locationId: Type.String({ minLength: 1, maxLength: 64 }),
  date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (WITA)' }),
  time: Type.String({ pattern: '^\\d{2}:\\d{2}$', description: 'HH:MM, one of the slots' }),
  values: ValuesSchema,
});
/** An in-person appointment booking. */
export type CreateAppointmentBody = Static<typeof CreateAppointmentBody>;

/** Answer of POST /api/appointments. */
export const CreateAppointmentResponse = Type.Object({
  trackingCode: TrackingCodeSchema,
  queueNumber: Type.Optional(Type.String()),
  date: Type.String(),
  time: Type.String(),
  locationId: Type.String(),
  status: ItemStatusSchema,
  createdAt: Type.String({ format: 'date-time' }),
});
/** A confirmed booking. */
export type CreateAppointmentResponse = Static<typeof CreateAppointmentResponse>;

/** Query of GET /api/appointments/slots. */
export const SlotsQuery = Type.Object(
  { locationId: Type.String({ minLength: 1, maxLength: 64 }), date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) },
  { additionalProperties: false },
);
/** Slots lookup parameters. */
export type SlotsQuery = Static<typeof SlotsQuery>;

/** Answer of GET /api/appointments/slots. */
export const SlotsResponse = Type.Object({
  locationId: Type.String(),
  date: Type.String(),
  slots: Type.Array(Type.Object({ time: Type.String(), capacity: Type.Integer(), free: Type.Integer() })),
});
/** Free capacity per slot of a day. */
export type SlotsResponse = Static<typeof SlotsResponse>;

/** One answer of the IKM survey: 1 (worst) to 4 (best). */
const IkmAnswer = Type.Integer({ minimum: 1, maximum: 4 });

/** The nine IKM answers, in element order. */
const IkmAnswers = Type.Array(IkmAnswer, { minItems: 9, maxItems: 9 });

/**
 * Body of POST /api/surveys (PermenPANRB 14/2017, nine elements). It counts in the IKM, so it must name the
 * tracking code of an item filed through the hall (one survey per code); anonymous opinions go to /api/feedback.
 */
export const CreateSurveyBody = Type.Object(
  {
    trackingCode: TrackingCodeSchema,
    answers: IkmAnswers,
    suggestion: Type.Optional(Type.String({ maxLength: 1000 })),
    profile: Type.Optional(
      Type.Object(
        {
          sex: Type.Optional(Type.Union([Type.Literal('male'), Type.Literal('female')])),
          age: Type.Optional(Type.Integer({ minimum: 10, maximum: 120 })),
          education: Type.Optional(Type.String({ maxLength: 40 })),
          occupation: Type.Optional(Type.String({ maxLength: 40 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
/** A satisfaction survey response. */
export type CreateSurveyBody = Static<typeof CreateSurveyBody>;

/** Answer of POST /api/surveys. */
export const CreateSurveyResponse = Type.Object({ id: Type.Integer(), createdAt: Type.String({ format: 'date-time' }) });
/** Receipt of a survey. */
export type CreateSurveyResponse = Static<typeof CreateSurveyResponse>;

/** Body of POST /api/feedback: anonymous kiosk feedback, kept apart from the IKM. */
export const CreateFeedbackBody = Type.Object(
  { answers: IkmAnswers, suggestion: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
/** Anonymous feedback (the survey questions without a tracking code). */
export type CreateFeedbackBody = Static<typeof CreateFeedbackBody>;

/** Body of POST /api/appointments/cancel: the citizen's own cancellation. */
export const CancelAppointmentBody = Type.Object(
  {
    trackingCode: TrackingCodeSchema,
    phoneLast4: Type.String({ pattern: '^\\d{4}$', description: 'Last four digits of the phone number given when booking' }),
  },
  { additionalProperties: false },
);
/** A cancellation request. */
export type CancelAppointmentBody = Static<typeof CancelAppointmentBody>;

/** Answer of POST /api/appointments/cancel. */
export const CancelAppointmentResponse = Type.Object({ trackingCode: TrackingCodeSchema, status: Type.Literal('cancelled') });

/** Body of POST /api/booth/enrol: the operator PIN and a name for the device. */
export const BoothEnrolBody = Type.Object(
  { pin: Type.String({ minLength: 4, maxLength: 64 }), name: Type.String({ minLength: 1, maxLength: 60, description: 'e.g. the event and headset number' }) },
  { additionalProperties: false },
);
/** An enrolment request. */
export type BoothEnrolBody = Static<typeof BoothEnrolBody>;

/** Answer of POST /api/booth/enrol: the token is shown once; send it as X-Booth-Token with every submission. */
export const BoothEnrolResponse = Type.Object({ boothId: Type.Integer(), name: Type.String(), token: Type.String() });

/** Answer of GET /api/booth/status (a revoked or unknown token is a 401 booth_token_invalid). */
export const BoothStatusResponse = Type.Object({ valid: Type.Literal(true), boothId: Type.Integer(), name: Type.String() });

/** One step of the citizen-visible timeline; `note` is what the officer wrote. */
export const TimelineEntry = Type.Object({ status: ItemStatusSchema, note: Type.Optional(Type.String()), at: Type.String({ format: 'date-time' }) });

/** Answer of GET /api/requests/{code}, /api/complaints/{code} and /api/status/{code}: personal data masked. */
export const StatusResponse = Type.Object({
  trackingCode: TrackingCodeSchema,
  kind: ItemKindSchema,
  serviceId: Type.String(),
  status: ItemStatusSchema,
  queueNumber: Type.Optional(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  appointment: Type.Optional(Type.Object({ locationId: Type.String(), date: Type.String(), time: Type.String() })),
  timeline: Type.Array(TimelineEntry),
  reply: Type.Optional(Type.Object({ text: Type.String(), at: Type.String({ format: 'date-time' }) })),
  masked: Type.Record(Type.String(), Type.String(), { description: 'Personal data, masked (e.g. NIK ************0003)' }),
});
/** What the status kiosk shows. */
export type StatusResponse = Static<typeof StatusResponse>;

/** Path parameters naming a tracking code (normalized by the server, so `k7qm4ztx` works too). */
export const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }) });

/** Query of GET /api/services. */
export const ServicesQuery = Type.Object({ lang: Type.Optional(LocaleSchema) }, { additionalProperties: false });

/** Answer of GET /api/health. */
export const HealthResponse = Type.Object({ status: Type.Literal('ok'), database: Type.String(), engine: Type.String() });

/** The one error shape of every 4xx/5xx answer; `field` names the offending input, or null. */
export const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), field: Type.Union([Type.String(), Type.Null()]) }),
});
/** An API error body. */
export type ErrorResponse = Static<typeof ErrorResponse>;

/** One form field of a service, in the requested language. */
const ServiceFieldOut = Type.Object({
  name: Type.String(),
  type: Type.String(),
  label: Type.String(),
  required: Type.Boolean(),
  maxLength: Type.Optional(Type.Integer()),
  options: Type.Optional(Type.Array(Type.Object({ value: Type.String(), label: Type.String() }))),
  hint: Type.Optional(Type.String()),
});

/** Answer of GET /api/services: the catalogue in one language. */
export const ServicesResponse = Type.Object({
  locale: LocaleSchema,
  services: Type.Array(
    Type.Object({
      id: Type.String(),
      kiosk: Type.String(),
      queuePrefix: Type.String(),
      name: Type.String(),
      description: Type.String(),
      requirements: Type.Array(Type.String()),
      feeRupiah: Type.Number(),
      durationDays: Type.Number(),
      completion: Type.String(),
      fields: Type.Array(ServiceFieldOut),
      inPersonReason: Type.Optional(Type.String()),
      nextSteps: Type.Optional(Type.String()),
      info: Type.Optional(Type.Array(Type.String())),
    }),
  ),
  complaintCategories: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })),
  appointmentLocations: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), address: Type.String() })),
});
/** The localized catalogue. */
export type ServicesResponse = Static<typeof ServicesResponse>;
