/**
 * Finds the PostgreSQL server for the integration tests: TEST_DATABASE_URL (CI's .ci/postgres.sh), else a throwaway
 * cluster started here with Debian's initdb/pg_ctl in a temp dir on a free port, reached through its Unix socket. Never skips: when neither works
 * it throws, and the PostgreSQL suites fail with the reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../support/freePort';

/** Memo of the one cluster per test process (a test-support singleton, not app state). */
const memo: { url?: Promise<string> } = {};


function postgresBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(path.join(base, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL is not available for the integration tests: set TEST_DATABASE_URL (e.g. `source .ci/postgres.sh`) ' +
        'or install Debian\'s postgresql package (initdb under /usr/lib/postgresql/*/bin). Refusing to skip the PostgreSQL suite.',
    );
  }
  versions.sort((a, b) => Number(a) - Number(b));
  return path.join(base, versions[versions.length - 1], 'bin');
}

async function startThrowawayCluster(): Promise<string> {
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'hall-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const file = path.join(bin, cmd);
    if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' });
    else execFileSync(file, args, { stdio: 'pipe' });
  };
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`could not start a throwaway PostgreSQL cluster in ${dir}: ${e.stderr?.toString() || e.message}`);
  }
  process.once('exit', () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    } catch (err) {
      process.stderr.write(`could not stop the test PostgreSQL cluster in ${dir}: ${(err as Error).message}\n`);
    }
  });
  // Through the Unix socket, as a server on the database's own machine connects: no TCP stack per round trip
  // (bench:api measured ~12 % more POSTs/s than over loopback TCP).
  return `postgres://postgres@localhost:${port}/postgres?host=${encodeURIComponent(dir)}`;
}

/** The connection string of a PostgreSQL server for tests; starts one on first use when needed. */
export function postgresUrl(): Promise<string> {
  memo.url ??= process.env.TEST_DATABASE_URL ? Promise.resolve(process.env.TEST_DATABASE_URL) : startThrowawayCluster();
  return memo.url;
}
