import { randomBytes } from 'node:crypto';
import { generateTrackingCode } from '../shared/trackingCode';
import type { ItemKind, ItemStatus } from '../shared/api/schemas';
import { HttpError } from './apiError';
import { isUniqueViolation, type IdempotencyRecord } from './idempotency';
import type { Queryable } from './storage/db';

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
}

/** What the caller gets back after inserting an item. */
export interface InsertedItem {
  trackingCode: string;
  queueNumber: string | null;
  createdAt: string;
  status: ItemStatus;
}

/**
 * Files an item in ONE SQL statement (atomic on its own, one round trip): takes the slot place, draws the queue
 * number, inserts the item and its first timeline entry, and stores the idempotency key with the answer that
 * `answer(item)` builds. The slot upsert only returns a row while `booked < capacity` and every later step selects
 * from it, so a full slot files nothing (409). Counter and slot rows are locked by their upserts, so concurrent
 * submissions get distinct numbers and capacity holds. A tracking-code collision (astronomically rare) retries.
 */
export async function fileItem(
  db: Queryable,
  item: NewItem,
  idem: IdempotencyRecord,
  answer: (inserted: InsertedItem) => Record<string, unknown>,
): Promise<InsertedItem & { answer: Record<string, unknown> }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateTrackingCode((n) => randomBytes(n));
    const createdAt = new Date();
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
    if (item.queue) {
      ctes.push(`q AS (INSERT INTO queue_counters (service_id, day, last) SELECT ${p(item.serviceId)}, ${p(item.queue.day)}, 1${from}
        ON CONFLICT (service_id, day) DO UPDATE SET last = queue_counters.last + 1 RETURNING last)`);
      queueExpr = `${p(item.queue.prefix)} || '-' || lpad(q.last::text, 3, '0')`;
      from = ' FROM q';
    }
    // The answer is known up front except the queue number, which is merged in SQL.
    const provisional: InsertedItem = { trackingCode: code, queueNumber: null, createdAt: createdAt.toISOString(), status: 'received' };
    ctes.push(`i AS (INSERT INTO items (tracking_code, kind, service_id, queue_number, location_id, appt_day, appt_time, data, masked, locale, created_at, updated_at)
      SELECT ${p(code)}, ${p(item.kind)}, ${p(item.serviceId)}, ${queueExpr}, ${p(item.slot?.locationId ?? null)}, ${p(item.slot?.day ?? null)},
        ${p(item.slot?.time ?? null)}, ${p(JSON.stringify(item.data))}::jsonb, ${p(JSON.stringify(item.masked))}::jsonb, ${p(item.locale)}, ${p(createdAt)}::timestamptz, ${p(createdAt)}::timestamptz${from}
      RETURNING id, queue_number)`);
    ctes.push(`e AS (INSERT INTO item_events (item_id, status, at) SELECT id, 'received', ${p(createdAt)}::timestamptz FROM i)`);
    const base = answer(provisional);
    const withQueue = 'queueNumber' in base;
    ctes.push(`k AS (INSERT INTO idempotency_keys (scope, key, body_hash, status_code, response)
      SELECT ${p(idem.scope)}, ${p(idem.key)}, ${p(idem.hash)}, 201,
        ${p(JSON.stringify(base))}::jsonb${withQueue ? ` || jsonb_build_object('queueNumber', i.queue_number)` : ''} FROM i)`);
    try {
      const rows = await db.query<{ queue_number: string | null }>(`WITH ${ctes.join(',\n')} SELECT queue_number FROM i`, params);
      if (rows.length === 0) throw new HttpError(409, 'slot_full', 'time');
      const inserted = { ...provisional, queueNumber: rows[0].queue_number };
      return { ...inserted, answer: withQueue ? { ...base, queueNumber: inserted.queueNumber } : base };
    } catch (err) {
      if (!isUniqueViolation(err, 'items_tracking_code_key')) throw err;
    }
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
  location_id: string | null;
  appt_day: string | null;
  appt_time: string | null;
  data: Record<string, unknown>;
  masked: Record<string, string>;
  reply: string | null;
  reply_at: Date | null;
  reply_officer: string | null;
  created_at: Date;
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
  return { item: { ...item, id: Number(item.id) }, events: typeof events === 'string' ? (JSON.parse(events) as EventRow[]) : events };
}
