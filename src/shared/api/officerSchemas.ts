/** TypeBox schemas of the officer console API (/api/officer/*), shared by the console page and the server. */
import { Type, type Static } from '@sinclair/typebox';
import { ItemKindSchema, ItemStatusSchema, TimelineEntry } from './schemas';

/** Body of POST /api/officer/login. */
export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
/** Officer credentials. */
export type LoginBody = Static<typeof LoginBody>;

/** The signed-in officer plus the CSRF token every state change must echo in `X-CSRF-Token`. */
export const SessionResponse = Type.Object({ username: Type.String(), role: Type.String(), csrfToken: Type.String() });
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

/** One audit log row: who did what, when. */
export const AuditEntry = Type.Object({
  at: Type.String(),
  officer: Type.String(),
  action: Type.String(),
  target: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
});
/** An audit row. */
export type AuditEntry = Static<typeof AuditEntry>;

/** Answer of GET /api/officer/audit. */
export const AuditResponse = Type.Object({ entries: Type.Array(AuditEntry) });
/** The audit log page. */
export type AuditResponse = Static<typeof AuditResponse>;
