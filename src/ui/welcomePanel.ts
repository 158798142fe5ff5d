import type { HallMode } from '../app/automationHandle';
import type { I18n } from '../i18n/createI18n';
import type { KioskView } from '../world/hallView';
import type { PanelSurface } from './panelSurface';
import { languageToggle, LANGUAGE_CONTROL_ID } from './languageToggle';

/** Options of the welcome panel. */
export interface WelcomePanelOptions {
  surface: PanelSurface;
  i18n: I18n;
  kiosks: readonly KioskView[];
  mode: () => HallMode;
  goTo: (kioskId: string) => void;
}

/**
 * The panel at the welcome point: what the hall offers, how to use it with the device in hand,
 * a shortcut to every kiosk and the language switch.
 */
export class WelcomePanel {
  constructor(private readonly o: WelcomePanelOptions) {
    this.refresh();
  }

  /** Redraws for the current language and device. */
  refresh(): void {
    const { t } = this.o.i18n;
    this.o.surface.show({
      title: t('hall.welcome.title'),
      body: [t('hall.welcome.body'), t(`hall.hint.${this.o.mode()}`)],
      columns: 3,
      density: 'compact',
      controls: this.o.kiosks.map((k) => ({ id: `go.${k.id}`, label: t(`kiosk.${k.id}.title`), kind: 'teleport' as const })),
      footer: [languageToggle(this.o.i18n)],
    });
  }

  /** Handles a control of this panel. */
  onControl(controlId: string): void {
    if (controlId === LANGUAGE_CONTROL_ID) this.o.i18n.setLocale(this.o.i18n.locale === 'id' ? 'en' : 'id');
    else if (controlId.startsWith('go.')) this.o.goTo(controlId.slice(3));
  }
}
