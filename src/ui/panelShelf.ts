import type { PanelTheme } from './panelTheme';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import type { InteractionRegistry } from '../input/interactionRegistry';
import { PanelSurface } from './panelSurface';
import { PanelTexts } from './mirrorItems';

/** Width and height of a panel, metres. */
export interface PanelSize {
  width: number;
  height: number;
}

/** Builds a panel for its owner, who passes its own control handler (so nothing is wired later). */
export type PanelFactory = (id: string, anchor: TransformNode, size: PanelSize, onControl: (controlId: string) => void) => PanelSurface;

/**
 * Every panel of the hall: owners build theirs through `make`, the mirror asks where a panel's
 * group stands (`anchorOf`), and `dispose` frees them all.
 */
export class PanelShelf {
  private readonly panels: PanelSurface[] = [];
  private readonly anchors = new Map<string, TransformNode>();
  /** What every panel says now, for the DOM mirror. */
  readonly texts = new PanelTexts();

  constructor(
    private readonly scene: Scene,
    private readonly registry: InteractionRegistry,
    /** The panels' colours: the high-contrast skin when the visitor asked for more contrast. */
    private readonly theme?: PanelTheme,
  ) {}

  /** The factory owners call from their constructors. */
  readonly make: PanelFactory = (id, anchor, size, onControl) => {
    const panel = new PanelSurface({ id, scene: this.scene, anchor, registry: this.registry, width: size.width, height: size.height, onControl, theme: this.theme, texts: this.texts });
    this.panels.push(panel);
    this.anchors.set(id, anchor);
    return panel;
  };

  /** Where the panel of a target group hangs, if that group is a panel. */
  anchorOf(group: string): TransformNode | undefined {
    return this.anchors.get(group);
  }

  /** Frees every panel. */
  dispose(): void {
    for (const p of this.panels) p.dispose();
  }
}
