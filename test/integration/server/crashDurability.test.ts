import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { validBodies } from './support/fixtures';
import { ROOT } from './support/testServer';

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

/** Starts the real server (`src/server/main.ts`) as a child process on the embedded database in `dataDir`. */
async function startChild(dataDir: string, port: number): Promise<{ child: ChildProcess; log: () => string }> {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn', OFFICER_BOOTSTRAP_PASSWORD: 'crash-test-password' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet: poll again below
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, log: () => output };
}

describe('durability: kill -9 mid-burst on the embedded database', function () {
  this.timeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hall-crash-'));
  let child: ChildProcess | undefined;
  after(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged submission and files nothing twice after a restart', async () => {
    const port = await freePort();
    const first = await startChild(dataDir, port);
    child = first.child;
    const base = `http://127.0.0.1:${port}`;
    const body = JSON.stringify(validBodies().createRequest);
    const keys = Array.from({ length: 300 }, (_, i) => `crash-${i}-${randomBytes(16).toString('hex')}`);
    const acked = new Map<string, string>();
    let next = 0;
    let killed = false;

    const worker = async () => {
      while (next < keys.length) {
        const key = keys[next++];
        try {
          const res = await fetch(`${base}/api/requests`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'idempotency-key': key } });
          if (res.status === 201) acked.set(key, ((await res.json()) as { trackingCode: string }).trackingCode);
        } catch {
          // the server was killed: this submission was never acknowledged
        }
        if (!killed && acked.size >= 60) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(killed).to.equal(true);
    await new Promise<void>((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve() : first.child.once('exit', () => resolve())));
    expect(first.child.signalCode).to.equal('SIGKILL');
    expect(acked.size).to.be.at.least(60);

    const second = await startChild(dataDir, port);
    child = second.child;
    for (const [key, code] of acked) {
      const status = await fetch(`${base}/api/requests/${code}`);
      expect(status.status, `acknowledged ${code} lost`).to.equal(200);
      const again = await fetch(`${base}/api/requests`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'idempotency-key': key } });
      expect(again.status).to.equal(201);
      expect(((await again.json()) as { trackingCode: string }).trackingCode).to.equal(code);
    }
    // Re-send every key (acknowledged or not): afterwards each key has exactly one record.
    const codes = new Set<string>();
    for (const key of keys) {
      const res = await fetch(`${base}/api/requests`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'idempotency-key': key } });
      expect(res.status).to.equal(201);
      codes.add(((await res.json()) as { trackingCode: string }).trackingCode);
    }
    expect(codes.size).to.equal(keys.length);
    const login = await fetch(`${base}/api/officer/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'admin', password: 'crash-test-password' }),
      headers: { 'content-type': 'application/json' },
    });
    const cookie = String(login.headers.get('set-cookie')).split(';')[0];
    const list = (await (await fetch(`${base}/api/officer/items?limit=1`, { headers: { cookie } })).json()) as { total: number };
    expect(list.total, 'records in the database').to.equal(keys.length);
    second.child.kill('SIGTERM');
  });
});
