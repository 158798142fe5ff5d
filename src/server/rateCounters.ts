import type { Queryable } from './storage/db';

/** One counter row: hits in the current window, and when the window started and ends. */
export interface RateCounter {
  hits: number;
  windowStart: number;
  windowMs: number;
  lastHit: number;
}

interface CounterRow {
  hits: number | string;
  window_start: number | string;
  window_ms: number | string;
  last_hit: number | string;
}

function toCounter(row: CounterRow): RateCounter {
  return { hits: Number(row.hits), windowStart: Number(row.window_start), windowMs: Number(row.window_ms), lastHit: Number(row.last_hit) };
}

/**
 * Counts one hit of `key` in a fixed window of `windowMs`, in one statement, so every server process sharing the
 * database shares the count. An expired window starts again at 1. Times are epoch milliseconds of the caller's clock.
 */
export async function bumpCounter(db: Queryable, key: string, windowMs: number, now: number): Promise<RateCounter> {
  const rows = await db.query<CounterRow>(
    `INSERT INTO rate_counters AS c (key, hits, window_start, window_ms, last_hit) VALUES ($1, 1, $3, $2, $3)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN c.window_start + c.window_ms <= $3 THEN 1 ELSE c.hits + 1 END,
       window_start = CASE WHEN c.window_start + c.window_ms <= $3 THEN $3 ELSE c.window_start END,
       window_ms = CASE WHEN c.window_start + c.window_ms <= $3 THEN $2 ELSE c.window_ms END,
       last_hit = $3
     RETURNING hits, window_start, window_ms, last_hit`,
    [key, windowMs, now],
  );
  return toCounter(rows[0]);
}

/** Reads a counter without counting; null when it does not exist or its window is over. */
export async function peekCounter(db: Queryable, key: string, now: number): Promise<RateCounter | null> {
  const rows = await db.query<CounterRow>('SELECT hits, window_start, window_ms, last_hit FROM rate_counters WHERE key = $1', [key]);
  if (rows.length === 0) return null;
  const counter = toCounter(rows[0]);
  return counter.windowStart + counter.windowMs <= now ? null : counter;
}

/** Deletes counters whose window is over (called now and then by their users). */
export async function pruneCounters(db: Queryable, now: number): Promise<void> {
  await db.query('DELETE FROM rate_counters WHERE window_start + window_ms <= $1', [now]);
}
