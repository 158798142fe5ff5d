import type { Scene } from '@babylonjs/core/scene';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { I18n } from '../i18n/createI18n';
import type { InteractionRegistry } from '../input/interactionRegistry';
import type { KioskFlow } from '../services';
import type { PanelFactory } from '../ui/panelShelf';
import { AvatarVoice } from '../ui/avatarVoice';
import { writeBooth, type BoothSettings } from './boothMode';
import { CountdownPanel } from './countdownPanel';
import { CountdownNotice } from './countdownNotice';
import { createHallWipe } from './hallWipe';
import type { BoothComfort } from './operatorMenu';
import type { PendingSubmissions } from './pendingSubmissions';
import type { Wipe } from './wipe';
import { startWipeTriggers, type WipeTriggers } from './wipeTriggers';
import type { WipeTimes } from './wipeTimes';

/** What the booth needs from the hall. */
export interface BoothHallOptions {
  scene: Scene;
  root: HTMLElement;
  i18n: I18n;
  registry: InteractionRegistry;
  panels: PanelFactory;
  flows: Iterable<KioskFlow>;
  voices: Iterable<{ silence(): void }>;
  booth: BoothSettings;
  times: WipeTimes;
  speech: SpeechSynthesis | null;
  home: () => void;
  /** The visitor is away from the welcome point. */
  awayFromWelcome: () => boolean;
  inXr: () => boolean;
  /** The welcome panel's anchor: the operator menu opens in its place, its opener beside it. */
  welcomeAnchor: TransformNode;
  pending: PendingSubmissions;
  comfort: BoothComfort;
}

/** The booth's part of the hall: the wipe, what triggers it, the countdown and the goodbye. */
export interface BoothHall {
  wipe: Wipe;
  triggers: WipeTriggers;
  dispose(): void;
}

/** The booth settings as the page holds them, saved to storage on every change. */
export interface SettingsRef {
  get(): BoothSettings;
  save(s: BoothSettings): void;
}

/**
 * Builds the wipe and its triggers, and in booth mode the operator menu (opened at once while the device
 * is not enrolled). `<body data-wipes data-last-wipe>` count the wipes and name the last reason (no
 * personal data) for tests.
 */
export function createBoothHall(o: BoothHallOptions): BoothHall {
  let current = o.booth;
  const settings: SettingsRef = { get: () => current, save: (s) => { current = s; writeBooth(localStorage, s); } };
  const flows = [...o.flows];
  const panel = new CountdownPanel({ scene: o.scene, i18n: o.i18n, panels: o.panels, onStay: () => triggers.activity() });
  const notice = countdownNotice(o);
  const countdown = (s: number | null) => {
    panel.set(s);
    notice.set(s);
  };
  const wipe = createHallWipe({ flows, voices: o.voices, i18n: o.i18n, locale: () => current.defaultLocale, home: o.home, speech: o.speech, hideNotices: () => countdown(null), activations: o.registry });
  const triggers = startWipeTriggers({
    wipe,
    times: o.times,
    booth: current.on,
    needsReset: () => o.awayFromWelcome() || flows.some((f) => f.view().screen !== 'services'),
    countdown,
    inXr: o.inXr,
  });
  const stopGoodbye = sayGoodbye(o, wipe);
  const stopActivate = o.registry.onActivate(() => triggers.activity());
  if (current.on) {
    if (current.defaultLocale !== o.i18n.locale) o.i18n.setLocale(current.defaultLocale);
    // Only booths need the operator menu: its code loads with booth mode, not for every visitor.
    void import(/* webpackChunkName: "booth-operator" */ './operatorStart').then((m) => m.startOperator(o, wipe, settings));
  }
  return {
    wipe,
    triggers,
    dispose: () => {
      stopGoodbye();
      stopActivate();
      triggers.dispose();
    },
  };
}

/** The countdown said aloud (the avatar's voice path) and in a status line on the page. */
function countdownNotice(o: BoothHallOptions): CountdownNotice {
  const line = document.createElement('p');
  line.className = 'booth-countdown hall-message';
  line.setAttribute('role', 'status');
  line.hidden = true;
  o.root.append(line);
  const voice = new AvatarVoice({ synth: o.speech, onSpeaking: () => undefined });
  return new CountdownNotice({ t: o.i18n.t, locale: () => o.i18n.locale, voice, line });
}

/** After a wipe that removed personal data: the goodbye, spoken and in a status line, until the next activation. */
function sayGoodbye(o: BoothHallOptions, wipe: Wipe): () => void {
  const voice = new AvatarVoice({ synth: o.speech, onSpeaking: () => undefined });
  const line = document.createElement('p');
  line.className = 'booth-goodbye hall-message';
  line.setAttribute('role', 'status');
  line.hidden = true;
  o.root.append(line);
  document.body.dataset.wipes = '0';
  const stopWipe = wipe.onWipe((e) => {
    document.body.dataset.wipes = String(wipe.runs());
    document.body.dataset.lastWipe = e.reason;
    if (!e.hadPersonalData) return;
    line.textContent = o.i18n.t('avatar.goodbye');
    line.hidden = false;
    voice.say(line.textContent, o.i18n.locale);
  });
  const stopActivate = o.registry.onActivate(() => {
    line.hidden = true;
  });
  return () => {
    stopWipe();
    stopActivate();
    voice.stop();
    line.remove();
  };
}
