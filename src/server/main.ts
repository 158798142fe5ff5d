/**
 * Server entry point (`npm start`, `npm start -- --https`, `tsx src/server/main.ts --create-officer NAME`,
 * `tsx src/server/main.ts --verify-audit`):
 * reads the environment, opens storage, migrates, and serves the app, the API and the officer console.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from './catalogueLoader';
import { loadConfig } from './config';
import { serverLoggerOptions } from './logRedaction';
import { createServer } from './createServer';
import { parseIceServers } from './live/iceServers';
import { loadOfficeHours } from './live/officeHoursLoader';
import { bootstrapFirstAdmin, runOfficerCommand } from './officerCli';
import { openStorage } from './openStorage';
import { purgeExpiredPersonalData } from './retention';
import { selfSignedCert } from './selfSignedCert';
import { loadOrCreateSubmissionKeys } from './submissionKeys';

export { createServer } from './createServer';

/** Retention purge runs at start and then every 6 hours. */
const PURGE_INTERVAL_MS = 6 * 3600 * 1000;

/** Starts the server process; resolves once it listens. */
async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const config = loadConfig(process.env, process.argv.slice(2), root);
  const db = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });

  const code = await runOfficerCommand(db, process.argv.slice(2), process.env, (line) => process.stdout.write(`${line}\n`));
  if (code !== null) {
    await db.close();
    process.exitCode = code;
    return;
  }

  if (await bootstrapFirstAdmin(db, config.bootstrapUsername, config.bootstrapPassword)) {
    process.stdout.write(`created first admin "${config.bootstrapUsername}" from OFFICER_BOOTSTRAP_PASSWORD; enrol TOTP at the first log-in\n`);
  }
  const catalogue = await loadCatalogue(config.scenesDir);
  const https = config.https ? await selfSignedCert(path.join(root, '.certs')) : undefined;
  const app = await createServer({
    db,
    catalogue,
    distDir: config.distDir,
    allowedOrigins: config.allowedOrigins,
    rateLimitPerMinute: config.rateLimitPerMinute,
    slotCapacity: config.slotCapacity,
    booking: config.booking,
    https,
    trustProxy: config.trustProxy,
    statusLookupsPerMinute: config.rateLimitPerMinute === 0 ? 0 : config.statusLookupsPerMinute,
    serveSourceMaps: config.serveSourceMaps,
    submissionKeys: await loadOrCreateSubmissionKeys(config.dataDir),
    logger: serverLoggerOptions(process.env.LOG_LEVEL ?? 'info'),
    live: { officeHours: await loadOfficeHours(process.env.OFFICE_HOURS_FILE || undefined), iceServers: parseIceServers(process.env.ICE_SERVERS) },
  });

  const purge = () =>
    purgeExpiredPersonalData(db, config.retentionDays).then(
      (n) => n > 0 && app.log.info(`retention: purged personal data of ${n} items older than ${config.retentionDays} days`),
      (err: Error) => app.log.error({ err }, 'retention purge failed'),
    );
  await purge();
  const timer = setInterval(purge, PURGE_INTERVAL_MS);
  timer.unref();

  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    clearInterval(timer);
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`hall on ${https ? 'https' : 'http'}://localhost:${config.port} (${db.engine}${db.engine === 'pglite' ? ` in ${config.dataDir}` : ''})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: Error) => {
    process.stderr.write(`server failed to start: ${err.stack ?? err.message}\n`);
    process.exit(1);
  });
}
