import { hashPassword } from './passwordHash';
import type { Db } from './storage/db';

/** Minimum officer password length. */
export const MIN_PASSWORD_LENGTH = 10;

/** Creates (or resets the password of) an officer account; used by bootstrap and the first-run command. */
export async function upsertOfficer(db: Db, username: string, password: string, role: 'admin' | 'officer'): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`officer password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  const hash = await hashPassword(password);
  await db.query(
    `INSERT INTO officers (username, password_hash, role) VALUES ($1, $2, $3)
     ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role`,
    [username, hash, role],
  );
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
