import { audit, SYSTEM } from './auditLog';
import { flushLoginFailures } from './loginFailures';
import type { Db, Queryable } from './storage/db';

/**
 * Erases the personal data of items (retention or a citizen's erasure request): form data, the officer notes of the
 * timeline, the complaint reply, the survey suggestion and profile tied to the item, and notes copied into the audit
 * log (only the note and its salt go; the row and its hash stay, so the audit chain still verifies). The item, its
 * statuses and masked view stay, so statistics and the citizen's status page keep working.
 */
export async function erasePersonalData(tx: Queryable, itemIds: number[]): Promise<void> {
  if (itemIds.length === 0) return;
  const ids = JSON.stringify(itemIds);
  const inItems = '(SELECT (jsonb_array_elements_text($1::jsonb))::int)';
  const codes = await tx.query<{ tracking_code: string }>(
    `UPDATE items SET data = '{}'::jsonb, reply = NULL, purged_at = coalesce(purged_at, now()), updated_at = now() WHERE id IN ${inItems} RETURNING tracking_code`,
    [ids],
  );
  await tx.query(`UPDATE item_events SET note = NULL WHERE note IS NOT NULL AND item_id IN ${inItems}`, [ids]);
  await tx.query(`UPDATE surveys SET suggestion = NULL, profile = NULL WHERE item_id IN ${inItems}`, [ids]);
  await tx.query(`UPDATE audit_log SET personal = NULL WHERE personal IS NOT NULL AND target IN (SELECT jsonb_array_elements_text($1::jsonb))`, [
    JSON.stringify(codes.map((c) => c.tracking_code)),
  ]);
}

/**
 * Purges personal data older than `days` (UU PDP: keep it no longer than needed): the items' personal data (see
 * erasePersonalData), suggestions and profiles of surveys (anonymous ones too), the IPs and notes of old audit rows,
 * old idempotency keys and expired sessions. The purge itself is audit-logged. Returns the number of items purged.
 */
export async function purgeExpiredPersonalData(db: Db, days: number): Promise<number> {
  await flushLoginFailures(db, { kind: 'ended' });
  const counts = await db.transaction(async (tx) => {
    const rows = await tx.query<{ id: number }>(
      `SELECT id FROM items WHERE purged_at IS NULL AND created_at < now() - make_interval(days => $1::int) FOR UPDATE`,
      [days],
    );
    await erasePersonalData(
      tx,
      rows.map((r) => Number(r.id)),
    );
    const surveys = await tx.query(
      `UPDATE surveys SET suggestion = NULL, profile = NULL WHERE (suggestion IS NOT NULL OR profile IS NOT NULL)
       AND created_at < now() - make_interval(days => $1::int) RETURNING id`,
      [days],
    );
    // Anonymous kiosk feedback (its own channel, outside the IKM) may hold personal words in its suggestion too.
    const feedback = await tx.query(
      `UPDATE feedback SET suggestion = NULL WHERE suggestion IS NOT NULL AND created_at < now() - make_interval(days => $1::int) RETURNING id`,
      [days],
    );
    const auditRows = await tx.query(
      `UPDATE audit_log SET ip = NULL, personal = NULL, salt = NULL WHERE salt IS NOT NULL AND at < now() - make_interval(days => $1::int) RETURNING id`,
      [days],
    );
    return { items: rows.length, surveys: surveys.length + feedback.length, auditRows: auditRows.length };
  });
  await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1::int)`, [Math.min(days, 7)]);
  await db.query('DELETE FROM officer_sessions WHERE expires_at < now()');
  if (counts.items + counts.surveys + counts.auditRows > 0) await audit(db, SYSTEM, 'retention_purge', null, { days, ...counts });
  return counts.items;
}
