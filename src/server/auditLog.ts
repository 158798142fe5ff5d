import { randomBytes } from 'node:crypto';
import { GENESIS_HASH, rowHash, saltedHash } from './auditChain';
import type { Db, Queryable } from './storage/db';

/** Arbitrary constant naming the audit-chain lock: appends are serialised so the chain never forks. */
const AUDIT_LOCK = 7371_0008;

/** Who acted: a signed-in officer, or nobody (a failed log-in, the command line, the scheduler). */
export interface AuditActor {
  officerId: number | null;
  username: string | null;
}

/** The optional parts of an audit row. */
export interface AuditExtra {
  /** Client IP; erased by retention (the chain keeps only its salted hash). */
  ip?: string | null;
  /** The user name a failed log-in tried, kept apart from the officer column. */
  attemptedUsername?: string | null;
  /** Personal text copied from an item (a note); erased by retention and erasure requests. */
  personal?: Record<string, unknown> | null;
  /** The time of the event; now by default. */
  at?: Date;
}

/** The actor of command-line and scheduled actions. */
export const SYSTEM: AuditActor = { officerId: null, username: null };

function isDb(db: Queryable): db is Db {
  return typeof (db as Db).transaction === 'function' && typeof (db as Db).engine === 'string';
}

async function append(tx: Queryable, actor: AuditActor, action: string, target: string | null, detail: Record<string, unknown>, extra: AuditExtra) {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const last = await tx.query<{ row_hash: string }>('SELECT row_hash FROM audit_log WHERE row_hash IS NOT NULL ORDER BY id DESC LIMIT 1');
  const salt = randomBytes(16).toString('base64');
  const at = new Date(Math.floor((extra.at ?? new Date()).getTime()));
  const chained = {
    prev_hash: last[0]?.row_hash ?? GENESIS_HASH,
    at,
    officer_id: actor.officerId,
    officer: actor.username,
    attempted_username: extra.attemptedUsername ?? null,
    action,
    target,
    detail,
    ip_hash: saltedHash(salt, extra.ip ?? null),
    personal_hash: saltedHash(salt, extra.personal ?? null),
  };
  await tx.query(
    `INSERT INTO audit_log (officer_id, officer, attempted_username, action, target, detail, at, ip, personal, salt, ip_hash, personal_hash, prev_hash, row_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      chained.officer_id,
      chained.officer,
      chained.attempted_username,
      action,
      target,
      JSON.stringify(detail),
      at,
      extra.ip ?? null,
      extra.personal ? JSON.stringify(extra.personal) : null,
      salt,
      chained.ip_hash,
      chained.personal_hash,
      chained.prev_hash,
      rowHash(chained),
    ],
  );
}

/**
 * Appends one row to the hash-chained audit log: who did what, when. Inside a transaction it joins it (the row
 * commits with the action it describes); on a bare database it opens its own, because the chain lock must be held
 * until the row is committed.
 */
export async function audit(
  db: Queryable,
  actor: AuditActor,
  action: string,
  target: string | null,
  detail: Record<string, unknown> = {},
  extra: AuditExtra = {},
): Promise<void> {
  if (isDb(db)) await db.transaction((tx) => append(tx, actor, action, target, detail, extra));
  else await append(db, actor, action, target, detail, extra);
}
