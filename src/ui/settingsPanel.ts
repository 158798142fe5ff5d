import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import type { I18n } from '../i18n/createI18n';
import type { ComfortSettings } from '../a11y/comfortSettings';
import { COMFORT_ROW_IDS, comfortRows, pressComfortRow } from '../a11y/comfortRows';
import type { PanelFactory } from './panelShelf';
import type { PanelSurface } from './panelSurface';

/** Size of the "Display & help" panel, metres (one row per choice, then close); it grows for larger text. */
export const SETTINGS_PANEL = { width: 0.62, height: 0.54, grow: { width: 0.9, height: 0.62 } };

/** Where the panel opens: on an opener's anchor, centred or with its bottom edge at `bottom` (metres up the opener's face). */
export interface SettingsPlace {
  parent: TransformNode;
  bottom?: number;
  /** Called once when the panel closes (the opener shows itself again). */
  onClose: () => void;
}

/** Options of the settings panel. */
export interface SettingsPanelOptions {
  scene: Scene;
  panels: PanelFactory;
  i18n: I18n;
  comfort: ComfortSettings;
}

/**
 * "Tampilan & bantuan" / "Display & help": text size, caption size and place, high contrast and dwell,
 * one row each, every row named with its state. It opens in place of its opener (the welcome panel, or
 * the comfort bar in VR), so it is reachable by the same hand, ray, mouse, keyboard (DOM mirror) or touch.
 */
export class SettingsPanel {
  private readonly anchor: TransformNode;
  private readonly surface: PanelSurface;
  private onClose: (() => void) | null = null;
  private bottom: number | undefined;
  private systemContrast = false;

  constructor(private readonly o: SettingsPanelOptions) {
    this.anchor = new TransformNode('settingsPanel', o.scene);
    this.surface = o.panels('settings', this.anchor, SETTINGS_PANEL, (c) => this.onControl(c));
    this.surface.hide();
    o.comfort.onChange(() => this.refresh());
    o.i18n.onChange(() => this.refresh());
  }

  /** True while the panel is showing. */
  isOpen(): boolean {
    return this.onClose !== null;
  }

  /** Opens the panel on `at.parent` (closing it first wherever it was). */
  open(at: SettingsPlace): void {
    this.close();
    this.anchor.parent = at.parent;
    this.anchor.rotation.set(0, 0, 0);
    this.bottom = at.bottom;
    this.onClose = at.onClose;
    this.refresh();
  }

  /** The system asks for more contrast, or no longer does: the high-contrast row says so. */
  setSystemContrast(on: boolean): void {
    this.systemContrast = on;
    this.refresh();
  }

  /** Closes the panel and gives the place back to its opener. */
  close(): void {
    const done = this.onClose;
    if (!done) return;
    this.onClose = null;
    this.surface.hide();
    done();
  }

  private refresh(): void {
    if (!this.isOpen()) return;
    const { t } = this.o.i18n;
    // The surface grows downwards from its top edge: lift the anchor so the bottom edge stays at `bottom`.
    const h = this.surface.size().height;
    this.anchor.position.set(0, this.bottom === undefined ? 0 : this.bottom + h / 2 + (h - SETTINGS_PANEL.height) / 2, 0.005);
    this.surface.show({
      title: t('a11y.settings.title'),
      // Close is the last row (not a footer), so the DOM mirror reads it last.
      controls: [...comfortRows(this.o.i18n, this.o.comfort.get(), this.systemContrast), { id: COMFORT_ROW_IDS.close, label: t('a11y.settings.close'), kind: 'button', tone: 'quiet' }],
      columns: 1,
    });
  }

  private onControl(id: string): void {
    if (id === COMFORT_ROW_IDS.close) this.close();
    else pressComfortRow(this.o.comfort, id);
  }
}
