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

/** What a call keeps while it runs. */
interface CallInternals {
  state: CallState;
  link: PeerLink | null;
  voice: VoiceLevel | null;
  audio: HTMLAudioElement;
  iceServers: RTCIceServer[];
  send: (m: object) => void;
  update: (patch: Partial<CallState>) => void;
  finish: (patch: Partial<CallState>) => void;
  teardown: () => void;
}

/** What each server message does to the call. */
function handlersFor(o: CitizenCallOptions, s: CallInternals): { [K in ToCitizen['t']]: (m: Extract<ToCitizen, { t: K }>) => void | Promise<void> } {
  const onRemote = (stream: MediaStream) => {
    s.audio.srcObject = stream;
    void s.audio.play().catch(() => undefined);
    s.voice = meterVoice(o.audioContext, stream);
  };
  return {
    ready: () => void s.send({ t: 'call', unit: o.unit }),
    queued: (m) => {
      s.teardown();
      s.update({ phase: 'waiting', position: m.position, estimateMinutes: m.estimateMinutes, officer: undefined });
    },
    accepted: (m) => {
      s.link = createPeerLink({ iceServers: s.iceServers, local: o.mic ?? new MediaStream(), send: (data) => s.send({ t: 'signal', data }), onRemote });
      s.update({ phase: 'active', officer: m.officer, chat: [] });
    },
    signal: (m) => s.link?.receive(m.data),
    chat: (m) => s.update({ chat: [...s.state.chat, { from: m.from, text: m.text }] }),
    highlight: (m) => s.update({ highlight: m.field }),
    ended: (m) => s.finish({ phase: 'ended', ended: m.reason }),
    error: (m) => (s.state.phase === 'active' ? s.update({ error: m.code }) : s.finish({ phase: 'refused', error: m.code })),
  };
}

/** Opens the socket and wires the call's internals to it. */
function openSocket(o: CitizenCallOptions, token: string, iceServers: RTCIceServer[]): CallInternals {
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live/socket`);
  const s: CallInternals = {
    state: { phase: 'connecting', chat: [] },
    link: null,
    voice: null,
    audio: new Audio(),
    iceServers,
    send: (m) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(m)),
    update(patch) {
      s.state = { ...s.state, ...patch };
      o.onChange(s.state);
    },
    teardown() {
      s.link?.close();
      s.link = null;
      s.voice?.close();
      s.voice = null;
      s.audio.srcObject = null;
    },
    finish(patch) {
      s.teardown();
      stopStream(o.mic);
      s.update(patch);
      ws.close();
    },
  };
  const handlers = handlersFor(o, s);
  // In order: an ICE candidate must not overtake the offer it belongs to.
  let chain = Promise.resolve();
  ws.addEventListener('open', () => s.send({ t: 'hello', token }));
  ws.addEventListener('message', (e) => {
    const m = JSON.parse(String(e.data)) as ToCitizen;
    chain = chain.then(() => (handlers[m.t] as (x: ToCitizen) => void | Promise<void>)(m)).catch(() => s.finish({ phase: 'ended', ended: 'disconnected' }));
  });
  ws.addEventListener('close', () => s.state.phase !== 'ended' && s.state.phase !== 'refused' && s.finish({ phase: 'ended', ended: 'disconnected' }));
  return s;
}

/** Starts a call: token, socket, queue. */
export async function startCitizenCall(o: CitizenCallOptions): Promise<CitizenCall> {
  const hours = (await (await fetch('/api/live/hours')).json()) as { iceServers: RTCIceServer[] };
  const { token } = (await (await fetch('/api/live/token', { method: 'POST' })).json()) as { token: string };
  const s = openSocket(o, token, hours.iceServers);
  const gate = speakingGate();
  return {
    state: () => s.state,
    chat(text) {
      s.send({ t: 'chat', text });
      s.update({ chat: [...s.state.chat, { from: 'citizen', text }] });
    },
    consent: (context, form) => void s.send({ t: 'consent', context, form }),
    share: (context) => void s.send({ t: 'context', context }),
    hangUp() {
      s.send({ t: s.state.phase === 'waiting' ? 'leave' : 'hangup' });
      s.finish({ phase: 'ended', ended: 'hangup', chat: [] });
    },
    speaking: () => gate(s.voice?.level() ?? 0),
    rtpBytes: () => s.link?.rtpBytes() ?? Promise.resolve({ inbound: 0, outbound: 0 }),
  };
}
