import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { I18n } from '../i18n/createI18n';
import { PANEL_BINDINGS, performControl } from '../input/bindings';
import type { HallActions } from '../input/hallActions';
import type { ModeSource } from '../input/hallMode';
import type { KioskView } from '../world/hallView';
import type { PanelFactory } from './panelShelf';
import type { PanelSurface } from './panelSurface';
import { languageToggle } from './languageToggle';
import type { SeatedMode } from '../a11y/seatedMode';
import { seatedControls, SEATED_CONTROL_IDS } from './seatedControls';
import { OPEN_SETTINGS_ID } from '../a11y/comfortRows';
import type { Practice, PracticeInput } from '../a11y/practice';
import { PRACTICE_IDS, practiceOffer, practiceScreen } from './practiceScreen';

/** Size of the welcome panel, metres; for larger text it grows (downwards) to at most 1.1 x 0.66 m, which stays above 0.8 m. */
export const WELCOME_PANEL = { width: 0.8, height: 0.6, grow: { width: 1.1, height: 0.66 } };

/** Options of the welcome panel. */
export interface WelcomePanelOptions {
  panels: PanelFactory;
  anchor: TransformNode;
  i18n: I18n;
  kiosks: readonly KioskView[];
  mode: ModeSource;
  actions: HallActions;
  goTo: (kioskId: string) => void;
  /** Seated mode: its switch sits in the footer, so it is chosen before anything else. */
  seated: SeatedMode;
  /** Opens "Display & help" in this panel's place; `onClose` brings the panel back. */
  openSettings: (onClose: () => void) => void;
  /** The first-timer's practice, offered here in the headset; it takes the panel while it runs. */
  practice: Practice;
  /** What the visitor holds in the headset, for the practice's instructions. */
  practiceInput: () => PracticeInput;
}

/**
 * The panel at the welcome point: what the hall offers, how to use it with the device in hand,
 * a shortcut to every kiosk and the language switch. It redraws when the language or the device changes.
 */
export class WelcomePanel {
  private readonly surface: PanelSurface;
  private away = false;

  constructor(private readonly o: WelcomePanelOptions) {
    this.surface = o.panels('welcome', o.anchor, WELCOME_PANEL, (c) => this.onControl(c));
    o.mode.onChange(() => this.refresh());
    o.i18n.onChange(() => this.refresh());
    o.seated.onChange(() => this.refresh());
    o.practice.onChange(() => this.refresh());
    this.refresh();
  }

  /** Redraws for the current language and device. */
  refresh(): void {
    if (this.away) return;
    const { t } = this.o.i18n;
    const step = this.o.practice.step();
    if (step === 'press' || step === 'move') {
      this.surface.show(practiceScreen(step, this.o.practiceInput(), t));
      return;
    }
    const xr = this.o.mode.current() === 'xr';
    this.surface.show({
      title: t('hall.welcome.title'),
      body: [t('hall.welcome.body'), t(`hall.hint.${this.o.mode.current()}`)],
      notice: step === 'done' ? { text: t('hall.practice.done'), tone: 'success' } : undefined,
      columns: 3,
      density: 'compact',
      controls: [...this.o.kiosks.map((k) => ({ id: `go.${k.id}`, label: t(`kiosk.${k.id}.title`), kind: 'teleport' as const })), ...(xr ? [practiceOffer(t)] : [])],
      footer: [seatedControls(this.o.i18n, this.o.seated)[0], { id: OPEN_SETTINGS_ID, label: t('a11y.settings.open'), kind: 'button' }, languageToggle(this.o.i18n)],
    });
  }

  /** Steps aside for the settings panel, and comes back when it closes. */
  private openSettings(): void {
    this.away = true;
    this.surface.hide();
    this.o.openSettings(() => {
      this.away = false;
      this.refresh();
    });
  }

  private onControl(controlId: string): void {
    if (performControl(PANEL_BINDINGS, this.o.actions, controlId)) return;
    if (controlId === SEATED_CONTROL_IDS.seated) this.o.seated.setSeated(!this.o.seated.isSeated());
    if (controlId === OPEN_SETTINGS_ID) this.openSettings();
    if (controlId === PRACTICE_IDS.offer) this.o.practice.start();
    if (controlId === PRACTICE_IDS.press) this.o.practice.pressed();
    if (controlId === PRACTICE_IDS.skip) this.o.practice.skip();
    if (controlId.startsWith('go.')) this.o.goTo(controlId.slice(3));
  }
}
