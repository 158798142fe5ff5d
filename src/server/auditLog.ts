import type { Queryable } from './storage/db';

/** Records who did what, when; written in the same transaction as the action it describes. */
export async function audit(
  db: Queryable,
  officer: { officerId: number | null; username: string },
  action: string,
  target: string | null,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await db.query('INSERT INTO audit_log (officer_id, officer, action, target, detail) VALUES ($1, $2, $3, $4, $5)', [
    officer.officerId,
    officer.username,
    action,
    target,
    JSON.stringify(detail),
  ]);
}
