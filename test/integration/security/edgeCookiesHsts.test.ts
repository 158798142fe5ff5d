/**
 * Finding 6: behind a TLS-terminating proxy, the officer cookie is Secure with the `__Host-` prefix and answers carry
 * HSTS; a client that is not a trusted proxy cannot fake HTTPS with X-Forwarded-Proto.
 */
import { expect } from 'chai';
import { upsertOfficer } from '../../../src/server/officerAccounts';
import { ENGINES, startTestServer, type TestServer } from '../server/support/testServer';

const PROXY = '10.0.0.5';
const PASSWORD = 'Lontara-gate 7 harbour!';

for (const engine of ENGINES) {
  describe(`edge: Secure cookies and HSTS behind a TLS proxy (${engine})`, function () {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(engine, { trustProxy: [PROXY] });
      await upsertOfficer(s.db, 'petugas', PASSWORD, 'officer');
    });
    after(async () => {
      await s?.close();
    });
    const login = (remoteAddress: string, headers: Record<string, string>) =>
      s.app.inject({ method: 'POST', url: '/api/officer/login', remoteAddress, headers, payload: { username: 'petugas', password: PASSWORD } });

    it('sets a __Host- cookie with Secure, and HSTS, when the trusted proxy says the request came over HTTPS', async () => {
      const res = await login(PROXY, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.5' });
      expect(res.statusCode).to.equal(200);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).to.match(/^__Host-hall_officer=/);
      expect(cookie).to.include('Secure');
      expect(cookie).to.include('Path=/');
      expect(cookie).to.include('HttpOnly');
      expect(cookie).to.not.match(/Domain=/i);
      expect(res.headers['strict-transport-security']).to.equal('max-age=15552000');
      const session = await s.app.inject({
        url: '/api/officer/session',
        remoteAddress: PROXY,
        headers: { cookie: cookie.split(';')[0], 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.5' },
      });
      expect(session.statusCode, 'the cookie opens the session over HTTPS').to.equal(200);
      expect(session.headers['strict-transport-security']).to.equal('max-age=15552000');
    });

    it('ignores X-Forwarded-Proto from a client that is not a trusted proxy', async () => {
      const res = await login('198.51.100.30', { 'x-forwarded-proto': 'https' });
      expect(res.statusCode).to.equal(200);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).to.match(/^hall_officer=/);
      expect(cookie).to.not.include('Secure');
      expect(res.headers['strict-transport-security']).to.equal(undefined);
    });

    it('keeps a plain cookie on plain-http development runs, which browsers cannot give a __Host- cookie', async () => {
      const res = await login(PROXY, {});
      expect(String(res.headers['set-cookie'])).to.match(/^hall_officer=[^;]+;/);
      expect(res.headers['strict-transport-security']).to.equal(undefined);
      const plain = await s.app.inject({ url: '/api/health', remoteAddress: '198.51.100.31' });
      expect(plain.headers['strict-transport-security']).to.equal(undefined);
    });
  });
}
