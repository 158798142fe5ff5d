import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db, Queryable } from './db';
import { createPgPubSub } from './pgPubSub';

/** At most this many distinct statement texts are prepared per process (the server's SQL is a fixed set). */
const MAX_PREPARED = 500;

/**
 * A query config that runs a parameterized statement as a named prepared statement: each connection parses and
 * plans it once (PostgreSQL may then keep a generic plan), instead of on every call. The name is a hash of the
 * text, so one name never stands for two statements. Parameterless SQL (migrations: several statements at once)
 * keeps the simple protocol.
 */
export function preparedQuery(names: Map<string, string>, sql: string, params?: unknown[]): pg.QueryConfig | string {
  if (!params || params.length === 0) return sql;
  let name = names.get(sql);
  if (name === undefined) {
    if (names.size >= MAX_PREPARED) return { text: sql, values: params };
    name = `h${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return { name, text: sql, values: params };
}

/** Options of a PostgreSQL connection pool. */
export interface PgDbOptions {
  connectionString: string;
  /** Schema to use instead of `public` (tests use a fresh one per run); created when missing. */
  schema?: string;
  /** Pool size; a few connections are plenty for one server process. */
  max?: number;
}

/** Opens a pool on a production PostgreSQL server (DATABASE_URL). */
export async function openPgDb(options: PgDbOptions): Promise<Db> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`bad schema name ${options.schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  });
  pool.on('error', (err) => {
    // An idle client lost its connection; the pool replaces it on next use.
    process.stderr.write(`postgres pool: ${err.message}\n`);
  });
  if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
  const names = new Map<string, string>();
  const run = (q: { query: (c: pg.QueryConfig | string) => Promise<pg.QueryResult> }, sql: string, params?: unknown[]) => q.query(preparedQuery(names, sql, params));
  const clientConfig = { connectionString: options.connectionString, options: options.schema ? `-c search_path=${options.schema}` : undefined };
  return {
    engine: 'postgres',
    pubsub: createPgPubSub(clientConfig, options.schema ?? 'public', (sql, params) => pool.query(sql, params)),
    async query<T>(sql: string, params?: unknown[]) {
      const res = await run(pool, sql, params);
      return res.rows as T[];
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query<R>(sql: string, params?: unknown[]) {
            const res = await run(client, sql, params);
            return res.rows as R[];
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch((rollbackErr: Error) => {
          process.stderr.write(`postgres rollback failed: ${rollbackErr.message}\n`);
        });
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
