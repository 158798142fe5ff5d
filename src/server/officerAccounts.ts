/** Officer accounts: creation, role and unit changes, disabling, password resets and changes. */
import type { OfficerAccount } from '../shared/api/officerSchemas';
import { HttpError } from './apiError';
import { type OfficerRole } from './officerRoles';
import { hashPassword, verifyPassword } from './passwordHash';
import { checkPassword } from './passwordPolicy';
import type { Db, Queryable } from './storage/db';

export { MIN_PASSWORD_LENGTH } from './passwordPolicy';
export type { OfficerAccount };

/** Ends every session of an officer (after a password reset, a role change or disabling). */
export async function endSessionsOf(db: Queryable, officerId: number): Promise<void> {
  await db.query('DELETE FROM officer_sessions WHERE officer_id = $1', [officerId]);
}

/**
 * Creates an officer, or resets the password (and sets role and units) of an existing one, ending its sessions.
 * Used by the command line, the first-run bootstrap and tests. Throws an HttpError for a weak password.
 */
export async function upsertOfficer(db: Db, username: string, password: string, role: OfficerRole, units: string[] = []): Promise<number> {
  checkPassword(password, username);
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: number }>(
      `INSERT INTO officers (username, password_hash, role, units) VALUES ($1, $2, $3, $4)
       ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, units = EXCLUDED.units,
         password_changed_at = now(), disabled_at = NULL
       RETURNING id`,
      [username, hash, role, JSON.stringify(units)],
    );
    const id = Number(rows[0].id);
    await endSessionsOf(tx, id);
    return id;
  });
}

/**
 * Creates the first admin from OFFICER_BOOTSTRAP_PASSWORD when no officer exists yet; later starts leave
 * accounts alone (so changing the variable never silently resets a password). Returns whether one was created.
 */
export async function bootstrapAdmin(db: Db, username: string, password: string | undefined): Promise<boolean> {
  if (!password) return false;
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM officers');
  if (Number(rows[0].n) > 0) return false;
  await upsertOfficer(db, username, password, 'admin');
  return true;
}

/** Every account, for the admin screen. */
export async function listOfficers(db: Queryable): Promise<OfficerAccount[]> {
  const rows = await db.query<{ id: number; username: string; role: string; units: string[]; disabled_at: Date | null; totp_enabled: boolean }>(
    'SELECT id, username, role, units, disabled_at, totp_enabled FROM officers ORDER BY username',
  );
  return rows.map((r) => ({ id: Number(r.id), username: r.username, role: r.role, units: r.units, disabled: r.disabled_at !== null, totpEnabled: r.totp_enabled }));
}

/** Loads one account by name, or throws 404 naming `username`. */
export async function officerByName(db: Queryable, username: string): Promise<OfficerAccount> {
  const all = await db.query<{ id: number }>('SELECT id FROM officers WHERE username = $1', [username]);
  if (all.length === 0) throw new HttpError(404, 'not_found', 'username');
  return (await listOfficers(db)).find((o) => o.id === Number(all[0].id)) as OfficerAccount;
}

/** Sets role, units and/or the disabled flag; a change of any ends the officer's sessions. */
export async function updateOfficer(tx: Queryable, id: number, change: { role?: OfficerRole; units?: string[]; disabled?: boolean }): Promise<void> {
  if (change.role !== undefined) await tx.query('UPDATE officers SET role = $2 WHERE id = $1', [id, change.role]);
  if (change.units !== undefined) await tx.query('UPDATE officers SET units = $2 WHERE id = $1', [id, JSON.stringify(change.units)]);
  if (change.disabled !== undefined) await tx.query('UPDATE officers SET disabled_at = CASE WHEN $2 THEN now() ELSE NULL END WHERE id = $1', [id, change.disabled]);
  await endSessionsOf(tx, id);
}

/** Sets a new password (already checked) and ends every session of the officer. */
export async function setPassword(tx: Queryable, id: number, password: string): Promise<void> {
  const hash = await hashPassword(password);
  await tx.query('UPDATE officers SET password_hash = $2, password_changed_at = now() WHERE id = $1', [id, hash]);
  await endSessionsOf(tx, id);
}

/** An officer's own change: the current password must match; 400 naming the field otherwise. */
export async function changeOwnPassword(tx: Queryable, id: number, username: string, current: string, next: string): Promise<void> {
  const rows = await tx.query<{ password_hash: string }>('SELECT password_hash FROM officers WHERE id = $1', [id]);
  if (rows.length === 0 || !(await verifyPassword(current, rows[0].password_hash))) throw new HttpError(400, 'password_wrong', 'currentPassword');
  checkPassword(next, username, 'newPassword');
  await setPassword(tx, id, next);
}
