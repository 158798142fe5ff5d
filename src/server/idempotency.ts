import { createHash } from 'node:crypto';
import { HttpError } from './apiError';
import type { Queryable } from './storage/db';

/** What a POST handler produced: replayed verbatim for a retry with the same key. */
export interface StoredResult {
  status: number;
  body: unknown;
}

/** The key row to store with the records, in the same statement or transaction. */
export interface IdempotencyRecord {
  scope: string;
  key: string;
  hash: string;
}

/** Allowed Idempotency-Key characters and length: base64url (hex and UUIDs included), at most 128. */
const KEY_RE = /^[A-Za-z0-9_-]{22,128}$/;
/** A key of hex digits only carries 4 bits a character, so it needs 32 of them for 16 random bytes. */
const HEX_ONLY = /^[0-9a-fA-F]+$/;

/**
 * True for a key long enough to hold 16 random bytes: 32+ hex digits (our client sends 32 lowercase hex), or 22+
 * base64url characters (UUIDs pass). A short key could be guessed and replayed to read another citizen's answer.
 */
export function isStrongIdempotencyKey(key: string): boolean {
  return KEY_RE.test(key) && (!HEX_ONLY.test(key) || key.length >= 32);
}

/** Reads and checks the Idempotency-Key header; every public POST requires one. */
export function readIdempotencyKey(header: string | string[] | undefined): string {
  if (header === undefined || header === '') throw new HttpError(400, 'idempotency_key_missing', 'Idempotency-Key');
  if (Array.isArray(header) || !isStrongIdempotencyKey(header)) throw new HttpError(400, 'idempotency_key_invalid', 'Idempotency-Key');
  return header;
}

/** JSON with sorted keys, so `{a,b}` and `{b,a}` count as the same body. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Fingerprint of a request body, stored with the key to detect reuse with a different body. The top-level
 * `locale` is left out: a visitor who switches language before the kiosk retries is still sending the same form.
 */
export function bodyHash(body: unknown): string {
  const stable = body && typeof body === 'object' && !Array.isArray(body) ? { ...(body as Record<string, unknown>), locale: undefined } : body;
  return createHash('sha256').update(canonicalJson(stable)).digest('hex');
}

/** True when a database error is a unique violation of the given constraint (pg and PGlite report the same fields). */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && (e.constraint === constraint || (e.message ?? '').includes(constraint));
}

/**
 * Runs `work` at most once per (scope, key). `work` must insert the key row (with its answer) atomically with the
 * records, as the last write: a plain INSERT, so a second attempt with the same key hits the primary key. In
 * PostgreSQL a concurrent attempt blocks on that index until the first commits, then fails and everything it
 * wrote is rolled back; we then replay the stored answer (same body) or answer 409 (different body).
 */
export async function runIdempotent(
  db: Queryable,
  record: Omit<IdempotencyRecord, 'hash'>,
  body: unknown,
  work: (rec: IdempotencyRecord) => Promise<StoredResult>,
): Promise<StoredResult & { replayed: boolean }> {
  const rec = { ...record, hash: bodyHash(body) };
  let failure: unknown;
  try {
    return { ...(await work(rec)), replayed: false };
  } catch (err) {
    // A conflict (e.g. "slot full") may only mean that a concurrent attempt with this key took the last place:
    // look for its stored answer before reporting the conflict.
    const conflict = err instanceof HttpError && err.status === 409;
    if (!isUniqueViolation(err, 'idempotency_keys_pkey') && !conflict) throw err;
    failure = conflict ? err : new HttpError(409, 'idempotency_in_progress', 'Idempotency-Key');
  }
  const rows = await db.query<{ body_hash: string; status_code: number | null; response: unknown }>(
    'SELECT body_hash, status_code, response FROM idempotency_keys WHERE scope = $1 AND key = $2',
    [rec.scope, rec.key],
  );
  const row = rows[0];
  if (!row || row.status_code === null) throw failure;
  if (row.body_hash !== rec.hash) throw new HttpError(409, 'idempotency_conflict', 'Idempotency-Key');
  return { status: Number(row.status_code), body: row.response, replayed: true };
}
