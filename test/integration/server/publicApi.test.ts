import { expect } from 'chai';
import { isTrackingCode } from '../../../src/shared/trackingCode';
import { EXAMPLE_BOOTH_PIN } from '../../../src/shared/api/examples';
import { freshAppointment, seedExampleBooking, validBodies } from './support/fixtures';
import { createServer } from '../../../src/server/createServer';
import { ENGINES, newKey, startTestServer, testCatalogue, type TestServer } from './support/testServer';

for (const engine of ENGINES) {
  describe(`public API happy paths (${engine})`, function () {
    let s: TestServer;
    before(async () => {
      // The enrolment example carries the documented demo PIN, so this server runs with it.
      s = await startTestServer(engine, { booking: { ipBookingsPerDay: 10_000, boothPin: EXAMPLE_BOOTH_PIN } });
    });
    after(async () => {
      await s?.close();
    });

    const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
      s.app.inject({ method: 'POST', url, payload: body as object, headers: { 'idempotency-key': newKey(), ...headers } });

    it('reports health with a database check', async () => {
      const res = await s.app.inject('/api/health');
      expect(res.statusCode).to.equal(200);
      expect(res.json()).to.deep.equal({ status: 'ok', database: 'ok', engine });
    });

    it('lists the catalogue in Indonesian by default and in English on request', async () => {
      const id = (await s.app.inject('/api/services')).json();
      const en = (await s.app.inject({ url: '/api/services', headers: { 'accept-language': 'en-US,en;q=0.9' } })).json();
      const enQuery = (await s.app.inject('/api/services?lang=en')).json();
      const akta = (r: { services: { id: string; name: string }[] }) => r.services.find((x) => x.id === 'akta-kelahiran')!;
      expect(id.locale).to.equal('id');
      expect(en.locale).to.equal('en');
      expect(akta(id).name).to.not.equal(akta(en).name);
      expect(akta(enQuery).name).to.equal(akta(en).name);
      expect(id.complaintCategories.length).to.be.greaterThan(3);
    });

    it('files a request with a tracking code and per-service daily queue numbers', async () => {
      const body = validBodies().createRequest;
      const a = await post('/api/requests', body);
      const b = await post('/api/requests', body);
      expect(a.statusCode).to.equal(201);
      const ja = a.json();
      const jb = b.json();
      expect(isTrackingCode(ja.trackingCode)).to.equal(true);
      expect(ja.trackingCode).to.not.equal(jb.trackingCode);
      expect(ja.queueNumber).to.match(/^A-\d{3}$/);
      expect(Number(jb.queueNumber.slice(2))).to.equal(Number(ja.queueNumber.slice(2)) + 1);
      expect(ja.status).to.equal('received');
      const other = await post('/api/requests', {
        serviceId: 'pengaktifan-data',
        values: { nik: '7371011508900003', kkNumber: '7371010101260001', fullName: 'Baso Daeng', phone: '+62 812 3456 7890' },
        consent: true,
      });
      expect(other.statusCode).to.equal(201);
      expect(other.json().queueNumber).to.equal('F-001');
    });

    it('restarts queue numbers every (WITA) day', async () => {
      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
      const app2 = await createServer({ db: s.db, catalogue: await testCatalogue(), rateLimitPerMinute: 0, now: () => tomorrow });
      try {
        const res = await app2.inject({ method: 'POST', url: '/api/requests', payload: validBodies().createRequest, headers: { 'idempotency-key': newKey() } });
        expect(res.json().queueNumber).to.equal('A-001');
      } finally {
        await app2.close();
      }
    });

    it('shows a request status with a timeline and only masked personal data', async () => {
      const created = (await post('/api/requests', validBodies().createRequest)).json();
      const res = await s.app.inject(`/api/requests/${created.trackingCode.toLowerCase().replace('-', '')}`);
      expect(res.statusCode).to.equal(200);
      const st = res.json();
      expect(st.trackingCode).to.equal(created.trackingCode);
      expect(st.kind).to.equal('request');
      expect(st.queueNumber).to.equal(created.queueNumber);
      expect(st.timeline).to.have.length(1);
      expect(st.timeline[0].status).to.equal('received');
      expect(st.masked.motherNik).to.equal('************0003');
      expect(st.masked.childName).to.equal('A*** B***');
      expect(res.body).to.not.include('7371015508900003');
      expect(res.body).to.not.include('081234567890');
      expect(res.body).to.not.include('Andi');
    });

    it('files an anonymous complaint and a complaint with contact, shown masked', async () => {
      const anon = await post('/api/complaints', validBodies().createComplaint);
      expect(anon.statusCode).to.equal(201);
      const withContact = await post('/api/complaints', {
        category: 'sampah-drainase',
        location: 'Jl. Urip Sumoharjo, Panakkukang',
        description: 'Saluran air tersumbat sampah, banjir setiap hujan.',
        anonymous: false,
        contact: { name: 'Siti Aminah', phone: '081298765432' },
        consent: true,
      });
      expect(withContact.statusCode).to.equal(201);
      const st = (await s.app.inject(`/api/complaints/${withContact.json().trackingCode}`)).json();
      expect(st.kind).to.equal('complaint');
      expect(st.masked).to.deep.equal({ name: 'S*** A***', phone: '********5432' });
      const asRequest = await s.app.inject(`/api/requests/${withContact.json().trackingCode}`);
      expect(asRequest.statusCode).to.equal(404);
      const any = await s.app.inject(`/api/status/${withContact.json().trackingCode}`);
      expect(any.json().kind).to.equal('complaint');
    });

    it('books an appointment and the slot list shows one place fewer', async () => {
      const body = freshAppointment();
      const before = (await s.app.inject(`/api/appointments/slots?locationId=${body.locationId}&date=${body.date}`)).json();
      const slot = before.slots.find((x: { time: string }) => x.time === body.time);
      const res = await post('/api/appointments', body);
      expect(res.statusCode).to.equal(201);
      const j = res.json();
      expect(j).to.include({ date: body.date, time: body.time, locationId: body.locationId });
      expect(j.queueNumber).to.match(/^G-\d{3}$/);
      const after = (await s.app.inject(`/api/appointments/slots?locationId=${body.locationId}&date=${body.date}`)).json();
      expect(after.slots.find((x: { time: string }) => x.time === body.time).free).to.equal(slot.free - 1);
      const st = (await s.app.inject(`/api/requests/${j.trackingCode}`)).json();
      expect(st.kind).to.equal('appointment');
      expect(st.appointment).to.deep.equal({ locationId: body.locationId, date: body.date, time: body.time });
    });

    it('takes a survey for a filed tracking code, once, and anonymous feedback apart', async () => {
      const created = (await post('/api/requests', validBodies().createRequest)).json();
      const linked = await post('/api/surveys', { trackingCode: created.trackingCode, answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] });
      expect(linked.statusCode).to.equal(201);
      const again = await post('/api/surveys', { trackingCode: created.trackingCode, answers: [1, 1, 1, 1, 1, 1, 1, 1, 1] });
      expect(again.statusCode).to.equal(409);
      expect(again.json().error.code).to.equal('survey_exists');
      const { trackingCode: _code, ...withoutCode } = validBodies().createSurvey;
      expect((await post('/api/surveys', withoutCode)).json().error).to.include({ code: 'required', field: 'trackingCode' });
      const anon = await post('/api/feedback', validBodies().createFeedback);
      expect(anon.statusCode).to.equal(201);
    });

    it('publishes OpenAPI 3.1 whose every request body example is accepted as it stands', async () => {
      const doc = (await s.app.inject('/api/openapi.json')).json();
      expect(doc.openapi).to.equal('3.1.0');
      const posts = Object.entries(doc.paths as Record<string, Record<string, any>>).filter(([, ops]) => ops.post?.requestBody);
      expect(posts.map(([p]) => p).sort()).to.deep.equal([
        '/api/appointments',
        '/api/appointments/cancel',
        '/api/booth/enrol',
        '/api/complaints',
        '/api/consultations',
        '/api/feedback',
        '/api/requests',
        '/api/surveys',
      ]);
      // The survey and cancellation examples name a booking the kiosk filed earlier.
      await seedExampleBooking(s.db);
      for (const [p, ops] of posts) {
        const example = ops.post.requestBody.content['application/json'].example;
        expect(example, p).to.be.an('object');
        const res = await post(p, example);
        expect(res.statusCode, `${p}: ${res.body}`).to.equal(Number(Object.keys(ops.post.responses)[0]));
        expect(res.statusCode, p).to.be.oneOf([200, 201]);
      }
      expect(doc.paths['/api/requests/{code}'].get.parameters[0]).to.include({ name: 'code', in: 'path' });
      // The live-consultation routes are documented too, and answer as documented.
      expect(Object.keys(doc.paths)).to.include.members(['/api/live/hours', '/api/live/token', '/api/live/socket', '/api/officer/live']);
      const hours = (await s.app.inject('/api/live/hours')).json();
      expect(Object.keys(hours).sort()).to.deep.equal(Object.keys(doc.paths['/api/live/hours'].get.responses['200'].content['application/json'].schema.properties).sort());
      const token = await s.app.inject({ method: 'POST', url: '/api/live/token' });
      expect(token.statusCode).to.equal(201);
      expect(Object.keys(token.json()).sort()).to.deep.equal(['expiresAt', 'token']);
    });
  });
}
