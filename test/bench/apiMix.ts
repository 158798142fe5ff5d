/**
 * The realistic request mix of `npm run bench:api`: what a city's kiosks and phones send on a busy morning.
 *
 * | share | request | spread |
 * | ---: | --- | --- |
 * | 30 % | POST /api/requests | every online service of the catalogue, in turn |
 * | 5 % | POST /api/appointments | every appointment service × location × slot time × the next 5 working days |
 * | 5 % | POST /api/complaints | the example complaint |
 * | 45 % | GET /api/status/{code} | codes filed before the run |
 * | 15 % | GET /api/appointments/slots | every location × the next 5 working days |
 *
 * Status lookups outnumber submissions (a citizen checks a request several times); slot reads come before bookings.
 * Each booking is for a different citizen (NIK): the server allows one active booking per NIK and service.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, weekday } from '../../src/server/clock';
import { nextBookableDay, SLOT_TIMES } from '../../src/server/slots';
import { apiExamples } from '../../src/shared/api/examples';

/** One request of the mix, in autocannon's shape. */
export interface MixRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface CatalogueField {
  name: string;
  type: string;
  options?: { value: string }[];
}
interface CatalogueService {
  id: string;
  completion: string;
  fields: CatalogueField[];
}

/** A valid value for each field type the online and appointment forms use. */
const SAMPLE: Record<string, string> = {
  text: 'Andi Baso',
  longtext: 'Jl. Perintis Kemerdekaan Km 10, Tamalanrea',
  date: '2026-11-01',
  kk: '7371010101260001',
  nik: '7371015508900003',
  phone: '081234567890',
  number: '2',
};

function formValues(service: CatalogueService, nik = SAMPLE.nik): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of service.fields) values[f.name] = f.type === 'choice' ? f.options![0].value : f.type === 'nik' ? nik : SAMPLE[f.type];
  return values;
}

/** Bookings made so far by this bench process, across mixes (every mix row books on the same database). */
const booked = { count: 0 };

/** A valid NIK of its own for booking `k`: serial 0001–9999, then an earlier birth year (Makassar, 15 Aug). */
function citizenNik(k: number): string {
  const serial = String((k % 9999) + 1).padStart(4, '0');
  const yy = String(90 - (Math.floor(k / 9999) % 80)).padStart(2, '0');
  return `7371015508${yy}${serial}`;
}

/** The next `n` working days from the first bookable one. */
function workingDays(n: number): string[] {
  const days: string[] = [];
  for (let day = nextBookableDay(new Date()); days.length < n; day = addDays(day, 1)) if (weekday(day) !== 0 && weekday(day) !== 6) days.push(day);
  return days;
}

/** Builds the mix from scenes/catalogue.json; `codes` are tracking codes to look up. */
export function apiMix(root: string, codes: readonly string[]): () => MixRequest {
  const catalogue = JSON.parse(readFileSync(path.join(root, 'scenes/catalogue.json'), 'utf8')) as { services: CatalogueService[]; appointmentLocations: { id: string }[] };
  const online = catalogue.services.filter((s) => s.completion === 'online');
  const bookable = catalogue.services.filter((s) => s.completion === 'appointment');
  const locations = catalogue.appointmentLocations.map((l) => l.id);
  const days = workingDays(5);
  const complaint = JSON.stringify(apiExamples(days[0]).createComplaint);
  let n = 0;
  const post = (p: string, body: unknown): MixRequest => ({
    method: 'POST',
    path: p,
    headers: { 'content-type': 'application/json', 'idempotency-key': `mix-${randomBytes(9).toString('hex')}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const kinds: [number, () => MixRequest][] = [
    [30, () => { const s = online[n % online.length]; return post('/api/requests', { serviceId: s.id, values: formValues(s), locale: 'id', consent: true }); }],
    [5, () => {
      const s = bookable[n % bookable.length];
      const [locationId, date, time] = [locations[n % locations.length], days[n % days.length], SLOT_TIMES[n % SLOT_TIMES.length]];
      return post('/api/appointments', { serviceId: s.id, locationId, date, time, values: formValues(s, citizenNik(booked.count++)), locale: 'id', consent: true });
    }],
    [5, () => post('/api/complaints', complaint)],
    [45, () => ({ method: 'GET', path: `/api/status/${codes[n % codes.length]}`, headers: {} })],
    [15, () => ({ method: 'GET', path: `/api/appointments/slots?locationId=${locations[n % locations.length]}&date=${days[n % days.length]}`, headers: {} })],
  ];
  // A fixed 100-step pattern with the shares above, interleaved so every window of the run has the same mix.
  const pattern = kinds.flatMap(([share, make]) => Array.from({ length: share }, (_, i) => ({ at: (i + 0.5) / share, make }))).sort((a, b) => a.at - b.at);
  return () => pattern[n++ % pattern.length].make();
}
