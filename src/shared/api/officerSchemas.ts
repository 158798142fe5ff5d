/** TypeBox schemas of the officer console API (/api/officer/*), shared by the console page and the server. */
import { Type, type Static } from '@sinclair/typebox';
import { ItemKindSchema, ItemStatusSchema, TimelineEntry } from './schemas';

/** Body of POST /api/officer/login. */
export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    /** The 6-digit TOTP code, required once the officer has enrolled a second factor. */
    totp: Type.Optional(Type.String({ maxLength: 10 })),
  },
  { additionalProperties: false },
);
/** Officer credentials. */
export type LoginBody = Static<typeof LoginBody>;

/** The signed-in officer plus the CSRF token every state change must echo in `X-CSRF-Token`. */
export const SessionResponse = Type.Object({
  username: Type.String(),
  role: Type.String(),
  csrfToken: Type.String(),
  /** Service units (kiosk ids) of an `officer`. */
  units: Type.Array(Type.String()),
  totpEnabled: Type.Boolean(),
});
/** Session info. */
export type SessionResponse = Static<typeof SessionResponse>;

/** Query of GET /api/officer/items: all filters optional, strings so they come straight from a form. */
export const ItemsQuery = Type.Object(
  {
    kind: Type.Optional(ItemKindSchema),
    serviceId: Type.Optional(Type.String({ maxLength: 64 })),
    status: Type.Optional(ItemStatusSchema),
    from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    limit: Type.Optional(Type.String({ pattern: '^\\d{1,3}$' })),
    offset: Type.Optional(Type.String({ pattern: '^\\d{1,7}$' })),
  },
  { additionalProperties: false },
);
/** Item list filters. */
export type ItemsQuery = Static<typeof ItemsQuery>;

/** One row of an officer list. */
export const ItemSummary = Type.Object({
  trackingCode: Type.String(),
  kind: ItemKindSchema,
  serviceId: Type.String(),
  status: ItemStatusSchema,
  queueNumber: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  /** When the citizen pressed "Kirim" on the kiosk, for a submission queued offline (createdAt is its receipt). */
  submittedAt: Type.Optional(Type.String()),
  appointment: Type.Optional(Type.Object({ locationId: Type.String(), date: Type.String(), time: Type.String() })),
});
/** A list row. */
export type ItemSummary = Static<typeof ItemSummary>;

/** Answer of GET /api/officer/items. */
export const ItemsResponse = Type.Object({ items: Type.Array(ItemSummary), total: Type.Integer() });
/** A page of items. */
export type ItemsResponse = Static<typeof ItemsResponse>;

/** Answer of GET /api/officer/items/{code}: the full, unmasked data. */
export const ItemDetail = Type.Composite([
  ItemSummary,
  Type.Object({
    data: Type.Record(Type.String(), Type.Unknown()),
    purged: Type.Boolean(),
    timeline: Type.Array(Type.Composite([TimelineEntry, Type.Object({ officer: Type.Optional(Type.String()) })])),
    reply: Type.Optional(Type.Object({ text: Type.String(), at: Type.String(), officer: Type.String() })),
  }),
]);
/** Full item for officers. */
export type ItemDetail = Static<typeof ItemDetail>;

/** Body of POST /api/officer/items/{code}/status. */
export const StatusChangeBody = Type.Object(
  { status: ItemStatusSchema, note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
/** A status change with the note the citizen will read. */
export type StatusChangeBody = Static<typeof StatusChangeBody>;

/** Body of POST /api/officer/items/{code}/reply. */
export const ReplyBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
/** A reply to a complaint. */
export type ReplyBody = Static<typeof ReplyBody>;

/** Query of GET /api/officer/ikm. */
export const IkmQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  },
  { additionalProperties: false },
);

/** Answer of GET /api/officer/ikm (PermenPANRB 14/2017). */
export const IkmResponse = Type.Object({
  count: Type.Integer(),
  elementMeans: Type.Array(Type.Number()),
  /** Null while there are no responses yet. */
  index: Type.Union([Type.Number(), Type.Null()]),
  grade: Type.Union([Type.String(), Type.Null()]),
  gradeLabel: Type.Union([Type.Object({ id: Type.String(), en: Type.String() }), Type.Null()]),
  elements: Type.Array(Type.Object({ id: Type.String(), en: Type.String() })),
  /** Respondent profile tables (PermenPANRB 14/2017): counts by sex, age band, education, occupation. */
  profiles: Type.Optional(Type.Record(Type.String(), Type.Array(Type.Object({ category: Type.String(), count: Type.Integer() })))),
});
/** The IKM dashboard. */
export type IkmResponse = Static<typeof IkmResponse>;

/** One audit log row: who did what, when (the attempted user name of a failed log-in is kept apart from `officer`). */
export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  officer: Type.Union([Type.String(), Type.Null()]),
  attemptedUsername: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  target: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
  /** Client IP; null once erased by retention. */
  ip: Type.Union([Type.String(), Type.Null()]),
});
/** An audit row. */
export type AuditEntry = Static<typeof AuditEntry>;

/** Answer of GET /api/officer/audit. */
export const AuditResponse = Type.Object({
  entries: Type.Array(AuditEntry),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: Type.Union([Type.Integer(), Type.Null()]),
});
/** The audit log page. */
export type AuditResponse = Static<typeof AuditResponse>;

/** Query of GET /api/officer/audit: newest first, `limit` rows older than row `before`. */
export const AuditQuery = Type.Object(
  {
    before: Type.Optional(Type.String({ pattern: '^\\d{1,12}$' })),
    limit: Type.Optional(Type.String({ pattern: '^\\d{1,3}$' })),
  },
  { additionalProperties: false },
);
/** Audit page query. */
export type AuditQuery = Static<typeof AuditQuery>;

/** The roles an account can have. */
export const OfficerRoleSchema = Type.Union([Type.Literal('officer'), Type.Literal('supervisor'), Type.Literal('admin')]);
const Units = Type.Array(Type.String({ minLength: 1, maxLength: 32 }), { maxItems: 16 });

/** Body of POST /api/officer/accounts (admin). */
export const CreateAccountBody = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    role: OfficerRoleSchema,
    units: Type.Optional(Units),
  },
  { additionalProperties: false },
);
/** A new account. */
export type CreateAccountBody = Static<typeof CreateAccountBody>;

/** Body of POST /api/officer/accounts/{username} (admin): any of role, units, disabled; resetTotp clears the factor. */
export const UpdateAccountBody = Type.Object(
  { role: Type.Optional(OfficerRoleSchema), units: Type.Optional(Units), disabled: Type.Optional(Type.Boolean()), resetTotp: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
/** An account change. */
export type UpdateAccountBody = Static<typeof UpdateAccountBody>;

/** Params naming an account. */
export const AccountParams = Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }) });

/** Body of POST /api/officer/accounts/{username}/password (admin reset; ends that officer's sessions). */
export const ResetPasswordBody = Type.Object({ password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });

/** Body of POST /api/officer/password (an officer changes their own password). */
export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
/** Own password change. */
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** Body of POST /api/officer/totp/confirm. */
export const TotpConfirmBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 10 }) }, { additionalProperties: false });

/** Answer of POST /api/officer/totp/enrol: the secret and the otpauth:// URI for an authenticator app. */
export const TotpEnrolResponse = Type.Object({ secret: Type.String(), uri: Type.String() });
/** TOTP enrolment. */
export type TotpEnrolResponse = Static<typeof TotpEnrolResponse>;

/** Body of the data-subject request routes: the citizen's NIK must match the item; correction names a form field. */
export const DsrBody = Type.Object(
  {
    nik: Type.String({ minLength: 16, maxLength: 16, pattern: '^\\d{16}$' }),
    field: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    value: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  },
  { additionalProperties: false },
);
/** A data-subject request. */
export type DsrBody = Static<typeof DsrBody>;

/** An account as the admin screen lists it (never the hash or the TOTP secret). */
export const OfficerAccount = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  role: Type.String(),
  units: Type.Array(Type.String()),
  disabled: Type.Boolean(),
  totpEnabled: Type.Boolean(),
});
/** An officer account. */
export type OfficerAccount = Static<typeof OfficerAccount>;
