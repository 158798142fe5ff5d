import { randomBytes } from 'node:crypto';
import { generateTrackingCode } from '../shared/trackingCode';
import type { ItemKind, ItemStatus } from '../shared/api/schemas';
import type { Queryable } from './storage/db';

/** A new item as the public routes file it. */
export interface NewItem {
  kind: ItemKind;
  serviceId: string;
  data: Record<string, unknown>;
  masked: Record<string, string>;
  locale: string;
  queueNumber: string | null;
  appointment?: { locationId: string; day: string; time: string };
}

/** What the caller gets back after inserting an item. */
export interface InsertedItem {
  id: number;
  trackingCode: string;
  createdAt: string;
  status: ItemStatus;
}

/**
 * Next counter number for a service on a day (`A-017`). The upsert takes the counter row's lock, so concurrent
 * submissions get distinct numbers; the number is only used if the whole transaction commits.
 */
export async function nextQueueNumber(tx: Queryable, serviceId: string, prefix: string, day: string): Promise<string> {
  const rows = await tx.query<{ last: number }>(
    `INSERT INTO queue_counters (service_id, day, last) VALUES ($1, $2, 1)
     ON CONFLICT (service_id, day) DO UPDATE SET last = queue_counters.last + 1
     RETURNING last`,
    [serviceId, day],
  );
  return `${prefix}-${String(rows[0].last).padStart(3, '0')}`;
}

/** Inserts an item with a fresh random tracking code (redrawn on the rare collision) and its first timeline entry. */
export async function insertItem(tx: Queryable, item: NewItem): Promise<InsertedItem> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateTrackingCode((n) => randomBytes(n));
    const rows = await tx.query<{ id: number; created_at: Date }>(
      `INSERT INTO items (tracking_code, kind, service_id, queue_number, location_id, appt_day, appt_time, data, masked, locale)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (tracking_code) DO NOTHING
       RETURNING id, created_at`,
      [
        code,
        item.kind,
        item.serviceId,
        item.queueNumber,
        item.appointment?.locationId ?? null,
        item.appointment?.day ?? null,
        item.appointment?.time ?? null,
        JSON.stringify(item.data),
        JSON.stringify(item.masked),
        item.locale,
      ],
    );
    if (rows.length === 1) {
      const id = Number(rows[0].id);
      await tx.query("INSERT INTO item_events (item_id, status) VALUES ($1, 'received')", [id]);
      return { id, trackingCode: code, createdAt: new Date(rows[0].created_at).toISOString(), status: 'received' };
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
  at: Date;
}

/** Loads an item and its timeline by tracking code, or null. */
export async function findItem(db: Queryable, code: string): Promise<{ item: ItemRow; events: EventRow[] } | null> {
  const rows = await db.query<ItemRow>('SELECT * FROM items WHERE tracking_code = $1', [code]);
  if (rows.length === 0) return null;
  const item = { ...rows[0], id: Number(rows[0].id) };
  const events = await db.query<EventRow>('SELECT status, note, officer, at FROM item_events WHERE item_id = $1 ORDER BY id', [item.id]);
  return { item, events };
}
