/**
 * `npm run bench:api`: load benchmark of the API with autocannon against real server processes, on the embedded
 * database (PGlite) and on PostgreSQL (TEST_DATABASE_URL / DATABASE_URL, else a throwaway cluster like the tests).
 * Rows per engine: POST /api/requests (one service, the issue-14 figure), the same body sealed as an offline kiosk
 * queues it (ECDH + AES-GCM envelope, opened by the server: issue 9), GET /api/requests/{code}, and the
 * realistic mix of apiMix.ts; on PostgreSQL also POST and mix served by TWO processes on the one database
 * (autocannon spreads its connections over both ports), to show the server scales out; and per engine the peer
 * baseline (peerServer.ts: Fastify and one INSERT per POST, the stack without the hall's work) beside the POST row.
 * Reports req/s, p50 and p99 latency, errors, the CPU ms each request cost the server processes, the database
 * cluster and this bench's own client (processCpu.ts: unlike req/s, barely moved by other load on the machine),
 * the load average, and the issue's goals met or not.
 * Options (env): BENCH_DURATION seconds per run (default 10), BENCH_AMOUNT requests per run instead of a duration,
 * BENCH_CONNECTIONS (default 10), BENCH_ENGINES (pglite,postgres), BENCH_ROWS (post,sealed,get,mix,scale,peer: all).
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { apiExamples } from '../../src/shared/api/examples';
import { sealSubmission, type SubmissionPublicKey } from '../../src/shared/submissionEnvelope';
import { apiMix } from './apiMix';
import { clusterCpuMs, processCpuMs } from './processCpu';
import { benchDatabase, freePort, startPeerServer, startServer, stopServer } from './serverProcess';

/** The part of autocannon's options and result this bench uses (the package ships no types). */
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
interface CannonOptions {
  url: string | string[];
  duration?: number;
  amount?: number;
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
const AMOUNT = process.env.BENCH_AMOUNT ? Number(process.env.BENCH_AMOUNT) : undefined;
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
const ROWS = new Set((process.env.BENCH_ROWS ?? 'post,sealed,get,mix,scale,peer').split(','));

interface Row {
  engine: string;
  route: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** CPU ms per request of the server processes, the PostgreSQL cluster (0 on PGlite: in-process) and the client. */
  cpu: { server: number; db: number; client: number };
}

/** The processes whose CPU a run charges: the servers' pids, and the PostgreSQL postmaster (null on PGlite). */
interface Meter {
  servers: number[];
  postmaster: number | null;
}

/** CPU ms so far of the servers, the cluster and this process. */
function cpuNow(meter: Meter): { server: number; db: number; client: number } {
  const client = process.cpuUsage();
  return {
    server: meter.servers.reduce((sum, pid) => sum + processCpuMs(pid), 0),
    db: meter.postmaster === null ? 0 : clusterCpuMs(meter.postmaster),
    client: (client.user + client.system) / 1000,
  };
}

async function run(engine: string, route: string, meter: Meter, opts: CannonOptions): Promise<Row> {
  const before = cpuNow(meter);
  const result = await autocannon({ ...(AMOUNT ? { amount: AMOUNT } : { duration: DURATION }), connections: CONNECTIONS, ...opts });
  const after = cpuNow(meter);
  const perRequest = (k: 'server' | 'db' | 'client') => Math.round(((after[k] - before[k]) / Math.max(1, result.requests.total)) * 100) / 100;
  return {
    engine,
    route,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    cpu: { server: perRequest('server'), db: perRequest('db'), client: perRequest('client') },
  };
}

const BODY = JSON.stringify(apiExamples('2099-01-01').createRequest);
const JSON_HEADERS = { 'content-type': 'application/json' };
/** A POST of the issue's figure: one service, a fresh Idempotency-Key per request. */
const postRequests = (url: string | string[], prefix: string): CannonOptions => ({
  url: Array.isArray(url) ? url.map((u) => `${u}/api/requests`) : `${url}/api/requests`,
  method: 'POST',
  body: BODY,
  headers: JSON_HEADERS,
  requests: [{ setupRequest: (r) => ({ ...r, headers: { ...r.headers, 'idempotency-key': `${prefix}-${randomBytes(16).toString('hex')}` } }) }],
});

/**
 * The same POST sealed to the server's key, as the kiosk's outbox delivers it (one envelope: the server draws the
 * codes, so every fresh key files a new request and each one costs an ECDH + HKDF + AES-GCM open).
 */
async function postSealed(url: string, prefix: string): Promise<CannonOptions> {
  const key = (await (await fetch(`${url}/api/submission-key`)).json()) as SubmissionPublicKey;
  const envelope = await sealSubmission({ ...(JSON.parse(BODY) as object), submittedAt: new Date().toISOString() }, key, 'requests');
  return { ...postRequests(url, prefix), body: JSON.stringify({ envelope }) };
}

/** Files 100 requests and returns their tracking codes, for the lookups. */
async function fileCodes(base: string): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${base}/api/requests`, { method: 'POST', body: BODY, headers: { ...JSON_HEADERS, 'idempotency-key': `codes-${randomBytes(16).toString('hex')}` } });
    codes.push(((await res.json()) as { trackingCode: string }).trackingCode);
  }
  return codes;
}

/** The mix of apiMix.ts against one or more servers. */
function mixRun(url: string | string[], codes: string[]): CannonOptions {
  const next = apiMix(ROOT, codes);
  return { url, requests: [{ setupRequest: (r) => ({ ...r, ...next() }) }] };
}

/** Runs the chosen rows of one engine: one process, and on PostgreSQL a second process on the same database. */
async function benchEngine(engine: string): Promise<Row[]> {
  const ports = [await freePort(), await freePort()];
  const bases = ports.map((p) => `http://127.0.0.1:${p}`);
  const { env, postmaster, cleanup } = await benchDatabase(engine);
  const children = [await startServer(ROOT, env, ports[0])];
  const meter: Meter = { servers: [children[0].pid!], postmaster };
  const rows: Row[] = [];
  try {
    // Warm-up (JIT, connection pool), not reported.
    await autocannon({ ...postRequests(bases[0], 'warm'), duration: 2, connections: CONNECTIONS });
    if (ROWS.has('post')) rows.push(await run(engine, 'POST /api/requests', meter, postRequests(bases[0], 'bench')));
    if (ROWS.has('sealed')) rows.push(await run(engine, 'POST /api/requests, sealed (offline outbox)', meter, await postSealed(bases[0], 'sealed')));
    const codes = ROWS.has('get') || ROWS.has('mix') ? await fileCodes(bases[0]) : [];
    let i = 0;
    const lookup = { url: bases[0], requests: [{ setupRequest: (r: CannonRequest) => ({ ...r, method: 'GET', path: `/api/requests/${codes[i++ % codes.length]}` }) }] };
    if (ROWS.has('get')) rows.push(await run(engine, 'GET /api/requests/{code}', meter, lookup));
    if (ROWS.has('mix')) rows.push(await run(engine, 'mix (apiMix.ts)', meter, mixRun(bases[0], codes)));
    if (engine !== 'postgres' || !ROWS.has('scale')) return rows;
    children.push(await startServer(ROOT, env, ports[1]));
    meter.servers.push(children[1].pid!);
    await autocannon({ ...postRequests(bases, 'warm2'), duration: 2, connections: CONNECTIONS });
    rows.push(await run(engine, 'POST /api/requests, 2 processes', meter, postRequests(bases, 'bench2')));
    rows.push(await run(engine, 'mix, 2 processes', meter, mixRun(bases, codes.length ? codes : await fileCodes(bases[0]))));
    return rows;
  } finally {
    for (const child of children) await stopServer(child);
    await cleanup();
  }
}

/**
 * The peer baseline row: `peerServer.ts` (Fastify and one INSERT per POST) on a fresh database of `engine`, with the
 * same body and connections as the hall's POST row.
 */
async function benchPeer(engine: string): Promise<Row> {
  const port = await freePort();
  const { env, postmaster, cleanup } = await benchDatabase(engine);
  const child = await startPeerServer(ROOT, env, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    await autocannon({ ...postRequests(base, 'warm'), duration: 2, connections: CONNECTIONS });
    return await run(engine, 'peer: Fastify + one INSERT (peerServer.ts)', { servers: [child.pid!], postmaster }, postRequests(base, 'peer'));
  } finally {
    await stopServer(child);
    await cleanup();
  }
}

/** The issue-14 goals for POST /api/requests (one process), per engine. */
const GOALS: Record<string, { reqPerSec: number; p99: number }> = { postgres: { reqPerSec: 2000, p99: 50 }, pglite: { reqPerSec: 600, p99: 50 } };

function printGoals(rows: Row[]): void {
  process.stdout.write('\nIssue 14 figures (POST /api/requests, one process):\n');
  for (const r of rows.filter((x) => x.route === 'POST /api/requests' && GOALS[x.engine])) {
    const goal = GOALS[r.engine];
    const met = r.reqPerSec >= goal.reqPerSec && r.p99 < goal.p99;
    const peer = rows.find((x) => x.engine === r.engine && x.route.startsWith('peer:'));
    const beside = peer ? `; the peer baseline ${peer.reqPerSec}/s, so the hall serves ${Math.round((100 * r.reqPerSec) / peer.reqPerSec)} % of it` : '';
    process.stdout.write(`- ${r.engine}: ${r.reqPerSec}/s, p99 ${r.p99} ms (goal >= ${goal.reqPerSec}/s, p99 < ${goal.p99} ms): ${met ? 'met' : 'NOT met'}${beside}\n`);
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const loadBefore = loadavg()[0].toFixed(1);
  for (const engine of ENGINES) {
    rows.push(...(await benchEngine(engine)));
    if (ROWS.has('peer')) rows.push(await benchPeer(engine));
  }
  process.stdout.write(`\nAPI benchmark: ${AMOUNT ? `${AMOUNT} requests` : `${DURATION}s`} per run, ${CONNECTIONS} connections, node ${process.version}, ${cpus().length} CPUs\n`);
  // Other work on the machine skews the figures: the 1-minute load average says how much.
  process.stdout.write(`load average (1 min) before: ${loadBefore}, after: ${loadavg()[0].toFixed(1)}\n`);
  process.stdout.write('CPU ms/request: user + system time of the server process(es), the PostgreSQL cluster, and this bench (autocannon), per request served.\n');
  process.stdout.write('| engine | route | req/s | p50 ms | p99 ms | requests | errors | server CPU ms/req | db CPU ms/req | client CPU ms/req |\n');
  process.stdout.write('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n');
  for (const r of rows) {
    process.stdout.write(`| ${r.engine} | ${r.route} | ${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.errors} | ${r.cpu.server} | ${r.cpu.db} | ${r.cpu.client} |\n`);
  }
  printGoals(rows);
  process.exit(rows.some((r) => r.errors > 0) ? 1 : 0);
}

main().catch((err: Error) => {
  process.stderr.write(`bench failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
