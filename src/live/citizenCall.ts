/**
 * The kiosk's side of a live call (lazy chunk: nothing of it is downloaded before the first call). Gets an
 * anonymous token, opens the socket, queues, answers the officer's offer with the microphone (or listens only if
 * the citizen refused it), relays chat and consented context, and meters the officer's voice for the avatar.
 */
import type { CitizenContext, EndReason, LiveErrorCode, ToCitizen } from '../shared/live/protocol';
import { createPeerLink, stopStream, type PeerLink } from './peerLink';
import { meterVoice, speakingGate, type VoiceLevel } from './voiceLevel';

export { openMicrophone } from './peerLink';

/** Where a call stands, for the kiosk's live panel. */
export interface CallState {
  phase: 'connecting' | 'waiting' | 'active' | 'ended' | 'refused';
  position?: number;
  estimateMinutes?: number;
  officer?: { name: string; unit: string };
  chat: { from: 'officer' | 'citizen'; text: string }[];
  highlight?: string;
  error?: LiveErrorCode;
  ended?: EndReason;
}

/** A call in progress. */
export interface CitizenCall {
  state(): CallState;
  chat(text: string): void;
  consent(context: boolean, form: boolean): void;
  share(context: CitizenContext): void;
  /** Leaves the queue or hangs up; the officer's side ends at once. */
  hangUp(): void;
  /** Reads the officer's voice level and returns whether the officer is speaking now (call once per frame). */
  speaking(): boolean;
  rtpBytes(): Promise<{ inbound: number; outbound: number }>;
}

/** Options of a call. */
export interface CitizenCallOptions {
  unit: string;
  /** The microphone, or null when the citizen declined it (they still hear the officer and can chat). */
  mic: MediaStream | null;
  audioContext: AudioContext;
  onChange: (state: CallState) => void;
}

/** Starts a call: token, socket, queue. */
export async function startCitizenCall(o: CitizenCallOptions): Promise<CitizenCall> {
  const s: { state: CallState; link: PeerLink | null; voice: VoiceLevel | null; audio: HTMLAudioElement } = {
    state: { phase: 'connecting', chat: [] },
    link: null,
    voice: null,
    audio: new Audio(),
  };
  const hours = (await (await fetch('/api/live/hours')).json()) as { iceServers: RTCIceServer[] };
  const tokenRes = await fetch('/api/live/token', { method: 'POST' });
  const { token } = (await tokenRes.json()) as { token: string };
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live/socket`);
  const send = (m: object) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(m));
  const update = (patch: Partial<CallState>) => {
    s.state = { ...s.state, ...patch };
    o.onChange(s.state);
  };
  const teardown = () => {
    s.link?.close();
    s.link = null;
    s.voice?.close();
    s.voice = null;
    s.audio.srcObject = null;
  };
  const finish = (patch: Partial<CallState>) => {
    teardown();
    stopStream(o.mic);
    update(patch);
    ws.close();
  };
  const onRemote = (stream: MediaStream) => {
    s.audio.srcObject = stream;
    void s.audio.play().catch(() => undefined);
    s.voice = meterVoice(o.audioContext, stream);
  };
  const handlers: { [K in ToCitizen['t']]: (m: Extract<ToCitizen, { t: K }>) => void | Promise<void> } = {
    ready: () => void send({ t: 'call', unit: o.unit }),
    queued: (m) => {
      teardown();
      update({ phase: 'waiting', position: m.position, estimateMinutes: m.estimateMinutes, officer: undefined });
    },
    accepted: (m) => {
      s.link = createPeerLink({ iceServers: hours.iceServers, local: o.mic ?? new MediaStream(), send: (data) => send({ t: 'signal', data }), onRemote });
      update({ phase: 'active', officer: m.officer, chat: [] });
    },
    signal: (m) => s.link?.receive(m.data),
    chat: (m) => update({ chat: [...s.state.chat, { from: m.from, text: m.text }] }),
    highlight: (m) => update({ highlight: m.field }),
    ended: (m) => finish({ phase: 'ended', ended: m.reason }),
    error: (m) => (s.state.phase === 'active' ? update({ error: m.code }) : finish({ phase: 'refused', error: m.code })),
  };
  let chain = Promise.resolve();
  ws.addEventListener('open', () => send({ t: 'hello', token }));
  ws.addEventListener('message', (e) => {
    const m = JSON.parse(String(e.data)) as ToCitizen;
    chain = chain.then(() => (handlers[m.t] as (x: ToCitizen) => void | Promise<void>)(m)).catch(() => finish({ phase: 'ended', ended: 'disconnected' }));
  });
  ws.addEventListener('close', () => s.state.phase !== 'ended' && s.state.phase !== 'refused' && finish({ phase: 'ended', ended: 'disconnected' }));
  const gate = speakingGate();
  return {
    state: () => s.state,
    chat(text) {
      send({ t: 'chat', text });
      update({ chat: [...s.state.chat, { from: 'citizen', text }] });
    },
    consent: (context, form) => void send({ t: 'consent', context, form }),
    share: (context) => void send({ t: 'context', context }),
    hangUp() {
      send({ t: s.state.phase === 'waiting' ? 'leave' : 'hangup' });
      finish({ phase: 'ended', ended: 'hangup', chat: [] });
    },
    speaking: () => gate(s.voice?.level() ?? 0),
    rtpBytes: () => s.link?.rtpBytes() ?? Promise.resolve({ inbound: 0, outbound: 0 }),
  };
}
