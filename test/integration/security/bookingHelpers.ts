/** Requests the booking, survey and booth attack tests send: from a chosen address, optionally as a booth. */
import type { LightMyRequestResponse } from 'fastify';
import type { OfficerRole } from '../../../src/server/officerRoles';
import { newKey, type TestServer } from '../server/support/testServer';
import { signIn, type Officer } from './support/officerKit';

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

/** A signed-in console session (see support/officerKit.ts): GET and POST with its cookie and CSRF token. */
export type ConsoleSession = Pick<Officer, 'get' | 'post'>;

/** Signs in an account of `role`: an `officer` of the population-registry unit (where bookings are), a supervisor, or an admin with TOTP. */
export function signInAs(s: TestServer, role: OfficerRole, username: string = role): Promise<ConsoleSession> {
  return signIn(s, username, role, role === 'officer' ? ['kependudukan'] : []);
}
