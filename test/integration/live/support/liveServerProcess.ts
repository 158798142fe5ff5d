/**
 * One server process for the two-process live test: PostgreSQL at DATABASE_URL in schema DB_SCHEMA, office hours
 * open around the clock, listening on PORT at 127.0.0.1. Prints "listening" once it accepts connections.
 */
import { createServer } from '../../../../src/server/createServer';
import { openStorage } from '../../../../src/server/openStorage';
import { testCatalogue } from '../../server/support/testServer';
import { alwaysOpen } from './liveClient';

const db = await openStorage({ databaseUrl: process.env.DATABASE_URL, dataDir: '', schema: process.env.DB_SCHEMA });
const app = await createServer({ db, catalogue: await testCatalogue(), rateLimitPerMinute: 0, live: { officeHours: alwaysOpen() } });
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('listening\n');
process.once('SIGTERM', () => {
  void app.close().then(() => db.close()).then(() => process.exit(0));
});
