/** Issue 10, finding 3: one client must not be able to book every appointment slot, and freed places come back. */
import { expect } from 'chai';
import { freshAppointment, validBodies } from '../server/support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from '../server/support/testServer';
import { freePlaces, signInAs, submit } from './bookingHelpers';

for (const engine of ENGINES) {
  describe(`booking abuse (${engine})`, function () {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(engine, { slotCapacity: 50, booking: { ipBookingsPerDay: 2 } });
    });
    after(async () => {
      await s?.close();
    });

    it('lets one NIK hold only one active booking per service (409 at the NIK field)', async () => {
      const first = freshAppointment();
      expect((await submit(s, '/api/appointments', first, { ip: '203.0.113.10' })).statusCode).to.equal(201);
      const again = await submit(s, '/api/appointments', { ...first, time: '14:00' }, { ip: '203.0.113.11' });
      expect(again.statusCode).to.equal(409);
      expect(again.json().error).to.include({ code: 'booking_exists', field: 'values.nik' });
      expect(again.json().error.message).to.match(/NIK/);
      const otherService = { ...first, serviceId: 'pbg', values: { ...first.values, buildingUse: 'residential', siteAddress: 'Jl. Veteran 1' } };
      const pbg = await submit(s, '/api/appointments', otherService, { ip: '203.0.113.12' });
      expect(pbg.statusCode, pbg.body).to.equal(201);
    });

    it('allows two bookings per address per day, then 429; another address still books', async () => {
      const ip = '203.0.113.20';
      expect((await submit(s, '/api/appointments', freshAppointment(), { ip })).statusCode).to.equal(201);
      expect((await submit(s, '/api/appointments', freshAppointment(), { ip })).statusCode).to.equal(201);
      const third = await submit(s, '/api/appointments', freshAppointment(), { ip });
      expect(third.statusCode).to.equal(429);
      expect(third.json().error).to.include({ code: 'booking_quota_exceeded', field: null });
      expect((await submit(s, '/api/appointments', freshAppointment(), { ip: '203.0.113.21' })).statusCode).to.equal(201);
    });

    it('counts an IPv6 client by its /64, so rotating the host part gains nothing', async () => {
      const base = '2001:db8:77:1';
      expect((await submit(s, '/api/appointments', freshAppointment(), { ip: `${base}::a` })).statusCode).to.equal(201);
      expect((await submit(s, '/api/appointments', freshAppointment(), { ip: `${base}:0:0:0:b` })).statusCode).to.equal(201);
      expect((await submit(s, '/api/appointments', freshAppointment(), { ip: `${base}::c` })).statusCode).to.equal(429);
    });

    it('does not count a refused booking, and replays a retry instead of counting it', async () => {
      const ip = '203.0.113.30';
      const taken = freshAppointment();
      expect((await submit(s, '/api/appointments', taken, { ip: '203.0.113.31' })).statusCode).to.equal(201);
      expect((await submit(s, '/api/appointments', taken, { ip })).statusCode).to.equal(409);
      const key = newKey();
      const body = freshAppointment();
      const first = await submit(s, '/api/appointments', body, { ip }, key);
      expect(first.statusCode).to.equal(201);
      expect((await submit(s, '/api/appointments', freshAppointment(), { ip })).statusCode).to.equal(201);
      const retry = await submit(s, '/api/appointments', body, { ip }, key);
      expect(retry.statusCode).to.equal(201);
      expect(retry.json().trackingCode).to.equal(first.json().trackingCode);
    });

    it('cancels by tracking code plus the last four phone digits, and gives the place back', async () => {
      const body = { ...freshAppointment(), time: '08:30' };
      const before = await freePlaces(s, body);
      const { trackingCode } = (await submit(s, '/api/appointments', body, { ip: '203.0.113.40' })).json();
      expect(await freePlaces(s, body)).to.equal(before - 1);
      const wrong = await submit(s, '/api/appointments/cancel', { trackingCode, phoneLast4: '0000' });
      const unknown = await submit(s, '/api/appointments/cancel', { trackingCode: 'ZZZZ-ZZZZ', phoneLast4: body.values.phone.slice(-4) });
      expect(wrong.statusCode).to.equal(404);
      // Wrong digits and an unknown code answer alike: nothing tells which one was wrong.
      expect(wrong.json()).to.deep.equal(unknown.json());
      expect(await freePlaces(s, body)).to.equal(before - 1);
      const ok = await submit(s, '/api/appointments/cancel', { trackingCode, phoneLast4: body.values.phone.slice(-4) });
      expect(ok.statusCode).to.equal(200);
      expect(ok.json()).to.deep.equal({ trackingCode, status: 'cancelled' });
      expect(await freePlaces(s, body)).to.equal(before);
      const status = (await s.app.inject(`/api/status/${trackingCode}`)).json();
      expect(status.status).to.equal('cancelled');
      // Cancelling again changes nothing and gives no second place back.
      expect((await submit(s, '/api/appointments/cancel', { trackingCode, phoneLast4: body.values.phone.slice(-4) })).statusCode).to.equal(200);
      expect(await freePlaces(s, body)).to.equal(before);
      // The NIK is free to book again.
      expect((await submit(s, '/api/appointments', body, { ip: '203.0.113.41' })).statusCode).to.equal(201);
    });

    it('limits guesses of the four digits per tracking code', async () => {
      const body = freshAppointment();
      const { trackingCode } = (await submit(s, '/api/appointments', body, { ip: '203.0.113.50' })).json();
      const answers: number[] = [];
      for (const digits of ['1111', '2222', '3333', '4444', '5555', body.values.phone.slice(-4)]) {
        answers.push((await submit(s, '/api/appointments/cancel', { trackingCode, phoneLast4: digits }, { ip: `203.0.113.${60 + answers.length}` })).statusCode);
      }
      expect(answers).to.deep.equal([404, 404, 404, 404, 404, 429]);
    });

    it('does not cancel a request (only appointments), even with the right digits', async () => {
      const req = (await submit(s, '/api/requests', validBodies().createRequest)).json();
      const res = await submit(s, '/api/appointments/cancel', { trackingCode: req.trackingCode, phoneLast4: '7890' });
      expect(res.statusCode).to.equal(404);
    });

    it('gives the place back when an officer rejects a booking, and takes it again on re-opening', async () => {
      const admin = await signInAs(s, 'officer');
      const body = { ...freshAppointment(), time: '15:30' };
      const before = await freePlaces(s, body);
      const { trackingCode } = (await submit(s, '/api/appointments', body, { ip: '203.0.113.70' })).json();
      expect(await freePlaces(s, body)).to.equal(before - 1);
      expect((await admin.post(`/api/officer/items/${trackingCode}/status`, { status: 'rejected' })).statusCode).to.equal(200);
      expect(await freePlaces(s, body)).to.equal(before);
      expect((await admin.post(`/api/officer/items/${trackingCode}/status`, { status: 'rejected' })).statusCode).to.equal(200);
      expect(await freePlaces(s, body)).to.equal(before);
      expect((await admin.post(`/api/officer/items/${trackingCode}/status`, { status: 'processing' })).statusCode).to.equal(200);
      expect(await freePlaces(s, body)).to.equal(before - 1);
    });

    it('refuses to re-open a rejected booking once the citizen has booked again (409, not a 5xx)', async () => {
      const officer = await signInAs(s, 'officer', 'yusuf');
      const first = freshAppointment();
      const { trackingCode } = (await submit(s, '/api/appointments', first, { ip: '203.0.113.71' })).json();
      expect((await officer.post(`/api/officer/items/${trackingCode}/status`, { status: 'rejected' })).statusCode).to.equal(200);
      const again = await submit(s, '/api/appointments', { ...first, time: '14:00' }, { ip: '203.0.113.72' });
      expect(again.statusCode).to.equal(201);
      const reopen = await officer.post(`/api/officer/items/${trackingCode}/status`, { status: 'processing' });
      expect(reopen.statusCode).to.equal(409);
      expect(reopen.json().error).to.include({ code: 'booking_exists', field: 'status' });
    });
  });
}
