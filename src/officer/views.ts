/** The console's screens: item lists with filters, item detail with status change and reply, IKM dashboard, audit log. */
import { ITEM_STATUSES, type ItemKind } from '../shared/api/schemas';
import { el } from './dom';
import { profileTables } from './ikmProfiles';
import type { OfficerApi } from './officerApi';

/** Indonesian labels of statuses, as citizens see them. */
const STATUS_LABELS: Record<string, string> = {
  received: 'Diterima',
  processing: 'Diproses',
  need_info: 'Perlu data tambahan',
  answered: 'Dijawab',
  completed: 'Selesai',
  rejected: 'Ditolak',
  cancelled: 'Dibatalkan',
};

/** What a screen needs: the API, the place to draw, and how to report an error. */
export interface ViewContext {
  api: OfficerApi;
  root: HTMLElement;
  showError(err: unknown): void;
}

function fmt(iso: string): string {
  return new Date(iso).toLocaleString('id-ID', { timeZone: 'Asia/Makassar' });
}

function statusSelect(name: string, withAll: boolean): HTMLSelectElement {
  const s = el('select', { name });
  if (withAll) s.append(el('option', { value: '' }, 'Semua'));
  for (const st of ITEM_STATUSES) s.append(el('option', { value: st }, STATUS_LABELS[st]));
  return s;
}

/** A filtered list of requests, complaints, messages for an officer (consultation tickets) or appointments; a click opens the item. */
export async function showList(ctx: ViewContext, kind: ItemKind): Promise<void> {
  const form = el(
    'form',
    { class: 'filters' },
    el('label', {}, 'Layanan', el('input', { name: 'serviceId', placeholder: 'mis. akta-kelahiran' })),
    el('label', {}, 'Status', statusSelect('status', true)),
    el('label', {}, 'Dari', el('input', { name: 'from', type: 'date' })),
    el('label', {}, 'Sampai', el('input', { name: 'to', type: 'date' })),
    el('button', { class: 'primary', type: 'submit' }, 'Saring'),
  );
  const table = el('table');
  const total = el('p');
  ctx.root.replaceChildren(form, total, table);
  const load = async () => {
    const data = new FormData(form);
    const query: Record<string, string> = { kind, limit: '100' };
    for (const [k, v] of data) query[k] = String(v);
    const res = await ctx.api.items(query);
    total.textContent = `${res.total} data`;
    const head = el('tr', {}, ...['Kode', 'Layanan', 'Status', 'Antrean', kind === 'appointment' ? 'Jadwal' : 'Masuk'].map((h) => el('th', {}, h)));
    const rows = res.items.map((i) => {
      const tr = el(
        'tr',
        { class: 'row', tabindex: '0' },
        el('td', {}, i.trackingCode),
        el('td', {}, i.serviceId),
        el('td', {}, STATUS_LABELS[i.status] ?? i.status),
        el('td', {}, i.queueNumber ?? '–'),
        el('td', {}, i.appointment ? `${i.appointment.date} ${i.appointment.time} · ${i.appointment.locationId}` : fmt(i.createdAt)),
      );
      const open = () => void showDetail(ctx, i.trackingCode).catch(ctx.showError);
      tr.addEventListener('click', open);
      tr.addEventListener('keydown', (e) => e.key === 'Enter' && open());
      return tr;
    });
    table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    load().catch(ctx.showError);
  });
  await load();
}

/** One item with its full data, timeline, status change (with a note the citizen sees) and, for complaints and messages, a reply. */
export async function showDetail(ctx: ViewContext, code: string): Promise<void> {
  const item = await ctx.api.item(code);
  const data = el('dl');
  const flat = (obj: Record<string, unknown>, prefix = ''): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) flat(v as Record<string, unknown>, `${prefix}${k}.`);
      else data.append(el('dt', {}, prefix + k), el('dd', {}, String(v)));
    }
  };
  flat(item.data);
  const timeline = el(
    'ol',
    {},
    ...item.timeline.map((t) => el('li', {}, `${fmt(t.at)} · ${STATUS_LABELS[t.status] ?? t.status}${t.note ? ` — ${t.note}` : ''}${t.officer ? ` (${t.officer})` : ''}`)),
  );
  const select = statusSelect('status', false);
  select.value = item.status;
  const note = el('textarea', { name: 'note', rows: '2', cols: '60', maxlength: '1000', placeholder: 'Catatan untuk warga (tampil di linimasa status)' });
  const statusForm = el('form', { class: 'filters' }, el('label', {}, 'Status baru', select), el('label', {}, 'Catatan', note), el('button', { class: 'primary', type: 'submit' }, 'Simpan status'));
  statusForm.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.api
      .setStatus(code, select.value, note.value.trim())
      .then(() => showDetail(ctx, code))
      .catch(ctx.showError);
  });
  const parts: Node[] = [
    el('button', { type: 'button', id: 'back' }, '← Kembali'),
    el('h2', {}, `${item.trackingCode} · ${item.serviceId}`),
    el('p', {}, `${STATUS_LABELS[item.status] ?? item.status} · antrean ${item.queueNumber ?? '–'} · masuk ${fmt(item.createdAt)}`),
    // A submission queued offline on a kiosk: when the citizen sent it, beside when it reached us.
    ...(item.submittedAt ? [el('p', { class: 'submitted-at' }, `dikirim warga ${fmt(item.submittedAt)} (antre offline) · diterima server ${fmt(item.createdAt)}`)] : []),
    item.purged ? el('p', { class: 'error' }, 'Data pribadi sudah dihapus sesuai masa retensi.') : data,
    el('h3', {}, 'Linimasa'),
    timeline,
    el('h3', {}, 'Ubah status'),
    statusForm,
  ];
  if (item.kind === 'complaint' || item.kind === 'consultation') {
    const reply = el('textarea', { rows: '3', cols: '60', maxlength: '2000' });
    reply.value = item.reply?.text ?? '';
    const replyForm = el('form', {}, reply, el('br'), el('button', { class: 'primary', type: 'submit' }, 'Kirim balasan'));
    replyForm.addEventListener('submit', (e) => {
      e.preventDefault();
      ctx.api
        .reply(code, reply.value.trim())
        .then(() => showDetail(ctx, code))
        .catch(ctx.showError);
    });
    parts.push(el('h3', {}, item.kind === 'complaint' ? 'Balasan pengaduan' : 'Balasan pesan'), replyForm);
  }
  const panel = el('div', { class: 'panel' }, ...parts);
  ctx.root.replaceChildren(panel);
  panel.querySelector('#back')!.addEventListener('click', () => window.dispatchEvent(new HashChangeEvent('hashchange')));
}

/** The IKM dashboard: per-element means, the index (25–100) and the grade, per PermenPANRB 14/2017. */
export async function showIkm(ctx: ViewContext): Promise<void> {
  const from = el('input', { type: 'date', name: 'from' });
  const to = el('input', { type: 'date', name: 'to' });
  const form = el('form', { class: 'filters' }, el('label', {}, 'Dari', from), el('label', {}, 'Sampai', to), el('button', { class: 'primary', type: 'submit' }, 'Hitung'));
  const out = el('div', { class: 'panel' });
  ctx.root.replaceChildren(form, out);
  const load = async () => {
    const r = await ctx.api.ikm(from.value, to.value);
    if (r.count === 0 || r.index === null) {
      out.replaceChildren(el('p', {}, 'Belum ada survei pada periode ini.'));
      return;
    }
    const rows = r.elements.map((e, i) =>
      el('tr', {}, el('td', {}, `U${i + 1} ${e.id}`), el('td', {}, r.elementMeans[i].toFixed(2)), el('td', {}, el('meter', { class: 'bar', min: '1', max: '4', value: r.elementMeans[i].toFixed(2) }))),
    );
    out.replaceChildren(
      el('h2', {}, `IKM ${r.index.toFixed(2)} · mutu ${r.grade} (${r.gradeLabel?.id ?? ''})`),
      el('p', {}, `${r.count} responden`),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Unsur'), el('th', {}, 'Rata-rata (1–4)'), el('th', {}, ''))), el('tbody', {}, ...rows)),
      profileTables(r.profiles),
    );
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    load().catch(ctx.showError);
  });
  await load();
}

/** The audit log (admins), newest first, 50 rows a page with a button for older rows. */
export async function showAudit(ctx: ViewContext, before?: number): Promise<void> {
  const r = await ctx.api.audit(before);
  const rows = r.entries.map((e) =>
    el(
      'tr',
      {},
      el('td', {}, fmt(e.at)),
      el('td', {}, e.officer ?? (e.attemptedUsername ? `(dicoba: ${e.attemptedUsername})` : 'sistem')),
      el('td', {}, e.action),
      el('td', {}, e.target ?? '–'),
      el('td', {}, JSON.stringify(e.detail)),
      el('td', {}, e.ip ?? '–'),
    ),
  );
  const older = el('button', { type: 'button' }, 'Lebih lama →');
  older.disabled = r.nextBefore === null;
  older.addEventListener('click', () => void showAudit(ctx, r.nextBefore ?? undefined).catch(ctx.showError));
  const newest = el('button', { type: 'button' }, '⟲ Terbaru');
  newest.addEventListener('click', () => void showAudit(ctx).catch(ctx.showError));
  ctx.root.replaceChildren(
    el('table', {}, el('thead', {}, el('tr', {}, ...['Waktu', 'Petugas', 'Tindakan', 'Objek', 'Rincian', 'IP'].map((h) => el('th', {}, h)))), el('tbody', {}, ...rows)),
    el('p', {}, newest, ' ', older),
  );
}
