/** The small database surface the server needs, implemented by PGlite (embedded) and pg (PostgreSQL). */

/** Anything that runs a parameterized SQL statement and returns rows. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** A database: queries, transactions (all-or-nothing, committed before resolving) and shutdown. */
export interface Db extends Queryable {
  /** Which engine backs this database, reported by /api/health and the bench. */
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes connections (and flushes the embedded database to disk). */
  close(): Promise<void>;
}
