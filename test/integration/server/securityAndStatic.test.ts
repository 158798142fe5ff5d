import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { CONTENT_SECURITY_POLICY } from '../../../src/server/contentSecurityPolicy';
import { MIGRATIONS, runMigrations } from '../../../src/server/storage/migrations';
import { validBodies } from './support/fixtures';
import { ENGINES, newKey, openTestDb, startTestServer, type TestServer } from './support/testServer';

/** A fake dist/ like webpack's: index, service worker, a hashed bundle, the officer page. */
function fakeDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hall-dist-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>hall</title>');
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(dir, 'main.8827abc3.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'officer.html'), '<!doctype html><title>officer</title>');
  return dir;
}

for (const engine of ENGINES) {
  describe(`security, CORS, limits and static files (${engine})`, function () {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(engine, { distDir: fakeDist(), allowedOrigins: ['https://lontara.makassarkota.go.id'], rateLimitPerMinute: 40 });
    });
    after(async () => {
      await s?.close();
    });

    it('runs migrations again without changing anything', async () => {
      expect(await runMigrations(s.db)).to.deep.equal([]);
      const rows = await s.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => Number(r.version))).to.deep.equal(MIGRATIONS.map((m) => m.version));
    });

    it('serves the app with the CSP and security headers', async () => {
      const res = await s.app.inject('/');
      expect(res.statusCode).to.equal(200);
      expect(res.body).to.include('hall');
      expect(res.headers['content-security-policy']).to.equal(CONTENT_SECURITY_POLICY);
      expect(String(res.headers['content-security-policy'])).to.include("script-src 'self' 'wasm-unsafe-eval'");
      expect(res.headers['x-content-type-options']).to.equal('nosniff');
      expect(res.headers['x-frame-options']).to.equal('DENY');
      expect(res.headers['cache-control']).to.equal('no-cache');
    });

    it('serves sw.js uncached, hashed bundles long-cached and the officer console at /officer', async () => {
      expect((await s.app.inject('/sw.js')).headers['cache-control']).to.equal('no-cache');
      expect((await s.app.inject('/main.8827abc3.js')).headers['cache-control']).to.equal('public, max-age=31536000, immutable');
      const officer = await s.app.inject('/officer');
      expect(officer.statusCode).to.equal(200);
      expect(officer.body).to.include('officer');
      expect(officer.headers['content-security-policy']).to.equal(CONTENT_SECURITY_POLICY);
    });

    it('allows CORS only for configured origins', async () => {
      const ok = await s.app.inject({
        method: 'OPTIONS',
        url: '/api/requests',
        headers: { origin: 'https://lontara.makassarkota.go.id', 'access-control-request-method': 'POST' },
      });
      expect(ok.statusCode).to.equal(204);
      expect(ok.headers['access-control-allow-origin']).to.equal('https://lontara.makassarkota.go.id');
      expect(String(ok.headers['access-control-allow-headers'])).to.include('Idempotency-Key');
      const evil = await s.app.inject({ method: 'OPTIONS', url: '/api/requests', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(evil.statusCode).to.equal(403);
      expect(evil.headers['access-control-allow-origin']).to.equal(undefined);
      const evilPost = await s.app.inject({
        method: 'POST',
        url: '/api/requests',
        payload: validBodies().createRequest,
        headers: { origin: 'https://evil.example', 'idempotency-key': newKey() },
      });
      expect(evilPost.statusCode).to.equal(403);
      expect(evilPost.json().error.code).to.equal('origin_forbidden');
      const evilGet = await s.app.inject({ url: '/api/health', headers: { origin: 'https://evil.example' } });
      expect(evilGet.statusCode).to.equal(200);
      expect(evilGet.headers['access-control-allow-origin']).to.equal(undefined);
    });

    it('rate-limits a client that sends too many API requests', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 45; i++) statuses.push((await s.app.inject({ url: '/api/health', remoteAddress: '10.9.9.9' })).statusCode);
      expect(statuses.filter((x) => x === 429).length).to.be.greaterThan(0);
      const limited = await s.app.inject({ url: '/api/health', remoteAddress: '10.9.9.9', headers: { 'accept-language': 'en' } });
      expect(limited.statusCode).to.equal(429);
      expect(limited.json().error.code).to.equal('rate_limited');
      expect(Number(limited.headers['retry-after'])).to.be.greaterThan(0);
      const other = await s.app.inject({ url: '/api/health', remoteAddress: '10.9.9.10' });
      expect(other.statusCode).to.equal(200);
    });
  });
}

describe('storage', function () {
  for (const engine of ENGINES) {
    it(`migrates a fresh ${engine} database, and a second run applies nothing`, async () => {
      const db = await openTestDb(engine);
      try {
        expect(await runMigrations(db)).to.deep.equal([]);
        const tables = await db.query<{ t: string }>(
          "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1",
        );
        expect(tables.map((r) => r.t)).to.include.members(['items', 'item_events', 'idempotency_keys', 'audit_log', 'officers', 'schema_migrations']);
      } finally {
        await db.close();
      }
    });
  }
});
