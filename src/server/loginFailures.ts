/**
 * Log-in failure limits and their audit rows (issue 10, finding 4), kept in the database so every server process
 * of the city shares them (an in-memory limiter would multiply the budget by the number of processes):
 * - per client IP across user names: at most IP_FAILURE_CAP failures per window (stops password spraying);
 * - per user name across IPs: after FREE_FAILURES failures, an exponential wait (60 s, 120 s, … at most 15 min)
 *   before the next attempt, whatever the IP (stops a botnet rotating addresses).
 * The same rows group repeated failures: one `login_failed` audit row per burst (user name + IP) with a count, not
 * one per try. A burst's row is written when it ends (a success, a gap of one window) or when the audit log is read.
 * @fastify/rate-limit is not used here: it counts requests, while these rules count failures across two keys.
 */
import { audit, SYSTEM } from './auditLog';
import type { Db, Queryable } from './storage/db';

/** The window of the counters, seconds (15 minutes). */
export const FAILURE_WINDOW_S = 15 * 60;
/** Failures one IP may make across all user names per window. */
export const IP_FAILURE_CAP = 20;
/** Failures per user name (any IP) before the backoff starts. */
export const FREE_FAILURES = 5;
const MAX_WAIT_S = 15 * 60;

interface BurstRow {
  username_key: string;
  ip: string;
  username: string;
  count: number;
  audited: number;
  first_at: Date;
  last_at: Date;
}

/** Seconds the client must wait before trying this user name from this IP, or 0 when it may try now. */
export async function loginRetryAfter(db: Queryable, ip: string, username: string): Promise<number> {
  const rows = await db.query<{ ip_n: number; ip_oldest: number | null; user_n: number; user_last: number | null }>(
    `SELECT
       coalesce(sum(count) FILTER (WHERE ip = $1), 0)::int AS ip_n,
       extract(epoch FROM now() - min(last_at) FILTER (WHERE ip = $1))::float8 AS ip_oldest,
       coalesce(sum(count) FILTER (WHERE username_key = $2), 0)::int AS user_n,
       extract(epoch FROM now() - max(last_at) FILTER (WHERE username_key = $2))::float8 AS user_last
     FROM login_failure_bursts WHERE last_at > now() - make_interval(secs => $3) AND (ip = $1 OR username_key = $2)`,
    [ip, username.toLowerCase(), FAILURE_WINDOW_S],
  );
  const r = rows[0];
  if (Number(r.ip_n) >= IP_FAILURE_CAP) return Math.max(1, Math.ceil(FAILURE_WINDOW_S - Number(r.ip_oldest ?? 0)));
  const userFailures = Number(r.user_n);
  if (userFailures >= FREE_FAILURES) {
    const wait = Math.min(60 * 2 ** (userFailures - FREE_FAILURES), MAX_WAIT_S);
    const left = Math.ceil(wait - Number(r.user_last ?? 0));
    if (left > 0) return left;
  }
  return 0;
}

/** Writes the audit row of a burst (its failures not yet audited); then deletes the burst or marks it audited. */
async function auditBurst(tx: Queryable, row: BurstRow, keep: boolean): Promise<void> {
  const unaudited = Number(row.count) - Number(row.audited);
  if (unaudited > 0) {
    const detail = { count: unaudited, firstAt: new Date(row.first_at).toISOString(), lastAt: new Date(row.last_at).toISOString() };
    await audit(tx, SYSTEM, 'login_failed', null, detail, { ip: row.ip, attemptedUsername: row.username });
  }
  if (keep) await tx.query('UPDATE login_failure_bursts SET audited = count WHERE username_key = $1 AND ip = $2', [row.username_key, row.ip]);
  else await tx.query('DELETE FROM login_failure_bursts WHERE username_key = $1 AND ip = $2', [row.username_key, row.ip]);
}

/**
 * Audits bursts and closes them: `which` picks ended ones (no failure for a window), those of one user name (after
 * its successful log-in), or all (before the audit log is read; open bursts stay counted for the limits).
 */
export async function flushLoginFailures(db: Db, which: { kind: 'ended' } | { kind: 'user'; username: string } | { kind: 'all' }): Promise<void> {
  await db.transaction(async (tx) => {
    const rows =
      which.kind === 'user'
        ? await tx.query<BurstRow>('SELECT * FROM login_failure_bursts WHERE username_key = $1 ORDER BY first_at FOR UPDATE', [which.username.toLowerCase()])
        : await tx.query<BurstRow & { ended: boolean }>(
            `SELECT *, last_at <= now() - make_interval(secs => $1) AS ended FROM login_failure_bursts ORDER BY first_at FOR UPDATE`,
            [FAILURE_WINDOW_S],
          );
    for (const row of rows) {
      const ended = which.kind === 'user' || (row as { ended?: boolean }).ended === true;
      if (which.kind === 'ended' && !ended) continue;
      await auditBurst(tx, row, !ended);
    }
  });
}

/** Counts one failed log-in (after closing an ended burst of the same user name and IP). */
export async function recordLoginFailure(db: Db, ip: string, username: string): Promise<void> {
  await db.transaction(async (tx) => {
    const stale = await tx.query<BurstRow>(
      `SELECT * FROM login_failure_bursts WHERE username_key = $1 AND ip = $2 AND last_at <= now() - make_interval(secs => $3) FOR UPDATE`,
      [username.toLowerCase(), ip, FAILURE_WINDOW_S],
    );
    if (stale.length > 0) await auditBurst(tx, stale[0], false);
    await tx.query(
      `INSERT INTO login_failure_bursts (username_key, ip, username, count, first_at, last_at) VALUES ($1, $2, $3, 1, now(), now())
       ON CONFLICT (username_key, ip) DO UPDATE SET count = login_failure_bursts.count + 1, last_at = now()`,
      [username.toLowerCase(), ip, username],
    );
  });
}
