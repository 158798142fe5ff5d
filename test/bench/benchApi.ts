/**
 * `npm run bench:api`: load benchmark of the API with autocannon against the real server process, on the embedded
 * database (PGlite) and on PostgreSQL (TEST_DATABASE_URL / DATABASE_URL, else a throwaway cluster like the tests).
 * Reports req/s, p50 and p99 latency and errors for POST /api/requests and GET /api/requests/{code}.
 * Options (env): BENCH_DURATION seconds per run (default 10), BENCH_CONNECTIONS (default 10), BENCH_ENGINES (pglite,postgres).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import pg from 'pg';
import { apiExamples } from '../../src/shared/api/examples';
import { postgresUrl } from '../integration/server/support/postgresUrl';

/** The part of autocannon's options and result this bench uses (the package ships no types). */
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
interface CannonOptions {
  url: string;
  duration?: number;
  connections?: number;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  requests?: { setupRequest: (r: CannonRequest) => CannonRequest }[];
}
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: CannonOptions) => Promise<CannonResult>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    if (Date.now() > deadline) throw new Error(`server not healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface Row {
  engine: string;
  route: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

async function run(engine: string, route: string, opts: CannonOptions): Promise<Row> {
  const result = await autocannon({ duration: DURATION, connections: CONNECTIONS, ...opts });
  return {
    engine,
    route,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function benchEngine(engine: string): Promise<Row[]> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'hall-bench-'));
    env = { DATA_DIR: dir, DATABASE_URL: '' };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const url = process.env.DATABASE_URL || (await postgresUrl());
    const dbName = `bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${dbName}`;
    env = { DATABASE_URL: u.toString() };
    cleanup = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    };
  }
  const child = await startServer(env, port);
  try {
    const body = JSON.stringify(apiExamples('2099-01-01').createRequest);
    const headers = { 'content-type': 'application/json' };
    // Warm-up (JIT, connection pool), not reported.
    await autocannon({ url: `${base}/api/requests`, duration: 2, connections: CONNECTIONS, method: 'POST', body, headers, requests: [{ setupRequest: (r) => ({ ...r, headers: { ...r.headers, 'idempotency-key': `warm-${randomBytes(16).toString('hex')}` } }) }] });
    const post = await run(engine, 'POST /api/requests', {
      url: `${base}/api/requests`,
      method: 'POST',
      body,
      headers,
      requests: [{ setupRequest: (r) => ({ ...r, headers: { ...r.headers, 'idempotency-key': `bench-${randomBytes(16).toString('hex')}` } }) }],
    });
    const codes: string[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`${base}/api/requests`, { method: 'POST', body, headers: { ...headers, 'idempotency-key': `codes-${randomBytes(16).toString('hex')}` } });
      codes.push(((await res.json()) as { trackingCode: string }).trackingCode);
    }
    let i = 0;
    const get = await run(engine, 'GET /api/requests/{code}', {
      url: base,
      requests: [{ setupRequest: (r) => ({ ...r, method: 'GET', path: `/api/requests/${codes[i++ % codes.length]}` }) }],
    });
    return [post, get];
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await cleanup();
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const loadBefore = loadavg()[0].toFixed(1);
  for (const engine of ENGINES) rows.push(...(await benchEngine(engine)));
  process.stdout.write(`\nAPI benchmark: ${DURATION}s per run, ${CONNECTIONS} connections, node ${process.version}, ${cpus().length} CPUs\n`);
  // Other work on the machine skews the figures: the 1-minute load average says how much.
  process.stdout.write(`load average (1 min) before: ${loadBefore}, after: ${loadavg()[0].toFixed(1)}\n`);
  process.stdout.write('| engine | route | req/s | p50 ms | p99 ms | requests | errors |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n');
  for (const r of rows) process.stdout.write(`| ${r.engine} | ${r.route} | ${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.errors} |\n`);
  process.exit(rows.some((r) => r.errors > 0) ? 1 : 0);
}

main().catch((err: Error) => {
  process.stderr.write(`bench failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
