/**
 * The device's outbox of submissions that could not be delivered yet: IndexedDB database `makassar-outbox`
 * (a name of its own, apart from anything a "clear personal data" wipe clears, because these are citizens'
 * requests still on their way). Used by the page and the service worker; Babylon-free.
 *
 * Nothing personal is stored in clear: an item holds its sealed body (see src/shared/submissionEnvelope.ts), its
 * tracking code, its route and times. A failed item keeps only code, kind, reason and time.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Envelope, SubmissionPublicKey } from '../shared/submissionEnvelope';

/** Name of the IndexedDB database; a wipe of personal data must leave it alone (see the note in README). */
export const OUTBOX_DB_NAME = 'makassar-outbox';

/** What a queued submission files. */
export type OutboxKind = 'request' | 'complaint' | 'appointment' | 'consultation' | 'survey' | 'feedback';

/** One undelivered submission. */
export interface OutboxItem {
  /** The Idempotency-Key it is (and was, online) sent with: exactly once however often it is replayed. */
  id: string;
  kind: OutboxKind;
  /** Route path, e.g. `/api/requests`. */
  path: string;
  /** The tracking code the citizen took home (none for a survey or feedback). */
  code?: string;
  envelope: Envelope;
  /** The booth's token when queued at an enrolled booth (not personal data): sent as X-Booth-Token on delivery. */
  boothToken?: string;
  /** When it was queued (ms since epoch); items older than 7 days are given up. */
  queuedAt: number;
  attempts: number;
}

/** Why an item left the queue undelivered. */
export type FailureReason = 'expired' | 'refused' | 'tracking_code_taken' | 'slot_full';

/** What remains of an item given up: no personal data. */
export interface FailedItem {
  id: string;
  kind: OutboxKind;
  code?: string;
  reason: FailureReason;
  /** The server's error code for a refusal. */
  errorCode?: string;
  at: number;
}

/** The database layout. */
interface OutboxSchema extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { byQueuedAt: number; byCode: string } };
  failed: { key: string; value: FailedItem; indexes: { byCode: string } };
  meta: { key: string; value: SubmissionPublicKey };
}

/** An open outbox database. */
export type OutboxDb = IDBPDatabase<OutboxSchema>;

/** Opens (creating on first use) the outbox database. */
export function openOutbox(): Promise<OutboxDb> {
  return openDB<OutboxSchema>(OUTBOX_DB_NAME, 1, {
    upgrade(db) {
      const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('byQueuedAt', 'queuedAt');
      outbox.createIndex('byCode', 'code');
      db.createObjectStore('failed', { keyPath: 'id' }).createIndex('byCode', 'code');
      db.createObjectStore('meta');
    },
  });
}

/** Adds (or replaces, same key) a queued item. */
export async function putItem(db: OutboxDb, item: OutboxItem): Promise<void> {
  await db.put('outbox', item);
}

/** Queued items, oldest first (delivery keeps the order: a survey follows the item it rates). */
export function queuedItems(db: OutboxDb): Promise<OutboxItem[]> {
  return db.getAllFromIndex('outbox', 'byQueuedAt');
}

/** Removes a delivered item at once. */
export async function removeItem(db: OutboxDb, id: string): Promise<void> {
  await db.delete('outbox', id);
}

/** Gives an item up: its sealed body is deleted, a failure record without personal data stays to be counted. */
export async function failItem(db: OutboxDb, item: OutboxItem, reason: FailureReason, errorCode?: string, at = Date.now()): Promise<void> {
  const tx = db.transaction(['outbox', 'failed'], 'readwrite');
  await tx.objectStore('outbox').delete(item.id);
  await tx.objectStore('failed').put({ id: item.id, kind: item.kind, ...(item.code ? { code: item.code } : {}), reason, ...(errorCode ? { errorCode } : {}), at });
  await tx.done;
}

/** The queued item, or the failure record, of a tracking code. */
export async function localStateOf(db: OutboxDb, code: string): Promise<{ waiting: boolean; failed: FailedItem | null }> {
  const waiting = (await db.countFromIndex('outbox', 'byCode', code)) > 0;
  const failed = (await db.getFromIndex('failed', 'byCode', code)) ?? null;
  return { waiting, failed };
}

/** Counts for the operator menu. */
export async function outboxCounts(db: OutboxDb): Promise<{ waiting: number; failed: number }> {
  return { waiting: await db.count('outbox'), failed: await db.count('failed') };
}

/** The server's public key as last fetched (to seal while offline). */
export function storedKey(db: OutboxDb): Promise<SubmissionPublicKey | undefined> {
  return db.get('meta', 'submissionKey');
}

/** Keeps the server's public key for offline use. */
export async function storeKey(db: OutboxDb, key: SubmissionPublicKey): Promise<void> {
  await db.put('meta', key, 'submissionKey');
}
