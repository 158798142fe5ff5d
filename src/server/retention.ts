import type { Db } from './storage/db';

/**
 * Purges personal data older than `days` (UU PDP: keep it no longer than needed). The item, its status,
 * timeline and masked view stay, so statistics and the citizen's status page keep working; the form data,
 * contact details and complaint text are erased. Old idempotency keys and expired sessions go too.
 */
export async function purgeExpiredPersonalData(db: Db, days: number): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `UPDATE items SET data = '{}'::jsonb, purged_at = now()
     WHERE purged_at IS NULL AND created_at < now() - make_interval(days => $1::int)
     RETURNING id`,
    [days],
  );
  await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1::int)`, [Math.min(days, 7)]);
  await db.query('DELETE FROM officer_sessions WHERE expires_at < now()');
  return rows.length;
}
