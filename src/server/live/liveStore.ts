/** The rows behind live consultation (migration 7): citizen tokens, officer presence and calls. SQL only. */
import { createHash, randomBytes } from 'node:crypto';
import type { Presence } from '../../shared/live/protocol';
import type { Queryable } from '../storage/db';

/** Citizen tokens are good for opening a socket within 10 minutes. */
export const TOKEN_TTL_MS = 10 * 60 * 1000;
/** A connection not seen for this long (its process died) no longer counts; see heartbeat(). */
export const STALE_SECONDS = 60;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues a short-lived anonymous token; only its hash is stored. Expired ones are cleared on the way. */
export async function issueToken(db: Queryable, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS);
  await db.query('DELETE FROM live_tokens WHERE expires_at < $1', [now]);
  await db.query('INSERT INTO live_tokens (token_hash, expires_at) VALUES ($1, $2)', [hash(token), expiresAt]);
  return { token, expiresAt };
}

/** Uses up a token: true when it existed and had not expired (a token opens one socket only). */
export async function redeemToken(db: Queryable, token: string, now: Date): Promise<boolean> {
  const rows = await db.query('DELETE FROM live_tokens WHERE token_hash = $1 RETURNING expires_at', [hash(token)]);
  return rows.length > 0 && new Date((rows[0] as { expires_at: string }).expires_at) > now;
}

/** A call row. */
export interface CallRow {
  id: number;
  call_key: string;
  unit: string;
  status: 'waiting' | 'active' | 'ended';
  citizen_conn: string;
  officer_id: number | null;
  officer: string | null;
  officer_conn: string | null;
  consent_context: boolean;
  consent_form: boolean;
  transfers: number;
  created_at: string;
  queued_at: string;
  accepted_at: string | null;
  ended_at: string | null;
  end_reason: string | null;
}

/** A presence row. */
export interface PresenceRow {
  officer_id: number;
  username: string;
  units: string[];
  status: Presence;
  conn_id: string;
}

/** Sets an officer's presence from connection `conn` (a second tab takes over). */
export async function setPresence(db: Queryable, officer: { officerId: number; username: string; units: string[] }, conn: string, status: Presence): Promise<void> {
  await db.query(
    `INSERT INTO live_presence (officer_id, username, units, status, conn_id, seen_at) VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (officer_id) DO UPDATE SET username = EXCLUDED.username, units = EXCLUDED.units, status = EXCLUDED.status, conn_id = EXCLUDED.conn_id, seen_at = now()`,
    [officer.officerId, officer.username, JSON.stringify(officer.units), status, conn],
  );
}

/** Removes the presence held by a connection. */
export async function removePresence(db: Queryable, conn: string): Promise<void> {
  await db.query('DELETE FROM live_presence WHERE conn_id = $1', [conn]);
}

/** Opens a waiting call for a citizen connection. */
export async function createCall(db: Queryable, unit: string, citizenConn: string): Promise<CallRow> {
  const key = randomBytes(12).toString('base64url');
  const rows = await db.query<CallRow>('INSERT INTO live_calls (call_key, unit, status, citizen_conn) VALUES ($1, $2, $3, $4) RETURNING *', [key, unit, 'waiting', citizenConn]);
  return rows[0];
}

/** The open (waiting or active) call of a citizen connection. */
export async function openCallOfCitizen(db: Queryable, conn: string): Promise<CallRow | null> {
  const rows = await db.query<CallRow>("SELECT * FROM live_calls WHERE citizen_conn = $1 AND status <> 'ended' ORDER BY id DESC LIMIT 1", [conn]);
  return rows[0] ?? null;
}

/** An open call by key. */
export async function openCall(db: Queryable, key: string): Promise<CallRow | null> {
  const rows = await db.query<CallRow>("SELECT * FROM live_calls WHERE call_key = $1 AND status <> 'ended'", [key]);
  return rows[0] ?? null;
}

/** Takes a waiting call for an officer; null when someone else took it first or it is gone. */
export async function acceptCall(db: Queryable, key: string, officer: { officerId: number; username: string }, conn: string): Promise<CallRow | null> {
  const rows = await db.query<CallRow>(
    `UPDATE live_calls SET status = 'active', officer_id = $2, officer = $3, officer_conn = $4, accepted_at = now(), officer_seen_at = now()
     WHERE call_key = $1 AND status = 'waiting' RETURNING *`,
    [key, officer.officerId, officer.username, conn],
  );
  return rows[0] ?? null;
}

/** Puts an active call back in the queue of another unit, at its original place (first come, first served). */
export async function transferCall(db: Queryable, key: string, officerConn: string, unit: string): Promise<CallRow | null> {
  const rows = await db.query<CallRow>(
    `UPDATE live_calls SET status = 'waiting', unit = $3, officer_id = NULL, officer = NULL, officer_conn = NULL, accepted_at = NULL,
       queued_at = created_at, transfers = transfers + 1
     WHERE call_key = $1 AND status = 'active' AND officer_conn = $2 RETURNING *`,
    [key, officerConn, unit],
  );
  return rows[0] ?? null;
}

/** Records the citizen's consents on their open call. */
export async function setConsent(db: Queryable, conn: string, context: boolean, form: boolean): Promise<CallRow | null> {
  const rows = await db.query<CallRow>(
    "UPDATE live_calls SET consent_context = $2, consent_form = $2 AND $3 WHERE citizen_conn = $1 AND status <> 'ended' RETURNING *",
    [conn, context, form],
  );
  return rows[0] ?? null;
}

/** Ends open calls matching a column (call_key, citizen_conn or officer_conn); returns what ended, with times. */
export async function endCalls(db: Queryable, column: 'call_key' | 'citizen_conn' | 'officer_conn', value: string, reason: string): Promise<CallRow[]> {
  return db.query<CallRow>(`UPDATE live_calls SET status = 'ended', ended_at = now(), end_reason = $2 WHERE ${column} = $1 AND status <> 'ended' RETURNING *`, [value, reason]);
}

/** The units with at least one available officer now (fresh presence): a kiosk offers "leave a message" elsewhere. */
export async function unitsOnDuty(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ units: string[] | string }>(
    `SELECT units FROM live_presence WHERE status = 'available' AND seen_at > now() - interval '${STALE_SECONDS} seconds'`,
  );
  const units = rows.flatMap((r) => (typeof r.units === 'string' ? (JSON.parse(r.units) as string[]) : r.units));
  return [...new Set(units)].sort();
}

/** Everything the queue views need, read in one go. */
export interface LiveSnapshot {
  waiting: CallRow[];
  presence: PresenceRow[];
  /** Officer ids in an active call. */
  busy: Set<number>;
  /** Mean length of the last accepted calls per unit, minutes. */
  meanMinutes: Map<string, number>;
}

/** Reads the waiting calls (in queue order), live presence, busy officers and recent call lengths. */
export async function readSnapshot(db: Queryable): Promise<LiveSnapshot> {
  const fresh = `seen_at > now() - interval '${STALE_SECONDS} seconds'`;
  const waiting = await db.query<CallRow>(`SELECT * FROM live_calls WHERE status = 'waiting' AND ${fresh} ORDER BY queued_at, id`);
  const presence = await db.query<PresenceRow>(`SELECT officer_id, username, units, status, conn_id FROM live_presence WHERE ${fresh}`);
  const busy = await db.query<{ officer_id: number }>(`SELECT officer_id FROM live_calls WHERE status = 'active' AND ${fresh}`);
  const means = await db.query<{ unit: string; minutes: number }>(
    `SELECT unit, avg(extract(epoch FROM ended_at - accepted_at)) / 60 AS minutes FROM
       (SELECT unit, accepted_at, ended_at, row_number() OVER (PARTITION BY unit ORDER BY id DESC) AS rn FROM live_calls
        WHERE status = 'ended' AND accepted_at IS NOT NULL) recent
     WHERE rn <= 20 GROUP BY unit`,
  );
  return {
    waiting,
    presence: presence.map((p) => ({ ...p, officer_id: Number(p.officer_id) })),
    busy: new Set(busy.map((b) => Number(b.officer_id))),
    meanMinutes: new Map(means.map((m) => [m.unit, Number(m.minutes)])),
  };
}

/**
 * Marks this process's connections as alive and ends what a dead process left behind (calls and presence not
 * seen for STALE_SECONDS). Every process runs it periodically. Each side of a call is seen on its own: when the
 * officer's process dies, the citizen's process still refreshes the call, but not its officer side, so the call
 * ends (reason `disconnected`) within STALE_SECONDS plus one heartbeat; the same when the citizen's process dies.
 */
export async function heartbeat(db: Queryable, conns: string[]): Promise<CallRow[]> {
  if (conns.length > 0) {
    await db.query('UPDATE live_presence SET seen_at = now() WHERE conn_id = ANY($1)', [conns]);
    await db.query("UPDATE live_calls SET seen_at = now() WHERE status <> 'ended' AND (citizen_conn = ANY($1) OR officer_conn = ANY($1))", [conns]);
    await db.query("UPDATE live_calls SET citizen_seen_at = now() WHERE status <> 'ended' AND citizen_conn = ANY($1)", [conns]);
    await db.query("UPDATE live_calls SET officer_seen_at = now() WHERE status <> 'ended' AND officer_conn = ANY($1)", [conns]);
  }
  const stale = `now() - interval '${STALE_SECONDS} seconds'`;
  await db.query(`DELETE FROM live_presence WHERE seen_at < now() - interval '${STALE_SECONDS} seconds'`);
  return db.query<CallRow>(
    `UPDATE live_calls SET status = 'ended', ended_at = now(), end_reason = 'disconnected'
     WHERE status <> 'ended' AND (seen_at < ${stale} OR citizen_seen_at < ${stale} OR (officer_conn IS NOT NULL AND officer_seen_at < ${stale})) RETURNING *`,
  );
}
