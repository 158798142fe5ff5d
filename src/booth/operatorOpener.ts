import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import type { I18n } from '../i18n/createI18n';
import type { PanelFactory } from '../ui/panelShelf';
import type { PanelSurface } from '../ui/panelSurface';

/** Presses within this time count as one "open" gesture, ms. */
const WINDOW_MS = 6000;
/** Presses the gesture needs: a citizen does not press a small grey tab three times by accident. */
const PRESSES = 3;

/** Counts presses of the opener: true on the PRESSES-th within WINDOW_MS. Pure, for tests. */
export class TriplePress {
  private times: number[] = [];

  /** A press at `now` (ms); true when it completes the gesture (which then starts over). */
  press(now: number): boolean {
    this.times = [...this.times.filter((t) => now - t < WINDOW_MS), now];
    if (this.times.length < PRESSES) return false;
    this.times = [];
    return true;
  }
}

/**
 * The operator's hidden affordance: a small quiet tab beside the welcome panel (target
 * `booth.opener.open`), pressed three times within 6 s (poke, ray, click or Enter) to open the PIN pad.
 */
export class OperatorOpener {
  private readonly panel: PanelSurface;
  private readonly presses = new TriplePress();

  constructor(o: { scene: Scene; i18n: I18n; panels: PanelFactory; welcomeAnchor: TransformNode; onOpen: () => void }) {
    const anchor = new TransformNode('booth-opener', o.scene);
    anchor.parent = o.welcomeAnchor;
    anchor.position.set(0.47, -0.25, 0);
    this.panel = o.panels('booth.opener', anchor, { width: 0.11, height: 0.07 }, () => {
      if (this.presses.press(performance.now())) o.onOpen();
    });
    const draw = () => this.panel.show({ title: '', controls: [{ id: 'open', label: o.i18n.t('booth.operator.open'), kind: 'button', tone: 'quiet' }], columns: 1 });
    o.i18n.onChange(draw);
    draw();
  }
}
