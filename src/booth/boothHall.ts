import type { Scene } from '@babylonjs/core/scene';
import type { I18n } from '../i18n/createI18n';
import type { InteractionRegistry } from '../input/interactionRegistry';
import type { KioskFlow } from '../services';
import type { PanelFactory } from '../ui/panelShelf';
import { AvatarVoice } from '../ui/avatarVoice';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import { writeBooth, type BoothSettings } from './boothMode';
import { OperatorMenu, type BoothComfort } from './operatorMenu';
import { OperatorOpener } from './operatorOpener';
import type { PendingSubmissions } from './pendingSubmissions';
import { CountdownPanel } from './countdownPanel';
import { createHallWipe } from './hallWipe';
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

/**
 * Builds the wipe and its triggers. After a wipe that removed personal data, the hall says goodbye
 * (`avatar.goodbye`, spoken and written in a status line) until the next visitor does something.
 * `<body data-wipes data-last-wipe>` count the wipes and name the last reason (no personal data) for tests.
 */
export function createBoothHall(o: BoothHallOptions): BoothHall {
  const flows = [...o.flows];
  let settings = o.booth;
  const countdown = new CountdownPanel({ scene: o.scene, i18n: o.i18n, panels: o.panels, onStay: () => triggers.activity() });
  const wipe = createHallWipe({ flows, voices: o.voices, i18n: o.i18n, locale: () => settings.defaultLocale, home: o.home, speech: o.speech, hideNotices: () => countdown.set(null) });
  const triggers = startWipeTriggers({
    wipe,
    times: o.times,
    booth: o.booth.on,
    needsReset: () => o.awayFromWelcome() || flows.some((f) => f.view().screen !== 'services'),
    countdown: (s) => countdown.set(s),
    inXr: o.inXr,
  });
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
    const text = o.i18n.t('avatar.goodbye');
    line.textContent = text;
    line.hidden = false;
    voice.say(text, o.i18n.locale);
  });
  const stopActivate = o.registry.onActivate(() => {
    line.hidden = true;
    triggers.activity();
  });
  if (settings.on) {
    const menu = new OperatorMenu({
      scene: o.scene, i18n: o.i18n, panels: o.panels, welcomeAnchor: o.welcomeAnchor, origin: location.origin, pending: o.pending, comfort: o.comfort,
      settings: () => settings,
      save: (s) => {
        settings = s;
        writeBooth(localStorage, s);
      },
      reset: () => wipe.run('operator'),
      leave: () => {
        writeBooth(localStorage, { ...settings, on: false });
        location.replace(location.pathname);
      },
    });
    new OperatorOpener({ scene: o.scene, i18n: o.i18n, panels: o.panels, welcomeAnchor: o.welcomeAnchor, onOpen: () => menu.openPin() });
    wipe.onWipe(() => menu.close());
    if (!settings.token) menu.openPin();
  }
  return {
    wipe,
    triggers,
    dispose: () => {
      stopWipe();
      stopActivate();
      triggers.dispose();
      voice.stop();
      line.remove();
    },
  };
}
