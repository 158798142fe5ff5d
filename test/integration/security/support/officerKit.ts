/** Helpers of the officer security suites: accounts of each role, log-ins (with TOTP), and requests as an officer. */
import type { LightMyRequestResponse } from 'fastify';
import { upsertOfficer } from '../../../../src/server/officerAccounts';
import type { OfficerRole } from '../../../../src/server/officerRoles';
import { base32Decode, hotp, newTotpSecret, totpStep } from '../../../../src/server/totp';
import { validBodies } from '../../server/support/fixtures';
import { newKey, type TestServer } from '../../server/support/testServer';

/** A password that passes the policy. */
export const GOOD_PASSWORD = 'lampu kota makassar terang';

/** A signed-in officer: cookie, CSRF token, and GET/POST helpers carrying them. */
export interface Officer {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: object): Promise<LightMyRequestResponse>;
}

/** The current TOTP code of a base32 secret, `ahead` steps from now. */
export function totpCode(secret: string, ahead = 0): string {
  return hotp(base32Decode(secret), totpStep(Date.now()) + ahead);
}

/** Posts a log-in from `ip`. */
export function login(s: TestServer, username: string, password: string, ip = '203.0.113.7', totp?: string): Promise<LightMyRequestResponse> {
  return s.app.inject({ method: 'POST', url: '/api/officer/login', remoteAddress: ip, payload: { username, password, ...(totp ? { totp } : {}) } });
}

/** Wraps a successful log-in answer as an Officer; throws with the answer when it failed. */
export function asOfficer(s: TestServer, res: LightMyRequestResponse): Officer {
  if (res.statusCode !== 200) throw new Error(`log-in failed: ${res.statusCode} ${res.body}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  const csrf = res.json().csrfToken as string;
  return {
    cookie,
    csrf,
    get: (url) => s.app.inject({ url, headers: { cookie } }),
    post: (url, payload = {}) => s.app.inject({ method: 'POST', url, payload, headers: { cookie, 'x-csrf-token': csrf } }),
  };
}

/** Creates an account and signs it in (admins get a confirmed TOTP factor first, and sign in with a code). */
export async function signIn(s: TestServer, username: string, role: OfficerRole, units: string[] = []): Promise<Officer & { secret?: string }> {
  await upsertOfficer(s.db, username, GOOD_PASSWORD, role, units);
  if (role !== 'admin') return asOfficer(s, await login(s, username, GOOD_PASSWORD));
  const secret = newTotpSecret();
  await s.db.query('UPDATE officers SET totp_secret = $2, totp_enabled = true, totp_last_step = NULL WHERE username = $1', [username, secret]);
  return { ...asOfficer(s, await login(s, username, GOOD_PASSWORD, '203.0.113.7', totpCode(secret))), secret };
}

/** Files a birth-certificate request (unit kependudukan); returns its tracking code. */
export async function submitRequest(s: TestServer): Promise<string> {
  const res = await s.app.inject({ method: 'POST', url: '/api/requests', payload: validBodies().createRequest, headers: { 'idempotency-key': newKey() } });
  return res.json().trackingCode as string;
}

/** Files a complaint (unit pengaduan); returns its tracking code. */
export async function submitComplaint(s: TestServer): Promise<string> {
  const res = await s.app.inject({ method: 'POST', url: '/api/complaints', payload: validBodies().createComplaint, headers: { 'idempotency-key': newKey() } });
  return res.json().trackingCode as string;
}

/** Every audit row, oldest first, straight from the table. */
export function auditRows(s: TestServer): Promise<{ id: number; officer: string | null; attempted_username: string | null; action: string; target: string | null; detail: Record<string, unknown>; ip: string | null }[]> {
  return s.db.query('SELECT id, officer, attempted_username, action, target, detail, ip FROM audit_log ORDER BY id');
}
