/** Officer console entry (/officer): log-in, then the lists, detail, IKM and audit screens. */
import { createOfficerApi, OfficerApiError } from './officerApi';
import { showAccounts, showSecurity } from './accountViews';
import { showDsr } from './dsrView';
import type { SessionResponse } from '../shared/api/officerSchemas';
import { showAudit, showIkm, showList, type ViewContext } from './views';
import { startLivePanel } from './live/livePanel';

/** Menu entries each role sees (the server checks the role on every route; this only hides what would be refused). */
const VIEWS_BY_ROLE: Record<string, string[]> = {
  officer: ['requests', 'complaints', 'consultations', 'appointments', 'dsr', 'security'],
  supervisor: ['requests', 'complaints', 'consultations', 'appointments', 'ikm', 'security'],
  admin: ['accounts', 'audit', 'security'],
};

function $(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`officer.html lacks #${id}`);
  return node;
}

/** Log-in form: password first; when the server asks for a TOTP code, the code field appears. */
function wireLogin(api: ReturnType<typeof createOfficerApi>, loginForm: HTMLFormElement, showApp: (s: SessionResponse) => void): void {
  loginForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(loginForm);
    $('login-error').textContent = '';
    const totp = String(data.get('totp') ?? '').trim();
    api
      .login(String(data.get('username')), String(data.get('password')), totp || undefined)
      .then((s) => {
        loginForm.reset();
        $('totp-row').classList.add('hidden');
        showApp(s);
      })
      .catch((err: Error) => {
        if (err instanceof OfficerApiError && err.code === 'totp_required') $('totp-row').classList.remove('hidden');
        $('login-error').textContent = err.message;
      });
  });
}

/** Wires the page: checks the session, shows log-in or the console, routes the menu. */
function start(): void {
  const api = createOfficerApi();
  const loginForm = $('login') as HTMLFormElement;
  const appError = $('app-error');
  const state: { session: SessionResponse | null; stopLive: (() => void) | null } = { session: null, stopLive: null };
  const showLogin = () => {
    state.stopLive?.();
    state.stopLive = null;
    loginForm.classList.remove('hidden');
    $('app').classList.add('hidden');
    $('nav').classList.add('hidden');
    $('logout').classList.add('hidden');
    $('who').textContent = '';
  };
  const ctx: ViewContext = {
    api,
    root: $('view'),
    showError(err) {
      if (err instanceof OfficerApiError && err.status === 401) return showLogin();
      appError.textContent = err instanceof Error ? err.message : String(err);
    },
  };
  const open = (view: string) => {
    appError.textContent = '';
    const allowed = VIEWS_BY_ROLE[state.session?.role ?? ''] ?? ['security'];
    if (!allowed.includes(view)) view = allowed[0];
    for (const b of $('nav').querySelectorAll('button')) b.toggleAttribute('aria-current', b.dataset.view === view);
    $('nav').querySelector(`[data-view="${view}"]`)?.setAttribute('aria-current', 'page');
    const screens: Record<string, () => Promise<void>> = {
      complaints: () => showList(ctx, 'complaint'),
      consultations: () => showList(ctx, 'consultation'),
      appointments: () => showList(ctx, 'appointment'),
      ikm: () => showIkm(ctx),
      audit: () => showAudit(ctx),
      accounts: () => showAccounts(ctx),
      dsr: () => showDsr(ctx),
      security: () => showSecurity(ctx, { totpEnabled: state.session?.totpEnabled ?? false }, showLogin),
    };
    (screens[view] ?? (() => showList(ctx, 'request')))().catch(ctx.showError);
  };
  const showApp = (session: SessionResponse) => {
    state.session = session;
    for (const b of $('nav').querySelectorAll('button')) b.classList.toggle('hidden', !(VIEWS_BY_ROLE[session.role] ?? []).includes(b.dataset.view ?? ''));
    loginForm.classList.add('hidden');
    $('app').classList.remove('hidden');
    $('nav').classList.remove('hidden');
    $('logout').classList.remove('hidden');
    $('who').textContent = `${session.username} · ${session.role}`;
    // Live consultation (issue 11): officers only. A static import on purpose: an import() here makes webpack's chunk
    // runtime call `Promise`, which module concatenation binds to TypeBox's exported `Promise` in this bundle.
    if (session.role === 'officer' && !state.stopLive) state.stopLive = startLivePanel($('live'));
    open(location.hash.slice(1) || 'requests');
  };
  for (const b of $('nav').querySelectorAll('button')) {
    b.addEventListener('click', () => {
      location.hash = b.dataset.view ?? 'requests';
    });
  }
  window.addEventListener('hashchange', () => open(location.hash.slice(1) || 'requests'));
  wireLogin(api, loginForm, showApp);
  $('logout').addEventListener('click', () => {
    api.logout().then(showLogin, ctx.showError);
  });
  api.session().then(
    (s) => showApp(s),
    (err: unknown) => {
      if (err instanceof OfficerApiError && err.status === 401) showLogin();
      else ctx.showError(err);
      if (!(err instanceof OfficerApiError)) showLogin();
    },
  );
}

start();
