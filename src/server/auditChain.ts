/**
 * The audit log's hash chain: each row stores the hash of the previous row and a hash of its own content, so an
 * edited, inserted or deleted row breaks the chain from there on. Personal parts (the client IP, a note copied from
 * an item) are chained only through a salted hash, so retention can erase them (and their salt) and the chain still
 * verifies, while the stored hash cannot be brute-forced back to the IP once the salt is gone.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from './storage/db';

/** The hash the first row links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The chained fields of one audit row, as stored. */
export interface ChainedRow {
  id: number;
  at: Date | string;
  officer_id: number | null;
  officer: string | null;
  attempted_username: string | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
  personal: Record<string, unknown> | null;
  salt: string | null;
  ip_hash: string | null;
  personal_hash: string | null;
  prev_hash: string | null;
  row_hash: string | null;
}

/** JSON with object keys sorted at every level, so jsonb's key reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Salted hash of a personal part; null when there is none. */
export function saltedHash(salt: string, value: unknown): string | null {
  return value === null || value === undefined ? null : sha256(`${salt}|${canonicalJson(value)}`);
}

/** The hash of a row: its chained content plus the previous row's hash. */
export function rowHash(row: Omit<ChainedRow, 'id' | 'ip' | 'personal' | 'salt' | 'row_hash'>): string {
  return sha256(
    canonicalJson([
      row.prev_hash,
      new Date(row.at).toISOString(),
      row.officer_id === null ? null : Number(row.officer_id),
      row.officer,
      row.attempted_username,
      row.action,
      row.target,
      row.detail,
      row.ip_hash,
      row.personal_hash,
    ]),
  );
}

/** Result of a chain check: ok, or the first row that does not verify and why. */
export type ChainVerdict = { ok: true; rows: number } | { ok: false; rows: number; firstBrokenId: number; reason: string };

/** Why one row does not verify after `prevHash`, or null when it does. */
function checkRow(row: ChainedRow, prevHash: string): string | null {
  if (row.prev_hash !== prevHash) return 'previous-row hash does not match (a row was removed, inserted or reordered)';
  if (rowHash(row) !== row.row_hash) return 'row content does not match its hash (the row was edited)';
  if (row.ip !== null && (row.salt === null || saltedHash(row.salt, row.ip) !== row.ip_hash)) return 'IP does not match its hash';
  if (row.personal !== null && (row.salt === null || saltedHash(row.salt, row.personal) !== row.personal_hash)) return 'note does not match its hash';
  return null;
}

/** Walks the whole audit log in order and names the first row that breaks the chain. */
export async function verifyAuditChain(db: Queryable, pageSize = 1000): Promise<ChainVerdict> {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let count = 0;
  for (;;) {
    const rows = await db.query<ChainedRow>(
      `SELECT id, at, officer_id, officer, attempted_username, action, target, detail, ip, personal, salt, ip_hash, personal_hash, prev_hash, row_hash
       FROM audit_log WHERE id > $1 ORDER BY id LIMIT ${Number(pageSize)}`,
      [lastId],
    );
    if (rows.length === 0) return { ok: true, rows: count };
    for (const row of rows) {
      lastId = Number(row.id);
      // Rows written before the chain existed (migration 3) carry no hashes; only a leading run of them is allowed.
      if (row.row_hash === null && prev === GENESIS_HASH) continue;
      const reason = checkRow(row, prev);
      if (reason) return { ok: false, rows: count, firstBrokenId: Number(row.id), reason };
      prev = row.row_hash as string;
      count += 1;
    }
  }
}
