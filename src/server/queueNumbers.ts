/**
 * Queue numbers (`PREFIX-NNN`, gap-free and unique per service and day).
 *
 * On PostgreSQL a batch of plain submissions draws its numbers in its own filing statement (filingBatch.ts: the
 * counters move once per batch); a booking draws its number inside its own transaction (routes/bookingRoutes.ts).
 * A plain submission filed alone (its batch failed) commits WITHOUT its number, with a row in `queue_waiting`; then
 * one short statement, `hall_number_queue(item)` (migrations 5 and 9), numbers every committed waiting item (per
 * service and day, in id order) under one advisory lock, so the counter row is never held through one
 * submission's fsync. Numbers go only to committed items, with the counter, in one
 * transaction: no gaps, no repeats. `queue_number` has no index, so numbering an item is a cheap in-page (HOT) update.
 * On the embedded database (one connection, statements run one at a time) the counter is never contended, so the
 * number is still drawn inside the filing statement and costs no extra round trip.
 */
import { StatementBatcher } from './statementBatcher';
import type { Queryable } from './storage/db';

/** SQL formatting counter value `n` as `PREFIX-NNN` (3 digits at least, never truncated past 999). */
export function queueNumberSql(prefix: string, n: string): string {
  return `${prefix} || '-' || lpad((${n})::text, greatest(3, length((${n})::text)), '0')`;
}

/** Per database: the numbering statements of this process (one in flight; see drawQueueNumber). */
const numbering = new WeakMap<Queryable, StatementBatcher<number, string | null>>();

/**
 * Numbers the item (and every other waiting item) and returns its queue number. Calls of one process share
 * statements: while one numbering statement runs, the items filed meanwhile wait and are numbered by the next
 * one, together. The first `hall_number_queue` call of a statement numbers every committed waiting item; the
 * others find their number already set (same transaction) and return it without more work.
 */
export function drawQueueNumber(db: Queryable, itemId: number): Promise<string | null> {
  let batcher = numbering.get(db);
  if (!batcher) numbering.set(db, (batcher = new StatementBatcher((ids) => numberItems(db, ids), { inFlight: 1, maxBatch: 1000 })));
  return batcher.submit(itemId);
}

/**
 * One numbering statement for `ids`; their numbers in the same order. Its items have committed, so a deadlock
 * (another process's statement holding a row this one needs, in an order none of ours takes) is retried once
 * rather than answered as a server error.
 */
async function numberItems(db: Queryable, ids: number[]): Promise<(string | null)[]> {
  const sql = 'SELECT id, hall_number_queue(id) AS n FROM unnest($1::int[]) AS id';
  const rows = await db
    .query<{ id: number; n: string | null }>(sql, [ids])
    .catch((err: unknown) => ((err as { code?: string })?.code === '40P01' ? db.query<{ id: number; n: string | null }>(sql, [ids]) : Promise.reject(err)));
  const byId = new Map(rows.map((r) => [Number(r.id), r.n]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The queue number of a filed item by tracking code, numbering it first when it still waits; null if it has none. */
export async function queueNumberOf(db: Queryable, trackingCode: string): Promise<string | null> {
  const rows = await db.query<{ n: string | null }>(
    'SELECT hall_number_queue(id) AS n FROM items WHERE tracking_code = $1 AND queue_day IS NOT NULL',
    [trackingCode],
  );
  return rows[0]?.n ?? null;
}

/**
 * Numbers items left waiting by a crash between a submission's commit and its numbering (never acknowledged,
 * but filed: a retry replays them). Run at start; returns how many items were waiting.
 */
export async function numberWaitingItems(db: Queryable): Promise<number> {
  const rows = await db.query<{ waiting: number }>(
    'WITH w AS (SELECT count(*)::int AS waiting, min(item_id) AS first FROM queue_waiting) SELECT waiting, hall_number_queue(first) AS n FROM w WHERE waiting > 0',
  );
  return rows[0]?.waiting ?? 0;
}
