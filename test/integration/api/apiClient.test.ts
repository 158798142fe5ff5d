import { expect } from 'chai';
import { createApiClient, ApiError, NetworkError } from '../../../src/api';
import { newIdempotencyKey } from '../../../src/services';
import { validBodies } from '../server/support/fixtures';
import { ENGINES, startTestServer, type TestServer } from '../server/support/testServer';

for (const engine of ENGINES) {
  describe(`API client against a real server (${engine})`, function () {
    let s: TestServer;
    let baseUrl = '';
    before(async () => {
      s = await startTestServer(engine);
      baseUrl = await s.app.listen({ port: 0, host: '127.0.0.1' });
    });
    after(async () => {
      await s?.close();
    });
    const countItems = async () => Number((await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items'))[0].n);

    it('submits a request and reads its status back', async () => {
      const api = createApiClient({ baseUrl });
      const created = await api.createRequest(validBodies().createRequest, newIdempotencyKey());
      const status = await api.getRequest(created.trackingCode.toLowerCase());
      expect(status.trackingCode).to.equal(created.trackingCode);
      expect(status.masked.motherNik).to.equal('************0003');
      const any = await api.getStatus(created.trackingCode);
      expect(any.kind).to.equal('request');
      const slots = await api.slots('mpp-makassar', validBodies().createAppointment.date);
      expect(slots.slots.length).to.be.greaterThan(0);
      expect((await api.services('en')).locale).to.equal('en');
    });

    it('throws a typed ApiError with code, field and a message in the chosen language', async () => {
      const api = createApiClient({ baseUrl, locale: () => 'en' });
      const body = validBodies().createRequest;
      const err = await api.createRequest({ ...body, values: { ...body.values, motherNik: '123' } }, newIdempotencyKey()).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(ApiError);
      expect(err).to.include({ status: 400, code: 'nik_format', field: 'values.motherNik' });
      expect((err as ApiError).message).to.include('NIK');
    });

    it('retries after a timeout with the same key and files exactly once', async () => {
      const before = await countItems();
      const seenKeys: string[] = [];
      let calls = 0;
      // First attempt: the server commits, but the answer never arrives before the deadline.
      const lossyFetch: typeof fetch = async (input, init) => {
        calls++;
        seenKeys.push(new Headers(init?.headers).get('idempotency-key') ?? '');
        const res = await fetch(input, { ...init, signal: undefined });
        if (calls === 1) {
          const signal = init!.signal!;
          await new Promise((_resolve, reject) => {
            const fail = () => reject(new DOMException('aborted', 'AbortError'));
            if (signal.aborted) fail();
            else signal.addEventListener('abort', fail);
          });
        }
        return res;
      };
      const api = createApiClient({ baseUrl, fetch: lossyFetch, timeoutMs: 1500, retries: 2, backoffMs: 10 });
      const key = newIdempotencyKey();
      const created = await api.createRequest(validBodies().createRequest, key);
      expect(calls).to.equal(2);
      expect(seenKeys).to.deep.equal([key, key]);
      expect(await countItems()).to.equal(before + 1);
      expect((await api.getRequest(created.trackingCode)).trackingCode).to.equal(created.trackingCode);
    });

    it('retries a 503 and succeeds', async () => {
      let calls = 0;
      const flaky: typeof fetch = async (input, init) => {
        calls++;
        if (calls === 1) return new Response(JSON.stringify({ error: { code: 'unavailable', message: 'x', field: null } }), { status: 503 });
        return fetch(input, init);
      };
      const api = createApiClient({ baseUrl, fetch: flaky, backoffMs: 5 });
      const res = await api.createComplaint(validBodies().createComplaint, newIdempotencyKey());
      expect(res.trackingCode).to.match(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(calls).to.equal(2);
    });

    it('does not retry a 4xx', async () => {
      let calls = 0;
      const counting: typeof fetch = async (input, init) => {
        calls++;
        return fetch(input, init);
      };
      const api = createApiClient({ baseUrl, fetch: counting, backoffMs: 5 });
      const err = await api.getRequest('ZZZZ-ZZZZ').catch((e: unknown) => e);
      expect(err).to.be.instanceOf(ApiError);
      expect((err as ApiError).status).to.equal(404);
      expect(calls).to.equal(1);
    });

    it('throws NetworkError(offline) when the API cannot be reached, after its retries', async () => {
      const api = createApiClient({ baseUrl: 'http://127.0.0.1:9', retries: 1, backoffMs: 5 });
      const err = await api.createRequest(validBodies().createRequest, newIdempotencyKey()).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(NetworkError);
      expect((err as NetworkError).kind).to.equal('offline');
    });

    it('throws NetworkError(timeout) when nothing answers in time', async () => {
      const never: typeof fetch = (_input, init) =>
        new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      const api = createApiClient({ baseUrl, fetch: never, timeoutMs: 50, retries: 1, backoffMs: 5 });
      const err = await api.health().catch((e: unknown) => e);
      expect(err).to.be.instanceOf(NetworkError);
      expect((err as NetworkError).kind).to.equal('timeout');
    });

    it('refuses a POST without an idempotency key', async () => {
      const api = createApiClient({ baseUrl });
      const err = await api.createSurvey(validBodies().createSurvey, '').catch((e: unknown) => e);
      expect(err).to.be.instanceOf(TypeError);
    });
  });
}
