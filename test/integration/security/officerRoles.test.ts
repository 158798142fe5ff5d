/** Issue 10, finding 7 and the Low password items: roles checked on every route, account admin, TOTP, passwords. */
import { expect } from 'chai';
import { ENGINES, startTestServer, type TestServer } from '../server/support/testServer';
import { asOfficer, GOOD_PASSWORD, login, signIn, submitComplaint, submitRequest, totpCode, type Officer } from './support/officerKit';

for (const engine of ENGINES) {
  describe(`officer roles and accounts (${engine})`, function () {
    this.timeout(600_000);
    let s: TestServer;
    let admin: Officer & { secret?: string };
    let capil: Officer;
    let kepala: Officer;
    let birth: string;
    let complaint: string;

    before(async () => {
      s = await startTestServer(engine, { loginAttemptsPer15Min: 50 });
      admin = await signIn(s, 'admin', 'admin');
      capil = await signIn(s, 'capil', 'officer', ['kependudukan']);
      kepala = await signIn(s, 'kepala', 'supervisor');
      birth = await submitRequest(s);
      complaint = await submitComplaint(s);
    });
    after(async () => {
      await s?.close();
    });

    const expectForbidden = (res: { statusCode: number; json(): { error: { code: string; message: string; field: unknown } } }) => {
      expect(res.statusCode).to.equal(403);
      expect(res.json().error.code).to.equal('forbidden');
      expect(res.json().error.message).to.be.a('string').and.not.equal('');
    };

    it('scopes an officer to its service unit: other units are neither listed, opened nor changed', async () => {
      const list = (await capil.get('/api/officer/items')).json();
      expect(list.items.map((i: { trackingCode: string }) => i.trackingCode)).to.include(birth).and.not.include(complaint);
      expect((await capil.get(`/api/officer/items/${birth}`)).statusCode).to.equal(200);
      expectForbidden(await capil.get(`/api/officer/items/${complaint}`));
      expectForbidden(await capil.post(`/api/officer/items/${complaint}/status`, { status: 'rejected' }));
      expectForbidden(await capil.post(`/api/officer/items/${complaint}/reply`, { text: 'ditutup' }));
      expect((await s.app.inject(`/api/complaints/${complaint}`)).json().status).to.equal('received');
      expectForbidden(await capil.get('/api/officer/ikm'));
      expectForbidden(await capil.get('/api/officer/audit'));
      expectForbidden(await capil.get('/api/officer/accounts'));
    });

    it('lets a supervisor read every item and the IKM, but change nothing and see no audit log', async () => {
      const list = (await kepala.get('/api/officer/items')).json();
      expect(list.items.map((i: { trackingCode: string }) => i.trackingCode)).to.include.members([birth, complaint]);
      expect((await kepala.get('/api/officer/ikm')).statusCode).to.equal(200);
      expectForbidden(await kepala.post(`/api/officer/items/${birth}/status`, { status: 'completed' }));
      expectForbidden(await kepala.get('/api/officer/audit'));
    });

    it('keeps admins to accounts and audit: no citizen data', async () => {
      expectForbidden(await admin.get('/api/officer/items'));
      expectForbidden(await admin.get(`/api/officer/items/${birth}`));
      expect((await admin.get('/api/officer/audit')).statusCode).to.equal(200);
    });

    it('requires TOTP for admins: no admin power before enrolment, then a code at every log-in', async () => {
      const root = await signIn(s, 'root2', 'officer');
      await admin.post('/api/officer/accounts/root2', { role: 'admin' });
      const fresh = asOfficer(s, await login(s, 'root2', GOOD_PASSWORD));
      const denied = await fresh.get('/api/officer/accounts');
      expect(denied.statusCode).to.equal(403);
      expect(denied.json().error).to.include({ code: 'totp_enrolment_required', field: 'totp' });
      const { secret, uri } = (await fresh.post('/api/officer/totp/enrol')).json();
      expect(uri).to.match(/^otpauth:\/\/totp\//);
      expect((await fresh.post('/api/officer/totp/confirm', { code: '000000' })).statusCode).to.equal(400);
      expect((await fresh.post('/api/officer/totp/confirm', { code: totpCode(secret) })).statusCode).to.equal(200);
      const noCode = await login(s, 'root2', GOOD_PASSWORD);
      expect(noCode.statusCode).to.equal(401);
      expect(noCode.json().error).to.include({ code: 'totp_required', field: 'totp' });
      expect((await login(s, 'root2', GOOD_PASSWORD, '203.0.113.7', '123456')).statusCode).to.equal(401);
      const code = totpCode(secret, 1);
      const ok = asOfficer(s, await login(s, 'root2', GOOD_PASSWORD, '203.0.113.7', code));
      expect((await ok.get('/api/officer/accounts')).statusCode).to.equal(200);
      expect((await login(s, 'root2', GOOD_PASSWORD, '203.0.113.7', code)).statusCode, 'a used code is refused').to.equal(401);
      expect(root.cookie).to.not.equal(ok.cookie);
    });

    it('lets an admin create an account, set its role and units, disable it, and reset its password (ending its sessions)', async () => {
      const created = await admin.post('/api/officer/accounts', { username: 'pajak1', password: GOOD_PASSWORD, role: 'officer', units: ['pajak'] });
      expect(created.statusCode).to.equal(200);
      expect(created.json()).to.include({ username: 'pajak1', role: 'officer', disabled: false });
      expect((await admin.post('/api/officer/accounts', { username: 'pajak1', password: GOOD_PASSWORD, role: 'officer' })).statusCode).to.equal(409);
      expect((await admin.post('/api/officer/accounts/pajak1', { units: ['atlantis'] })).json().error.code).to.equal('unknown_unit');
      const pajak = asOfficer(s, await login(s, 'pajak1', GOOD_PASSWORD));
      expect((await pajak.get('/api/officer/items')).json().items).to.deep.equal([]);
      await admin.post('/api/officer/accounts/pajak1', { units: ['kependudukan'] });
      expect((await pajak.get('/api/officer/items')).statusCode, 'a role change ends the sessions').to.equal(401);
      const again = asOfficer(s, await login(s, 'pajak1', GOOD_PASSWORD));
      expect((await again.get(`/api/officer/items/${birth}`)).statusCode).to.equal(200);
      expect((await admin.post('/api/officer/accounts/pajak1/password', { password: 'short' })).json().error.code).to.equal('password_too_short');
      expect((await admin.post('/api/officer/accounts/pajak1/password', { password: 'perahu pinisi berlayar' })).statusCode).to.equal(200);
      expect((await again.get('/api/officer/items')).statusCode, 'a reset ends the sessions').to.equal(401);
      expect((await login(s, 'pajak1', GOOD_PASSWORD)).statusCode).to.equal(401);
      const third = asOfficer(s, await login(s, 'pajak1', 'perahu pinisi berlayar'));
      await admin.post('/api/officer/accounts/pajak1', { disabled: true });
      expect((await third.get('/api/officer/items')).statusCode).to.equal(401);
      expect((await login(s, 'pajak1', 'perahu pinisi berlayar')).statusCode, 'a disabled account cannot log in').to.equal(401);
    });

    it('lets an officer change their own password, with the current one, under the password rules', async () => {
      const me = await signIn(s, 'sari', 'officer', ['kesehatan']);
      const wrong = await me.post('/api/officer/password', { currentPassword: 'not it at all', newPassword: 'kapal phinisi di pantai' });
      expect(wrong.statusCode).to.equal(400);
      expect(wrong.json().error.field).to.equal('currentPassword');
      for (const [weak, code] of [
        ['pendek', 'password_too_short'],
        ['password1234', 'password_common'],
        ['makassar2026', 'password_common'],
        ['sari-is-my-name', 'password_common'],
      ]) {
        const res = await me.post('/api/officer/password', { currentPassword: GOOD_PASSWORD, newPassword: weak });
        expect(res.statusCode, weak).to.equal(400);
        expect(res.json().error).to.include({ code, field: 'newPassword' });
      }
      expect((await me.post('/api/officer/password', { currentPassword: GOOD_PASSWORD, newPassword: 'kapal phinisi di pantai' })).statusCode).to.equal(200);
      expect((await me.get('/api/officer/session')).statusCode).to.equal(401);
      expect((await login(s, 'sari', 'kapal phinisi di pantai')).statusCode).to.equal(200);
    });
  });
}
