/** Issue 10, finding 4: log-in limits across user names and across IPs, grouped failure rows, a paged audit view. */
import { expect } from 'chai';
import { upsertOfficer } from '../../../src/server/officerAccounts';
import { FREE_FAILURES, IP_FAILURE_CAP } from '../../../src/server/loginFailures';
import { ENGINES, startTestServer, type TestServer } from '../server/support/testServer';
import { asOfficer, auditRows, GOOD_PASSWORD, login, signIn, type Officer } from './support/officerKit';

for (const engine of ENGINES) {
  describe(`officer log-in limits (${engine})`, function () {
    this.timeout(600_000);
    let s: TestServer;
    let admin: Officer;

    before(async () => {
      s = await startTestServer(engine);
      admin = await signIn(s, 'admin', 'admin');
      await upsertOfficer(s.db, 'rina', GOOD_PASSWORD, 'officer', ['kependudukan']);
      await upsertOfficer(s.db, 'budi', GOOD_PASSWORD, 'officer', ['pajak']);
    });
    after(async () => {
      await s?.close();
    });

    it('stops one IP spraying passwords across many user names, without locking out other IPs', async () => {
      const ip = '198.51.100.10';
      for (let i = 0; i < IP_FAILURE_CAP; i++) expect((await login(s, `user${i}`, 'Password123!', ip)).statusCode).to.equal(401);
      const blocked = await login(s, 'rina', GOOD_PASSWORD, ip);
      expect(blocked.statusCode).to.equal(429);
      expect(blocked.json().error).to.include({ code: 'rate_limited' });
      expect(Number(blocked.headers['retry-after'])).to.be.within(1, 15 * 60);
      expect((await login(s, 'rina', GOOD_PASSWORD, '198.51.100.11')).statusCode).to.equal(200);
    });

    it('backs off a user name guessed from rotating IPs, whatever the next IP', async () => {
      for (let i = 0; i < FREE_FAILURES; i++) expect((await login(s, 'budi', 'wrong guess', `192.0.2.${i + 1}`)).statusCode).to.equal(401);
      const fresh = await login(s, 'budi', GOOD_PASSWORD, '192.0.2.200');
      expect(fresh.statusCode).to.equal(429);
      expect(Number(fresh.headers['retry-after'])).to.be.within(1, 60);
      expect((await login(s, 'rina', GOOD_PASSWORD, '192.0.2.200')).statusCode, 'the IP itself is not blocked').to.equal(200);
    });

    it('writes one audit row with a count per burst of failures, not one per try, with the tried name apart', async () => {
      const before = (await auditRows(s)).length;
      for (let i = 0; i < 4; i++) await login(s, 'ghost', 'nope nope nope', '198.51.100.50');
      for (let i = 0; i < 3; i++) await login(s, 'rina', 'not her password', '198.51.100.51');
      asOfficer(s, await login(s, 'rina', GOOD_PASSWORD, '198.51.100.51'));
      expect((await admin.get('/api/officer/audit?limit=200')).statusCode).to.equal(200);
      const failed = (await auditRows(s)).slice(before).filter((r) => r.action === 'login_failed' && ['ghost', 'rina'].includes(r.attempted_username ?? ''));
      expect(failed.map((r) => [r.attempted_username, r.officer, r.ip, r.detail.count])).to.have.deep.members([
        ['ghost', null, '198.51.100.50', 4],
        ['rina', null, '198.51.100.51', 3],
      ]);
      expect((await login(s, 'ghost', 'nope nope nope', '198.51.100.50')).statusCode, 'the fifth try of this IP and name').to.equal(401);
      const page = (await admin.get('/api/officer/audit?limit=200')).json();
      const ghost = page.entries.filter((e: { action: string; attemptedUsername: string }) => e.action === 'login_failed' && e.attemptedUsername === 'ghost');
      expect(ghost.map((e: { detail: { count: number } }) => e.detail.count)).to.deep.equal([1, 4]);
      expect(ghost[0].officer).to.equal(null);
    });

    it('pages the audit view: newest first, a bounded page, and a cursor to older rows', async () => {
      const rina = asOfficer(s, await login(s, 'rina', GOOD_PASSWORD, '198.51.100.60'));
      for (let i = 0; i < 60; i++) await rina.get('/api/officer/items?limit=1');
      const seen: number[] = [];
      let url = '/api/officer/audit?limit=25';
      for (;;) {
        const page = (await admin.get(url)).json() as { entries: { id: number }[]; nextBefore: number | null };
        expect(page.entries.length).to.be.at.most(25);
        seen.push(...page.entries.map((e) => e.id));
        if (page.nextBefore === null) break;
        expect(page.entries).to.have.length(25);
        url = `/api/officer/audit?limit=25&before=${page.nextBefore}`;
      }
      const ids = (await auditRows(s)).map((r) => r.id);
      expect(seen.length).to.be.greaterThan(60);
      expect([...seen].sort((a, b) => b - a)).to.deep.equal(seen);
      expect(new Set(seen).size).to.equal(seen.length);
      expect(seen.every((id) => ids.includes(id))).to.equal(true);
      const bad = await admin.get('/api/officer/audit?limit=lots');
      expect(bad.statusCode).to.equal(400);
      expect(bad.json().error.field).to.equal('limit');
    });
  });
}
