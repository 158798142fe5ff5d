import { createHash } from 'node:crypto';
import { HttpError } from './apiError';
import type { Db, Queryable } from './storage/db';

/** What a POST handler produced: replayed verbatim for a retry with the same key. */
export interface StoredResult {
  status: number;
  body: unknown;
}

/** Allowed Idempotency-Key values: what UUIDs, ULIDs and our client's keys look like. */
const KEY_RE = /^[A-Za-z0-9_\-:.]{8,128}$/;

/** Reads and checks the Idempotency-Key header; every public POST requires one. */
export function readIdempotencyKey(header: string | string[] | undefined): string {
  if (header === undefined || header === '') throw new HttpError(400, 'idempotency_key_missing', 'Idempotency-Key');
  if (Array.isArray(header) || !KEY_RE.test(header)) throw new HttpError(400, 'idempotency_key_invalid', 'Idempotency-Key');
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

/** Fingerprint of a request body, stored with the key to detect reuse with a different body. */
export function bodyHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * Runs `work` at most once per (scope, key): the key row is inserted in the same transaction as the records,
 * so either both commit or neither does. A concurrent retry blocks on the key's unique index until the first
 * transaction ends, then replays its stored answer. Same key with another body: 409.
 */
export async function runIdempotent(
  db: Db,
  scope: string,
  key: string,
  body: unknown,
  work: (tx: Queryable) => Promise<StoredResult>,
): Promise<StoredResult & { replayed: boolean }> {
  const hash = bodyHash(body);
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      'INSERT INTO idempotency_keys (scope, key, body_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key',
      [scope, key, hash],
    );
    if (inserted.length === 0) {
      const rows = await tx.query<{ body_hash: string; status_code: number | null; response: unknown }>(
        'SELECT body_hash, status_code, response FROM idempotency_keys WHERE scope = $1 AND key = $2',
        [scope, key],
      );
      const row = rows[0];
      if (!row || row.status_code === null) throw new HttpError(409, 'idempotency_in_progress', 'Idempotency-Key');
      if (row.body_hash !== hash) throw new HttpError(409, 'idempotency_conflict', 'Idempotency-Key');
      return { status: row.status_code, body: row.response, replayed: true };
    }
    const result = await work(tx);
    await tx.query('UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE scope = $1 AND key = $2', [
      scope,
      key,
      result.status,
      JSON.stringify(result.body),
    ]);
    return { ...result, replayed: false };
  });
}
