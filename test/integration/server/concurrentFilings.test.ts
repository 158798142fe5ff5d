import { expect } from 'chai';
import { generateTrackingCode } from '../../../src/shared/trackingCode';
import { validBodies } from './support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from './support/testServer';

const freshCode = () => generateTrackingCode((n) => crypto.getRandomValues(new Uint8Array(n)));

// On PostgreSQL concurrent plain submissions are filed together, one statement per batch (filingBatch.ts); a batch
// that fails is filed again one by one. Whatever the engine, a citizen sees the same answers.
for (const engine of ENGINES) {
  describe(`a burst of submissions at once (${engine})`, function () {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(engine);
    });
    after(async () => {
      await s?.close();
    });

    const post = (body: unknown, idem = newKey()) =>
      s.app.inject({ method: 'POST', url: '/api/requests', payload: body as object, headers: { 'idempotency-key': idem } });

    it('files each submission once with its own code, number and timeline, even when one of them proposes a taken code', async () => {
      const taken = freshCode();
      expect((await post({ ...validBodies().createRequest, trackingCode: taken })).statusCode).to.equal(201);
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
      expect(new Set(filed.map((f) => f.queueNumber)).size).to.equal(24);
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
  });
}
