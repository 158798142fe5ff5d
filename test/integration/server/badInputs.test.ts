import { expect } from 'chai';
import { validBodies } from './support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from './support/testServer';

/** One bad input: what to send and what a client must get back. */
interface BadCase {
  name: string;
  method?: 'GET' | 'POST';
  url: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string | undefined>;
  status: number;
  code: string;
  field: string | null;
}

type Bodies = ReturnType<typeof validBodies>;
const req = (b: Bodies, patch: (x: any) => void) => {
  const x = structuredClone(b.createRequest) as any;
  patch(x);
  return x;
};
const cmp = (b: Bodies, patch: (x: any) => void) => {
  const x = structuredClone(b.createComplaint) as any;
  patch(x);
  return x;
};
const appt = (b: Bodies, patch: (x: any) => void) => {
  const x = structuredClone(b.createAppointment) as any;
  patch(x);
  return x;
};
const srv = (b: Bodies, patch: (x: any) => void) => {
  const x = structuredClone(b.createSurvey) as any;
  patch(x);
  return x;
};

function cases(b: Bodies): BadCase[] {
  const R = '/api/requests';
  const C = '/api/complaints';
  const A = '/api/appointments';
  const S = '/api/surveys';
  return [
    // POST /api/requests
    { name: 'request: malformed JSON', url: R, rawBody: '{"serviceId":', status: 400, code: 'malformed_json', field: null },
    { name: 'request: empty JSON body', url: R, rawBody: '', status: 400, code: 'body_required', field: null },
    { name: 'request: array body', url: R, body: [1, 2], status: 400, code: 'body_required', field: null },
    { name: 'request: no Idempotency-Key', url: R, body: b.createRequest, headers: { 'idempotency-key': undefined }, status: 400, code: 'idempotency_key_missing', field: 'Idempotency-Key' },
    { name: 'request: odd Idempotency-Key', url: R, body: b.createRequest, headers: { 'idempotency-key': 'a b<script>' }, status: 400, code: 'idempotency_key_invalid', field: 'Idempotency-Key' },
    { name: 'request: too short Idempotency-Key', url: R, body: b.createRequest, headers: { 'idempotency-key': 'abc' }, status: 400, code: 'idempotency_key_invalid', field: 'Idempotency-Key' },
    { name: 'request: text/plain body', url: R, rawBody: 'hello', headers: { 'content-type': 'text/plain' }, status: 415, code: 'unsupported_media_type', field: 'Content-Type' },
    { name: 'request: unknown top-level field', url: R, body: req(b, (x) => (x.admin = true)), status: 400, code: 'unknown_field', field: 'admin' },
    { name: 'request: missing serviceId', url: R, body: req(b, (x) => delete x.serviceId), status: 400, code: 'required', field: 'serviceId' },
    { name: 'request: serviceId wrong type', url: R, body: req(b, (x) => (x.serviceId = 42)), status: 400, code: 'invalid_type', field: 'serviceId' },
    { name: 'request: unknown service', url: R, body: req(b, (x) => (x.serviceId = 'nope')), status: 400, code: 'unknown_service', field: 'serviceId' },
    { name: 'request: appointment-only service', url: R, body: req(b, (x) => (x.serviceId = 'ktp-el-rekam')), status: 400, code: 'service_not_online', field: 'serviceId' },
    { name: 'request: consent false', url: R, body: req(b, (x) => (x.consent = false)), status: 400, code: 'consent_required', field: 'consent' },
    { name: 'request: consent missing', url: R, body: req(b, (x) => delete x.consent), status: 400, code: 'required', field: 'consent' },
    { name: 'request: value not a string', url: R, body: req(b, (x) => (x.values.childName = 7)), status: 400, code: 'invalid_type', field: 'values.childName' },
    { name: 'request: bad NIK (15 digits)', url: R, body: req(b, (x) => (x.values.motherNik = '737101550890000')), status: 400, code: 'nik_format', field: 'values.motherNik' },
    { name: 'request: NIK with impossible date', url: R, body: req(b, (x) => (x.values.motherNik = '7371013213900003')), status: 400, code: 'nik_date', field: 'values.motherNik' },
    { name: 'request: bad KK', url: R, body: req(b, (x) => (x.values.kkNumber = '12345')), status: 400, code: 'kk_format', field: 'values.kkNumber' },
    { name: 'request: bad phone', url: R, body: req(b, (x) => (x.values.phone = '12345')), status: 400, code: 'phone_format', field: 'values.phone' },
    { name: 'request: over-long name', url: R, body: req(b, (x) => (x.values.childName = 'x'.repeat(101))), status: 400, code: 'too_long', field: 'values.childName' },
    { name: 'request: bad choice', url: R, body: req(b, (x) => (x.values.childSex = 'x')), status: 400, code: 'choice_invalid', field: 'values.childSex' },
    { name: 'request: bad date', url: R, body: req(b, (x) => (x.values.birthDate = '2026-02-30')), status: 400, code: 'date_format', field: 'values.birthDate' },
    { name: 'request: missing required value', url: R, body: req(b, (x) => delete x.values.birthPlace), status: 400, code: 'required', field: 'values.birthPlace' },
    { name: 'request: unknown value field', url: R, body: req(b, (x) => (x.values.religion = 'x')), status: 400, code: 'unknown_field', field: 'values.religion' },
    { name: 'request: bad locale', url: R, body: req(b, (x) => (x.locale = 'fr')), status: 400, code: 'invalid_value', field: 'locale' },
    { name: 'request: body over the size limit', url: R, rawBody: JSON.stringify(req(b, (x) => (x.values.pad = 'x'.repeat(70_000)))), status: 413, code: 'body_too_large', field: null },
    // POST /api/complaints
    { name: 'complaint: unknown category', url: C, body: cmp(b, (x) => (x.category = 'ufo')), status: 400, code: 'unknown_category', field: 'category' },
    { name: 'complaint: empty description', url: C, body: cmp(b, (x) => (x.description = '')), status: 400, code: 'required', field: 'description' },
    { name: 'complaint: description whitespace', url: C, body: cmp(b, (x) => (x.description = ' '.repeat(20))), status: 400, code: 'required', field: 'description' },
    { name: 'complaint: description too long', url: C, body: cmp(b, (x) => (x.description = 'x'.repeat(2001))), status: 400, code: 'too_long', field: 'description' },
    { name: 'complaint: anonymous not boolean', url: C, body: cmp(b, (x) => (x.anonymous = 'yes')), status: 400, code: 'invalid_type', field: 'anonymous' },
    { name: 'complaint: anonymous with contact', url: C, body: cmp(b, (x) => (x.contact = { name: 'Siti' })), status: 400, code: 'anonymous_with_contact', field: 'contact' },
    { name: 'complaint: named without contact', url: C, body: cmp(b, (x) => (x.anonymous = false)), status: 400, code: 'contact_required', field: 'contact' },
    { name: 'complaint: bad contact phone', url: C, body: cmp(b, (x) => ((x.anonymous = false), (x.contact = { phone: '555' }))), status: 400, code: 'phone_format', field: 'contact.phone' },
    { name: 'complaint: unknown contact field', url: C, body: cmp(b, (x) => ((x.anonymous = false), (x.contact = { name: 'Siti', email: 'a@b' }))), status: 400, code: 'unknown_field', field: 'contact.email' },
    { name: 'complaint: missing location', url: C, body: cmp(b, (x) => delete x.location), status: 400, code: 'required', field: 'location' },
    { name: 'complaint: no Idempotency-Key', url: C, body: b.createComplaint, headers: { 'idempotency-key': undefined }, status: 400, code: 'idempotency_key_missing', field: 'Idempotency-Key' },
    // POST /api/appointments
    { name: 'appointment: online-only service', url: A, body: appt(b, (x) => (x.serviceId = 'akta-kelahiran')), status: 400, code: 'service_not_online', field: 'serviceId' },
    { name: 'appointment: unknown location', url: A, body: appt(b, (x) => (x.locationId = 'mars')), status: 400, code: 'unknown_location', field: 'locationId' },
    { name: 'appointment: date format', url: A, body: appt(b, (x) => (x.date = '1/2/2027')), status: 400, code: 'invalid_value', field: 'date' },
    { name: 'appointment: impossible date', url: A, body: appt(b, (x) => (x.date = '2027-02-30')), status: 400, code: 'date_invalid', field: 'date' },
    { name: 'appointment: date in the past', url: A, body: appt(b, (x) => (x.date = '2020-01-06')), status: 400, code: 'date_out_of_range', field: 'date' },
    { name: 'appointment: time not a slot', url: A, body: appt(b, (x) => (x.time = '12:15')), status: 400, code: 'slot_invalid', field: 'time' },
    { name: 'appointment: bad NIK', url: A, body: appt(b, (x) => (x.values.nik = 'abc')), status: 400, code: 'nik_format', field: 'values.nik' },
    { name: 'appointment: unknown field', url: A, body: appt(b, (x) => (x.room = 1)), status: 400, code: 'unknown_field', field: 'room' },
    // POST /api/surveys
    { name: 'survey: 8 answers', url: S, body: srv(b, (x) => x.answers.pop()), status: 400, code: 'invalid_value', field: 'answers' },
    { name: 'survey: 10 answers', url: S, body: srv(b, (x) => x.answers.push(4)), status: 400, code: 'too_long', field: 'answers' },
    { name: 'survey: answer 5', url: S, body: srv(b, (x) => (x.answers[2] = 5)), status: 400, code: 'invalid_value', field: 'answers.2' },
    { name: 'survey: answer not integer', url: S, body: srv(b, (x) => (x.answers[0] = 2.5)), status: 400, code: 'invalid_type', field: 'answers.0' },
    { name: 'survey: malformed tracking code', url: S, body: srv(b, (x) => (x.trackingCode = 'ABC')), status: 400, code: 'invalid_value', field: 'trackingCode' },
    { name: 'survey: unknown tracking code', url: S, body: srv(b, (x) => (x.trackingCode = 'ZZZZ-ZZZZ')), status: 404, code: 'not_found', field: 'trackingCode' },
    { name: 'survey: suggestion too long', url: S, body: srv(b, (x) => (x.suggestion = 'x'.repeat(1001))), status: 400, code: 'too_long', field: 'suggestion' },
    // GET routes
    { name: 'status: malformed code', method: 'GET', url: '/api/requests/hello', status: 400, code: 'tracking_code_invalid', field: 'code' },
    { name: 'status: code with 0/O/1/I', method: 'GET', url: '/api/requests/O0I1-ABCD', status: 400, code: 'tracking_code_invalid', field: 'code' },
    { name: 'status: unknown code', method: 'GET', url: '/api/requests/ZZZZ-ZZZZ', status: 404, code: 'not_found', field: 'code' },
    { name: 'complaint status: unknown code', method: 'GET', url: '/api/complaints/ZZZZ-ZZZZ', status: 404, code: 'not_found', field: 'code' },
    { name: 'slots: missing date', method: 'GET', url: '/api/appointments/slots?locationId=mpp-makassar', status: 400, code: 'required', field: 'date' },
    { name: 'slots: unknown location', method: 'GET', url: `/api/appointments/slots?locationId=x&date=${b.createAppointment.date}`, status: 400, code: 'unknown_location', field: 'locationId' },
    { name: 'slots: unknown parameter', method: 'GET', url: `/api/appointments/slots?locationId=mpp-makassar&date=${b.createAppointment.date}&x=1`, status: 400, code: 'unknown_field', field: 'x' },
    { name: 'services: bad lang', method: 'GET', url: '/api/services?lang=fr', status: 400, code: 'invalid_value', field: 'lang' },
    { name: 'unknown route', method: 'GET', url: '/api/nope', status: 404, code: 'route_not_found', field: null },
  ];
}

for (const engine of ENGINES) {
  describe(`bad input gets a 4xx with code and field, never a 5xx (${engine})`, function () {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(engine);
    });
    after(async () => {
      await s?.close();
    });

    for (const c of cases(validBodies())) {
      it(`${c.name} -> ${c.status} ${c.code} (${c.field ?? 'no field'})`, async () => {
        const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': newKey(), 'accept-language': 'en' };
        for (const [k, v] of Object.entries(c.headers ?? {})) {
          if (v === undefined) delete headers[k];
          else headers[k] = v;
        }
        const method = c.method ?? 'POST';
        const payload = method === 'POST' ? (c.rawBody ?? JSON.stringify(c.body)) : undefined;
        const res = await s.app.inject({ method, url: c.url, headers, payload });
        expect(res.statusCode, res.body).to.equal(c.status);
        const err = res.json().error;
        expect(err.code, res.body).to.equal(c.code);
        expect(err.field, res.body).to.equal(c.field);
        expect(err.message).to.be.a('string').and.not.match(/at .*\.ts:\d+|Error:/);
      });
    }

    it('translates messages by Accept-Language', async () => {
      const send = (lang: string) =>
        s.app.inject({
          method: 'POST',
          url: '/api/requests',
          headers: { 'idempotency-key': newKey(), 'accept-language': lang },
          payload: { ...validBodies().createRequest, consent: false },
        });
      const id = (await send('id-ID,id;q=0.9')).json().error.message;
      const en = (await send('en-GB,en;q=0.8')).json().error.message;
      expect(id).to.include('Persetujuan');
      expect(en).to.include('Consent');
    });

    it('stores nothing for a rejected submission', async () => {
      const rows = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items');
      expect(Number(rows[0].n)).to.equal(0);
    });
  });
}
