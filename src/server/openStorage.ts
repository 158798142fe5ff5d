import { mkdir } from 'node:fs/promises';
import { numberWaitingItems } from './queueNumbers';
import type { Db } from './storage/db';
import { runMigrations } from './storage/migrations';
import { openPgDb } from './storage/pgDb';
import { openPgliteDb } from './storage/pgliteDb';

/**
 * Opens PostgreSQL when DATABASE_URL is set, else the embedded database in DATA_DIR; migrates either way, then
 * numbers any submission a crash left without its queue number.
 */
export async function openStorage(options: { databaseUrl?: string; dataDir: string; schema?: string }): Promise<Db> {
  let db: Db;
  if (options.databaseUrl) {
    db = await openPgDb({ connectionString: options.databaseUrl, schema: options.schema });
  } else {
    await mkdir(options.dataDir, { recursive: true });
    db = await openPgliteDb(options.dataDir);
  }
  await runMigrations(db);
  await numberWaitingItems(db);
  return db;
}
