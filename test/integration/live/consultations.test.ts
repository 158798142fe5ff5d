/**
 * "Leave a message" (issue 11) on both storage engines: a consultation ticket filed through POST
 * /api/consultations with an Idempotency-Key, seen by the officers of its unit only, answered like a complaint,
 * and the reply shown in the citizen's status timeline. Bad input is a 4xx naming the field.
 */
import { expect } from 'chai';
import { signIn } from '../security/support/officerKit';
import { validBodies } from '../server/support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from '../server/support/testServer';

for (const engine of ENGINES) {
  describe(`consultation tickets (${engine})`, function () {
    this.timeout(240_000);
    let s: TestServer;

    beforeEach(async () => {
      s = await startTestServer(engine);
    });
    afterEach(async () => s.close());

    const post = (payload: object, key = newKey(), lang = 'id') =>
      s.app.inject({ method: 'POST', url: '/api/consultations', payload, headers: { 'idempotency-key': key, 'accept-language': lang } });

    it('files a message once per key and shows it masked on the status route', async () => {
      const body = validBodies().createConsultation;
      const key = newKey();
      const first = await post(body, key);
      expect(first.statusCode).to.equal(201);
      const again = await post(body, key);
      expect(again.headers['idempotent-replayed']).to.equal('true');
      expect(again.json().trackingCode).to.equal(first.json().trackingCode);
      const st = (await s.app.inject(`/api/status/${first.json().trackingCode}`)).json();
      expect(st.kind).to.equal('consultation');
      expect(st.serviceId).to.equal('pesan-kependudukan');
      expect(st.timeline.map((t: { status: string }) => t.status)).to.deep.equal(['received']);
      expect(JSON.stringify(st)).to.not.include('081234567890');
      const count = await s.db.query<{ n: number }>("SELECT count(*)::int AS n FROM items WHERE kind = 'consultation'");
      expect(Number(count[0].n)).to.equal(1);
    });

    it("is listed for the unit's officer only, and the officer's reply reaches the citizen's timeline", async () => {
      const { trackingCode } = (await post(validBodies().createConsultation)).json();
      const rina = await signIn(s, 'rina', 'officer', ['kependudukan']);
      const budi = await signIn(s, 'budi', 'officer', ['pajak']);
      const listed = (await rina.get('/api/officer/items?kind=consultation')).json();
      expect(listed.items.map((i: { trackingCode: string }) => i.trackingCode)).to.deep.equal([trackingCode]);
      const detail = (await rina.get(`/api/officer/items/${trackingCode}`)).json();
      expect(detail.data.message).to.equal(validBodies().createConsultation.message);
      expect(detail.data.phone).to.equal('081234567890');
      expect((await budi.get('/api/officer/items?kind=consultation')).json().items).to.deep.equal([]);
      expect((await budi.get(`/api/officer/items/${trackingCode}`)).statusCode).to.equal(403);
      const reply = await rina.post(`/api/officer/items/${trackingCode}/reply`, { text: 'Bisa, bawa surat keterangan lahir dari bidan.' });
      expect(reply.statusCode).to.equal(200);
      const st = (await s.app.inject(`/api/status/${trackingCode}`)).json();
      expect(st.status).to.equal('answered');
      expect(st.reply.text).to.equal('Bisa, bawa surat keterangan lahir dari bidan.');
      expect(st.timeline.at(-1)).to.include({ status: 'answered', note: 'Bisa, bawa surat keterangan lahir dari bidan.' });
    });

    it('answers bad input with a 4xx naming the field, in the caller language', async () => {
      const good = validBodies().createConsultation;
      const cases: [object, string, string][] = [
        [{ ...good, unit: 'dinas-rahasia' }, 'unknown_unit', 'unit'],
        [{ ...good, message: '  hai ' }, 'too_short', 'message'],
        [{ ...good, message: 'x'.repeat(1001) }, 'invalid_value', 'message'],
        [{ ...good, phone: '12345' }, 'phone_format', 'phone'],
        [{ ...good, consent: false }, 'consent_required', 'consent'],
      ];
      for (const [body, code, field] of cases) {
        const res = await post(body, newKey(), 'en');
        expect(res.statusCode, code).to.equal(400);
        const error = res.json().error;
        expect(error.field, code).to.equal(field);
        if (code !== 'invalid_value') expect(error.code).to.equal(code);
        expect(error.message).to.be.a('string').and.not.equal(code);
      }
      const noKey = await s.app.inject({ method: 'POST', url: '/api/consultations', payload: good });
      expect(noKey.statusCode).to.equal(400);
      expect(noKey.json().error.code).to.equal('idempotency_key_missing');
      const rows = await s.db.query<{ n: number }>("SELECT count(*)::int AS n FROM items WHERE kind = 'consultation'");
      expect(Number(rows[0].n)).to.equal(0);
    });
  });
}
