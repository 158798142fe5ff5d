import type { I18n } from '../i18n/createI18n';
import type { KioskFlow } from '../services';
import type { KioskView } from '../world/hallView';
import type { PanelSurface } from './panelSurface';
import { flowPanelScreen } from './flowPanelScreen';
import { languageToggle, LANGUAGE_CONTROL_ID } from './languageToggle';

/** Options of a kiosk panel. */
export interface KioskPanelOptions {
  kiosk: KioskView;
  flow: KioskFlow;
  i18n: I18n;
  surface: PanelSurface;
}

/**
 * A kiosk's panel in the world: it draws the kiosk's service flow and turns the panel's
 * controls into flow actions. The flow holds all state, so every renderer shows the same step.
 */
export class KioskPanel {
  /** The kiosk id. */
  readonly id: string;
  private readonly stop: () => void;
  private lastSay = '';

  constructor(private readonly o: KioskPanelOptions) {
    this.id = o.kiosk.id;
    this.stop = o.flow.onChange(() => this.refresh());
    this.refresh();
  }

  /** Redraws the current step in the current language. */
  refresh(): void {
    const view = this.o.flow.view();
    this.o.surface.show(flowPanelScreen(view, languageToggle(this.o.i18n)));
    if (view.say !== this.lastSay) {
      this.lastSay = view.say;
      this.o.kiosk.avatar.greet();
    }
  }

  /** Handles one of this panel's controls. */
  onControl(controlId: string): void {
    if (controlId === LANGUAGE_CONTROL_ID) {
      this.o.i18n.setLocale(this.o.i18n.locale === 'id' ? 'en' : 'id');
      return;
    }
    this.o.flow.act(controlId);
  }

  /** Stops listening to the flow. */
  dispose(): void {
    this.stop();
  }
}
