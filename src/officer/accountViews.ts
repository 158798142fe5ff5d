/** Console screens for accounts (admins) and the officer's own security: password change and TOTP enrolment. */
import { KIOSK_IDS } from '../shared/catalogue/types';
import { el } from './dom';
import type { OfficerAccountView } from './officerApi';
import type { ViewContext } from './views';

const ROLES: Record<string, string> = { officer: 'Petugas (per unit)', supervisor: 'Supervisor (baca semua, IKM)', admin: 'Admin (akun, audit)' };

function roleSelect(value: string): HTMLSelectElement {
  const s = el('select', { name: 'role' }, ...Object.entries(ROLES).map(([v, label]) => el('option', { value: v }, label)));
  s.value = value;
  return s;
}

/** Comma-separated unit ids typed by the admin, kept to the known kiosks by the server (400 otherwise). */
function unitsOf(text: string): string[] {
  return text
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
}

/** One account row with its role/units, disable and password-reset controls. */
function accountRow(ctx: ViewContext, a: OfficerAccountView, reload: () => void): HTMLTableRowElement {
  const role = roleSelect(a.role);
  // The table's column header is not a label: name the field for screen readers (axe: select-name).
  role.setAttribute('aria-label', `Peran ${a.username}`);
  const units = el('input', { value: a.units.join(', '), size: '24', 'aria-label': `Unit ${a.username}` });
  const save = el('button', { type: 'button' }, 'Simpan peran');
  save.addEventListener('click', () => void ctx.api.updateAccount(a.username, { role: role.value, units: unitsOf(units.value) }).then(reload, ctx.showError));
  const toggle = el('button', { type: 'button' }, a.disabled ? 'Aktifkan' : 'Nonaktifkan');
  toggle.addEventListener('click', () => void ctx.api.updateAccount(a.username, { disabled: !a.disabled }).then(reload, ctx.showError));
  const pw = el('input', { type: 'password', autocomplete: 'new-password', placeholder: 'Sandi baru (min. 12)', 'aria-label': `Sandi baru ${a.username}` });
  const reset = el('button', { type: 'button' }, 'Atur ulang sandi');
  reset.addEventListener('click', () => void ctx.api.resetPassword(a.username, pw.value).then(reload, ctx.showError));
  const totp = el('button', { type: 'button' }, 'Reset TOTP');
  totp.addEventListener('click', () => void ctx.api.updateAccount(a.username, { resetTotp: true }).then(reload, ctx.showError));
  return el(
    'tr',
    {},
    el('td', {}, a.username),
    el('td', {}, role, save),
    el('td', {}, units),
    el('td', {}, a.disabled ? 'nonaktif' : 'aktif', ' ', toggle),
    el('td', {}, a.totpEnabled ? 'TOTP aktif' : 'tanpa TOTP', ' ', totp),
    el('td', {}, pw, reset),
  );
}

/** The admin's account screen: list, create, change role and units, disable, reset password or TOTP. */
export async function showAccounts(ctx: ViewContext): Promise<void> {
  const { accounts } = await ctx.api.accounts();
  const reload = () => void showAccounts(ctx).catch(ctx.showError);
  const form = el(
    'form',
    { class: 'filters' },
    el('label', {}, 'Nama pengguna', el('input', { name: 'username', required: '', autocomplete: 'off' })),
    el('label', {}, 'Sandi awal', el('input', { name: 'password', type: 'password', required: '', autocomplete: 'new-password' })),
    el('label', {}, 'Peran', roleSelect('officer')),
    el('label', {}, `Unit (${KIOSK_IDS.join(', ')})`, el('input', { name: 'units' })),
    el('button', { class: 'primary', type: 'submit' }, 'Buat akun'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = new FormData(form);
    const body = { username: String(d.get('username')), password: String(d.get('password')), role: String(d.get('role')), units: unitsOf(String(d.get('units'))) };
    ctx.api.createAccount(body).then(reload, ctx.showError);
  });
  const head = el('tr', {}, ...['Akun', 'Peran', 'Unit', 'Status', 'TOTP', 'Sandi'].map((h) => el('th', {}, h)));
  const rows = accounts.map((a) => accountRow(ctx, a, reload));
  ctx.root.replaceChildren(el('h2', {}, 'Akun petugas'), form, el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)));
}

/** The officer's own security: change password (then log in again) and enrol a TOTP authenticator. */
export async function showSecurity(ctx: ViewContext, session: { totpEnabled: boolean }, onLoggedOut: () => void): Promise<void> {
  const current = el('input', { type: 'password', autocomplete: 'current-password', required: '' });
  const next = el('input', { type: 'password', autocomplete: 'new-password', required: '', minlength: '12' });
  const pwForm = el('form', { class: 'filters' }, el('label', {}, 'Sandi saat ini', current), el('label', {}, 'Sandi baru (min. 12)', next), el('button', { class: 'primary', type: 'submit' }, 'Ganti sandi'));
  pwForm.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.api.changePassword(current.value, next.value).then(onLoggedOut, ctx.showError);
  });
  const totpPanel = el('div', { class: 'panel' });
  if (session.totpEnabled) totpPanel.append(el('p', {}, 'Verifikasi dua langkah (TOTP) sudah aktif.'));
  else {
    const start = el('button', { type: 'button', class: 'primary' }, 'Aktifkan TOTP');
    start.addEventListener('click', () => {
      ctx.api.totpEnrol().then((r) => {
        const code = el('input', { inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6', required: '' });
        const confirm = el('form', { class: 'filters' }, el('label', {}, 'Kode 6 angka', code), el('button', { class: 'primary', type: 'submit' }, 'Konfirmasi'));
        confirm.addEventListener('submit', (e) => {
          e.preventDefault();
          ctx.api.totpConfirm(code.value.trim()).then(() => totpPanel.replaceChildren(el('p', {}, 'TOTP aktif. Masuk berikutnya memerlukan kode.')), ctx.showError);
        });
        totpPanel.replaceChildren(el('p', {}, 'Tambahkan ke aplikasi autentikator: rahasia ', el('code', {}, r.secret)), el('p', {}, el('code', {}, r.uri)), confirm);
      }, ctx.showError);
    });
    totpPanel.append(el('p', {}, 'Admin wajib memakai TOTP.'), start);
  }
  ctx.root.replaceChildren(el('h2', {}, 'Keamanan akun'), el('div', { class: 'panel' }, pwForm), totpPanel);
}
