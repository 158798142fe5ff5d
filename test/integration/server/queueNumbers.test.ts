import { expect } from 'chai';
import { numberWaitingItems } from '../../../src/server/queueNumbers';
import { DATA_ACTIVATION, validBodies } from './support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from './support/testServer';


/** The number part of `A-007`, `A-1000`. */
const seq = (queueNumber: string) => Number(queueNumber.split('-')[1]);

for (const engine of ENGINES) {
  describe(`queue numbers (${engine})`, function () {
    this.timeout(180_000);
    let s: TestServer;
    beforeEach(async () => {
      s = await startTestServer(engine);
    });
    afterEach(async () => {
      await s?.close();
    });

    const post = (body: unknown, key = newKey()) => s.app.inject({ method: 'POST', url: '/api/requests', payload: body as object, headers: { 'idempotency-key': key } });

    it('numbers 60 concurrent submissions over two services 1..n per service, each as its status shows', async () => {
      const bodies = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? DATA_ACTIVATION : validBodies().createRequest));
      const results = await Promise.all(bodies.map((b) => post(b)));
      expect(results.map((r) => r.statusCode)).to.deep.equal(bodies.map(() => 201));
      const numbers = results.map((r) => r.json().queueNumber as string);
      const byPrefix = (p: string) => numbers.filter((n) => n.startsWith(`${p}-`)).map(seq).sort((a, b) => a - b);
      expect(byPrefix('A')).to.deep.equal(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(byPrefix('F')).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
      for (const r of results) {
        const status = (await s.app.inject(`/api/requests/${r.json().trackingCode}`)).json();
        expect(status.queueNumber).to.equal(r.json().queueNumber);
      }
    });

    it('replays the same queue number for a retried key, and the next submission takes the next number', async () => {
      const key = newKey();
      const first = await post(validBodies().createRequest, key);
      const retry = await post(validBodies().createRequest, key);
      expect(retry.statusCode).to.equal(201);
      expect(retry.json()).to.deep.equal(first.json());
      expect(first.json().queueNumber).to.equal('A-001');
      expect((await post(validBodies().createRequest)).json().queueNumber).to.equal('A-002');
    });

    it('keeps numbers past 999 whole and distinct (A-999, A-1000, A-1001)', async () => {
      await s.db.query(`INSERT INTO queue_counters (service_id, day, last) SELECT 'akta-kelahiran', queue_day, 998 FROM (SELECT $1::text AS queue_day) d`, [
        await todayOfQueue(s),
      ]);
      const numbers = [];
      for (let i = 0; i < 3; i++) numbers.push((await post(validBodies().createRequest)).json().queueNumber);
      expect(numbers).to.deep.equal(['A-999', 'A-1000', 'A-1001']);
    });

    it('numbers a submission that a crash left filed but unnumbered, at start and in the stored answer a retry replays', async () => {
      const key = newKey();
      const first = await post(validBodies().createRequest, key);
      const code = first.json().trackingCode as string;
      await unnumber(s, code);
      await s.db.query("UPDATE idempotency_keys SET response = jsonb_set(response, '{queueNumber}', 'null'::jsonb) WHERE key = $1", [key]);
      expect(await numberWaitingItems(s.db)).to.equal(1);
      const retry = await post(validBodies().createRequest, key);
      expect(retry.json()).to.deep.equal(first.json());
      expect((await post(validBodies().createRequest)).json().queueNumber).to.equal('A-002');
    });

    it('a retry of a submission whose numbering never ran replays the answer with its number drawn then', async () => {
      const key = newKey();
      const first = await post(validBodies().createRequest, key);
      await unnumber(s, first.json().trackingCode);
      await s.db.query("UPDATE idempotency_keys SET response = jsonb_set(response, '{queueNumber}', 'null'::jsonb) WHERE key = $1", [key]);
      const retry = await post(validBodies().createRequest, key);
      expect(retry.headers['idempotent-replayed']).to.equal('true');
      expect(retry.json()).to.deep.equal(first.json());
    });

    it('shows a number on the status page even before the numbering step ran', async () => {
      const created = (await post(validBodies().createRequest)).json();
      await unnumber(s, created.trackingCode);
      const status = (await s.app.inject(`/api/requests/${created.trackingCode}`)).json();
      expect(status.queueNumber).to.equal('A-001');
    });
  });
}

/** The queue day the server stamped on the items it filed today (WITA). */
async function todayOfQueue(s: TestServer): Promise<string> {
  const probe = await s.app.inject({ method: 'POST', url: '/api/requests', payload: DATA_ACTIVATION, headers: { 'idempotency-key': newKey() } });
  const rows = await s.db.query<{ queue_day: string }>('SELECT queue_day FROM items WHERE tracking_code = $1', [probe.json().trackingCode]);
  return rows[0].queue_day;
}

/** Puts a filed request back to what a kill -9 between the filing commit and the numbering commit leaves on PostgreSQL. */
async function unnumber(s: TestServer, code: string): Promise<void> {
  await s.db.query(
    `WITH i AS (UPDATE items SET queue_number = NULL WHERE tracking_code = $1 RETURNING id, service_id, queue_day)
     INSERT INTO queue_waiting (service_id, day, item_id, prefix) SELECT service_id, queue_day, id, 'A' FROM i`,
    [code],
  );
  await s.db.query("UPDATE queue_counters SET last = last - 1 WHERE service_id = 'akta-kelahiran'");
}
