import { randomBytes } from 'node:crypto';
import { generateTrackingCode } from '../shared/trackingCode';
import type { ItemKind, ItemStatus } from '../shared/api/schemas';
import { HttpError } from './apiError';
import { isUniqueViolation, type IdempotencyRecord } from './idempotency';
import { fileInBatch } from './filingBatch';
import { drawQueueNumber, queueNumberSql } from './queueNumbers';
import type { Db, Queryable } from './storage/db';

/** A new item as the public routes file it. */
export interface NewItem {
  kind: ItemKind;
  serviceId: string;
  data: Record<string, unknown>;
  masked: Record<string, string>;
  locale: string;
  /** Draw a counter number `PREFIX-NNN` for this service on this (WITA) day. */
  queue?: { prefix: string; day: string };
  /** Take one place of this slot (capacity-checked) in the same statement. */
  slot?: { locationId: string; day: string; time: string; capacity: number };
  /** The client's proposed tracking code (offline-first kiosk): filed under it, or 409 tracking_code_taken. */
  trackingCode?: string;
  /** The client's time of submission; the receipt time is `created_at`. */
  submittedAt?: string;
}

/** The code proposal and client time of a submission body, as NewItem takes them. */
export function clientProposal(body: { trackingCode?: string; submittedAt?: string }): Pick<NewItem, 'trackingCode' | 'submittedAt'> {
  return { ...(body.trackingCode ? { trackingCode: body.trackingCode } : {}), ...(body.submittedAt ? { submittedAt: body.submittedAt } : {}) };
}

/** What the caller gets back after inserting an item. */
export interface InsertedItem {
  trackingCode: string;
  queueNumber: string | null;
  createdAt: string;
  status: ItemStatus;
}

/** A built SQL statement and its parameters. */
interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The filing statement: data-modifying CTEs that take the slot place, (inline only) draw the queue number, insert
 * the item and its first timeline entry, and store the idempotency key with `base` (its `queueNumber`, when it
 * has one, comes from the item row: null while it waits, completed on replay). The slot upsert only returns a row while `booked < capacity` and every later
 * step selects from it, so a full slot files nothing.
 */
function filingStatement(item: NewItem, code: string, createdAt: Date, idem: IdempotencyRecord, base: Record<string, unknown>, inlineQueue: boolean): Statement {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const ctes: string[] = [];
  let from = '';
  if (item.slot) {
    ctes.push(`s AS (INSERT INTO slot_bookings (location_id, day, time, booked) VALUES (${p(item.slot.locationId)}, ${p(item.slot.day)}, ${p(item.slot.time)}, 1)
      ON CONFLICT (location_id, day, time) DO UPDATE SET booked = slot_bookings.booked + 1
      WHERE slot_bookings.booked < ${p(item.slot.capacity)}::int RETURNING booked)`);
    from = ' FROM s';
  }
  let queueExpr = 'NULL::text';
  if (item.queue && inlineQueue) {
    ctes.push(`q AS (INSERT INTO queue_counters (service_id, day, last) SELECT ${p(item.serviceId)}, ${p(item.queue.day)}, 1${from}
      ON CONFLICT (service_id, day) DO UPDATE SET last = queue_counters.last + 1 RETURNING last)`);
    queueExpr = queueNumberSql(p(item.queue.prefix), 'q.last');
    from = ' FROM q';
  }
  ctes.push(`i AS (INSERT INTO items (tracking_code, kind, service_id, queue_number, queue_day, location_id, appt_day, appt_time, data, masked, locale, created_at, updated_at, submitted_at)
    SELECT ${p(code)}, ${p(item.kind)}, ${p(item.serviceId)}, ${queueExpr}, ${p(item.queue?.day ?? null)}, ${p(item.slot?.locationId ?? null)},
      ${p(item.slot?.day ?? null)}, ${p(item.slot?.time ?? null)}, ${p(JSON.stringify(item.data))}::jsonb, ${p(JSON.stringify(item.masked))}::jsonb, ${p(item.locale)},
      ${p(createdAt)}::timestamptz, ${p(createdAt)}::timestamptz, ${p(item.submittedAt ?? null)}::timestamptz${from}
    RETURNING id, queue_number)`);
  if (item.queue && !inlineQueue) {
    ctes.push(`w AS (INSERT INTO queue_waiting (service_id, day, item_id, prefix) SELECT ${p(item.serviceId)}, ${p(item.queue.day)}, id, ${p(item.queue.prefix)} FROM i)`);
  }
  ctes.push(`e AS (INSERT INTO item_events (item_id, status, at) SELECT id, 'received', ${p(createdAt)}::timestamptz FROM i)`);
  ctes.push(`k AS (INSERT INTO idempotency_keys (scope, key, body_hash, status_code, response)
    SELECT ${p(idem.scope)}, ${p(idem.key)}, ${p(idem.hash)}, 201,
      ${p(JSON.stringify(base))}::jsonb${'queueNumber' in base ? ` || jsonb_build_object('queueNumber', i.queue_number)` : ''} FROM i)`);
  return { sql: `WITH ${ctes.join(',\n')} SELECT id, queue_number FROM i`, params };
}

/** The filed item's id and (inline numbering only) its queue number; null when its tracking code was taken. */
type Filed = { id: number; queue_number: string | null } | null;

/** Files the item with its own statement (see filingStatement); null when the drawn or proposed code was taken. */
async function fileAlone(db: Queryable, item: NewItem, code: string, createdAt: Date, idem: IdempotencyRecord, base: Record<string, unknown>, inlineQueue: boolean): Promise<Filed> {
  const statement = filingStatement(item, code, createdAt, idem, base, inlineQueue);
  try {
    const rows = await db.query<{ id: number; queue_number: string | null }>(statement.sql, statement.params);
    if (rows.length === 0) throw new HttpError(409, 'slot_full', 'time');
    return { id: Number(rows[0].id), queue_number: rows[0].queue_number };
  } catch (err) {
    if (isUniqueViolation(err, 'items_tracking_code_key')) return null;
    throw err;
  }
}

/** Files a plain item (no slot) with the others of its batch (filingBatch.ts), numbered; null when that batch failed. */
async function fileBatched(db: Db, item: NewItem, code: string, createdAt: Date, idem: IdempotencyRecord, base: Record<string, unknown>): Promise<Filed> {
  const filed = await fileInBatch(db, {
    code,
    kind: item.kind,
    serviceId: item.serviceId,
    queue: item.queue ? { day: item.queue.day, prefix: item.queue.prefix } : null,
    data: JSON.stringify(item.data),
    masked: JSON.stringify(item.masked),
    locale: item.locale,
    createdAt,
    submittedAt: item.submittedAt ?? null,
    idem,
    response: JSON.stringify(base),
  });
  return filed && { id: filed.id, queue_number: filed.queueNumber };
}

/**
 * Files an item: ONE SQL statement (atomic, one round trip) takes the slot place, inserts the item, its first
 * timeline entry and the idempotency key with the answer that `answer(item)` builds; a full slot files nothing
 * (409). The queue number is drawn inside that statement on the embedded database. On PostgreSQL a plain item (no
 * slot) is first offered to a batch of concurrent submissions (filingBatch.ts), which numbers its items too; an item
 * filed alone because its batch failed is numbered by a short second statement once it has committed (see
 * queueNumbers.ts), which also completes the stored answer. Inside a caller's transaction (a booking) the number
 * is drawn inline.
 * A collision of a drawn tracking code (astronomically rare) retries; a client's proposed code is never replaced
 * (the citizen may already hold it): a collision is a 409 tracking_code_taken, answered after runIdempotent checked
 * that it is not this submission's own earlier filing.
 */
export async function fileItem(
  db: Db | Queryable,
  item: NewItem,
  idem: IdempotencyRecord,
  answer: (inserted: InsertedItem) => Record<string, unknown>,
): Promise<InsertedItem & { answer: Record<string, unknown> }> {
  // Inside a caller's transaction (a bare Queryable) the number is drawn inline too: its counter lock ends with
  // that transaction, and a separate numbering commit could not see the uncommitted item.
  const inlineQueue = !('engine' in db) || db.engine === 'pglite';
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = item.trackingCode ?? generateTrackingCode((n) => randomBytes(n));
    const createdAt = new Date();
    // The answer is known up front except the queue number.
    const provisional: InsertedItem = { trackingCode: code, queueNumber: null, createdAt: createdAt.toISOString(), status: 'received' };
    const base = answer(provisional);
    const batched = !inlineQueue && !item.slot && attempt === 0 ? await fileBatched(db as Db, item, code, createdAt, idem, base) : null;
    const filed = batched ?? (await fileAlone(db, item, code, createdAt, idem, base, inlineQueue));
    if (!filed) {
      if (item.trackingCode) throw new HttpError(409, 'tracking_code_taken', 'trackingCode');
      continue;
    }
    const numberLater = item.queue && !inlineQueue && !batched;
    const queueNumber = numberLater ? await drawQueueNumber(db, filed.id) : filed.queue_number;
    const inserted = { ...provisional, queueNumber };
    return { ...inserted, answer: 'queueNumber' in base ? { ...base, queueNumber } : base };
  }
  throw new Error('could not draw a unique tracking code');
}

/** An item row as the status and officer routes read it. */
export interface ItemRow {
  id: number;
  tracking_code: string;
  kind: ItemKind;
  service_id: string;
  status: ItemStatus;
  queue_number: string | null;
  /** The day the queue number counts in (WITA), when the item gets one. */
  queue_day: string | null;
  location_id: string | null;
  appt_day: string | null;
  appt_time: string | null;
  data: Record<string, unknown>;
  masked: Record<string, string>;
  reply: string | null;
  reply_at: Date | null;
  reply_officer: string | null;
  created_at: Date;
  /** The client's time of submission (offline-first kiosks), or null. */
  submitted_at: Date | null;
  purged_at: Date | null;
}

/** One timeline row. */
export interface EventRow {
  status: ItemStatus;
  note: string | null;
  officer: string | null;
  at: string | Date;
}

/** Loads an item and its timeline by tracking code in one query, or null. */
export async function findItem(db: Queryable, code: string): Promise<{ item: ItemRow; events: EventRow[] } | null> {
  const rows = await db.query<ItemRow & { events: EventRow[] | string }>(
    `SELECT i.*, (SELECT coalesce(json_agg(json_build_object('status', e.status, 'note', e.note, 'officer', e.officer, 'at', e.at) ORDER BY e.id), '[]'::json)
       FROM item_events e WHERE e.item_id = i.id) AS events
     FROM items i WHERE i.tracking_code = $1`,
    [code],
  );
  if (rows.length === 0) return null;
  const { events, ...item } = rows[0];
  // Filed but not yet numbered (the instant between its two statements, or a crash there): number it now.
  if (item.queue_number === null && item.queue_day !== null) item.queue_number = await drawQueueNumber(db, Number(item.id));
  return { item: { ...item, id: Number(item.id) }, events: typeof events === 'string' ? (JSON.parse(events) as EventRow[]) : events };
}
