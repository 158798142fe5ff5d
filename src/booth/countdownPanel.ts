import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Scene } from '@babylonjs/core/scene';
import type { I18n } from '../i18n/createI18n';
import type { PanelFactory } from '../ui/panelShelf';
import type { PanelSurface } from '../ui/panelSurface';
import type { PanelScreen } from '../ui/panelScreen';

/** Where the countdown floats: `ahead` of and `below` the eyes (metres), at chest height in poke reach and well in front of a kiosk panel (whose keys would otherwise sit within the poke zone), tilted towards the eyes. */
const PLACE = { ahead: 0.32, below: 0.22, tilt: -0.45 };
/** Panel size, metres: the text and a big "still here" button (8 cm high) fit without squeezing, in both languages. */
export const COUNTDOWN_SIZE = { width: 0.6, height: 0.45 };
/** The control that cancels the countdown (target id `booth.countdown.stay`). */
export const STAY_CONTROL = 'stay';

/**
 * The idle countdown in front of the visitor, wherever they stand and look: "your data is cleared in
 * N seconds" and a big "Saya masih di sini" button. Hidden (no targets enabled) until shown.
 */
export class CountdownPanel {
  private readonly anchor: TransformNode;
  private readonly panel: PanelSurface;
  private seconds: number | null = null;

  constructor(private readonly o: { scene: Scene; i18n: I18n; panels: PanelFactory; onStay: () => void }) {
    this.anchor = new TransformNode('booth-countdown', o.scene);
    this.panel = o.panels('booth.countdown', this.anchor, COUNTDOWN_SIZE, (c) => c === STAY_CONTROL && o.onStay());
    this.anchor.setEnabled(false);
    o.i18n.onChange(() => this.draw());
  }

  /** Shows the seconds left in front of the visitor (placed when it appears), or hides it (null). */
  set(seconds: number | null): void {
    const appearing = this.seconds === null && seconds !== null;
    this.seconds = seconds;
    if (appearing) this.place();
    this.anchor.setEnabled(seconds !== null);
    this.draw();
  }

  private draw(): void {
    if (this.seconds !== null) this.panel.show(countdownScreen(this.o.i18n.t, this.seconds));
  }

  private place(): void {
    const head = this.o.scene.activeCamera;
    if (!head) return;
    const p = head.globalPosition;
    const f = head.getDirection(Vector3.Forward());
    const yaw = Math.atan2(f.x, f.z);
    this.anchor.position.set(p.x + Math.sin(yaw) * PLACE.ahead, Math.max(0.8, p.y - PLACE.below), p.z + Math.cos(yaw) * PLACE.ahead);
    // +Z of the anchor faces the visitor.
    this.anchor.rotation.set(PLACE.tilt, yaw + Math.PI, 0);
  }
}

/** The countdown's screen: seconds left, how to get more time, and the "still here" button. */
export function countdownScreen(t: I18n['t'], seconds: number): PanelScreen {
  return {
    title: t('hall.idle.countdown', { seconds }),
    body: [t('hall.idle.extend')],
    controls: [{ id: STAY_CONTROL, label: t('hall.idle.stay'), kind: 'button', tone: 'primary' }],
    columns: 1,
  };
}
