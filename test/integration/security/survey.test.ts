/** Issue 10, finding 10: nobody can lower the official IKM grade with made-up surveys. */
import { expect } from 'chai';
import { validBodies } from '../server/support/fixtures';
import { ENGINES, startTestServer, type TestServer } from '../server/support/testServer';
import { signInAs, submit, type ConsoleSession } from './bookingHelpers';

const WORST = [1, 1, 1, 1, 1, 1, 1, 1, 1];
const BEST = [4, 4, 4, 4, 4, 4, 4, 4, 4];

for (const engine of ENGINES) {
  describe(`IKM integrity (${engine})`, function () {
    let s: TestServer;
    let admin: ConsoleSession;
    before(async () => {
      s = await startTestServer(engine, { booking: { feedbackPerHour: 3 } });
      admin = await signInAs(s, 'supervisor');
    });
    after(async () => {
      await s?.close();
    });

    const ikm = async () => (await admin.get('/api/officer/ikm')).json();

    it('refuses a survey without a tracking code or with a made-up one, and the IKM does not move', async () => {
      const before = await ikm();
      const noCode = await submit(s, '/api/surveys', { answers: WORST });
      expect(noCode.statusCode).to.equal(400);
      expect(noCode.json().error).to.include({ code: 'required', field: 'trackingCode' });
      const madeUp = await submit(s, '/api/surveys', { trackingCode: 'ZZZZ-ZZZZ', answers: WORST });
      expect(madeUp.statusCode).to.equal(404);
      expect(madeUp.json().error.field).to.equal('trackingCode');
      expect((await ikm()).count).to.equal(before.count);
    });

    it('counts one survey per filed item: a second one for the same code is refused', async () => {
      const { trackingCode } = (await submit(s, '/api/requests', validBodies().createRequest)).json();
      const before = await ikm();
      expect((await submit(s, '/api/surveys', { trackingCode, answers: BEST })).statusCode).to.equal(201);
      const flood = await Promise.all(Array.from({ length: 5 }, () => submit(s, '/api/surveys', { trackingCode, answers: WORST })));
      expect(flood.map((r) => r.statusCode)).to.deep.equal([409, 409, 409, 409, 409]);
      const after = await ikm();
      expect(after.count).to.equal(before.count + 1);
      expect(after.grade).to.equal('A');
    });

    it('keeps anonymous feedback out of the IKM, in its own rate-limited channel', async () => {
      const before = await ikm();
      const ip = '203.0.113.90';
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await submit(s, '/api/feedback', { answers: WORST, suggestion: 'x' }, { ip })).statusCode);
      expect(codes).to.deep.equal([201, 201, 201, 429]);
      expect((await submit(s, '/api/feedback', { answers: WORST }, { ip: '203.0.113.91' })).statusCode).to.equal(201);
      const after = await ikm();
      expect(after.count).to.equal(before.count);
      expect(after.index).to.equal(before.index);
      const stored = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM feedback');
      expect(Number(stored[0].n)).to.equal(4);
    });

    it('shows the respondent profiles (sex, age band, education, occupation) with the IKM', async () => {
      const profiles = [
        { sex: 'female', age: 34, education: 'S1', occupation: 'Wiraswasta' },
        { sex: 'male', age: 19, education: 'SMA', occupation: 'PNS' },
        { sex: 'female', age: 61, education: 'Pesantren', occupation: 'Petani' },
      ];
      for (const profile of profiles) {
        const { trackingCode } = (await submit(s, '/api/requests', validBodies().createRequest)).json();
        expect((await submit(s, '/api/surveys', { trackingCode, answers: BEST, profile })).statusCode).to.equal(201);
      }
      const r = await ikm();
      const count = (table: string, category: string) => r.profiles[table].find((c: { category: string }) => c.category === category).count;
      expect(count('sex', 'Perempuan')).to.equal(2);
      expect(count('sex', 'Laki-laki')).to.equal(1);
      expect(count('sex', 'Tidak diisi')).to.equal(r.count - 3);
      expect(count('age', '30–39')).to.equal(1);
      expect(count('age', '< 20')).to.equal(1);
      expect(count('age', '≥ 60')).to.equal(1);
      expect(count('education', 'S1')).to.equal(1);
      expect(count('education', 'Lainnya')).to.equal(1);
      expect(count('occupation', 'Wirausaha')).to.equal(1);
      expect(count('occupation', 'Lainnya')).to.equal(1);
      for (const table of ['sex', 'age', 'education', 'occupation']) {
        expect(r.profiles[table].reduce((n: number, c: { count: number }) => n + c.count, 0), table).to.equal(r.count);
      }
    });
  });
}
