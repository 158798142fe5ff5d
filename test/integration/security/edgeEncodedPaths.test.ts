/**
 * Finding 1: a path spelled differently from the route (`/%61pi/…`, an absolute URL in the request line) must meet
 * every /api rule: rate limit, origin check and CORS, `Cache-Control: no-store`.
 */
import { expect } from 'chai';
import { validBodies } from '../server/support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from '../server/support/testServer';
import { rawRequest } from './edgeSupport';

const ALLOWED = 'https://lontara.makassarkota.go.id';

for (const engine of ENGINES) {
  describe(`edge: encoded paths meet the /api rules (${engine})`, function () {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(engine, { rateLimitPerMinute: 3, allowedOrigins: [ALLOWED] });
    });
    after(async () => {
      await s?.close();
    });

    it('rate-limits GET /%61pi/health like /api/health', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await s.app.inject({ url: '/%61pi/health', remoteAddress: '198.51.100.1' })).statusCode);
      expect(statuses).to.deep.equal([200, 200, 200, 429]);
      const limited = await s.app.inject({ url: '/api/health', remoteAddress: '198.51.100.1', headers: { 'accept-language': 'en' } });
      expect(limited.statusCode).to.equal(429);
      expect(limited.json().error.code).to.equal('rate_limited');
      expect(Number(limited.headers['retry-after'])).to.be.greaterThan(0);
    });

    it('rate-limits an absolute URL in the request line', async () => {
      await s.app.listen({ port: 0, host: '127.0.0.1' });
      const port = (s.app.server.address() as { port: number }).port;
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await rawRequest(s.app, `GET http://127.0.0.1:${port}/%61pi/health HTTP/1.1`));
      expect(answers.map((a) => a.status)).to.deep.equal([200, 200, 200, 429]);
      expect(answers[0].headers['cache-control']).to.equal('no-store');
    });

    it('answers an encoded /api path with Cache-Control: no-store', async () => {
      const res = await s.app.inject({ url: '/%61pi/services', remoteAddress: '198.51.100.2' });
      expect(res.statusCode).to.equal(200);
      expect(res.headers['cache-control']).to.equal('no-store');
    });

    it('refuses a foreign-origin POST to /%61pi/requests and files nothing', async () => {
      const res = await s.app.inject({
        method: 'POST',
        url: '/%61pi/requests',
        payload: validBodies().createRequest,
        remoteAddress: '198.51.100.3',
        headers: { origin: 'https://evil.example', 'idempotency-key': newKey() },
      });
      expect(res.statusCode).to.equal(403);
      expect(res.json().error.code).to.equal('origin_forbidden');
      const rows = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items');
      expect(Number(rows[0].n)).to.equal(0);
    });

    it('answers preflights to encoded paths by the same CORS rules', async () => {
      const preflight = (url: string, origin: string) =>
        s.app.inject({ method: 'OPTIONS', url, remoteAddress: '198.51.100.4', headers: { origin, 'access-control-request-method': 'POST' } });
      const evil = await preflight('/%61pi/requests', 'https://evil.example');
      expect(evil.statusCode).to.equal(403);
      expect(evil.headers['access-control-allow-origin']).to.equal(undefined);
      const ok = await preflight('/%61pi/requests', ALLOWED);
      expect(ok.statusCode).to.equal(204);
      expect(ok.headers['access-control-allow-origin']).to.equal(ALLOWED);
      const officer = await preflight('/%61pi/officer/logout', ALLOWED);
      expect(officer.statusCode).to.equal(403);
    });

    it('refuses a cross-origin write to the officer API by an encoded path, even from an allowed origin', async () => {
      const res = await s.app.inject({ method: 'POST', url: '/%61pi/officer/logout', remoteAddress: '198.51.100.5', headers: { origin: ALLOWED } });
      expect(res.statusCode).to.equal(403);
      expect(res.json().error.code).to.equal('origin_forbidden');
    });
  });
}
