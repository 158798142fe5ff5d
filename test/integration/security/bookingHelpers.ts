/** Requests the booking, survey and booth attack tests send: from a chosen address, optionally as a booth. */
import type { LightMyRequestResponse } from 'fastify';
import { upsertOfficer } from '../../../src/server/officerAccounts';
import { newKey, type TestServer } from '../server/support/testServer';

/** Where a request comes from: a client address and, at a booth, its token. */
export interface From {
  ip?: string;
  booth?: string;
}

/** POSTs a public submission with a fresh Idempotency-Key (or `key`). */
export function submit(s: TestServer, url: string, body: object, from: From = {}, key = newKey()): Promise<LightMyRequestResponse> {
  return s.app.inject({
    method: 'POST',
    url,
    payload: body,
    remoteAddress: from.ip ?? '198.51.100.1',
    headers: { 'idempotency-key': key, ...(from.booth ? { 'x-booth-token': from.booth } : {}) },
  });
}

/** Free places of one slot, as the public slot list shows them. */
export async function freePlaces(s: TestServer, body: { locationId: string; date: string; time: string }): Promise<number> {
  const res = await s.app.inject(`/api/appointments/slots?locationId=${body.locationId}&date=${body.date}`);
  return (res.json().slots as { time: string; free: number }[]).find((x) => x.time === body.time)!.free;
}

/** An officer session of the first admin: cookie and CSRF token for the console API. */
export interface AdminSession {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload: object): Promise<LightMyRequestResponse>;
}

/** Creates an officer (an admin unless `role` says otherwise) and logs in. */
export async function loginAdmin(s: TestServer, username = 'admin', role: 'admin' | 'officer' = 'admin'): Promise<AdminSession> {
  const password = 'correct horse battery staple';
  await upsertOfficer(s.db, username, password, role);
  const res = await s.app.inject({ method: 'POST', url: '/api/officer/login', payload: { username, password } });
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  const csrf = res.json().csrfToken as string;
  return {
    get: (url) => s.app.inject({ url, headers: { cookie } }),
    post: (url, payload) => s.app.inject({ method: 'POST', url, payload, headers: { cookie, 'x-csrf-token': csrf } }),
  };
}
