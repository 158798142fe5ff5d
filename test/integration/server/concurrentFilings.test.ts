import { expect } from 'chai';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../../src/server/createServer';
import type { Db } from '../../../src/server/storage/db';
import { openPgDb } from '../../../src/server/storage/pgDb';
import { generateTrackingCode } from '../../../src/shared/trackingCode';
import { DATA_ACTIVATION, freshAppointment, validBodies } from './support/fixtures';
import { postgresUrl } from './support/postgresUrl';
import { ENGINES, newKey, startTestServer, testCatalogue, type TestServer } from './support/testServer';

const freshCode = () => generateTrackingCode((n) => crypto.getRandomValues(new Uint8Array(n)));
const numberOf = (queueNumber: string) => Number(queueNumber.split('-')[1]);

/**
 * Counts the filing-batch statements (filingBatch.ts) the server runs on `db`, the items they filed, and the
 * separate numbering statements (queueNumbers.ts).
 */
function watchBatches(db: Db): { statements: number; filed: number; numberings: number; stop(): void } {
  const query = db.query;
  const seen = {
    statements: 0,
    filed: 0,
    numberings: 0,
    stop: () => {
      db.query = query;
    },
  };
  db.query = async <T>(sql: string, params?: unknown[]): Promise<T[]> => {
    const rows = await query.call(db, sql, params);
    if (sql.startsWith('WITH input AS')) {
      seen.statements++;
      seen.filed += rows.length;
    }
    if (sql.includes('hall_number_queue')) seen.numberings++;
    return rows as T[];
  };
  return seen;
}

// On PostgreSQL concurrent plain submissions are filed together, one statement per batch (filingBatch.ts); one that
// cannot join its batch is filed alone. Whatever the engine, a citizen sees the same answers.
for (const engine of ENGINES) {
  describe(`a burst of submissions at once (${engine})`, function () {
    let s: TestServer;
    beforeEach(async () => {
      s = await startTestServer(engine);
    });
    afterEach(async () => {
      await s?.close();
    });

    const post = (body: unknown, idem = newKey(), url = '/api/requests') =>
      s.app.inject({ method: 'POST', url, payload: body as object, headers: { 'idempotency-key': idem } });

    it('files each submission once with its own code, the next numbers and a timeline, even when one proposes a taken code', async () => {
      const taken = freshCode();
      const first = await post({ ...validBodies().createRequest, trackingCode: taken });
      expect(first.statusCode).to.equal(201);
      const keys = Array.from({ length: 24 }, newKey);
      const [clash, ...answers] = await Promise.all([
        post({ ...validBodies().createRequest, trackingCode: taken }),
        ...keys.map((k) => post(validBodies().createRequest, k)),
      ]);
      expect(clash.statusCode).to.equal(409);
      expect(clash.json().error).to.include({ code: 'tracking_code_taken', field: 'trackingCode' });
      for (const a of answers) expect(a.statusCode, a.body).to.equal(201);
      const filed = answers.map((a) => a.json() as { trackingCode: string; queueNumber: string });
      expect(new Set(filed.map((f) => f.trackingCode)).size).to.equal(24);
      const numbers = filed.map((f) => numberOf(f.queueNumber)).sort((a, b) => a - b);
      const next = numberOf(first.json().queueNumber) + 1;
      expect(numbers, 'the 24 numbers after the first, no gap, no repeat').to.deep.equal(Array.from({ length: 24 }, (_, i) => next + i));
      for (const f of filed) {
        const status = (await s.app.inject(`/api/status/${f.trackingCode}`)).json();
        expect(status.queueNumber).to.equal(f.queueNumber);
        expect(status.timeline.map((e: { status: string }) => e.status)).to.deep.equal(['received']);
      }
      const replay = await post(validBodies().createRequest, keys[7]);
      expect(replay.headers['idempotent-replayed']).to.equal('true');
      expect(replay.json()).to.deep.equal(filed[7]);
      const [{ n }] = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items');
      expect(n, 'the first filing under the taken code and the 24 of the burst').to.equal(25);
    });

    it('answers retries inside a burst as one submission: the same body replays, another body gets 409', async () => {
      const key = newKey();
      const body = validBodies().createComplaint;
      const answers = await Promise.all([
        post(body, key, '/api/complaints'),
        post(body, key, '/api/complaints'),
        post({ ...body, description: 'A different complaint sent under the same key.' }, key, '/api/complaints'),
        ...Array.from({ length: 12 }, () => post(body, newKey(), '/api/complaints')),
      ]);
      const [a, b, other, ...rest] = answers;
      // Whichever of the three commits first is the key's submission; the other body is refused.
      const trio = [a, b, other];
      for (const x of trio) expect(x.statusCode, x.body).to.be.oneOf([201, 409]);
      const codes = new Set(trio.filter((x) => x.statusCode === 201).map((x) => x.json().trackingCode as string));
      expect(codes.size, 'one filing for the key, however many of the three were answered 201').to.equal(1);
      expect(other.statusCode === 201 && (a.statusCode === 201 || b.statusCode === 201), 'both bodies accepted under one key').to.equal(false);
      for (const x of rest) expect(x.statusCode, x.body).to.equal(201);
      const [{ n }] = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items');
      expect(n, 'one complaint for the key, and the 12 others').to.equal(13);
      const later = await post(body, key, '/api/complaints');
      if (other.statusCode === 201) expect(later.statusCode, 'the first body, after the other one won').to.equal(409);
      else expect(later.json().trackingCode).to.equal([...codes][0]);
    });
  });
}

describe('a burst of submissions at once, on PostgreSQL: filed in shared statements', function () {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer('postgres');
  });
  afterEach(async () => {
    await s?.close();
  });

  it('files a burst in fewer statements than submissions, every one of them by a batch', async () => {
    const batches = watchBatches(s.db);
    try {
      const all = await Promise.all(
        Array.from({ length: 20 }, () => s.app.inject({ method: 'POST', url: '/api/requests', payload: validBodies().createRequest, headers: { 'idempotency-key': newKey() } })),
      );
      for (const a of all) expect(a.statusCode, a.body).to.equal(201);
      expect(batches.filed, 'submissions filed by a batch').to.equal(20);
      expect(batches.statements, 'batch statements for 20 submissions').to.be.below(20);
      expect(batches.numberings, 'numbering statements: each batch numbers its own items').to.equal(0);
      const numbers = all.map((a) => numberOf(a.json().queueNumber as string)).sort((x, y) => x - y);
      expect(numbers).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
    } finally {
      batches.stop();
    }
  });

  it('answers a resend of a filed key inside a burst with its first answer, and files the others', async () => {
    const key = newKey();
    const body = validBodies().createRequest;
    const send = (b: unknown, k: string) => s.app.inject({ method: 'POST', url: '/api/requests', payload: b as object, headers: { 'idempotency-key': k } });
    const original = await send(body, key);
    expect(original.statusCode).to.equal(201);
    const batches = watchBatches(s.db);
    try {
      // The resend in the middle: the first call runs alone, the resend waits in a batch with the others, which
      // fails on its key; its batchmates are filed alone and numbered by the numbering statement.
      const all = await Promise.all(Array.from({ length: 21 }, (_, i) => (i === 10 ? send(body, key) : send(validBodies().createRequest, newKey()))));
      expect(all[10].json()).to.deep.equal(original.json());
      expect(all[10].headers['idempotent-replayed']).to.equal('true');
      const fresh = all.filter((_, i) => i !== 10);
      for (const a of fresh) expect(a.statusCode, a.body).to.equal(201);
      expect(batches.numberings, 'submissions numbered after their own commit').to.be.above(0);
      const numbers = [original, ...fresh].map((a) => numberOf(a.json().queueNumber as string)).sort((x, y) => x - y);
      expect(numbers, 'batch and lone numbering share the counter: 1..21').to.deep.equal(Array.from({ length: 21 }, (_, i) => i + 1));
      const [{ n }] = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM queue_waiting');
      expect(n, 'items left waiting for a number').to.equal(0);
    } finally {
      batches.stop();
    }
  });
});

describe('two server processes filing at once on one PostgreSQL database', function () {
  this.timeout(120_000);
  let one: TestServer;
  let two: { app: FastifyInstance; db: Db };
  before(async () => {
    one = await startTestServer('postgres', { slotCapacity: 100 });
    two = await secondServer(one);
  });
  after(async () => {
    await two?.app.close();
    await two?.db.close();
    await one?.close();
  });

  it("numbers both processes' batches 1..n per service, no gap, no repeat, with bookings numbered beside them", async () => {
    const send = (app: FastifyInstance, i: number) => {
      if (i % 7 === 6) return app.inject({ method: 'POST', url: '/api/appointments', payload: freshAppointment(), headers: { 'idempotency-key': newKey() } });
      const body = (i + (app === one.app ? 0 : 1)) % 2 ? DATA_ACTIVATION : validBodies().createRequest;
      return app.inject({ method: 'POST', url: '/api/requests', payload: body, headers: { 'idempotency-key': newKey() } });
    };
    const watches = [watchBatches(one.db), watchBatches(two.db)];
    let all;
    try {
      all = await Promise.all([...Array.from({ length: 42 }, (_, i) => send(one.app, i)), ...Array.from({ length: 42 }, (_, i) => send(two.app, i))]);
    } finally {
      for (const w of watches) w.stop();
    }
    for (const a of all) expect(a.statusCode, a.body).to.equal(201);
    for (const w of watches) {
      expect(w.filed, 'requests filed by a batch in each process').to.equal(36);
      expect(w.numberings, 'numbering statements').to.equal(0);
    }
    // Per queue (service and day), from the database: the numbers 1..n, and each the one its citizen was told.
    const rows = await one.db.query<{ tracking_code: string; queue_number: string; service_id: string; queue_day: string }>(
      'SELECT tracking_code, queue_number, service_id, queue_day FROM items',
    );
    expect(rows).to.have.length(84);
    const queues = new Map<string, number[]>();
    for (const r of rows) queues.set(`${r.service_id} ${r.queue_day}`, [...(queues.get(`${r.service_id} ${r.queue_day}`) ?? []), numberOf(r.queue_number)]);
    expect(queues.size, 'two services today and one booked day').to.be.at.least(3);
    for (const [queue, numbers] of queues) expect(numbers.sort((x, y) => x - y), queue).to.deep.equal(Array.from({ length: numbers.length }, (_, i) => i + 1));
    const told = new Map(all.map((a) => [a.json().trackingCode as string, a.json().queueNumber as string]));
    for (const r of rows) expect(told.get(r.tracking_code), r.tracking_code).to.equal(r.queue_number);
  });
});

/** A second server on the first one's database (its own pool, so its own filing batches), like a second process. */
async function secondServer(first: TestServer): Promise<{ app: FastifyInstance; db: Db }> {
  const [{ schema }] = await first.db.query<{ schema: string }>('SELECT current_schema() AS schema');
  const db = await openPgDb({ connectionString: await postgresUrl(), schema });
  const app = await createServer({ db, catalogue: await testCatalogue(), rateLimitPerMinute: 0, booking: { ipBookingsPerDay: 10_000 }, slotCapacity: 100 });
  await app.ready();
  return { app, db };
}
