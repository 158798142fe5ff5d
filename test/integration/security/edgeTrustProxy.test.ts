/**
 * Finding 2: behind a proxy, only the configured proxies are believed. A client that puts a made-up address at the
 * left of X-Forwarded-For must still be counted as itself.
 */
import { expect } from 'chai';
import { parseTrustProxy } from '../../../src/server/config';
import { ENGINES, startTestServer, type TestServer } from '../server/support/testServer';

/** The proxy in front of the server in these tests. */
const PROXY = '10.0.0.5';

for (const engine of ENGINES) {
  describe(`edge: TRUST_PROXY trusts only the configured proxies (${engine})`, function () {
    let one: TestServer;
    let cidr: TestServer;
    before(async () => {
      one = await startTestServer(engine, { trustProxy: [PROXY], rateLimitPerMinute: 2 });
      cidr = await startTestServer(engine, { trustProxy: ['10.0.0.0/8'], rateLimitPerMinute: 2 });
    });
    after(async () => {
      await one?.close();
      await cidr?.close();
    });

    it('behind one trusted proxy, rotating the left-most X-Forwarded-For does not escape the rate limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await one.app.inject({ url: '/api/health', remoteAddress: PROXY, headers: { 'x-forwarded-for': `6.6.6.${i}, 203.0.113.7` } });
        statuses.push(res.statusCode);
      }
      expect(statuses).to.deep.equal([200, 200, 429, 429]);
      const other = await one.app.inject({ url: '/api/health', remoteAddress: PROXY, headers: { 'x-forwarded-for': '203.0.113.8' } });
      expect(other.statusCode, 'another client behind the proxy').to.equal(200);
    });

    it('with trusted CIDRs, the client is the right-most untrusted address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await cidr.app.inject({ url: '/api/health', remoteAddress: PROXY, headers: { 'x-forwarded-for': `1.2.3.${i}, 198.51.100.9, 10.1.1.1` } });
        statuses.push(res.statusCode);
      }
      expect(statuses).to.deep.equal([200, 200, 429]);
    });

    it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await cidr.app.inject({ url: '/api/health', remoteAddress: '198.51.100.20', headers: { 'x-forwarded-for': `10.9.9.${i}` } });
        statuses.push(res.statusCode);
      }
      expect(statuses).to.deep.equal([200, 200, 429]);
    });
  });
}

describe('edge: TRUST_PROXY setting', function () {
  it('reads a list of proxy addresses/CIDRs, and nothing by default', () => {
    expect(parseTrustProxy(undefined)).to.equal(false);
    expect(parseTrustProxy('')).to.equal(false);
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.2 ,fd00::/8,loopback')).to.deep.equal(['10.0.0.0/8', '192.168.1.2', 'fd00::/8', 'loopback']);
  });

  it('refuses a value that would trust every hop, a hop count, or anything not an address', () => {
    expect(() => parseTrustProxy('true')).to.throw(/TRUST_PROXY/);
    expect(() => parseTrustProxy('1')).to.throw(/TRUST_PROXY/);
    expect(() => parseTrustProxy('*')).to.throw(/TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/33')).to.throw(/TRUST_PROXY/);
    expect(() => parseTrustProxy('proxy.example')).to.throw(/TRUST_PROXY/);
  });
});
