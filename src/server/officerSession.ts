import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './apiError';
import type { Db, Queryable } from './storage/db';

/** Name of the httpOnly session cookie of the officer console on plain-http development runs (localhost). */
export const SESSION_COOKIE = 'hall_officer';
/**
 * Its name over HTTPS: the `__Host-` prefix makes browsers accept it only with Secure, Path=/ and no Domain, so a
 * sibling subdomain cannot plant or shadow it. Browsers refuse `__Host-` cookies over plain http, hence two names.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** True when the request came over HTTPS: in-process TLS, or X-Forwarded-Proto from a trusted proxy only. */
function overHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

/** The session cookie's name for this request. */
function cookieName(request: FastifyRequest): string {
  return overHttps(request) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}
/** Sessions end after 8 hours (one shift). */
export const SESSION_TTL_MS = 8 * 3600 * 1000;

/** The officer behind a request, with the CSRF token of the session. */
export interface OfficerSession {
  officerId: number;
  username: string;
  role: string;
  csrfToken: string;
}

/** Only a hash of the session token is stored, so a database leak cannot be replayed as a log-in. */
function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Starts a session: random token in the cookie (httpOnly, SameSite=Strict; Secure and `__Host-` whenever the request
 * came over HTTPS, or `secure` is set), random CSRF token in the body.
 */
export async function startSession(db: Db, reply: FastifyReply, officer: { id: number; username: string; role: string }, secure: boolean): Promise<OfficerSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.query('INSERT INTO officer_sessions (token_hash, officer_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)', [
    tokenHash(token),
    officer.id,
    csrfToken,
    new Date(Date.now() + SESSION_TTL_MS),
  ]);
  const https = secure || overHttps(reply.request);
  reply.setCookie(https ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: https, path: '/', maxAge: SESSION_TTL_MS / 1000 });
  return { officerId: officer.id, username: officer.username, role: officer.role, csrfToken };
}

/** Ends the current session (if any) and clears the cookie. */
export async function endSession(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[cookieName(request)];
  if (token) await db.query('DELETE FROM officer_sessions WHERE token_hash = $1', [tokenHash(token)]);
  reply.clearCookie(cookieName(request), { path: '/', secure: overHttps(request) });
}

/** Loads the session of the cookie, or throws 401. */
export async function requireSession(db: Queryable, request: FastifyRequest): Promise<OfficerSession> {
  const token = request.cookies[cookieName(request)];
  if (!token) throw new HttpError(401, 'unauthenticated', null);
  const rows = await db.query<{ officer_id: number; username: string; role: string; csrf_token: string }>(
    `SELECT s.officer_id, o.username, o.role, s.csrf_token FROM officer_sessions s JOIN officers o ON o.id = s.officer_id
     WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash(token)],
  );
  if (rows.length === 0) throw new HttpError(401, 'unauthenticated', null);
  const r = rows[0];
  return { officerId: Number(r.officer_id), username: r.username, role: r.role, csrfToken: r.csrf_token };
}

/** Rejects a state change whose X-CSRF-Token header does not match the session's token (403). */
export function checkCsrf(request: FastifyRequest, session: OfficerSession): void {
  const header = request.headers['x-csrf-token'];
  const given = Buffer.from(typeof header === 'string' ? header : '');
  const expected = Buffer.from(session.csrfToken);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new HttpError(403, 'csrf_invalid', 'X-CSRF-Token');
}
