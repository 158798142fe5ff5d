import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createI18n, type I18n } from '../../../src/i18n/createI18n';
import type { StatusResponse } from '../../../src/shared/api/schemas';
import { parseCatalogue, parseInnovations, type KioskId } from '../../../src/shared/catalogue';
import { createKioskFlow, type KioskFlow } from '../../../src/services/kioskFlow';
import type { ServicePort, Slot, TaxBill } from '../../../src/services/servicePort';

/** The shipped catalogue, as the app loads it. */
export const catalogue = parseCatalogue(JSON.parse(readFileSync('scenes/catalogue.json', 'utf8')), 'scenes/catalogue.json');
/** The shipped innovations gallery. */
export const gallery = parseInnovations(JSON.parse(readFileSync('scenes/innovations.json', 'utf8')), 'scenes/innovations.json');

/** Friday 27 November 2026, 10:00 in Makassar. */
export const NOW = new Date('2026-11-27T02:00:00Z');

/** One recorded port call. */
export interface PortCall {
  method: string;
  body?: unknown;
  key?: string;
  args?: unknown[];
}

/** A NetworkError as the API client throws it. */
export function networkError(): Error {
  return Object.assign(new Error('fetch failed'), { name: 'NetworkError' });
}

/** An ApiError as the API client throws it. */
export function apiError(status: number, code: string, field: string | null = null, message = 'refused'): Error {
  return Object.assign(new Error(message), { name: 'ApiError', status, code, field });
}

/** A scriptable fake of the API: each method answers from a queue of outcomes, else a default success. */
export class FakePort implements ServicePort {
  calls: PortCall[] = [];
  /** Outcomes to use next, per method: an Error is thrown, anything else returned. */
  script: Record<string, unknown[]> = {};
  slots: Slot[] = [
    { time: '08:00', capacity: 4, free: 0 },
    { time: '09:00', capacity: 4, free: 2 },
    { time: '10:00', capacity: 4, free: 1 },
  ];
  status: StatusResponse = {
    trackingCode: 'K7QM-4ZTX',
    kind: 'request',
    serviceId: 'akta-kelahiran',
    status: 'processing',
    queueNumber: 'A-001',
    createdAt: '2026-11-26T01:00:00.000Z',
    timeline: [
      { status: 'received', at: '2026-11-26T01:00:00.000Z' },
      { status: 'processing', note: 'Berkas sedang diverifikasi', at: '2026-11-26T03:30:00.000Z' },
    ],
    masked: { motherNik: '************0002' },
  };
  bill: TaxBill | null = {
    nop: '737101000100100010',
    year: 2026,
    amountRupiah: 245000,
    dueDate: '2026-09-30',
    paid: false,
    taxpayer: 'AND***',
  };

  private async answer<T>(method: string, fallback: () => T, call: PortCall): Promise<T> {
    this.calls.push(call);
    const next = this.script[method]?.shift();
    if (next instanceof Error) throw next;
    if (next !== undefined) return next as T;
    return fallback();
  }

  submitRequest(body: Parameters<ServicePort['submitRequest']>[0], key: string) {
    return this.answer('submitRequest', () => ({ trackingCode: 'K7QM-4ZTX', queueNumber: 'A-001', status: 'received' as const, createdAt: NOW.toISOString() }), { method: 'submitRequest', body, key });
  }
  submitConsultation(body: Parameters<ServicePort['submitConsultation']>[0], key: string) {
    return this.answer('submitConsultation', () => ({ trackingCode: 'M4SG-7QHB', status: 'received' as const, createdAt: NOW.toISOString() }), { method: 'submitConsultation', body, key });
  }
  submitComplaint(body: Parameters<ServicePort['submitComplaint']>[0], key: string) {
    return this.answer('submitComplaint', () => ({ trackingCode: 'P2RT-8WXY', status: 'received' as const, createdAt: NOW.toISOString() }), { method: 'submitComplaint', body, key });
  }
  bookAppointment(body: Parameters<ServicePort['bookAppointment']>[0], key: string) {
    return this.answer(
      'bookAppointment',
      () => ({ trackingCode: 'G3HJ-KMNP', queueNumber: 'G-004', date: body.date, time: body.time, locationId: body.locationId, status: 'received' as const, createdAt: NOW.toISOString() }),
      { method: 'bookAppointment', body, key },
    );
  }
  getSlots(locationId: string, date: string) {
    return this.answer('getSlots', () => this.slots, { method: 'getSlots', args: [locationId, date] });
  }
  submitSurvey(body: Parameters<ServicePort['submitSurvey']>[0], key: string) {
    return this.answer('submitSurvey', () => ({ id: 1, createdAt: NOW.toISOString() }), { method: 'submitSurvey', body, key });
  }
  getStatus(code: string) {
    return this.answer('getStatus', () => this.status, { method: 'getStatus', args: [code] });
  }
  lookupTaxBill(nop: string) {
    return this.answer('lookupTaxBill', () => this.bill, { method: 'lookupTaxBill', args: [nop] });
  }
  /** Calls of one method. */
  of(method: string): PortCall[] {
    return this.calls.filter((c) => c.method === method);
  }
}

/** A flow on the shipped data with a fake port, an i18n that fails the test on any missing key, and numbered keys. */
export function makeFlow(kioskId: KioskId, port: ServicePort = new FakePort()): { flow: KioskFlow; port: ServicePort; i18n: I18n } {
  const i18n = createI18n({
    onMissing: (key, locale) => {
      throw new Error(`missing locale key ${locale}:${key}`);
    },
  });
  let n = 0;
  const flow = createKioskFlow({
    kioskId,
    catalogue,
    port,
    text: i18n,
    innovations: gallery.innovations,
    innovationsDisclaimer: gallery.disclaimer,
    now: () => NOW,
    newKey: () => `key-${++n}`,
  });
  return { flow, port, i18n };
}

/** A valid Akta Kelahiran form. */
export const AKTA_VALUES: Record<string, string> = {
  childName: 'Andi Baso',
  childSex: 'male',
  birthDate: '2026-11-20',
  birthPlace: 'RSUD Daya, Makassar',
  kkNumber: '7371 0123 4567 0001',
  motherNik: '7371054512950002',
  phone: '+62 812-3456-7890',
};

/** Types a whole form. */
export function fill(flow: KioskFlow, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) flow.setValue(name, value);
}

/** Action ids of the current screen. */
export function actionIds(flow: KioskFlow): string[] {
  return flow.view().actions.map((a) => a.id);
}

/** Asserts the flow holds nothing of the last citizen: its view is exactly the view of a new flow of the same kiosk. */
export function expectBlankVisit(flow: KioskFlow): void {
  expect(flow.view(), 'a blank visit').to.deep.equal(makeFlow(flow.view().kioskId).flow.view());
}
