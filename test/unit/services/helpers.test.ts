import { expect } from 'chai';
import { classifyError } from '../../../src/services/classifyError';
import { newIdempotencyKey } from '../../../src/services/idempotencyKey';
import { statusUrl } from '../../../src/services/statusUrl';
import { addWorkingDays, nextWorkingDays, witaToday } from '../../../src/services/workingDays';

describe('status links for QR codes', () => {
  it('build /status/<code>, relative or on an origin', () => {
    expect(statusUrl('K7QM-4ZTX')).to.equal('/status/K7QM-4ZTX');
    expect(statusUrl('K7QM-4ZTX', 'https://layanan.example/')).to.equal('https://layanan.example/status/K7QM-4ZTX');
  });
});

describe('working days in Makassar time', () => {
  it('take the calendar day in WITA, not UTC', () => {
    expect(witaToday(new Date('2026-11-27T15:59:00Z'))).to.equal('2026-11-27');
    expect(witaToday(new Date('2026-11-27T16:00:00Z'))).to.equal('2026-11-28');
  });
  it('skip weekends when counting ahead', () => {
    const friday = new Date('2026-11-27T02:00:00Z');
    expect(addWorkingDays(friday, 0)).to.equal('2026-11-27');
    expect(addWorkingDays(friday, 1)).to.equal('2026-11-30');
    expect(addWorkingDays(friday, 5)).to.equal('2026-12-04');
    expect(nextWorkingDays(friday, 3)).to.deep.equal(['2026-11-30', '2026-12-01', '2026-12-02']);
  });
});

describe('classifyError', () => {
  it('recognises the API client errors by shape', () => {
    expect(classifyError(Object.assign(new Error('x'), { name: 'NetworkError' }))).to.deep.equal({ kind: 'network' });
    expect(classifyError({ kind: 'network' })).to.deep.equal({ kind: 'network' });
    expect(classifyError(Object.assign(new Error('Wajib diisi.'), { status: 400, code: 'required', field: 'values.nik' }))).to.deep.equal({
      kind: 'api',
      status: 400,
      code: 'required',
      field: 'values.nik',
      message: 'Wajib diisi.',
    });
    expect(classifyError(new TypeError('boom'))).to.deep.equal({ kind: 'unexpected', message: 'boom' });
  });
});

describe('newIdempotencyKey', () => {
  it('makes distinct keys of 32 lowercase hex characters (16 random bytes, no dashes, no prefix)', () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).to.match(/^[0-9a-f]{32}$/);
    expect(b).to.match(/^[0-9a-f]{32}$/);
    expect(a).to.not.equal(b);
  });

  it('encodes all 16 bytes of crypto.getRandomValues, unaltered', () => {
    const bytes = [0x00, 0x01, 0x0f, 0x10, 0x7f, 0x80, 0xab, 0xcd, 0xef, 0xff, 0x42, 0x09, 0x90, 0x5a, 0xa5, 0xfe];
    const key = newIdempotencyKey((b) => (b.set(bytes), b));
    expect(key).to.equal('00010f107f80abcdefff4209905aa5fe');
  });

  it('asks crypto.getRandomValues for exactly 16 bytes', () => {
    const asked: number[] = [];
    newIdempotencyKey((b) => (asked.push(b.length), globalThis.crypto.getRandomValues(b)));
    expect(asked).to.deep.equal([16]);
  });
});

describe('portFromApiClient', () => {
  it('passes bodies and keys through and unwraps the slot list', async () => {
    const { portFromApiClient } = await import('../../../src/services/portFromApiClient');
    const seen: unknown[] = [];
    const client = {
      createRequest: async (body: unknown, key: string) => (seen.push(['req', body, key]), { trackingCode: 'K7QM-4ZTX', queueNumber: 'A-001', status: 'received' as const, createdAt: '' }),
      createComplaint: async () => ({ trackingCode: 'P2RT-8WXY', status: 'received' as const, createdAt: '' }),
      createConsultation: async () => ({ trackingCode: 'M4SG-7QHB', status: 'received' as const, createdAt: '' }),
      createAppointment: async () => ({ trackingCode: 'G3HJ-KMNP', date: '', time: '', locationId: '', status: 'received' as const, createdAt: '' }),
      slots: async (locationId: string, date: string) => ({ locationId, date, slots: [{ time: '09:00', capacity: 4, free: 1 }] }),
      createSurvey: async (body: unknown, key: string) => (seen.push(['survey', body, key]), { id: 1, createdAt: '' }),
      createFeedback: async (body: unknown, key: string) => (seen.push(['feedback', body, key]), { id: 2, createdAt: '' }),
      getStatus: async () => {
        throw new Error('unused');
      },
    };
    const port = portFromApiClient(client);
    await port.submitRequest({ serviceId: 'kia', values: {}, consent: true }, 'key-9');
    expect(seen).to.deep.equal([['req', { serviceId: 'kia', values: {}, consent: true }, 'key-9']]);
    const answers = [4, 4, 4, 4, 4, 4, 4, 4, 4];
    await port.submitSurvey({ trackingCode: 'K7QM-4ZTX', answers }, 'key-10');
    // The kiosk's survey without a receipt has no code: it goes to the anonymous feedback channel, not the IKM.
    await port.submitSurvey({ answers, suggestion: 'ok' } as never, 'key-11');
    expect(seen.slice(1)).to.deep.equal([
      ['survey', { trackingCode: 'K7QM-4ZTX', answers }, 'key-10'],
      ['feedback', { answers, suggestion: 'ok' }, 'key-11'],
    ]);
    expect(await port.getSlots('mpp-makassar', '2026-11-30')).to.deep.equal([{ time: '09:00', capacity: 4, free: 1 }]);
    expect(port.lookupTaxBill).to.equal(undefined);
  });
});

describe('the real API client', () => {
  it('fits the port adapter (checked by the type checker)', async () => {
    const { createApiClient } = await import('../../../src/api');
    const { portFromApiClient } = await import('../../../src/services/portFromApiClient');
    const port = portFromApiClient(createApiClient({ baseUrl: 'http://127.0.0.1:9', retries: 0, timeoutMs: 200 }));
    const error = await port.getStatus('K7QM-4ZTX').then(
      () => null,
      (e: unknown) => e,
    );
    expect(classifyError(error)).to.deep.equal({ kind: 'network' });
  });
});

describe('isOfficeHours', () => {
  it('is open on weekdays 08:00–16:00 WITA only', async () => {
    const { isOfficeHours } = await import('../../../src/services/workingDays');
    const hours = { open: '08:00', close: '16:00' };
    expect(isOfficeHours(new Date('2026-11-27T00:00:00Z'), hours)).to.equal(true); // Fri 08:00
    expect(isOfficeHours(new Date('2026-11-26T23:59:00Z'), hours)).to.equal(false); // Fri 07:59
    expect(isOfficeHours(new Date('2026-11-27T08:00:00Z'), hours)).to.equal(false); // Fri 16:00
    expect(isOfficeHours(new Date('2026-11-28T02:00:00Z'), hours)).to.equal(false); // Sat 10:00
  });
});
