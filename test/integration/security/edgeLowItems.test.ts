/**
 * The Low items of the review: request logs without tracking codes or full IPs, no source maps for the public,
 * Idempotency-Keys with at least 16 random bytes; and the per-route CSP hook for the officer console.
 */
import { expect } from 'chai';
import { createServer } from '../../../src/server/createServer';
import { serverLoggerOptions } from '../../../src/server/logRedaction';
import { routeCsp } from '../../../src/server/securityHeaders';
import { validBodies } from '../server/support/fixtures';
import { ENGINES, openTestDb, startTestServer, testCatalogue, type TestServer } from '../server/support/testServer';
import { fakeDistWithMaps } from './edgeSupport';

for (const engine of ENGINES) {
  describe(`edge: logs, source maps and idempotency keys (${engine})`, function () {
    let s: TestServer;
    const lines: string[] = [];
    before(async () => {
      const db = await openTestDb(engine);
      const app = await createServer({
        db,
        catalogue: await testCatalogue(),
        rateLimitPerMinute: 0,
        distDir: fakeDistWithMaps(),
        logger: serverLoggerOptions('info', { write: (line: string) => lines.push(line) }),
      });
      app.get('/strict', { config: routeCsp({ 'default-src': ["'self'"], 'style-src': ["'self'"] }) }, async () => 'ok');
      await app.ready();
      s = { app, db, close: async () => (await app.close(), await db.close()) };
    });
    after(async () => {
      await s?.close();
    });

    it('logs no tracking code and only the /24 or /48 of a client address', async () => {
      const code = 'K7QM-4ZTX';
      await s.app.inject({ url: `/api/status/${code}?lang=en`, remoteAddress: '203.0.113.77' });
      await s.app.inject({ url: '/api/requests/k7qm4ztx', remoteAddress: '2001:db8:aa:bb:cc::1' });
      await s.app.inject({ url: '/api/no-such-route/K7QM%204ZTX', remoteAddress: '203.0.113.78' });
      const log = lines.join('\n');
      expect(log).to.include('/api/status/[code]?lang=[redacted]');
      expect(log).to.include('/api/requests/[code]');
      expect(log).to.include('/api/no-such-route/[code]');
      expect(log).to.include('203.0.113.0/24');
      expect(log).to.include('2001:db8:aa::/48');
      for (const secret of [code, 'k7qm4ztx', 'K7QM%204ZTX', '203.0.113.77', '203.0.113.78', 'bb:cc']) expect(log).to.not.include(secret);
    });

    it('does not serve source maps, in any spelling', async () => {
      expect((await s.app.inject('/main.8827abc3.js')).statusCode).to.equal(200);
      for (const url of ['/main.8827abc3.js.map', '/main.8827abc3.js.%6dap', '/main.8827abc3.js.MAP']) {
        const res = await s.app.inject(url);
        expect(res.statusCode, url).to.equal(404);
        expect(res.body, url).to.not.include('secret.ts');
      }
    });

    it('refuses Idempotency-Keys with fewer than 16 random bytes, with a clear message', async () => {
      const post = (key: string) =>
        s.app.inject({ method: 'POST', url: '/api/requests', payload: validBodies().createRequest, headers: { 'idempotency-key': key, 'accept-language': 'en' } });
      for (const key of ['test-abcdef12', 'a'.repeat(31), '0123456789abcdef0123456789abcde', 'abc.def:ghi-jkl_mno.pqr.stu']) {
        const res = await post(key);
        expect(res.statusCode, key).to.equal(400);
        expect(res.json().error).to.deep.include({ code: 'idempotency_key_invalid', field: 'Idempotency-Key' });
        expect(res.json().error.message).to.include('32–128 hex digits');
      }
      for (const key of ['0123456789abcdef0123456789abcdef', 'b1f0e2c4-7a8d-4c3e-9f21-5d6a7b8c9d0e', 'Qm9yb3R1bmdLZXlCeXRlczE']) {
        expect((await post(key)).statusCode, key).to.equal(201);
      }
    });

    it('lets a route set its own, stricter CSP', async () => {
      const strict = await s.app.inject('/strict');
      expect(strict.headers['content-security-policy']).to.equal("default-src 'self';style-src 'self'");
      const app = await s.app.inject('/');
      expect(String(app.headers['content-security-policy'])).to.include("'wasm-unsafe-eval'");
    });
  });
}

describe('edge: source maps on request', function () {
  it('serves *.map when SERVE_SOURCE_MAPS is on (debugging a test install)', async () => {
    const s = await startTestServer('pglite', { distDir: fakeDistWithMaps(), serveSourceMaps: true });
    try {
      expect((await s.app.inject('/main.8827abc3.js.map')).statusCode).to.equal(200);
    } finally {
      await s.close();
    }
  });
});
