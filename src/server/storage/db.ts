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
  /** PostgreSQL only: LISTEN/NOTIFY between server processes (the embedded database is one process). */
  pubsub?: PubSub;
}

/** Cross-process notifications on channels scoped to this database's schema (PostgreSQL LISTEN/NOTIFY). */
export interface PubSub {
  /** Listens on a dedicated connection (reconnecting when it drops); resolves to a function that stops it. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /** Sends one notification (payload under 8000 bytes), delivered to every listener, this process included. */
  notify(channel: string, payload: string): Promise<void>;
}
