/** The data-subject request screen (UU PDP): access, correction or erasure by tracking code plus the citizen's NIK. */
import { el } from './dom';
import type { ViewContext } from './views';

/** Access shows what is held (as text); correction replaces one form field; erasure asks for confirmation. */
export async function showDsr(ctx: ViewContext): Promise<void> {
  const code = el('input', { name: 'code', required: '', placeholder: 'Kode pelacakan' });
  const nik = el('input', { name: 'nik', required: '', inputmode: 'numeric', maxlength: '16', placeholder: 'NIK pemohon', autocomplete: 'off' });
  const field = el('input', { name: 'field', placeholder: 'Nama isian, mis. phone' });
  const value = el('input', { name: 'value', placeholder: 'Nilai yang benar', autocomplete: 'off' });
  const out = el('pre', { class: 'panel' });
  const run = (action: 'access' | 'correct' | 'erase') => {
    if (action === 'erase' && !window.confirm('Hapus semua data pribadi permohonan ini? Tidak dapat dibatalkan.')) return;
    const body = action === 'correct' ? { nik: nik.value.trim(), field: field.value.trim(), value: value.value.trim() } : { nik: nik.value.trim() };
    ctx.api.dsr(action, code.value.trim(), body).then((r) => {
      out.textContent = JSON.stringify(r, null, 2);
    }, ctx.showError);
  };
  const buttons = (['access', 'correct', 'erase'] as const).map((a) => {
    const b = el('button', { type: 'button', class: a === 'access' ? 'primary' : '' }, a === 'access' ? 'Akses data' : a === 'correct' ? 'Perbaiki isian' : 'Hapus data');
    b.addEventListener('click', () => run(a));
    return b;
  });
  ctx.root.replaceChildren(
    el('h2', {}, 'Permintaan subjek data (UU PDP)'),
    el('p', {}, 'Warga menyebut kode pelacakan dan NIK-nya; NIK harus sama dengan NIK pada permohonan. Setiap permintaan tercatat di log audit.'),
    el('div', { class: 'filters' }, el('label', {}, 'Kode', code), el('label', {}, 'NIK', nik), el('label', {}, 'Isian', field), el('label', {}, 'Nilai', value), ...buttons),
    out,
  );
}
