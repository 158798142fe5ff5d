import type { Db } from './db';

/** One versioned schema change; the same SQL runs on PGlite and PostgreSQL. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Append new ones; never edit an applied one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE items (
  id serial PRIMARY KEY,
  tracking_code text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('request', 'complaint', 'appointment')),
  service_id text NOT NULL,
  status text NOT NULL DEFAULT 'received',
  queue_number text,
  location_id text,
  appt_day text,
  appt_time text,
  data jsonb NOT NULL,
  masked jsonb NOT NULL,
  locale text NOT NULL DEFAULT 'id',
  reply text,
  reply_at timestamptz,
  reply_officer text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  purged_at timestamptz
);
CREATE INDEX items_created ON items (created_at DESC);
CREATE INDEX items_kind_status ON items (kind, status);
CREATE TABLE item_events (
  id serial PRIMARY KEY,
  item_id integer NOT NULL REFERENCES items (id),
  status text NOT NULL,
  note text,
  officer text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX item_events_item ON item_events (item_id, id);
CREATE TABLE queue_counters (
  service_id text NOT NULL,
  day text NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (service_id, day)
);
CREATE TABLE slot_bookings (
  location_id text NOT NULL,
  day text NOT NULL,
  time text NOT NULL,
  booked integer NOT NULL,
  PRIMARY KEY (location_id, day, time)
);
CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  body_hash text NOT NULL,
  status_code integer,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
CREATE TABLE surveys (
  id serial PRIMARY KEY,
  item_id integer REFERENCES items (id),
  service_id text,
  answers jsonb NOT NULL,
  suggestion text,
  profile jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX surveys_one_per_item ON surveys (item_id) WHERE item_id IS NOT NULL;
CREATE TABLE officers (
  id serial PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL DEFAULT 'officer',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE officer_sessions (
  token_hash text PRIMARY KEY,
  officer_id integer NOT NULL REFERENCES officers (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE TABLE audit_log (
  id serial PRIMARY KEY,
  officer_id integer,
  officer text NOT NULL,
  action text NOT NULL,
  target text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
`,
  },
  {
    version: 2,
    name: 'rate limit counters shared by every server process',
    sql: `
CREATE TABLE rate_counters (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  window_start bigint NOT NULL,
  window_ms bigint NOT NULL,
  last_hit bigint NOT NULL
);
CREATE INDEX rate_counters_expiry ON rate_counters ((window_start + window_ms));
`,
  },
];

/** Arbitrary constant naming the migration lock, so two processes starting together do not race. */
const MIGRATION_LOCK = 7371_2026;

/**
 * Brings the schema up to date: creates the bookkeeping table, then applies each missing migration in its
 * own transaction under an advisory lock. Safe to run any number of times. Returns the versions applied now.
 */
export async function runMigrations(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/** Splits a migration into statements (our migrations contain no semicolons inside literals or bodies). */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
