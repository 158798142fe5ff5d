import type { Catalogue, ServiceDef } from '../shared/catalogue/types';
import type { I18n } from '../i18n/createI18n';
import type { KioskView } from '../world/hallView';
import type { PanelSurface } from './panelSurface';
import type { PanelScreen } from './panelScreen';
import { languageToggle, LANGUAGE_CONTROL_ID } from './languageToggle';

/** Options of a kiosk panel. */
export interface KioskPanelOptions {
  kiosk: KioskView;
  catalogue: Catalogue;
  i18n: I18n;
  surface: PanelSurface;
}

/** The screen a kiosk panel is on. */
type KioskScreenState = { kind: 'home' } | { kind: 'service'; service: ServiceDef };

/**
 * One kiosk's panel: the services of its area, and for each what it needs and costs.
 * The screen state lives here, so a language switch redraws the same screen.
 */
export class KioskPanel {
  /** The kiosk id. */
  readonly id: string;
  private state: KioskScreenState = { kind: 'home' };

  constructor(private readonly o: KioskPanelOptions) {
    this.id = o.kiosk.id;
    this.refresh();
  }

  /** The services offered at this kiosk, in catalogue order. */
  services(): ServiceDef[] {
    return this.o.catalogue.services.filter((s) => s.kiosk === this.id);
  }

  /** Redraws the current screen in the current language. */
  refresh(): void {
    this.o.surface.show(this.screen());
  }

  /** Handles one of this panel's controls. */
  onControl(controlId: string): void {
    const { i18n } = this.o;
    if (controlId === LANGUAGE_CONTROL_ID) {
      i18n.setLocale(i18n.locale === 'id' ? 'en' : 'id');
      return;
    }
    if (controlId === 'back') this.state = { kind: 'home' };
    else if (controlId.startsWith('service.')) {
      const service = this.services().find((s) => `service.${s.id}` === controlId);
      if (service) {
        this.state = { kind: 'service', service };
        this.o.kiosk.avatar.greet();
      }
    }
    this.refresh();
  }

  private screen(): PanelScreen {
    const { t, locale, formatCurrency } = this.o.i18n;
    const footer = [languageToggle(this.o.i18n)];
    if (this.state.kind === 'home') {
      return {
        title: t(`kiosk.${this.id}.title`),
        subtitle: t(`kiosk.${this.id}.subtitle`),
        controls: this.services().map((s) => ({ id: `service.${s.id}`, label: s.name[locale], kind: 'button' as const })),
        footer,
      };
    }
    const s = this.state.service;
    return {
      title: s.name[locale],
      body: [s.description[locale], ...s.requirements.map((r) => `• ${r[locale]}`), s.feeRupiah === 0 ? '' : formatCurrency(s.feeRupiah)].filter(Boolean),
      controls: [],
      footer: [{ id: 'back', label: t('flow.action.back'), kind: 'button' }, ...footer],
    };
  }
}
