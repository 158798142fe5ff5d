import { expect } from 'chai';
import { freshAppointment, validBodies } from './support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from './support/testServer';

for (const engine of ENGINES) {
  describe(`idempotency and slot capacity (${engine})`, function () {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(engine, { slotCapacity: 3 });
    });
    after(async () => {
      await s?.close();
    });

    const post = (url: string, body: unknown, key: string) =>
      s.app.inject({ method: 'POST', url, payload: body as object, headers: { 'idempotency-key': key } });
    const count = async (sql: string, params: unknown[] = []) => Number((await s.db.query<{ n: number }>(sql, params))[0].n);

    it('returns the first result for a retry with the same key and body, and files once', async () => {
      const key = newKey();
      const body = validBodies().createRequest;
      const first = await post('/api/requests', body, key);
      const retry = await post('/api/requests', { ...body, values: { ...body.values } }, key);
      expect(first.statusCode).to.equal(201);
      expect(retry.statusCode).to.equal(201);
      expect(retry.json()).to.deep.equal(first.json());
      expect(retry.headers['idempotent-replayed']).to.equal('true');
      expect(await count('SELECT count(*)::int AS n FROM items WHERE tracking_code = $1', [first.json().trackingCode])).to.equal(1);
      expect(await count('SELECT count(*)::int AS n FROM items')).to.equal(1);
    });

    it('treats a retry in the other language as the same submission', async () => {
      const key = newKey();
      const body = validBodies().createRequest;
      const first = await post('/api/requests', { ...body, locale: 'id' }, key);
      const retry = await post('/api/requests', { ...body, locale: 'en' }, key);
      expect(retry.statusCode).to.equal(201);
      expect(retry.json().trackingCode).to.equal(first.json().trackingCode);
    });

    it('answers 409 for the same key with a different body', async () => {
      const key = newKey();
      const body = validBodies().createRequest;
      expect((await post('/api/requests', body, key)).statusCode).to.equal(201);
      const other = await post('/api/requests', { ...body, values: { ...body.values, birthPlace: 'Gowa' } }, key);
      expect(other.statusCode).to.equal(409);
      expect(other.json().error).to.include({ code: 'idempotency_conflict', field: 'Idempotency-Key' });
    });

    it('files exactly once under 20 concurrent retries with one key', async () => {
      const key = newKey();
      const body = validBodies().createComplaint;
      const before = await count("SELECT count(*)::int AS n FROM items WHERE kind = 'complaint'");
      const results = await Promise.all(Array.from({ length: 20 }, () => post('/api/complaints', body, key)));
      const codes = new Set(results.map((r) => r.statusCode));
      expect([...codes]).to.deep.equal([201]);
      expect(new Set(results.map((r) => r.json().trackingCode)).size).to.equal(1);
      expect(await count("SELECT count(*)::int AS n FROM items WHERE kind = 'complaint'")).to.equal(before + 1);
    });

    it('gives distinct queue numbers to concurrent submissions', async () => {
      const body = validBodies().createRequest;
      const results = await Promise.all(Array.from({ length: 15 }, () => post('/api/requests', body, newKey())));
      expect(results.every((r) => r.statusCode === 201)).to.equal(true);
      const numbers = results.map((r) => r.json().queueNumber);
      expect(new Set(numbers).size).to.equal(15);
    });

    it('never books a slot beyond its capacity under concurrent bookings', async () => {
      const body = { ...freshAppointment(), time: '10:30' };
      const results = await Promise.all(Array.from({ length: 12 }, () => post('/api/appointments', { ...freshAppointment(), time: '10:30' }, newKey())));
      const ok = results.filter((r) => r.statusCode === 201);
      const full = results.filter((r) => r.statusCode === 409);
      expect(ok).to.have.length(3);
      expect(full).to.have.length(9);
      for (const r of full) expect(r.json().error).to.include({ code: 'slot_full', field: 'time' });
      expect(await count("SELECT count(*)::int AS n FROM items WHERE kind = 'appointment' AND appt_time = '10:30'")).to.equal(3);
      const slots = (await s.app.inject(`/api/appointments/slots?locationId=${body.locationId}&date=${body.date}`)).json();
      expect(slots.slots.find((x: { time: string }) => x.time === '10:30')).to.deep.equal({ time: '10:30', capacity: 3, free: 0 });
    });

    it('replays the booking to concurrent retries of one key even when it took the last place', async () => {
      const body = { ...freshAppointment(), time: '13:30' };
      for (let i = 0; i < 2; i++) expect((await post('/api/appointments', { ...freshAppointment(), time: '13:30' }, newKey())).statusCode).to.equal(201);
      const key = newKey();
      const results = await Promise.all(Array.from({ length: 10 }, () => post('/api/appointments', body, key)));
      expect(results.map((r) => r.statusCode)).to.deep.equal(Array(10).fill(201));
      expect(new Set(results.map((r) => r.json().trackingCode)).size).to.equal(1);
      expect(await count("SELECT count(*)::int AS n FROM items WHERE appt_time = '13:30'")).to.equal(3);
    });

    it('files a request once under concurrent retries with one key, with one queue number', async () => {
      const key = newKey();
      const before = await count('SELECT count(*)::int AS n FROM items');
      const results = await Promise.all(Array.from({ length: 10 }, () => post('/api/requests', validBodies().createRequest, key)));
      expect(results.map((r) => r.statusCode)).to.deep.equal(Array(10).fill(201));
      expect(new Set(results.map((r) => `${r.json().trackingCode} ${r.json().queueNumber}`)).size).to.equal(1);
      expect(await count('SELECT count(*)::int AS n FROM items')).to.equal(before + 1);
    });

    it('lets a rejected booking be retried with the same key once a place is free elsewhere', async () => {
      const key = newKey();
      const full = { ...freshAppointment(), time: '10:30' };
      expect((await post('/api/appointments', full, key)).statusCode).to.equal(409);
      // Nothing was stored for the failed attempt, so the same key may carry the corrected booking.
      const moved = await post('/api/appointments', { ...full, time: '11:00' }, key);
      expect(moved.statusCode).to.equal(201);
    });
  });
}
