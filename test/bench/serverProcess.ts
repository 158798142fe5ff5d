/** Server processes and throwaway databases for `npm run bench:api`. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { postgresUrl } from '../integration/server/support/postgresUrl';
import { waitForHttp } from '../e2e/support/appServer';
import { postmasterPid } from './processCpu';
import { freePort } from '../support/freePort';

export { freePort };

/**
 * Starts `src/server/main.ts` on `port` with `env` and waits until healthy (5 minutes at most: a loaded machine starts it slowly). The bench's one client address stands
 * for a whole city, so the per-client limits are lifted (rate limit off, per-address booking quota and slot
 * capacity huge); the server's defaults are unchanged. `nodeFlags` go to node (e.g. `--cpu-prof` to profile it).
 */
export async function startServer(root: string, env: Record<string, string>, port: number, nodeFlags: string[] = []): Promise<ChildProcess> {
  return startScript(root, 'src/server/main.ts', env, port, nodeFlags);
}

/** Starts the peer baseline (`peerServer.ts`: Fastify and one INSERT per POST) on `port`, like {@link startServer}. */
export async function startPeerServer(root: string, env: Record<string, string>, port: number): Promise<ChildProcess> {
  return startScript(root, 'test/bench/peerServer.ts', env, port, []);
}

/** Runs `script` (relative to `root`) with tsx and the bench's environment, and waits for its /api/health. */
async function startScript(root: string, script: string, env: Record<string, string>, port: number, nodeFlags: string[]): Promise<ChildProcess> {
  let output = '';
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', SLOT_CAPACITY: '1000000', BOOKINGS_PER_IP_PER_DAY: '1000000', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 300_000, () => (child.exitCode !== null ? `exit ${child.exitCode}:\n${output}` : null));
  return child;
}

/** Stops a server process and waits for it to exit. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** A fresh database for one engine: the server environment that selects it, the cluster's postmaster, and how to drop it. */
export async function benchDatabase(engine: string): Promise<{ env: Record<string, string>; postmaster: number | null; cleanup: () => Promise<void> }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'hall-bench-'));
    return { env: { DATA_DIR: dir, DATABASE_URL: '' }, postmaster: null, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.DATABASE_URL || (await postgresUrl());
  const dbName = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${dbName}`;
  return {
    env: { DATABASE_URL: u.toString() },
    postmaster: await postmasterPid(url),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    },
  };
}
