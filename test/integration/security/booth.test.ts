/** Booth enrolment (issue 8, server side): PIN-guarded tokens with their own booking quota, revocable by an admin. */
import { expect } from 'chai';
import { freshAppointment } from '../server/support/fixtures';
import { ENGINES, startTestServer, type TestServer } from '../server/support/testServer';
import { signInAs, submit } from './bookingHelpers';

const PIN = 'booth-pin-9731';

for (const engine of ENGINES) {
  describe(`booth enrolment (${engine})`, function () {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(engine, { slotCapacity: 50, booking: { boothPin: PIN, ipBookingsPerDay: 1, boothBookingsPerDay: 3 } });
    });
    after(async () => {
      await s?.close();
    });

    const enrol = (pin: string, ip: string) => submit(s, '/api/booth/enrol', { pin, name: 'Pantai Losari, headset 2' }, { ip });
    const status = (token?: string) => s.app.inject({ url: '/api/booth/status', headers: token ? { 'x-booth-token': token } : {} });

    it('refuses enrolment on a server without BOOTH_PIN', async () => {
      const off = await startTestServer(engine);
      try {
        const res = await submit(off, '/api/booth/enrol', { pin: PIN, name: 'x' });
        expect(res.statusCode).to.equal(403);
        expect(res.json().error.code).to.equal('booth_disabled');
      } finally {
        await off.close();
      }
    });

    it('locks an address out after three wrong PINs, even for the right one, and audits the attempts', async () => {
      const ip = '203.0.113.100';
      for (let i = 0; i < 3; i++) {
        const res = await enrol(`wrong-${i}-pin`, ip);
        expect(res.statusCode).to.equal(403);
        expect(res.json().error).to.include({ code: 'booth_pin_wrong', field: 'pin' });
      }
      // The third failure started a lock-out: the right PIN from this address now waits too.
      const locked = await enrol(PIN, ip);
      expect(locked.statusCode).to.equal(429);
      expect(Number(locked.headers['retry-after'])).to.be.greaterThan(0);
      expect((await enrol(PIN, '203.0.113.101')).statusCode).to.equal(201);
      const audit = await s.db.query<{ action: string; detail: unknown }>("SELECT action, detail FROM audit_log WHERE action LIKE 'booth_enrol%'");
      expect(audit.filter((a) => a.action === 'booth_enrol_failed')).to.have.length(3);
      expect(JSON.stringify(audit)).to.not.include(PIN);
    });

    it('gives a token that only the booth holds (the server keeps its hash) and that status accepts', async () => {
      const res = await enrol(PIN, '203.0.113.102');
      expect(res.statusCode).to.equal(201);
      const { token, boothId } = res.json();
      expect(token).to.match(/^[A-Za-z0-9_-]{43}$/);
      const rows = await s.db.query<Record<string, unknown>>('SELECT * FROM booths WHERE id = $1', [boothId]);
      expect(JSON.stringify(rows)).to.not.include(token);
      expect((await status(token)).json()).to.include({ valid: true, boothId });
      for (const bad of [undefined, 'made-up-token']) {
        const r = await status(bad);
        expect(r.statusCode).to.equal(401);
        expect(r.json().error.code).to.equal('booth_token_invalid');
      }
    });

    it('gives an enrolled booth its own daily quota, apart from its address', async () => {
      const ip = '203.0.113.110';
      const { token } = (await enrol(PIN, ip)).json();
      const booth: number[] = [];
      for (let i = 0; i < 4; i++) booth.push((await submit(s, '/api/appointments', freshAppointment(), { ip, booth: token })).statusCode);
      expect(booth).to.deep.equal([201, 201, 201, 429]);
      // The address's own quota (1 a day) is untouched by the booth's bookings.
      expect((await submit(s, '/api/appointments', freshAppointment(), { ip })).statusCode).to.equal(201);
      expect((await submit(s, '/api/appointments', freshAppointment(), { ip })).statusCode).to.equal(429);
    });

    it('lets an admin list and revoke booths; a revoked token is refused with 401', async () => {
      const { token, boothId } = (await enrol(PIN, '203.0.113.120')).json();
      const officer = await signInAs(s, 'officer', 'rina');
      expect((await officer.get('/api/officer/booths')).statusCode).to.equal(403);
      expect((await officer.post(`/api/officer/booths/${boothId}/revoke`, {})).statusCode).to.equal(403);
      const admin = await signInAs(s, 'admin');
      const list = (await admin.get('/api/officer/booths')).json().booths as { id: number; revokedAt: string | null }[];
      expect(list.find((b) => b.id === boothId)).to.include({ revokedAt: null });
      expect(JSON.stringify(list)).to.not.include(token);
      expect((await admin.post(`/api/officer/booths/${boothId}/revoke`, {})).json()).to.deep.equal({ id: boothId, revoked: true });
      expect((await status(token)).statusCode).to.equal(401);
      const refused = await submit(s, '/api/appointments', freshAppointment(), { ip: '203.0.113.121', booth: token });
      expect(refused.statusCode).to.equal(401);
      expect(refused.json().error).to.include({ code: 'booth_token_invalid', field: 'X-Booth-Token' });
      expect((await admin.post('/api/officer/booths/999999/revoke', {})).statusCode).to.equal(404);
      const audit = await s.db.query<{ target: string }>("SELECT target FROM audit_log WHERE action = 'booth_revoke'");
      expect(audit.map((a) => a.target)).to.deep.equal([`booth:${boothId}`]);
    });
  });
}
