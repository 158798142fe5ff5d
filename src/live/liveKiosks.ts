/**
 * "Bicara dengan petugas" at every kiosk (issue 11): a small panel beside the kiosk panel, built the first time a
 * visitor comes near (so the first frame at the welcome point does not grow), showing today's office hours and the
 * call control. The call itself (citizenCall, peer link, voice meter) is behind import(): nothing of it downloads
 * before the first call. While a call runs, the kiosk's avatar shows the officer and its mouth follows their voice.
 */
import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { I18n } from '../i18n/createI18n';
import { Feature } from '../input/feature';
import type { CitizenContext } from '../shared/live/protocol';
import type { UnitHours } from '../shared/live/officeHours';
import type { PanelFactory } from '../ui/panelShelf';
import type { PanelSurface } from '../ui/panelSurface';
import type { KioskView } from '../world/hallView';
import type { CallState, CitizenCall } from './citizenCall';
import { liveScreen, type LivePhase } from './liveScreen';
import { CHAT_CLOSE, CHAT_SEND, LIVE_PANEL_SIZE, chatFormText, chatKey, chatScreen, chatView } from './chatKeyboard';
import type { FormUiState } from '../ui/kiosk/inputCommand';
import type { KioskScreen } from '../ui/kiosk/viewToScreen';
import { languageToggle, LANGUAGE_CONTROL_ID } from '../ui/languageToggle';

/**
 * Size of the live panel (LIVE_PANEL_SIZE, 0.6 m square: it holds the chat keyboard) and where it hangs, in the
 * kiosk panel's frame: beside it (0.86 m wide, so its edge is at -0.43 m; this one's right edge is 2 cm from it),
 * and while the citizen types a chat line, over the kiosk panel's middle, 5 cm nearer: where the citizen
 * stands to poke the kiosk (`input/pokeReach.ts`), every key is within reach; beside it, the far keys are not.
 */
const SIZE = LIVE_PANEL_SIZE;
const BESIDE = { x: -0.75, z: 0 };
const TYPING = { x: 0, z: 0.05 };

/** Options of the live kiosks. */
export interface LiveKiosksOptions {
  kiosks: readonly KioskView[];
  panels: PanelFactory;
  i18n: I18n;
  /** What the citizen may share with the officer: the kiosk's service and step (and, second consent, the form). */
  context: (kioskId: string) => { context: CitizenContext; form: Record<string, string> };
  /** "Leave a message": opens the kiosk's message-for-an-officer form (the kiosk flow files it as a consultation ticket). */
  leaveMessage: (kioskId: string) => void;
}

/** One kiosk's live state. */
interface LiveKiosk {
  view: KioskView;
  surface: PanelSurface;
  hours: UnitHours | null;
  /** An officer of this unit is available (last hours fetch). */
  onDuty: boolean;
  phase: LivePhase;
  call: CitizenCall | null;
  state: CallState | null;
  shared: { context: boolean; form: boolean };
  /** Where the panel hangs (see {@link BESIDE} and {@link TYPING}). */
  anchor: TransformNode;
  /** Typing a chat line on the panel's keyboard (active call only); the draft is dropped when the call ends. */
  typing: { draft: string; ui: FormUiState; screen: KioskScreen | null } | null;
}

/** Read-only view for tests and automation (no personal data). */
export interface LiveHandle {
  state(kioskId: string): { phase: LivePhase; call: CallState | null; speaking: boolean } | null;
  rtpBytes(kioskId: string): Promise<{ inbound: number; outbound: number }>;
}

declare global {
  interface Window {
    serviceHallLive?: LiveHandle;
  }
}

/** The live panels of the hall and the avatars they drive. */
export class LiveKiosks extends Feature {
  readonly name = 'liveKiosks';
  private readonly live = new Map<string, LiveKiosk>();
  private readonly speakingNow = new Map<string, boolean>();

  constructor(private readonly o: LiveKiosksOptions) {
    super();
    o.i18n.onChange(() => this.live.forEach((k) => this.paint(k)));
    window.serviceHallLive = {
      state: (id) => {
        const k = this.live.get(id);
        return k ? { phase: k.phase, call: k.state, speaking: this.speakingNow.get(id) ?? false } : null;
      },
      rtpBytes: (id) => this.live.get(id)?.call?.rtpBytes() ?? Promise.resolve({ inbound: 0, outbound: 0 }),
    };
  }

  /** The visitor came near a kiosk: build its live panel once and refresh the office hours. */
  setNear(kioskId: string, near: boolean): void {
    if (!near) return;
    const view = this.o.kiosks.find((k) => k.id === kioskId);
    if (!view) return;
    let k = this.live.get(kioskId);
    if (!k) {
      const anchor = new TransformNode(`live.${kioskId}.anchor`, view.panelAnchor.getScene());
      anchor.parent = view.panelAnchor;
      anchor.position.set(BESIDE.x, 0, BESIDE.z);
      k = { view, anchor, surface: this.o.panels(`live.${kioskId}`, anchor, SIZE, (c) => this.onControl(kioskId, c)), hours: null, onDuty: false, phase: 'idle', call: null, state: null, shared: { context: false, form: false }, typing: null };
      this.live.set(kioskId, k);
    }
    const kiosk = k;
    if (kiosk.phase === 'idle') void this.loadHours(kiosk);
    this.paint(kiosk);
  }

  /** Ends every call at once (hang-up, booth wipe, leaving the hall). */
  hangUpAll(): void {
    for (const k of this.live.values()) if (k.call) this.hangUp(k);
  }

  override update(): void {
    for (const [id, k] of this.live) {
      const speaking = k.phase === 'active' && k.call !== null && k.call.speaking();
      if (speaking !== (this.speakingNow.get(id) ?? false)) k.view.avatar.setSpeaking(speaking);
      this.speakingNow.set(id, speaking);
    }
  }

  override dispose(): void {
    this.hangUpAll();
    for (const k of this.live.values()) k.surface.dispose();
    delete window.serviceHallLive;
  }

  private async loadHours(k: LiveKiosk): Promise<void> {
    const res = await fetch('/api/live/hours').catch(() => null);
    const body = res?.ok ? ((await res.json()) as { units: Record<string, UnitHours>; onDuty?: string[] }) : null;
    k.hours = body?.units[k.view.id] ?? null;
    k.onDuty = body?.onDuty?.includes(k.view.id) ?? false;
    this.paint(k);
  }

  private paint(k: LiveKiosk): void {
    if (k.phase !== 'active') k.typing = null;
    const at = k.typing ? TYPING : BESIDE;
    k.anchor.position.set(at.x, 0, at.z);
    k.anchor.computeWorldMatrix(true);
    if (k.typing) return this.paintKeyboard(k, k.typing);
    k.surface.show(liveScreen(this.o.i18n.t, { phase: k.phase, hours: k.hours, call: k.state, shared: k.shared, locale: this.o.i18n.locale, onDuty: k.onDuty }));
  }

  /** The chat keyboard: the kiosk forms' keyboard laid out on the live panel, typing into the draft. */
  private paintKeyboard(k: LiveKiosk, typing: NonNullable<LiveKiosk['typing']>): void {
    const { t } = this.o.i18n;
    const lastOfficer = [...(k.state?.chat ?? [])].reverse().find((c) => c.from === 'officer')?.text ?? null;
    const view = chatView(t, k.view.id, typing.draft, lastOfficer);
    typing.screen = chatScreen(view, typing.ui, chatFormText(t), languageToggle(this.o.i18n), SIZE);
    k.surface.show(typing.screen.screen, typing.screen.layout);
  }

  /** A control while typing: a key, send, back to the call, or the language. */
  private onTypingControl(k: LiveKiosk, typing: NonNullable<LiveKiosk['typing']>, control: string): void {
    if (control === LANGUAGE_CONTROL_ID) this.o.i18n.setLocale(this.o.i18n.locale === 'id' ? 'en' : 'id');
    else if (control === CHAT_CLOSE) k.typing = null;
    else if (control === CHAT_SEND) {
      if (typing.draft.trim()) k.call?.chat(typing.draft.trim());
      k.typing = null;
    } else if (typing.screen) {
      const view = chatView(this.o.i18n.t, k.view.id, typing.draft, null);
      const next = chatKey(typing.screen, control, view, typing.ui);
      if (next) Object.assign(typing, next);
    }
    this.paint(k);
  }

  private onControl(kioskId: string, control: string): void {
    const k = this.live.get(kioskId)!;
    if (k.typing) return this.onTypingControl(k, k.typing, control);
    if (control === 'type') k.typing = { draft: '', ui: { active: 'chat', face: 'lower' }, screen: null };
    else if (control === 'call') k.phase = 'consent';
    else if (control === 'cancel') k.phase = 'idle';
    else if (control === 'mic' || control === 'nomic') void this.start(k, control === 'mic');
    else if (control === 'hangup') this.hangUp(k);
    else if (control === 'leaveMessage') this.leaveMessage(k);
    else if (control.startsWith('reply.')) k.call?.chat(this.o.i18n.t(`live.quick.${control.slice(6)}`));
    else if (control === 'share' || control === 'shareForm') this.share(k, control);
    this.paint(k);
  }

  private async start(k: LiveKiosk, withMic: boolean): Promise<void> {
    k.phase = 'connecting';
    this.paint(k);
    const { startCitizenCall, openMicrophone } = await import(/* webpackChunkName: "live-call" */ './citizenCall');
    const mic = withMic ? await openMicrophone().catch(() => null) : null;
    const ctx = new AudioContext();
    k.call = await startCitizenCall({
      unit: k.view.id,
      mic,
      audioContext: ctx,
      onChange: (state) => {
        k.state = state;
        k.phase = state.phase === 'ended' || state.phase === 'refused' ? 'ended' : state.phase;
        if (k.phase === 'ended') {
          k.call = null;
          k.shared = { context: false, form: false };
          void ctx.close();
        }
        this.paint(k);
      },
    });
  }

  /** Leaves the queue if waiting, then opens the kiosk's message form (typed on the kiosk panel, its keyboard or sheet). */
  private leaveMessage(k: LiveKiosk): void {
    this.hangUp(k);
    k.phase = 'idle';
    k.state = null;
    this.o.leaveMessage(k.view.id);
  }

  private hangUp(k: LiveKiosk): void {
    k.call?.hangUp();
    k.call = null;
  }

  private share(k: LiveKiosk, control: string): void {
    if (!k.call) return;
    k.shared = control === 'share' ? { context: !k.shared.context, form: false } : { context: true, form: !k.shared.form };
    k.call.consent(k.shared.context, k.shared.form);
    const { context, form } = this.o.context(k.view.id);
    if (k.shared.context) k.call.share(k.shared.form ? { ...context, form } : context);
  }
}
