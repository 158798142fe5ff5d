/**
 * Finding 5: tracking-code lookups have their own limit (IPv6 by /64) and a failure-based slow-down, and the public
 * view shows at most the last 4 digits of a NIK, KK or phone number.
 */
import { expect } from 'chai';
import { validBodies } from '../server/support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from '../server/support/testServer';

/** Codes of the right form that no item has (the generator never repeats a 9-letter run like this in tests). */
const unknownCode = (i: number) => `ZZZZ-ZZ${'23456789'[i % 8]}${'23456789'[Math.floor(i / 8) % 8]}`;

for (const engine of ENGINES) {
  describe(`edge: tracking-code lookups (${engine})`, function () {
    let s: TestServer;
    let clock = Date.parse('2026-12-02T02:00:00Z');
    let code = '';
    before(async () => {
      s = await startTestServer(engine, { statusLookupsPerMinute: 5, statusFreeFailures: 3, now: () => new Date(clock) });
      const res = await s.app.inject({ method: 'POST', url: '/api/requests', payload: validBodies().createRequest, headers: { 'idempotency-key': newKey() } });
      code = res.json().trackingCode;
    });
    after(async () => {
      await s?.close();
    });
    const lookup = (c: string, remoteAddress: string) => s.app.inject({ url: `/api/status/${c}`, remoteAddress, headers: { 'accept-language': 'en' } });

    it('limits lookups per IPv6 /64, however the client rotates addresses inside it', async () => {
      const statuses: number[] = [];
      for (let i = 1; i <= 6; i++) statuses.push((await lookup(code, `2001:db8:1:2::${i.toString(16)}`)).statusCode);
      expect(statuses).to.deep.equal([200, 200, 200, 200, 200, 429]);
      const other = await lookup(code, '2001:db8:1:3::1');
      expect(other.statusCode, 'the next /64').to.equal(200);
    });

    it('limits lookups on every lookup route, encoded spellings included', async () => {
      const urls = ['/api/status/', '/api/requests/', '/%61pi/status/', '/api/status/', '/api/requests/', '/api/status/'];
      const statuses: number[] = [];
      for (const u of urls) statuses.push((await s.app.inject({ url: `${u}${code}`, remoteAddress: '198.51.100.60' })).statusCode);
      expect(statuses).to.deep.equal([200, 200, 200, 200, 200, 429]);
    });

    it('slows down a client that tries unknown codes, with a growing Retry-After', async () => {
      const ip = '198.51.100.70';
      for (let i = 0; i < 4; i++) expect((await lookup(unknownCode(i), ip)).statusCode, `unknown code ${i}`).to.equal(404);
      const first = await lookup(code, ip);
      expect(first.statusCode, 'even a real code waits').to.equal(429);
      expect(first.json().error.code).to.equal('rate_limited');
      expect(Number(first.headers['retry-after'])).to.equal(2);
      clock += 2000;
      expect((await lookup(unknownCode(5), ip)).statusCode).to.equal(404);
      const second = await lookup(unknownCode(6), ip);
      expect(second.statusCode).to.equal(429);
      expect(Number(second.headers['retry-after'])).to.equal(4);
      clock += 60 * 1000; // past the 4 s wait, and into a new minute of the per-minute limit
      expect((await lookup(code, ip)).statusCode, 'after the wait').to.equal(200);
      expect((await lookup(code, '198.51.100.71')).statusCode, 'another client').to.equal(200);
      clock += 60 * 1000;
    });

    it('counts failures per IPv6 /48, so rotating /64s does not reset the slow-down', async () => {
      for (let i = 0; i < 4; i++) expect((await lookup(unknownCode(10 + i), `2001:db8:77:${i + 1}::1`)).statusCode).to.equal(404);
      expect((await lookup(code, '2001:db8:77:99::1')).statusCode).to.equal(429);
      clock += 60 * 1000;
    });

    it('shows at most the last 4 digits of a NIK, KK or phone number', async () => {
      const res = await lookup(code, '198.51.100.80');
      expect(res.statusCode).to.equal(200);
      const masked = res.json().masked as Record<string, string>;
      expect(masked).to.include({ motherNik: '************0003', kkNumber: '************0001', phone: '********7890' });
      for (const digits of ['7371015508', '73710101', '081234']) expect(res.body).to.not.include(digits);
    });
  });
}
