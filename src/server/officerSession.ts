import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './apiError';
import type { Db, Queryable } from './storage/db';

/** Name of the httpOnly session cookie of the officer console. */
export const SESSION_COOKIE = 'hall_officer';
/** Sessions end after 8 hours (one shift). */
export const SESSION_TTL_MS = 8 * 3600 * 1000;

/** The officer behind a request, with the CSRF token of the session. */
export interface OfficerSession {
  officerId: number;
  username: string;
  role: string;
  csrfToken: string;
  /** Service units (kiosk ids) an `officer` works; empty for other roles. */
  units: string[];
  /** Whether the officer has a confirmed TOTP second factor. */
  totpEnabled: boolean;
}

/** Only a hash of the session token is stored, so a database leak cannot be replayed as a log-in. */
function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session: random token in the cookie (httpOnly, SameSite=Strict), random CSRF token in the body. */
export async function startSession(db: Db, reply: FastifyReply, officer: { id: number; username: string; role: string; units: string[]; totpEnabled: boolean }, secure: boolean): Promise<OfficerSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.query('INSERT INTO officer_sessions (token_hash, officer_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)', [
    tokenHash(token),
    officer.id,
    csrfToken,
    new Date(Date.now() + SESSION_TTL_MS),
  ]);
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: SESSION_TTL_MS / 1000 });
  return { officerId: officer.id, username: officer.username, role: officer.role, csrfToken, units: officer.units, totpEnabled: officer.totpEnabled };
}

/** Ends the current session (if any) and clears the cookie. */
export async function endSession(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await db.query('DELETE FROM officer_sessions WHERE token_hash = $1', [tokenHash(token)]);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Loads the session of the cookie, or throws 401. */
export async function requireSession(db: Queryable, request: FastifyRequest): Promise<OfficerSession> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw new HttpError(401, 'unauthenticated', null);
  const rows = await db.query<{ officer_id: number; username: string; role: string; csrf_token: string; units: string[]; totp_enabled: boolean }>(
    `SELECT s.officer_id, o.username, o.role, s.csrf_token, o.units, o.totp_enabled FROM officer_sessions s JOIN officers o ON o.id = s.officer_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND o.disabled_at IS NULL`,
    [tokenHash(token)],
  );
  if (rows.length === 0) throw new HttpError(401, 'unauthenticated', null);
  const r = rows[0];
  return { officerId: Number(r.officer_id), username: r.username, role: r.role, csrfToken: r.csrf_token, units: r.units, totpEnabled: r.totp_enabled };
}

/** Rejects a state change whose X-CSRF-Token header does not match the session's token (403). */
export function checkCsrf(request: FastifyRequest, session: OfficerSession): void {
  const header = request.headers['x-csrf-token'];
  const given = Buffer.from(typeof header === 'string' ? header : '');
  const expected = Buffer.from(session.csrfToken);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new HttpError(403, 'csrf_invalid', 'X-CSRF-Token');
}
