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
  {
    version: 3,
    name: 'officer roles, TOTP, hash-chained audit log, log-in failure bursts',
    sql: `
ALTER TABLE officers ADD COLUMN units jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE officers ADD COLUMN disabled_at timestamptz;
ALTER TABLE officers ADD COLUMN totp_secret text;
ALTER TABLE officers ADD COLUMN totp_enabled boolean NOT NULL DEFAULT false;
ALTER TABLE officers ADD COLUMN totp_last_step bigint;
ALTER TABLE officers ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE audit_log ALTER COLUMN officer DROP NOT NULL;
ALTER TABLE audit_log ADD COLUMN attempted_username text;
ALTER TABLE audit_log ADD COLUMN ip text;
ALTER TABLE audit_log ADD COLUMN personal jsonb;
ALTER TABLE audit_log ADD COLUMN salt text;
ALTER TABLE audit_log ADD COLUMN ip_hash text;
ALTER TABLE audit_log ADD COLUMN personal_hash text;
ALTER TABLE audit_log ADD COLUMN prev_hash text;
ALTER TABLE audit_log ADD COLUMN row_hash text;
CREATE TABLE login_failure_bursts (
  username_key text NOT NULL,
  ip text NOT NULL,
  username text NOT NULL,
  count integer NOT NULL,
  audited integer NOT NULL DEFAULT 0,
  first_at timestamptz NOT NULL,
  last_at timestamptz NOT NULL,
  PRIMARY KEY (username_key, ip)
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW.ip IS NULL OR NEW.ip IS NOT DISTINCT FROM OLD.ip)
     AND (NEW.personal IS NULL OR NEW.personal IS NOT DISTINCT FROM OLD.personal)
     AND (NEW.salt IS NULL OR NEW.salt IS NOT DISTINCT FROM OLD.salt)
     AND (NEW.id, NEW.officer_id, NEW.officer, NEW.attempted_username, NEW.action, NEW.target, NEW.detail, NEW.at,
          NEW.ip_hash, NEW.personal_hash, NEW.prev_hash, NEW.row_hash)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.officer_id, OLD.officer, OLD.attempted_username, OLD.action, OLD.target, OLD.detail, OLD.at,
          OLD.ip_hash, OLD.personal_hash, OLD.prev_hash, OLD.row_hash) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (only purging ip, personal and salt is allowed)';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
`,
  },
  {
    version: 4,
    name: 'booking limits, booths, anonymous feedback',
    sql: `
CREATE UNIQUE INDEX items_one_active_booking ON items (service_id, (data->>'bookingNik'))
  WHERE kind = 'appointment' AND status NOT IN ('completed', 'rejected', 'cancelled');
CREATE TABLE booking_quota (
  client_key text NOT NULL,
  day text NOT NULL,
  used integer NOT NULL,
  PRIMARY KEY (client_key, day)
);
CREATE TABLE booths (
  id serial PRIMARY KEY,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);
CREATE TABLE feedback (
  id serial PRIMARY KEY,
  answers jsonb NOT NULL,
  suggestion text,
  booth_id integer REFERENCES booths (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 5,
    name: 'queue numbers drawn after the submission commits (no counter lock held through its fsync)',
    sql: `
ALTER TABLE items ADD COLUMN queue_day text;
CREATE TABLE queue_waiting (
  service_id text NOT NULL,
  day text NOT NULL,
  item_id integer NOT NULL,
  prefix text NOT NULL,
  PRIMARY KEY (service_id, day, item_id)
);
CREATE FUNCTION hall_number_queue(p_item integer) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_number text;
BEGIN
  SELECT queue_number INTO v_number FROM items WHERE id = p_item;
  IF v_number IS NOT NULL THEN
    RETURN v_number;
  END IF;
  -- One numbering at a time. A volatile function's next statement takes a fresh snapshot, so after the wait it
  -- sees every item committed meanwhile (any service, any day), and one commit numbers them all.
  PERFORM pg_advisory_xact_lock(7371, 5);
  SELECT queue_number INTO v_number FROM items WHERE id = p_item;
  IF v_number IS NOT NULL THEN
    RETURN v_number;
  END IF;
  WITH w AS (
    DELETE FROM queue_waiting RETURNING service_id, day, item_id, prefix
  ), pending AS (
    SELECT w.*, row_number() OVER (PARTITION BY service_id, day ORDER BY item_id) AS rn, count(*) OVER (PARTITION BY service_id, day) AS total FROM w
  ), c AS (
    INSERT INTO queue_counters AS qc (service_id, day, last) SELECT service_id, day, count(*) FROM pending GROUP BY service_id, day
    ON CONFLICT (service_id, day) DO UPDATE SET last = qc.last + excluded.last RETURNING service_id, day, last
  ), u AS (
    UPDATE items i SET queue_number = p.prefix || '-' || lpad((c.last - p.total + p.rn)::text, greatest(3, length((c.last - p.total + p.rn)::text)), '0')
    FROM pending p JOIN c ON c.service_id = p.service_id AND c.day = p.day WHERE i.id = p.item_id RETURNING i.id, i.queue_number
  )
  SELECT queue_number INTO v_number FROM u WHERE id = p_item;
  IF v_number IS NULL THEN
    SELECT queue_number INTO v_number FROM items WHERE id = p_item;
  END IF;
  RETURN v_number;
END
$$
`,
  },
  {
    version: 6,
    name: "offline-first submissions: the client's time of submission beside the time of receipt",
    sql: `
ALTER TABLE items ADD COLUMN submitted_at timestamptz;
`,
  },
  {
    version: 7,
    name: 'live consultation: citizen tokens, officer presence, calls (issue 11)',
    sql: `
CREATE TABLE live_tokens (
  token_hash text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE TABLE live_presence (
  officer_id integer PRIMARY KEY REFERENCES officers (id),
  username text NOT NULL,
  units jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('available', 'away')),
  conn_id text NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE live_calls (
  id serial PRIMARY KEY,
  call_key text NOT NULL UNIQUE,
  unit text NOT NULL,
  status text NOT NULL CHECK (status IN ('waiting', 'active', 'ended')),
  citizen_conn text NOT NULL,
  officer_id integer,
  officer text,
  officer_conn text,
  consent_context boolean NOT NULL DEFAULT false,
  consent_form boolean NOT NULL DEFAULT false,
  transfers integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  queued_at timestamptz NOT NULL DEFAULT now(),
  accepted_at timestamptz,
  ended_at timestamptz,
  end_reason text,
  seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX live_calls_open ON live_calls (unit, queued_at, id) WHERE status <> 'ended';
CREATE TABLE live_relay (
  id serial PRIMARY KEY,
  payload text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 8,
    name: 'live consultation (issue 11): consultation tickets as an item kind; each side of a call seen on its own',
    sql: `
ALTER TABLE items DROP CONSTRAINT items_kind_check;
ALTER TABLE items ADD CONSTRAINT items_kind_check CHECK (kind IN ('request', 'complaint', 'appointment', 'consultation'));
ALTER TABLE live_calls ADD COLUMN citizen_seen_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE live_calls ADD COLUMN officer_seen_at timestamptz;
`,
  },
  // Migrations are append-only, so this one repeats migration 5's function whole; the one change is the ORDER BY
  // of its counter upsert.
  {
    version: 9,
    name: 'queue counters locked in (service, day) order, as filing batches lock them (issue 14)',
    sql: `
CREATE OR REPLACE FUNCTION hall_number_queue(p_item integer) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_number text;
BEGIN
  SELECT queue_number INTO v_number FROM items WHERE id = p_item;
  IF v_number IS NOT NULL THEN
    RETURN v_number;
  END IF;
  -- One numbering at a time. A volatile function's next statement takes a fresh snapshot, so after the wait it
  -- sees every item committed meanwhile (any service, any day), and one commit numbers them all.
  PERFORM pg_advisory_xact_lock(7371, 5);
  SELECT queue_number INTO v_number FROM items WHERE id = p_item;
  IF v_number IS NOT NULL THEN
    RETURN v_number;
  END IF;
  WITH w AS (
    DELETE FROM queue_waiting RETURNING service_id, day, item_id, prefix
  ), pending AS (
    SELECT w.*, row_number() OVER (PARTITION BY service_id, day ORDER BY item_id) AS rn, count(*) OVER (PARTITION BY service_id, day) AS total FROM w
  ), c AS (
    INSERT INTO queue_counters AS qc (service_id, day, last) SELECT service_id, day, count(*) FROM pending GROUP BY service_id, day ORDER BY service_id, day
    ON CONFLICT (service_id, day) DO UPDATE SET last = qc.last + excluded.last RETURNING service_id, day, last
  ), u AS (
    UPDATE items i SET queue_number = p.prefix || '-' || lpad((c.last - p.total + p.rn)::text, greatest(3, length((c.last - p.total + p.rn)::text)), '0')
    FROM pending p JOIN c ON c.service_id = p.service_id AND c.day = p.day WHERE i.id = p.item_id RETURNING i.id, i.queue_number
  )
  SELECT queue_number INTO v_number FROM u WHERE id = p_item;
  IF v_number IS NULL THEN
    SELECT queue_number INTO v_number FROM items WHERE id = p_item;
  END IF;
  RETURN v_number;
END
$$
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

/**
 * Splits a migration into statements on semicolons, except inside `$$ … $$` (function bodies), which stay whole.
 * Our migrations contain no semicolons inside string literals.
 */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  sql.split('$$').forEach((part, i) => {
    if (i % 2 === 1) {
      current += `$$${part}$$`;
      return;
    }
    const pieces = part.split(';');
    current += pieces[0];
    for (const piece of pieces.slice(1)) {
      statements.push(current);
      current = piece;
    }
  });
  statements.push(current);
  return statements.map((s) => s.trim()).filter((s) => s.length > 0);
}
