/** Builds in-process servers on a fresh database of either engine, for the integration tests. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadCatalogue } from '../../../../src/server/catalogueLoader';
import { createServer, type CreateServerOptions } from '../../../../src/server/createServer';
import type { Db } from '../../../../src/server/storage/db';
import { runMigrations } from '../../../../src/server/storage/migrations';
import { openPgDb } from '../../../../src/server/storage/pgDb';
import { openPgliteDb } from '../../../../src/server/storage/pgliteDb';
import type { Catalogue } from '../../../../src/shared/catalogue';
import { postgresUrl } from './postgresUrl';

/** The two storage engines every integration suite runs against. */
export const ENGINES = ['pglite', 'postgres'] as const;
/** One storage engine. */
export type Engine = (typeof ENGINES)[number];

/** Repository root. */
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../..');

/** The real catalogue from scenes/catalogue.json. */
export function testCatalogue(): Promise<Catalogue> {
  return loadCatalogue(path.join(ROOT, 'scenes'));
}

/**
 * A fresh, migrated database: an in-memory PGlite, or a new schema on the test PostgreSQL server
 * (dropped again on close), so runs never see each other's rows.
 */
export async function openTestDb(engine: Engine): Promise<Db> {
  if (engine === 'pglite') {
    const db = await openPgliteDb(undefined);
    await runMigrations(db);
    return db;
  }
  const url = await postgresUrl();
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const db = await openPgDb({ connectionString: url, schema });
  await runMigrations(db);
  return {
    ...db,
    engine: db.engine,
    query: db.query,
    transaction: db.transaction,
    async close() {
      await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

/** A server and its database. */
export interface TestServer {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/** Starts an in-process server (use app.inject) on a fresh database of `engine`. */
export async function startTestServer(engine: Engine, options: Partial<CreateServerOptions> = {}): Promise<TestServer> {
  const db = await openTestDb(engine);
  const app = await createServer({ db, catalogue: await testCatalogue(), rateLimitPerMinute: 0, ...options });
  await app.ready();
  return {
    app,
    db,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** A unique Idempotency-Key per call. */
export function newKey(): string {
  return randomBytes(16).toString('hex');
}
