import 'fake-indexeddb/auto';
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import { expect } from 'chai';
import { createApiClient } from '../../../src/api';
import { deliverOutbox, OUTBOX_MAX_AGE_MS } from '../../../src/offline/deliverOutbox';
import { offlineFirstPort } from '../../../src/offline/offlineFirstPort';
import { openOutbox, OUTBOX_DB_NAME, queuedItems, storeKey, type OutboxDb } from '../../../src/offline/outboxDb';
import { count, isPending } from '../../../src/offline/pendingSubmissions';
import { sealAndQueue } from '../../../src/offline/sealAndQueue';
import { portFromApiClient } from '../../../src/services';
import { generateTrackingCode } from '../../../src/shared/trackingCode';
import { freePort } from '../../support/freePort';
import { validBodies } from '../server/support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from '../server/support/testServer';

// The outbox runs on fake-indexeddb here (Node has no IndexedDB); test/e2e/offlineSubmissions.test.ts runs it in Chromium.
const freshCode = () => generateTrackingCode((n) => crypto.getRandomValues(new Uint8Array(n)));
const NIK = '7371015508900003';
const PHONE = '081234567890';
const BOOTH_PIN = 'booth-pin-4821';

/** Every value held in every store of the outbox, as one string. */
async function outboxDump(db: OutboxDb): Promise<string> {
  const stores = ['outbox', 'failed', 'meta'] as const;
  return JSON.stringify(await Promise.all(stores.map((s) => db.getAll(s))));
}

/** A TCP server that accepts connections and never answers (a hanging link). */
async function silentServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createTcpServer((socket) => sockets.push(socket));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      sockets.forEach((s) => s.destroy());
      server.close(() => resolve());
    }),
  };
}

for (const engine of ENGINES) {
  describe(`the kiosk outbox against the real server (${engine})`, function () {
    this.timeout(60_000);
    let s: TestServer;
    let origin: string;
    let tabs: OutboxDb[] = [];
    before(async () => {
      s = await startTestServer(engine, { booking: { ipBookingsPerDay: 10_000, boothPin: BOOTH_PIN } });
      const port = await freePort();
      await s.app.listen({ port, host: '127.0.0.1' });
      origin = `http://127.0.0.1:${port}`;
    });
    after(async () => {
      await s?.close();
    });
    /** A page of the hall: its own connection to the device's outbox, holding the server key as after one online visit. */
    const openTab = async () => {
      const db = await openOutbox();
      tabs.push(db);
      await storeKey(db, await (await fetch(`${origin}/api/submission-key`)).json());
      return db;
    };
    afterEach(async () => {
      tabs.forEach((db) => db.close());
      tabs = [];
      await new Promise((resolve, reject) => Object.assign(indexedDB.deleteDatabase(OUTBOX_DB_NAME), { onsuccess: resolve, onerror: reject }));
    });
    const filed = async (code: string) => Number((await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items WHERE tracking_code = $1', [code]))[0].n);
    const queueRequest = async (db: OutboxDb, body: object, queuedAt = Date.now()) => {
      const code = freshCode();
      const key = newKey();
      await sealAndQueue(db, { kind: 'request', path: '/api/requests', body: { ...body, trackingCode: code, submittedAt: new Date(queuedAt).toISOString() }, idempotencyKey: key, code, queuedAt });
      return { code, key };
    };

    it('files an item replayed concurrently from two tabs exactly once, under its code, and empties both', async () => {
      const [a, b] = [await openTab(), await openTab()];
      const { code } = await queueRequest(a, validBodies().createRequest);
      expect(await isPending(code)).to.equal(true);
      const reports = await Promise.all([deliverOutbox({ db: a, origin }), deliverOutbox({ db: b, origin })]);
      expect(reports.flatMap((r) => r.failed)).to.deep.equal([]);
      expect(await filed(code)).to.equal(1);
      expect(await queuedItems(b)).to.deep.equal([]);
      expect(await count()).to.deep.equal({ waiting: 0, failed: 0 });
      expect((await (await fetch(`${origin}/api/status/${code}`)).json()).trackingCode).to.equal(code);
    });

    it('delivers an item queued at an enrolled booth with its X-Booth-Token: a valid token files it, a revoked one is refused', async () => {
      const enrolled = await fetch(`${origin}/api/booth/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pin: BOOTH_PIN, name: 'Pantai Losari, headset 1' }) });
      const { token } = (await enrolled.json()) as { token: string };
      const db = await openTab();
      const queueAtBooth = async (boothToken: string) => {
        const code = freshCode();
        const key = newKey();
        await sealAndQueue(db, { kind: 'request', path: '/api/requests', body: { ...validBodies().createRequest, trackingCode: code, submittedAt: new Date().toISOString() }, idempotencyKey: key, code, queuedAt: Date.now(), boothToken });
        return { code, key };
      };
      const booth = await queueAtBooth(token);
      const forged = (await queueAtBooth('f'.repeat(64))).code;
      const report = await deliverOutbox({ db, origin });
      expect(report.delivered).to.deep.equal([booth.key]);
      expect(await filed(booth.code)).to.equal(1);
      expect(await filed(forged), 'an unknown booth token is refused').to.equal(0);
      expect(await count()).to.deep.equal({ waiting: 0, failed: 1 });
    });

    it('holds no NIK, name or phone in clear while items are queued', async () => {
      const db = await openTab();
      await queueRequest(db, validBodies().createRequest);
      const complaint = { ...validBodies().createComplaint, anonymous: false, contact: { name: 'Rahmawati Daeng Ngai', phone: PHONE } };
      await sealAndQueue(db, { kind: 'complaint', path: '/api/complaints', body: complaint, idempotencyKey: newKey(), code: freshCode(), queuedAt: Date.now() });
      const dump = await outboxDump(db);
      for (const secret of [NIK, '7371010101260001', PHONE, 'Andi Baso', 'Rahmawati', 'Perintis Kemerdekaan', 'Lampu jalan']) expect(dump).to.not.include(secret);
      expect(await count()).to.deep.equal({ waiting: 2, failed: 0 });
    });

    it('gives up an item the server refuses for good, or older than 7 days: body deleted, counted as failed', async () => {
      const db = await openTab();
      const bad = await queueRequest(db, { ...validBodies().createRequest, values: { ...validBodies().createRequest.values, motherNik: '1234' } });
      const old = await queueRequest(db, validBodies().createRequest, Date.now() - OUTBOX_MAX_AGE_MS - 60_000);
      const report = await deliverOutbox({ db, origin });
      expect(report.failed.sort()).to.deep.equal([bad.key, old.key].sort());
      expect(await filed(old.code)).to.equal(0);
      expect(await count()).to.deep.equal({ waiting: 0, failed: 2 });
      expect(await isPending(bad.code)).to.equal(false);
      expect(await outboxDump(db)).to.not.include('envelope');
    });

    it('keeps items while the server cannot be reached, and counts the attempt', async () => {
      const db = await openTab();
      const { key } = await queueRequest(db, validBodies().createRequest);
      const closedPort = await freePort();
      const report = await deliverOutbox({ db, origin: `http://127.0.0.1:${closedPort}` });
      expect(report.stopped).to.equal(true);
      const [item] = await queuedItems(db);
      expect(item).to.include({ id: key, attempts: 1 });
    });

    it('ends "Kirim" on a queued receipt when the server hangs, and files it later under the same code', async () => {
      const db = await openTab();
      const hanging = await silentServer();
      try {
        const inner = portFromApiClient(createApiClient({ baseUrl: hanging.origin, timeoutMs: 20_000, retries: 0 }));
        const port = offlineFirstPort({ inner, outbox: Promise.resolve(db), deadlineMs: 300 });
        const receipt = await port.submitComplaint(validBodies().createComplaint, newKey());
        expect(receipt).to.include({ queued: true });
        const code = receipt.trackingCode;
        expect(await isPending(code)).to.equal(true);
        await deliverOutbox({ db, origin });
        expect(await filed(code)).to.equal(1);
        const [row] = await s.db.query<{ submitted_at: Date | null }>('SELECT submitted_at FROM items WHERE tracking_code = $1', [code]);
        expect(row.submitted_at).to.not.equal(null);
      } finally {
        await hanging.close();
      }
    });

    it('shows a queued code as waiting to be sent on the status kiosk of this device', async () => {
      const db = await openTab();
      const unreachable = `http://127.0.0.1:${await freePort()}`;
      const port = offlineFirstPort({ inner: portFromApiClient(createApiClient({ baseUrl: unreachable, retries: 0 })), outbox: Promise.resolve(db) });
      const receipt = await port.submitRequest(validBodies().createRequest, newKey());
      expect(receipt).to.include({ queued: true });
      expect(await port.getStatus(receipt.trackingCode)).to.deep.equal({ trackingCode: receipt.trackingCode, local: 'waiting' });
      const online = offlineFirstPort({ inner: portFromApiClient(createApiClient({ baseUrl: origin })), outbox: Promise.resolve(db) });
      await deliverOutbox({ db, origin });
      expect(await online.getStatus(receipt.trackingCode)).to.include({ trackingCode: receipt.trackingCode, status: 'received' });
    });

    it('replaces a taken code before any result is shown, so the code shown is the one filed', async () => {
      const db = await openTab();
      const taken = freshCode();
      const first = await fetch(`${origin}/api/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
        body: JSON.stringify({ ...validBodies().createComplaint, trackingCode: taken }),
      });
      expect(first.status).to.equal(201);
      const codes = [taken];
      const port = offlineFirstPort({
        inner: portFromApiClient(createApiClient({ baseUrl: origin })),
        outbox: Promise.resolve(db),
        newCode: () => codes.shift() ?? freshCode(),
      });
      const answer = await port.submitComplaint({ ...validBodies().createComplaint, description: 'Saluran air tersumbat di depan sekolah.' }, newKey());
      expect(answer).to.not.have.property('queued');
      expect(answer.trackingCode).to.not.equal(taken);
      expect(await filed(answer.trackingCode)).to.equal(1);
      expect(await filed(taken)).to.equal(1);
    });
  });
}
