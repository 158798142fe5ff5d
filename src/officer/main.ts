/** Officer console entry (/officer): log-in, then the lists, detail, IKM and audit screens. */
import { createOfficerApi, OfficerApiError } from './officerApi';
import { showAudit, showIkm, showList, type ViewContext } from './views';

function $(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`officer.html lacks #${id}`);
  return node;
}

/** Wires the page: checks the session, shows log-in or the console, routes the menu. */
function start(): void {
  const api = createOfficerApi();
  const loginForm = $('login') as HTMLFormElement;
  const appError = $('app-error');
  const showLogin = () => {
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
    for (const b of $('nav').querySelectorAll('button')) b.toggleAttribute('aria-current', b.dataset.view === view);
    $('nav').querySelector(`[data-view="${view}"]`)?.setAttribute('aria-current', 'page');
    const run =
      view === 'complaints' ? showList(ctx, 'complaint') : view === 'appointments' ? showList(ctx, 'appointment') : view === 'ikm' ? showIkm(ctx) : view === 'audit' ? showAudit(ctx) : showList(ctx, 'request');
    run.catch(ctx.showError);
  };
  const showApp = (username: string) => {
    loginForm.classList.add('hidden');
    $('app').classList.remove('hidden');
    $('nav').classList.remove('hidden');
    $('logout').classList.remove('hidden');
    $('who').textContent = username;
    open(location.hash.slice(1) || 'requests');
  };
  for (const b of $('nav').querySelectorAll('button')) {
    b.addEventListener('click', () => {
      location.hash = b.dataset.view ?? 'requests';
    });
  }
  window.addEventListener('hashchange', () => open(location.hash.slice(1) || 'requests'));
  loginForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(loginForm);
    $('login-error').textContent = '';
    api
      .login(String(data.get('username')), String(data.get('password')))
      .then((s) => {
        loginForm.reset();
        showApp(s.username);
      })
      .catch((err: Error) => {
        $('login-error').textContent = err.message;
      });
  });
  $('logout').addEventListener('click', () => {
    api.logout().then(showLogin, ctx.showError);
  });
  api.session().then(
    (s) => showApp(s.username),
    (err: unknown) => {
      if (err instanceof OfficerApiError && err.status === 401) showLogin();
      else ctx.showError(err);
      if (!(err instanceof OfficerApiError)) showLogin();
    },
  );
}

start();
