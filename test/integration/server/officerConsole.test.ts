import { expect } from 'chai';
import { bootstrapAdmin, upsertOfficer } from '../../../src/server/officerAccounts';
import { purgeExpiredPersonalData } from '../../../src/server/retention';
import { validBodies } from './support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from './support/testServer';

const PASSWORD = 'correct horse battery';

for (const engine of ENGINES) {
  describe(`officer console API (${engine})`, function () {
    let s: TestServer;
    let cookie = '';
    let csrf = '';

    before(async () => {
      s = await startTestServer(engine, { loginAttemptsPer15Min: 3 });
      expect(await bootstrapAdmin(s.db, 'admin', PASSWORD)).to.equal(true);
      expect(await bootstrapAdmin(s.db, 'admin', 'another password')).to.equal(false);
      await upsertOfficer(s.db, 'rina', 'rina-password-1', 'officer');
    });
    after(async () => {
      await s?.close();
    });

    const login = (username: string, password: string) =>
      s.app.inject({ method: 'POST', url: '/api/officer/login', payload: { username, password } });
    const officerPost = (url: string, payload: object, headers: Record<string, string> = {}) =>
      s.app.inject({ method: 'POST', url, payload, headers: { cookie, 'x-csrf-token': csrf, ...headers } });
    const officerGet = (url: string) => s.app.inject({ url, headers: { cookie } });
    const submit = async () =>
      (await s.app.inject({ method: 'POST', url: '/api/requests', payload: validBodies().createRequest, headers: { 'idempotency-key': newKey() } })).json();

    it('stores passwords as scrypt hashes, never in clear', async () => {
      const rows = await s.db.query<{ password_hash: string }>("SELECT password_hash FROM officers WHERE username = 'admin'");
      expect(rows[0].password_hash).to.match(/^scrypt\$32768\$8\$1\$/);
      expect(rows[0].password_hash).to.not.include(PASSWORD);
    });

    it('refuses a wrong password and anything without a session', async () => {
      const bad = await login('admin', 'wrong password');
      expect(bad.statusCode).to.equal(401);
      expect(bad.json().error.code).to.equal('login_failed');
      expect(bad.headers['set-cookie']).to.equal(undefined);
      expect((await s.app.inject('/api/officer/items')).statusCode).to.equal(401);
      expect((await s.app.inject('/api/officer/items/ABCD-EFGH')).statusCode).to.equal(401);
    });

    it('logs in with an httpOnly, SameSite=Strict session cookie and a CSRF token', async () => {
      const res = await login('admin', PASSWORD);
      expect(res.statusCode).to.equal(200);
      const setCookie = String(res.headers['set-cookie']);
      expect(setCookie).to.match(/^hall_officer=/);
      expect(setCookie).to.include('HttpOnly');
      expect(setCookie).to.include('SameSite=Strict');
      cookie = setCookie.split(';')[0];
      csrf = res.json().csrfToken;
      expect(csrf).to.have.length.greaterThan(20);
      const session = (await officerGet('/api/officer/session')).json();
      expect(session).to.deep.equal({ username: 'admin', role: 'admin', csrfToken: csrf });
    });

    it('rejects a state change without or with a wrong CSRF token, and changes nothing', async () => {
      const { trackingCode } = await submit();
      const none = await s.app.inject({ method: 'POST', url: `/api/officer/items/${trackingCode}/status`, payload: { status: 'rejected' }, headers: { cookie } });
      expect(none.statusCode).to.equal(403);
      expect(none.json().error).to.include({ code: 'csrf_invalid', field: 'X-CSRF-Token' });
      const wrong = await officerPost(`/api/officer/items/${trackingCode}/status`, { status: 'rejected' }, { 'x-csrf-token': 'x'.repeat(csrf.length) });
      expect(wrong.statusCode).to.equal(403);
      const st = (await s.app.inject(`/api/requests/${trackingCode}`)).json();
      expect(st.status).to.equal('received');
      expect(st.timeline).to.have.length(1);
    });

    it('lists items filtered by kind, service, status and date', async () => {
      const a = await submit();
      await s.app.inject({ method: 'POST', url: '/api/complaints', payload: validBodies().createComplaint, headers: { 'idempotency-key': newKey() } });
      const all = (await officerGet('/api/officer/items')).json();
      expect(all.total).to.be.greaterThan(2);
      const complaints = (await officerGet('/api/officer/items?kind=complaint')).json();
      expect(complaints.items.every((i: { kind: string }) => i.kind === 'complaint')).to.equal(true);
      expect(complaints.total).to.equal(1);
      const akta = (await officerGet('/api/officer/items?serviceId=akta-kelahiran&status=received')).json();
      expect(akta.items.map((i: { trackingCode: string }) => i.trackingCode)).to.include(a.trackingCode);
      const future = (await officerGet('/api/officer/items?from=2099-01-01')).json();
      expect(future.total).to.equal(0);
      const bad = await officerGet('/api/officer/items?status=nope');
      expect(bad.statusCode).to.equal(400);
      expect(bad.json().error.field).to.equal('status');
      const impossible = await officerGet('/api/officer/items?from=2026-02-30');
      expect(impossible.statusCode).to.equal(400);
      expect(impossible.json().error).to.include({ code: 'date_invalid', field: 'from' });
    });

    it('shows the full data of an item and writes the status change with its note to the citizen timeline', async () => {
      const { trackingCode } = await submit();
      const detail = (await officerGet(`/api/officer/items/${trackingCode}`)).json();
      expect(detail.data.values.motherNik).to.equal('7371015508900003');
      const res = await officerPost(`/api/officer/items/${trackingCode}/status`, { status: 'need_info', note: 'Mohon bawa buku nikah orang tua.' });
      expect(res.statusCode).to.equal(200);
      const st = (await s.app.inject(`/api/requests/${trackingCode}`)).json();
      expect(st.status).to.equal('need_info');
      expect(st.timeline.map((t: { status: string }) => t.status)).to.deep.equal(['received', 'need_info']);
      expect(st.timeline[1].note).to.equal('Mohon bawa buku nikah orang tua.');
      expect(JSON.stringify(st)).to.not.include('admin');
    });

    it("replies to a complaint and the citizen sees the reply", async () => {
      const { trackingCode } = (
        await s.app.inject({ method: 'POST', url: '/api/complaints', payload: validBodies().createComplaint, headers: { 'idempotency-key': newKey() } })
      ).json();
      const res = await officerPost(`/api/officer/items/${trackingCode}/reply`, { text: 'Lampu sudah diganti oleh Dinas PU.' });
      expect(res.statusCode).to.equal(200);
      const st = (await s.app.inject(`/api/complaints/${trackingCode}`)).json();
      expect(st.status).to.equal('answered');
      expect(st.reply.text).to.equal('Lampu sudah diganti oleh Dinas PU.');
      const req = await submit();
      const notComplaint = await officerPost(`/api/officer/items/${req.trackingCode}/reply`, { text: 'x' });
      expect(notComplaint.statusCode).to.equal(400);
    });

    it('computes the IKM dashboard with shared rules', async () => {
      const empty = (await officerGet('/api/officer/ikm')).json();
      expect(empty.count).to.equal(0);
      expect(empty.index).to.equal(null);
      for (const answers of [
        [4, 4, 4, 4, 4, 4, 4, 4, 4],
        [3, 3, 3, 3, 3, 3, 3, 3, 3],
      ]) {
        await s.app.inject({ method: 'POST', url: '/api/surveys', payload: { answers }, headers: { 'idempotency-key': newKey() } });
      }
      const ikm = (await officerGet('/api/officer/ikm')).json();
      expect(ikm.count).to.equal(2);
      expect(ikm.elementMeans).to.deep.equal([3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5]);
      expect(ikm.index).to.equal(87.5);
      expect(ikm.grade).to.equal('B');
      expect(ikm.elements).to.have.length(9);
    });

    it('writes every officer action to the audit log: who, what, when', async () => {
      const { trackingCode } = await submit();
      await officerGet(`/api/officer/items/${trackingCode}`);
      await officerPost(`/api/officer/items/${trackingCode}/status`, { status: 'processing', note: 'Sedang diverifikasi.' });
      const log = (await officerGet('/api/officer/audit')).json().entries as { officer: string; action: string; target: string | null; at: string; detail: any }[];
      const forItem = log.filter((e) => e.target === trackingCode);
      expect(forItem.map((e) => e.action)).to.deep.equal(['status_change', 'view_item']);
      expect(forItem[0]).to.include({ officer: 'admin' });
      expect(forItem[0].detail).to.deep.equal({ from: 'received', to: 'processing', note: 'Sedang diverifikasi.' });
      expect(Date.now() - Date.parse(forItem[0].at)).to.be.lessThan(60_000);
      expect(log.some((e) => e.action === 'login' && e.officer === 'admin')).to.equal(true);
      expect(log.some((e) => e.action === 'login_failed' && e.officer === 'admin')).to.equal(true);
    });

    it('rate-limits log-in attempts', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await login('rina', 'wrong')).statusCode);
      expect(statuses).to.deep.equal([401, 401, 401, 429]);
      const locked = await login('rina', 'rina-password-1');
      expect(locked.statusCode).to.equal(429);
      expect(locked.json().error.code).to.equal('rate_limited');
      expect(Number(locked.headers['retry-after'])).to.be.greaterThan(0);
    });

    it('purges personal data past the retention period but keeps status and masked view', async () => {
      const { trackingCode } = await submit();
      await s.db.query("UPDATE items SET created_at = now() - interval '40 days' WHERE tracking_code = $1", [trackingCode]);
      const purged = await purgeExpiredPersonalData(s.db, 30);
      expect(purged).to.equal(1);
      const detail = (await officerGet(`/api/officer/items/${trackingCode}`)).json();
      expect(detail.purged).to.equal(true);
      expect(detail.data).to.deep.equal({});
      const st = (await s.app.inject(`/api/requests/${trackingCode}`)).json();
      expect(st.masked.motherNik).to.equal('************0003');
    });

    it('logs out and the session cookie stops working', async () => {
      const res = await officerPost('/api/officer/logout', {});
      expect(res.statusCode).to.equal(200);
      expect((await officerGet('/api/officer/items')).statusCode).to.equal(401);
    });
  });
}
