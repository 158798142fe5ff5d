/**
 * The console's live panel (issue 11): available/away, the waiting queue of the officer's units with a ring when a
 * call comes in, accept, then chat, the citizen's consented context, field highlight, transfer, mute and hang up.
 * Loaded with import() for officers only; the socket is /api/officer/live (the session cookie signs it in).
 */
import { KIOSK_IDS } from '../../shared/catalogue/types';
import type { OfficerMessage, QueueEntry, ToOfficer } from '../../shared/live/protocol';
import { el } from '../dom';
import { startOfficerCall, type OfficerCall } from './officerCall';
import { ring } from './ring';

/** Unit names as the console shows them. */
const UNIT_LABELS: Record<string, string> = {
  kependudukan: 'Kependudukan',
  perizinan: 'Perizinan',
  pajak: 'Pajak daerah',
  kesehatan: 'Kesehatan',
  pendidikan: 'Pendidikan',
  pengaduan: 'Pengaduan',
  informasi: 'Informasi',
  status: 'Cek status',
};

/** Error codes of the live socket, in the console's language. */
const ERRORS: Record<string, string> = {
  busy: 'Selesaikan panggilan yang sedang berjalan dulu.',
  not_found: 'Panggilan ini sudah diambil atau berakhir.',
  forbidden: 'Panggilan ini bukan untuk unit Anda.',
  bad_message: 'Permintaan tidak valid.',
};

/** What tests and the page read (no personal data: ids, counts, the chat of the current call). */
export interface OfficerLiveHandle {
  presence(): string;
  queue(): QueueEntry[];
  call(): { callId: string; unit: string } | null;
  rtpBytes(): Promise<{ inbound: number; outbound: number }>;
  setMuted(muted: boolean): void;
}

declare global {
  interface Window {
    officerLive?: OfficerLiveHandle;
  }
}

/** What the panel keeps between messages. */
interface PanelState {
  presence: string;
  queue: QueueEntry[];
  current: { callId: string; unit: string } | null;
  call: OfficerCall | null;
  iceServers: RTCIceServer[];
  audio: AudioContext | null;
  stopped: boolean;
}

/** The panel's DOM. */
function buildDom(root: HTMLElement) {
  const d = {
    presence: el('button', { id: 'live-presence', type: 'button', 'aria-pressed': 'false' }, 'Tidak tersedia'),
    status: el('p', { id: 'live-status', role: 'status' }),
    queue: el('ul', { id: 'live-queue' }),
    call: el('section', { id: 'live-call', class: 'hidden' }),
    info: el('p', { id: 'live-call-info' }),
    context: el('p', { id: 'live-context' }),
    log: el('div', { id: 'live-chat', role: 'log', 'aria-live': 'polite' }),
    chat: el('form', { id: 'live-chat-form' }, el('input', { name: 'text', maxlength: '500', 'aria-label': 'Pesan', autocomplete: 'off' }), el('button', { type: 'submit' }, 'Kirim')),
    highlight: el('form', { id: 'live-highlight-form' }, el('input', { name: 'field', 'aria-label': 'Kolom yang disorot', placeholder: 'mis. nik' }), el('button', { type: 'submit' }, 'Sorot kolom')),
    transferUnit: el('select', { id: 'live-transfer-unit', 'aria-label': 'Unit tujuan' }),
    transfer: el('button', { id: 'live-transfer', type: 'button' }, 'Alihkan'),
    mute: el('button', { id: 'live-mute', type: 'button', 'aria-pressed': 'false' }, 'Bisukan mikrofon'),
    hangup: el('button', { id: 'live-hangup', type: 'button', class: 'danger' }, 'Tutup panggilan'),
    audio: el('audio', { id: 'live-audio', autoplay: '' }),
    error: el('p', { class: 'error', role: 'alert' }),
  };
  for (const u of KIOSK_IDS) d.transferUnit.append(el('option', { value: u }, UNIT_LABELS[u]));
  d.call.append(d.info, d.context, d.log, d.chat, d.highlight, el('p', {}, d.transferUnit, ' ', d.transfer, ' ', d.mute, ' ', d.hangup), d.audio);
  root.replaceChildren(el('h2', {}, 'Layanan langsung'), el('p', {}, d.presence, ' ', d.status), el('h3', {}, 'Antrean'), d.queue, d.call, d.error);
  root.classList.remove('hidden');
  return d;
}

/** Starts the panel in `root`; returns a stop function (log-out). */
export function startLivePanel(root: HTMLElement): () => void {
  const d = buildDom(root);
  const s: PanelState = { presence: 'away', queue: [], current: null, call: null, iceServers: [], audio: null, stopped: false };
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/officer/live`);
  const send = (m: OfficerMessage) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(m));
  const say = (who: string, text: string) => d.log.append(el('p', { class: `chat-${who}` }, `${who === 'officer' ? 'Anda' : 'Warga'}: ${text}`));
  void fetch('/api/live/hours').then((r) => r.json()).then((h: { iceServers: RTCIceServer[] }) => (s.iceServers = h.iceServers));

  const renderQueue = (entries: QueueEntry[]) => {
    const grew = entries.some((e) => !s.queue.some((q) => q.callId === e.callId));
    s.queue = entries;
    d.queue.replaceChildren(
      ...(entries.length === 0 ? [el('li', {}, 'Tidak ada warga yang menunggu.')] : []),
      ...entries.map((e) => {
        const accept = el('button', { type: 'button', class: 'primary', 'data-call': e.callId }, 'Terima');
        accept.addEventListener('click', () => send({ t: 'accept', callId: e.callId }));
        return el('li', {}, `${UNIT_LABELS[e.unit] ?? e.unit} · antrean ${e.position} · menunggu ${Math.floor(e.waitingSeconds / 60)} mnt `, accept);
      }),
    );
    if (grew && s.presence === 'available' && !s.current && s.audio) ring(s.audio);
  };
  const endCall = (note: string) => {
    s.call?.end();
    s.call = null;
    s.current = null;
    d.call.classList.add('hidden');
    d.log.replaceChildren();
    d.context.textContent = '';
    d.status.textContent = note;
  };
  const handlers = createHandlers(d, s, send, say, renderQueue, endCall);
  // In order: the citizen's answer must not be handled before the offer the accept started has been made.
  let chain = Promise.resolve();
  ws.addEventListener('message', (e) => {
    const m = JSON.parse(String(e.data)) as ToOfficer;
    chain = chain
      .then(() => (handlers[m.t] as (x: ToOfficer) => void | Promise<void>)(m))
      .catch((err: Error) => void (d.error.textContent = err.message));
  });
  ws.addEventListener('close', () => {
    if (!s.stopped) d.error.textContent = 'Koneksi layanan langsung terputus. Muat ulang halaman.';
    endCall('');
  });
  wireControls(d, s, send, say);
  window.officerLive = {
    presence: () => s.presence,
    queue: () => s.queue.map((q) => ({ ...q })),
    call: () => (s.current ? { ...s.current } : null),
    rtpBytes: () => s.call?.rtpBytes() ?? Promise.resolve({ inbound: 0, outbound: 0 }),
    setMuted: (muted) => s.call?.setMuted(muted),
  };
  return () => {
    s.stopped = true;
    ws.close();
    endCall('');
    root.classList.add('hidden');
    delete window.officerLive;
  };
}

/** Buttons and forms of the panel. */
function wireControls(
  d: ReturnType<typeof buildDom>,
  s: PanelState,
  send: (m: OfficerMessage) => void,
  say: (who: string, text: string) => void,
): void {
  d.presence.addEventListener('click', () => {
    // The click is the gesture that lets the ring play.
    s.audio ??= new AudioContext();
    send({ t: 'presence', status: s.presence === 'available' ? 'away' : 'available' });
  });
  d.chat.addEventListener('submit', (e) => {
    e.preventDefault();
    const input = d.chat.elements.namedItem('text') as HTMLInputElement;
    const text = input.value.trim();
    if (!text || !s.current) return;
    send({ t: 'chat', callId: s.current.callId, text });
    say('officer', text);
    input.value = '';
  });
  d.highlight.addEventListener('submit', (e) => {
    e.preventDefault();
    const field = (d.highlight.elements.namedItem('field') as HTMLInputElement).value.trim();
    if (field && s.current) send({ t: 'highlight', callId: s.current.callId, field });
  });
  d.transfer.addEventListener('click', () => s.current && send({ t: 'transfer', callId: s.current.callId, unit: d.transferUnit.value }));
  d.hangup.addEventListener('click', () => s.current && send({ t: 'hangup', callId: s.current.callId }));
  d.mute.addEventListener('click', () => {
    const muted = d.mute.getAttribute('aria-pressed') !== 'true';
    s.call?.setMuted(muted);
    d.mute.setAttribute('aria-pressed', String(muted));
    d.mute.textContent = muted ? 'Nyalakan mikrofon' : 'Bisukan mikrofon';
  });
}

/** What each server message does to the panel. */
function createHandlers(
  d: ReturnType<typeof buildDom>,
  s: PanelState,
  send: (m: OfficerMessage) => void,
  say: (who: string, text: string) => void,
  renderQueue: (entries: QueueEntry[]) => void,
  endCall: (note: string) => void,
): { [K in ToOfficer['t']]: (m: Extract<ToOfficer, { t: K }>) => void | Promise<void> } {
  const onCall = async (m: Extract<ToOfficer, { t: 'call' }>) => {
    s.current = { callId: m.callId, unit: m.unit };
    d.call.classList.remove('hidden');
    d.info.textContent = `Panggilan ${UNIT_LABELS[m.unit] ?? m.unit}` + (m.consent.context ? '' : ' · warga belum mengizinkan melihat layanannya');
    d.status.textContent = 'Sedang melayani';
    s.call = await startOfficerCall(m.callId, s.iceServers, (data) => send({ t: 'signal', callId: m.callId, data }), d.audio);
  };
  return {
    state: (m) => {
      s.presence = m.presence;
      d.presence.textContent = m.presence === 'available' ? 'Tersedia' : 'Tidak tersedia';
      d.presence.setAttribute('aria-pressed', String(m.presence === 'available'));
      renderQueue(m.queue);
    },
    call: onCall,
    signal: (m) => s.call?.receive(m.data),
    chat: (m) => say(m.from, m.text),
    context: (m) => {
      const parts = [m.context.serviceId && `Layanan: ${m.context.serviceId}`, m.context.step && `Langkah: ${m.context.step}`];
      if (m.context.form) parts.push(`Formulir: ${Object.entries(m.context.form).map(([k, v]) => `${k}=${v}`).join(', ')}`);
      d.context.textContent = parts.filter(Boolean).join(' · ');
    },
    ended: (m) => endCall(m.reason === 'transferred' ? 'Panggilan dialihkan.' : 'Panggilan berakhir.'),
    error: (m) => void (d.error.textContent = ERRORS[m.code] ?? m.code),
  };
}
