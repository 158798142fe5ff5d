import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db';

/**
 * Opens the embedded database (real Postgres compiled to WASM) in `dataDir`, or in memory when it is undefined.
 * `relaxedDurability: false` makes every query wait until PGlite has synced its files, so a 201 means the
 * row is on disk; `synchronous_commit`/`fsync` stay at their safe defaults.
 */
export async function openPgliteDb(dataDir: string | undefined): Promise<Db> {
  const pg = new PGlite({ dataDir, relaxedDurability: false });
  await pg.waitReady;
  const q: Queryable = {
    async query<T>(sql: string, params?: unknown[]) {
      const res = await pg.query<T>(sql, params as unknown[]);
      return res.rows;
    },
  };
  return {
    engine: 'pglite',
    query: q.query,
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      return pg.transaction(async (tx) =>
        fn({
          async query<R>(sql: string, params?: unknown[]) {
            const res = await tx.query<R>(sql, params as unknown[]);
            return res.rows;
          },
        }),
      );
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}
