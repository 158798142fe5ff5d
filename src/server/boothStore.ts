import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './apiError';
import type { Queryable } from './storage/db';

/** Header that carries an enrolled booth's token on every submission. */
export const BOOTH_TOKEN_HEADER = 'x-booth-token';

/** An enrolled booth, as a request carrying its token resolves to. */
export interface Booth {
  id: number;
  name: string;
}

/** A booth as the admin list shows it. */
export interface BoothRow extends Booth {
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** Only a SHA-256 of the token is stored: the token has 256 random bits, so no slow hash is needed. */
function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a booth and returns its token (shown once). */
export async function createBooth(db: Queryable, name: string): Promise<Booth & { token: string }> {
  const token = randomBytes(32).toString('base64url');
  const rows = await db.query<{ id: number }>('INSERT INTO booths (name, token_hash) VALUES ($1, $2) RETURNING id', [name, tokenHash(token)]);
  return { id: Number(rows[0].id), name, token };
}

/**
 * The booth named by the request's X-Booth-Token header: null without the header, 401 booth_token_invalid for
 * an unknown or revoked token (so a revoked booth notices at once instead of silently losing its quota).
 */
export async function boothOfRequest(db: Queryable, request: FastifyRequest): Promise<Booth | null> {
  const header = request.headers[BOOTH_TOKEN_HEADER];
  if (header === undefined) return null;
  const token = Array.isArray(header) ? header[0] : header;
  if (!token || token.length > 128) throw new HttpError(401, 'booth_token_invalid', 'X-Booth-Token');
  const rows = await db.query<{ id: number; name: string }>(
    'UPDATE booths SET last_seen_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id, name',
    [tokenHash(token)],
  );
  if (rows.length === 0) throw new HttpError(401, 'booth_token_invalid', 'X-Booth-Token');
  return { id: Number(rows[0].id), name: rows[0].name };
}

/** Every booth, newest first, for the admin view. */
export async function listBooths(db: Queryable): Promise<BoothRow[]> {
  const rows = await db.query<{ id: number; name: string; created_at: Date; last_seen_at: Date | null; revoked_at: Date | null }>(
    'SELECT id, name, created_at, last_seen_at, revoked_at FROM booths ORDER BY id DESC LIMIT 500',
  );
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return rows.map((r) => ({ id: Number(r.id), name: r.name, createdAt: iso(r.created_at)!, lastSeenAt: iso(r.last_seen_at), revokedAt: iso(r.revoked_at) }));
}

/** Revokes a booth's token; 404 when no such booth. Revoking twice keeps the first time. */
export async function revokeBooth(db: Queryable, id: number): Promise<{ id: number; name: string }> {
  const rows = await db.query<{ id: number; name: string }>(
    'UPDATE booths SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING id, name',
    [id],
  );
  if (rows.length === 0) throw new HttpError(404, 'not_found', 'id');
  return { id: Number(rows[0].id), name: rows[0].name };
}
