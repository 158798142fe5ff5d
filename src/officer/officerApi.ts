/** The officer console's calls to /api/officer/*: same-origin cookie session, CSRF token on every state change. */
import type {
  AuditResponse,
  TotpEnrolResponse,
  IkmResponse,
  OfficerAccount,
  ItemDetail,
  ItemsResponse,
  SessionResponse,
} from '../shared/api/officerSchemas';

/** An error answer of the officer API, with the server's translated message. */
export class OfficerApiError extends Error {
  /** HTTP status (401 means: log in again). */
  readonly status: number;
  /** Error code from the server. */
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Creates the console's API object; it remembers the CSRF token of the current session. */
export function createOfficerApi() {
  const state = { csrf: '' };

  async function send<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': 'id' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method === 'POST') headers['x-csrf-token'] = state.csrf;
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    const json = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string } };
    if (!res.ok) throw new OfficerApiError(res.status, json.error?.code ?? 'http', json.error?.message ?? res.statusText);
    return json as T;
  }

  return {
    async session(): Promise<SessionResponse> {
      const s = await send<SessionResponse>('GET', '/api/officer/session');
      state.csrf = s.csrfToken;
      return s;
    },
    async login(username: string, password: string, totp?: string): Promise<SessionResponse> {
      const s = await send<SessionResponse>('POST', '/api/officer/login', totp ? { username, password, totp } : { username, password });
      state.csrf = s.csrfToken;
      return s;
    },
    logout: () => send<{ ok: boolean }>('POST', '/api/officer/logout', {}),
    items: (query: Record<string, string>) => {
      const q = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ''));
      return send<ItemsResponse>('GET', `/api/officer/items?${q.toString()}`);
    },
    item: (code: string) => send<ItemDetail>('GET', `/api/officer/items/${encodeURIComponent(code)}`),
    setStatus: (code: string, status: string, note: string) =>
      send('POST', `/api/officer/items/${encodeURIComponent(code)}/status`, note ? { status, note } : { status }),
    reply: (code: string, text: string) => send('POST', `/api/officer/items/${encodeURIComponent(code)}/reply`, { text }),
    ikm: (from: string, to: string) => {
      const q = new URLSearchParams(Object.entries({ from, to }).filter(([, v]) => v !== ''));
      return send<IkmResponse>('GET', `/api/officer/ikm?${q.toString()}`);
    },
    audit: (before?: number) => send<AuditResponse>('GET', `/api/officer/audit?limit=50${before ? `&before=${before}` : ''}`),
    accounts: () => send<{ accounts: OfficerAccountView[] }>('GET', '/api/officer/accounts'),
    createAccount: (body: { username: string; password: string; role: string; units: string[] }) => send<OfficerAccountView>('POST', '/api/officer/accounts', body),
    updateAccount: (username: string, body: { role?: string; units?: string[]; disabled?: boolean; resetTotp?: boolean }) =>
      send<OfficerAccountView>('POST', `/api/officer/accounts/${encodeURIComponent(username)}`, body),
    resetPassword: (username: string, password: string) => send('POST', `/api/officer/accounts/${encodeURIComponent(username)}/password`, { password }),
    changePassword: (currentPassword: string, newPassword: string) => send('POST', '/api/officer/password', { currentPassword, newPassword }),
    totpEnrol: () => send<TotpEnrolResponse>('POST', '/api/officer/totp/enrol', {}),
    totpConfirm: (code: string) => send('POST', '/api/officer/totp/confirm', { code }),
    dsr: (action: 'access' | 'correct' | 'erase', code: string, body: { nik: string; field?: string; value?: string }) =>
      send<Record<string, unknown>>('POST', `/api/officer/dsr/${encodeURIComponent(code)}/${action}`, body),
  };
}

/** An account row of the admin screen. */
export type OfficerAccountView = OfficerAccount;

/** The console's API object. */
export type OfficerApi = ReturnType<typeof createOfficerApi>;
