import { HIGH_CONTRAST_PANEL_THEME, PANEL_THEME, type PanelTheme } from './panelTheme';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import type { InteractionRegistry } from '../input/interactionRegistry';
import type { ComfortChoices, ComfortSettings } from '../a11y/comfortSettings';
import type { TextStyle } from './panelLayout';
import type { PanelGrowth } from './panelGrowth';
import { PanelSurface } from './panelSurface';
import { PanelTexts } from './mirrorItems';

/** Width and height of a panel, metres, and how large it may grow for larger text. */
export interface PanelSize {
  width: number;
  height: number;
  grow?: PanelGrowth;
}

/** Builds a panel for its owner, who passes its own control handler (so nothing is wired later). */
export type PanelFactory = (id: string, anchor: TransformNode, size: PanelSize, onControl: (controlId: string) => void) => PanelSurface;

/** How much larger captions are drawn when the visitor chose "large". */
export const LARGE_CAPTION = 1.25;

/** The text style the visitor's choices ask for. */
export function textStyleOf(c: Readonly<ComfortChoices>): TextStyle {
  return { scale: c.textScale, caption: c.captionSize === 'large' ? LARGE_CAPTION : 1 };
}

/**
 * Every panel of the hall: owners build theirs through `make`, the mirror asks where a panel's
 * group stands (`anchorOf`), and `dispose` frees them all. It restyles every panel when the visitor
 * changes text size, caption size or high contrast (XAUR REQ 6, 7, 19).
 */
export class PanelShelf {
  private readonly panels: PanelSurface[] = [];
  private readonly anchors = new Map<string, TransformNode>();
  /** What every panel says now, for the DOM mirror. */
  readonly texts = new PanelTexts();
  private readonly byId = new Map<string, PanelSurface>();
  private style: TextStyle = { scale: 1, caption: 1 };
  private systemContrast = false;
  private theme: PanelTheme;
  private readonly stop: () => void;

  constructor(
    private readonly scene: Scene,
    private readonly registry: InteractionRegistry,
    /** The visitor's choices (text size, captions, high contrast). */
    private readonly comfort: ComfortSettings,
  ) {
    this.theme = this.themeFor(comfort.get());
    this.style = textStyleOf(comfort.get());
    this.stop = comfort.onChange((c) => this.restyle(c));
  }

  /** The factory owners call from their constructors. */
  readonly make: PanelFactory = (id, anchor, size, onControl) => {
    const panel = new PanelSurface({ id, scene: this.scene, anchor, registry: this.registry, width: size.width, height: size.height, grow: size.grow, onControl, theme: this.theme, texts: this.texts });
    if (this.style.scale !== 1 || this.style.caption !== 1) panel.setStyle(this.style, this.theme);
    this.panels.push(panel);
    this.anchors.set(id, anchor);
    this.byId.set(id, panel);
    return panel;
  };

  /** Where the panel of a target group hangs, if that group is a panel. */
  anchorOf(group: string): TransformNode | undefined {
    return this.anchors.get(group);
  }

  /** The vertical extent of a panel in the hall as it is now (grown or not), for seated mode. */
  bandOf(id: string): { bottom: number; top: number } | undefined {
    return this.byId.get(id)?.band();
  }

  /**
   * The system asks for more contrast (`prefers-contrast: more`) or no longer does: while it asks,
   * every panel wears the high-contrast skin whatever the visitor chose in the settings panel.
   */
  setSystemContrast(on: boolean): void {
    if (on === this.systemContrast) return;
    this.systemContrast = on;
    this.restyle(this.comfort.get());
  }

  /** Frees every panel. */
  dispose(): void {
    this.stop();
    for (const p of this.panels) p.dispose();
  }

  private themeFor(c: Readonly<ComfortChoices>): PanelTheme {
    return this.systemContrast || c.highContrast ? HIGH_CONTRAST_PANEL_THEME : PANEL_THEME;
  }

  private restyle(c: Readonly<ComfortChoices>): void {
    this.style = textStyleOf(c);
    this.theme = this.themeFor(c);
    for (const p of this.panels) p.setStyle(this.style, this.theme);
  }
}
