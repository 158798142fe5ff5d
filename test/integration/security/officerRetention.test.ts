/** Issue 10, finding 9: retention reaches every copy of personal data; data-subject requests from the console. */
import { expect } from 'chai';
import { verifyAuditChain } from '../../../src/server/auditChain';
import { purgeExpiredPersonalData } from '../../../src/server/retention';
import { VALID_NIK } from '../server/support/fixtures';
import { ENGINES, startTestServer, type TestServer } from '../server/support/testServer';
import { auditRows, signIn, submitComplaint, submitRequest, type Officer } from './support/officerKit';

for (const engine of ENGINES) {
  describe(`officer retention and data-subject requests (${engine})`, function () {
    this.timeout(600_000);
    let s: TestServer;
    let capil: Officer;
    let aduan: Officer;

    before(async () => {
      s = await startTestServer(engine);
      capil = await signIn(s, 'capil', 'officer', ['kependudukan']);
      aduan = await signIn(s, 'aduan', 'officer', ['pengaduan']);
    });
    after(async () => {
      await s?.close();
    });

    const itemRow = async (code: string) =>
      (await s.db.query<{ data: Record<string, unknown>; reply: string | null }>('SELECT data, reply FROM items WHERE tracking_code = $1', [code]))[0];
    const notes = async (code: string) =>
      (await s.db.query<{ note: string | null }>('SELECT e.note FROM item_events e JOIN items i ON i.id = e.item_id WHERE i.tracking_code = $1 ORDER BY e.id', [code])).map((r) => r.note);
    const auditNotes = async (code: string) =>
      (await s.db.query<{ personal: { note?: string } | null }>("SELECT personal FROM audit_log WHERE target = $1 AND action = 'status_change'", [code])).map((r) => r.personal?.note ?? null);

    it('purges notes, replies, the audit copy of a note, survey and feedback suggestions and profiles, and audit IPs, keeping the chain verifiable', async () => {
      const old = await submitRequest(s);
      const young = await submitRequest(s);
      const complaint = await submitComplaint(s);
      for (const code of [old, young]) await capil.post(`/api/officer/items/${code}/status`, { status: 'need_info', note: 'Ibu Siti, bawa KK asli.' });
      await aduan.post(`/api/officer/items/${complaint}/reply`, { text: 'Pak Budi, lampu sudah diganti.' });
      await s.db.query(
        `INSERT INTO surveys (answers, suggestion, profile, created_at) VALUES ('[4,4,4,4,4,4,4,4,4]', 'Petugas Rahmat ramah', '{"sex":"male","age":41}', now() - interval '40 days')`,
      );
      await s.db.query(
        `INSERT INTO feedback (answers, suggestion, created_at) VALUES ('[3,3,3,3,3,3,3,3,3]', 'Saya Andi, 0812 3456 7890', now() - interval '40 days'),
         ('[2,2,2,2,2,2,2,2,2]', 'Ruang tunggu sejuk', now())`,
      );
      await s.db.query("UPDATE items SET created_at = now() - interval '40 days' WHERE tracking_code = ANY($1)", [[old, complaint]]);

      await purgeExpiredPersonalData(s.db, 30);
      expect(await itemRow(old)).to.deep.include({ data: {} });
      expect(await notes(old)).to.deep.equal([null, null]);
      expect(await auditNotes(old)).to.deep.equal([null]);
      expect((await itemRow(complaint)).reply).to.equal(null);
      expect(await notes(complaint)).to.deep.equal([null, null]);
      const [survey] = await s.db.query<{ suggestion: string | null; profile: unknown }>("SELECT suggestion, profile FROM surveys WHERE answers = '[4,4,4,4,4,4,4,4,4]'::jsonb");
      expect(survey).to.deep.equal({ suggestion: null, profile: null });
      const feedback = await s.db.query<{ suggestion: string | null }>('SELECT suggestion FROM feedback ORDER BY created_at');
      expect(feedback.map((f) => f.suggestion), 'old anonymous feedback loses its words, recent stays').to.deep.equal([null, 'Ruang tunggu sejuk']);
      expect((await itemRow(young)).data).to.not.deep.equal({});
      expect(await notes(young)).to.deep.equal([null, 'Ibu Siti, bawa KK asli.']);
      expect(await auditNotes(young)).to.deep.equal(['Ibu Siti, bawa KK asli.']);
      expect((await auditRows(s)).some((r) => r.ip !== null), 'recent audit IPs stay').to.equal(true);

      await purgeExpiredPersonalData(s.db, 0);
      const rows = await auditRows(s);
      expect(rows.filter((r) => r.action !== 'retention_purge').every((r) => r.ip === null)).to.equal(true);
      expect(await verifyAuditChain(s.db)).to.deep.include({ ok: true });
    });

    it('carries out access, correction and erasure by tracking code plus NIK, only in the unit, audit-logged', async () => {
      const code = await submitRequest(s);
      await capil.post(`/api/officer/items/${code}/status`, { status: 'processing', note: 'Dicek.' });
      const wrong = await capil.post(`/api/officer/dsr/${code}/access`, { nik: '7371010101010001' });
      expect(wrong.statusCode).to.equal(404);
      expect(wrong.json().error).to.include({ code: 'dsr_no_match', field: 'nik' });
      expect((await aduan.post(`/api/officer/dsr/${code}/access`, { nik: VALID_NIK })).statusCode).to.equal(403);

      const access = await capil.post(`/api/officer/dsr/${code}/access`, { nik: VALID_NIK });
      expect(access.statusCode).to.equal(200);
      expect(access.json().data.values.motherNik).to.equal(VALID_NIK);
      expect(access.json().timeline).to.have.length(2);
      expect(access.json().processing.map((p: { action: string }) => p.action)).to.include('status_change');

      const bad = await capil.post(`/api/officer/dsr/${code}/correct`, { nik: VALID_NIK, field: 'phone', value: 'not a phone' });
      expect(bad.statusCode).to.equal(400);
      expect(bad.json().error.field).to.equal('value');
      expect((await capil.post(`/api/officer/dsr/${code}/correct`, { nik: VALID_NIK, field: 'phone', value: '081299998888' })).statusCode).to.equal(200);
      expect((await capil.get(`/api/officer/items/${code}`)).json().data.values.phone).to.equal('081299998888');

      expect((await capil.post(`/api/officer/dsr/${code}/erase`, { nik: VALID_NIK })).statusCode).to.equal(200);
      const detail = (await capil.get(`/api/officer/items/${code}`)).json();
      expect(detail).to.deep.include({ purged: true, data: {} });
      expect(detail.timeline.every((t: { note?: string }) => t.note === undefined)).to.equal(true);
      expect((await capil.post(`/api/officer/dsr/${code}/erase`, { nik: VALID_NIK })).statusCode).to.equal(409);

      const trail = (await auditRows(s)).filter((r) => r.target === code);
      expect(trail.map((r) => r.action)).to.include.members(['dsr_no_match', 'forbidden', 'dsr_access', 'dsr_correct', 'dsr_erase']);
      const correct = trail.find((r) => r.action === 'dsr_correct')!;
      expect(correct.detail).to.deep.equal({ field: 'phone' });
      expect(JSON.stringify(trail)).to.not.include('081299998888');
    });
  });
}
