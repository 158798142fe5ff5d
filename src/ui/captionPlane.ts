import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Scene } from '@babylonjs/core/scene';
import { Feature } from '../input/feature';
import { CAPTION_FOLLOW, CaptionFollower } from '../a11y/captionFollow';
import type { ComfortSettings } from '../a11y/comfortSettings';
import type { PanelFactory } from './panelShelf';
import type { PanelSurface } from './panelSurface';

/** The caption board, metres: two lines of large type; it grows wider with the text size. */
const CAPTION_PANEL = { width: 0.7, height: 0.16, grow: { width: 1.0, height: 0.2 } };

/** Options of the view-following caption. */
export interface CaptionPlaneOptions {
  scene: Scene;
  panels: PanelFactory;
  comfort: ComfortSettings;
}

/**
 * Captions that follow the view (XAUR REQ 19), in VR when the visitor chose "follow my view": the line the
 * officer is speaking on a board low in the view, which keeps still for small head movements and eases after
 * larger ones ({@link CaptionFollower}). With "on the panel", the kiosk panel's caption line is the only one.
 */
export class CaptionPlane extends Feature {
  readonly name = 'captionPlane';
  private readonly anchor: TransformNode;
  private readonly surface: PanelSurface;
  private readonly follower = new CaptionFollower();
  private line = '';
  private readonly lines = new Map<string, string>();
  private latest = '';

  constructor(private readonly o: CaptionPlaneOptions) {
    super();
    this.anchor = new TransformNode('captionPlane', o.scene);
    this.surface = o.panels('caption', this.anchor, CAPTION_PANEL, () => undefined);
    this.surface.hide();
    o.comfort.onChange(() => this.draw());
  }

  /** The line `from` (a kiosk) speaks now, '' when it stops; the board shows the latest line still spoken. */
  say(from: string, line: string): void {
    if (line) {
      this.lines.set(from, line);
      this.latest = from;
    } else this.lines.delete(from);
    this.line = this.lines.get(this.latest) ?? [...this.lines.values()].pop() ?? '';
    this.draw();
  }

  /** What the board shows now ('' when hidden): for tests through the automation handle. */
  shown(): string {
    return this.visible() ? this.line : '';
  }

  override update(dt: number): void {
    if (!this.visible()) return;
    const head = this.o.scene.activeCamera;
    if (!head) return;
    const f = head.getDirection(Vector3.Forward());
    const p = head.globalPosition;
    const at = this.follower.step({ yaw: Math.atan2(f.x, f.z), x: p.x, y: p.y, z: p.z }, dt);
    this.anchor.position.set(at.x + Math.sin(at.yaw) * CAPTION_FOLLOW.ahead, at.y - CAPTION_FOLLOW.below, at.z + Math.cos(at.yaw) * CAPTION_FOLLOW.ahead);
    // +Z of the anchor faces the visitor, tilted a little up towards the eyes.
    this.anchor.rotation.set(-0.3, at.yaw + Math.PI, 0);
  }

  protected override onAttach(): void {
    this.draw();
  }

  protected override onDetach(): void {
    this.surface.hide();
  }

  private visible(): boolean {
    return this.attached && this.line !== '' && this.o.comfort.get().captionPlace === 'view';
  }

  private draw(): void {
    if (!this.visible()) {
      this.surface.hide();
      this.follower.reset();
      return;
    }
    this.surface.show({ title: '', speech: this.line, controls: [], density: 'compact' });
  }
}
