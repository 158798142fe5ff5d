/**
 * Filing in batches on PostgreSQL: the plain submissions (no slot to take) that a process receives while a filing
 * statement runs are filed together by the next one, one row each in every table and their queue numbers, in one
 * commit. Per submission this saves most of a statement's cost (round trip, executor start, commit), the bulk of
 * PostgreSQL's CPU per POST (issue 14). A batch is all-or-nothing: when it fails (a key or code already taken, a lost connection), every one of
 * its submissions is filed again alone by the caller, whose one-submission path reports its own error, and whose
 * idempotency key finds a batch that did commit.
 */
import { queueNumberSql } from './queueNumbers';
import { StatementBatcher } from './statementBatcher';
import type { Db } from './storage/db';

/** One plain submission as the batch files it: the item, its queue day and prefix, and its idempotency key row. */
export interface BatchFiling {
  code: string;
  kind: string;
  serviceId: string;
  /** The WITA day and prefix of its queue number, or null when it gets none. */
  queue: { day: string; prefix: string } | null;
  data: string;
  masked: string;
  locale: string;
  createdAt: Date;
  submittedAt: string | null;
  idem: { scope: string; key: string; hash: string };
  /** The stored 201 answer (JSON). */
  response: string;
}

/**
 * Every table's rows for the whole batch from parallel arrays (`unnest`), joined back by tracking code (unique),
 * with the queue numbers drawn in the same statement: the counter of each service and day goes up by the batch's
 * count once, and its items take the numbers below, in arrival order. Numbers thus commit with their items (no gap,
 * no repeat, none left to draw after a crash). The counter rows stay locked until the batch commits, but a process
 * has one batch in flight, so its submissions never wait on each other; processes take turns per batch, not per
 * submission. Counters are locked in (service, day) order, as `hall_number_queue` locks them (migration 9), so two
 * numberings never wait on each other in opposite orders; keys likewise go in key order.
 * (Leaving out submissions whose key is already on file, by `NOT EXISTS`, raised PostgreSQL's CPU per POST in
 * bench:api from 0.27 to 0.76 ms, the anti-joins' plan most likely; not kept. A resend fails its batch instead.)
 */
const BATCH_SQL = `WITH input AS (
  SELECT t.*, row_number() OVER w AS rn, count(*) OVER w AS total FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],
    $5::text[], $6::jsonb[], $7::jsonb[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::text[], $12::text[], $13::text[], $14::jsonb[])
    WITH ORDINALITY AS t(code, kind, service_id, queue_day, prefix, data, masked, locale, created_at, submitted_at, scope, key, hash, response, ord)
  WINDOW w AS (PARTITION BY service_id, queue_day ORDER BY ord ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
), c AS (
  INSERT INTO queue_counters AS qc (service_id, day, last)
  SELECT service_id, queue_day, count(*) FROM input WHERE queue_day IS NOT NULL GROUP BY service_id, queue_day ORDER BY service_id, queue_day
  ON CONFLICT (service_id, day) DO UPDATE SET last = qc.last + excluded.last
  RETURNING service_id, day, last
), i AS (
  INSERT INTO items (tracking_code, kind, service_id, queue_number, queue_day, data, masked, locale, created_at, updated_at, submitted_at)
  SELECT code, kind, input.service_id, ${queueNumberSql('input.prefix', 'c.last - input.total + input.rn')}, queue_day, data, masked, locale, created_at, created_at, submitted_at
  FROM input LEFT JOIN c ON c.service_id = input.service_id AND c.day = input.queue_day ORDER BY ord
  RETURNING id, tracking_code, queue_number
), e AS (
  INSERT INTO item_events (item_id, status, at) SELECT i.id, 'received', input.created_at FROM i JOIN input ON input.code = i.tracking_code
), k AS (
  INSERT INTO idempotency_keys (scope, key, body_hash, status_code, response)
  SELECT input.scope, input.key, input.hash, 201,
    CASE WHEN input.response ? 'queueNumber' THEN input.response || jsonb_build_object('queueNumber', i.queue_number) ELSE input.response END
  FROM i JOIN input ON input.code = i.tracking_code ORDER BY input.scope, input.key
)
SELECT id, tracking_code, queue_number FROM i`;

/** A submission as its batch filed it: the item's id and its queue number (null when it gets none). */
export interface BatchFiled {
  id: number;
  queueNumber: string | null;
}

/** Runs one batch statement; what each submission got, in input order. */
async function fileAll(db: Db, filings: BatchFiling[]): Promise<(BatchFiled | null)[]> {
  const column = <T>(pick: (f: BatchFiling) => T): T[] => filings.map(pick);
  const rows = await db.query<{ id: number; tracking_code: string; queue_number: string | null }>(BATCH_SQL, [
    column((f) => f.code),
    column((f) => f.kind),
    column((f) => f.serviceId),
    column((f) => f.queue?.day ?? null),
    column((f) => f.queue?.prefix ?? null),
    column((f) => f.data),
    column((f) => f.masked),
    column((f) => f.locale),
    column((f) => f.createdAt),
    column((f) => f.submittedAt),
    column((f) => f.idem.scope),
    column((f) => f.idem.key),
    column((f) => f.idem.hash),
    column((f) => f.response),
  ]);
  const filed = new Map(rows.map((r) => [r.tracking_code, { id: Number(r.id), queueNumber: r.queue_number }]));
  return filings.map((f) => filed.get(f.code) ?? null);
}

/**
 * Says why a batch failed, on stderr, at most once a minute: a batch that keeps failing costs every submission a
 * second statement. Only the error's code and constraint: PostgreSQL's message details may quote what a citizen
 * typed. A unique violation (a key or code that came in while the batch ran) is expected and not logged.
 */
function reportFailure(err: unknown, state: { lastReport: number }): void {
  const e = err as { code?: string; constraint?: string };
  if (e?.code === '23505' || Date.now() - state.lastReport < 60_000) return;
  state.lastReport = Date.now();
  process.stderr.write(`filing batch failed (${e?.code ?? 'no SQLSTATE'}${e?.constraint ? ` ${e.constraint}` : ''}); its submissions are filed one by one\n`);
}

/** Per database: this process's filing statements, one in flight (A/B in bench:api: more per batch, less CPU per POST than two). */
const batchers = new WeakMap<Db, StatementBatcher<BatchFiling, BatchFiled | null>>();

/**
 * Files one plain submission with the others of its batch; resolves to its item id and queue number, or null when
 * the batch failed and the caller must file it alone.
 */
export function fileInBatch(db: Db, filing: BatchFiling): Promise<BatchFiled | null> {
  let batcher = batchers.get(db);
  if (!batcher) {
    const state = { lastReport: 0 };
    const run = (filings: BatchFiling[]) =>
      fileAll(db, filings).catch((err: unknown) => {
        reportFailure(err, state);
        return filings.map(() => null);
      });
    batchers.set(db, (batcher = new StatementBatcher(run, { inFlight: 1, maxBatch: 64 })));
  }
  return batcher.submit(filing);
}
