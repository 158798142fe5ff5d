/**
 * Two server processes on one PostgreSQL (issue 11): the officer signs in and waits on one, the citizen calls on
 * the other; presence, the queue, accept, signalling, chat and hang-up cross between them over LISTEN/NOTIFY. When
 * the officer's process dies mid-call, the citizen's call ends within a bounded time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect } from 'chai';
import { upsertOfficer } from '../../../src/server/officerAccounts';
import type { Db } from '../../../src/server/storage/db';
import { runMigrations } from '../../../src/server/storage/migrations';
import { STALE_SECONDS } from '../../../src/server/live/liveStore';
import { openPgDb } from '../../../src/server/storage/pgDb';
import { freePort } from '../../support/freePort';
import { GOOD_PASSWORD } from '../security/support/officerKit';
import { postgresUrl } from '../server/support/postgresUrl';
import { ROOT } from '../server/support/testServer';
import { connectCitizen, connectOfficer, type LiveClient } from './support/liveClient';

/** Starts one server process; resolves with its origin once it prints "listening". */
async function startProcess(url: string, schema: string, children: ChildProcess[]): Promise<string> {
  const port = await freePort();
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'test/integration/live/support/liveServerProcess.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, DB_SCHEMA: schema, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx runs the server in a child process, and a test may kill both at once.
    detached: true,
  });
  children.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('listening')) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => reject(new Error(`server process exited (${code}): ${output}`)));
  });
  return `http://127.0.0.1:${port}`;
}

describe('live consultation across two server processes on one PostgreSQL', function () {
  this.timeout(300_000);
  const state: { db?: Db; schema: string; children: ChildProcess[]; clients: LiveClient[] } = { schema: '', children: [], clients: [] };

  afterEach(async () => {
    for (const c of state.clients.splice(0)) await c.close();
    for (const child of state.children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    state.children.length = 0;
    await state.db?.query(`DROP SCHEMA ${state.schema} CASCADE`);
    await state.db?.close();
    state.db = undefined;
  });

  /** A fresh schema, processes A and B, and a citizen on A in a call accepted by rina on B. */
  async function acceptedAcrossProcesses() {
    const url = await postgresUrl();
    state.schema = `live_${randomBytes(4).toString('hex')}`;
    state.db = await openPgDb({ connectionString: url, schema: state.schema });
    await runMigrations(state.db);
    await upsertOfficer(state.db, 'rina', GOOD_PASSWORD, 'officer', ['kependudukan']);
    const [a, b] = [await startProcess(url, state.schema, state.children), await startProcess(url, state.schema, state.children)];

    const login = await fetch(`${b}/api/officer/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'rina', password: GOOD_PASSWORD }) });
    expect(login.status).to.equal(200);
    const cookie = String(login.headers.get('set-cookie')).split(';')[0];
    const rina = await connectOfficer(b, cookie);
    state.clients.push(rina);
    rina.mark();
    rina.send({ t: 'presence', status: 'available' });
    await rina.next((m) => m.t === 'state' && m.presence === 'available');

    const citizen = await connectCitizen(a);
    state.clients.push(citizen);
    citizen.send({ t: 'call', unit: 'kependudukan' });
    const queued = await citizen.next((m) => m.t === 'queued');
    expect(queued.position).to.equal(1);
    await rina.next((m) => m.t === 'state' && (m.queue as { callId: string }[]).some((q) => q.callId === queued.callId));
    rina.send({ t: 'accept', callId: queued.callId });
    expect((await citizen.next((m) => m.t === 'accepted')).officer).to.deep.equal({ name: 'rina', unit: 'kependudukan' });
    return { rina, citizen, queued, officerProcess: state.children[state.children.length - 1] };
  }

  it('the citizen on process A reaches the officer on process B, and hang-up ends both', async () => {
    const { rina, citizen, queued } = await acceptedAcrossProcesses();
    const db = state.db!;

    // Bigger than one NOTIFY payload (8000 bytes): it crosses through the relay table.
    const sdp = `v=0\r\n${'a=candidate:1 1 udp 2122260223 192.168.1.20 50000 typ host\r\n'.repeat(140)}`;
    rina.send({ t: 'signal', callId: queued.callId, data: { description: { type: 'offer', sdp } } });
    expect(((await citizen.next((m) => m.t === 'signal')).data as { description: { sdp: string } }).description.sdp).to.equal(sdp);
    citizen.send({ t: 'chat', text: 'halo dari proses A' });
    expect((await rina.next((m) => m.t === 'chat')).text).to.equal('halo dari proses A');
    rina.send({ t: 'chat', callId: queued.callId, text: 'halo dari proses B' });
    expect((await citizen.next((m) => m.t === 'chat')).text).to.equal('halo dari proses B');

    rina.send({ t: 'hangup', callId: queued.callId });
    expect((await citizen.next((m) => m.t === 'ended')).reason).to.equal('hangup');
    expect((await rina.next((m) => m.t === 'ended')).reason).to.equal('hangup');
    const audit = await db.query<{ action: string }>("SELECT action FROM audit_log WHERE action = 'live.call'");
    expect(audit).to.have.length(1);
  });

  it("when the officer's process dies mid-call, the citizen's call ends (disconnected) within the stale bound", async () => {
    const { citizen, officerProcess } = await acceptedAcrossProcesses();
    // Killed outright (tsx and the server it runs): no close frames, no clean-up; only process A's heartbeat can notice.
    await new Promise<void>((resolve) => {
      officerProcess.once('exit', () => resolve());
      process.kill(-officerProcess.pid!, 'SIGKILL');
    });
    // Bound: STALE_SECONDS (60) after the officer side was last seen, plus one heartbeat (20 s), plus slack.
    const ended = await citizen.next((m) => m.t === 'ended', (STALE_SECONDS + 20 + 25) * 1000);
    expect(ended.reason).to.equal('disconnected');
    const rows = await state.db!.query<{ status: string; end_reason: string }>('SELECT status, end_reason FROM live_calls');
    expect(rows).to.deep.equal([{ status: 'ended', end_reason: 'disconnected' }]);
    const audit = await state.db!.query<{ detail: { reason: string } }>("SELECT detail FROM audit_log WHERE action = 'live.call'");
    expect(audit.map((r) => r.detail.reason)).to.deep.equal(['disconnected']);
  });
});
