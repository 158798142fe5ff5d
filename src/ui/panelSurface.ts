import { CreatePlane } from '@babylonjs/core/Meshes/Builders/planeBuilder';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import type { InteractionRegistry } from '../input/interactionRegistry';
import type { TargetPose, TargetSpec } from '../input/targetTypes';
import type { Vec3 } from '../input/vec3';
import { layoutPanel, PLAIN_TEXT, type LaidControl, type PanelLayout, type PanelRect, type TextStyle } from './panelLayout';
import { grownSize, type PanelGrowth } from './panelGrowth';
import type { PanelScreen } from './panelScreen';
import type { PanelPainter } from './panelPainter';
import { PANEL_THEME, type PanelTheme } from './panelTheme';
import { screenTexts, type PanelTexts } from './mirrorItems';

type PainterModule = typeof import('./panelPainter');
let painterModule: Promise<PainterModule> | null = null;
const painted = new Set<Promise<void>>();

/** Loads Babylon GUI (the "panel-gui" chunk) once, after the scene's first frame: that frame never waits for it. */
function loadPainter(scene: Scene): Promise<PainterModule> {
  painterModule ??= new Promise<void>((drawn) => scene.onAfterRenderObservable.addOnce(() => drawn())).then(
    () => import(/* webpackChunkName: "panel-gui" */ './panelPainter'),
  );
  return painterModule;
}

/** Resolves once every panel created so far has drawn its screen (the GUI chunk has loaded). */
export async function panelsPainted(): Promise<void> {
  await Promise.all([...painted]);
}

/** Options of a panel surface. */
export interface PanelSurfaceOptions {
  id: string;
  scene: Scene;
  anchor: TransformNode;
  registry: InteractionRegistry;
  width: number;
  height: number;
  /** Called when one of the panel's controls activates. */
  onControl: (controlId: string) => void;
  /** The colours (standard unless the visitor asked for more contrast). */
  theme?: PanelTheme;
  /** Where the panel publishes what it says, for the DOM mirror. */
  texts?: PanelTexts;
  /** How large the panel may grow for larger text (see {@link PanelGrowth}); default: wider only. */
  grow?: PanelGrowth;
}

/**
 * A kiosk screen in the world: a plane on the kiosk's panel anchor, drawn with a GUI texture.
 * Its controls are registered as interaction targets whose poses follow the mesh, so every
 * device hits them by geometry; the GUI only draws. The plane and the targets exist at once; the
 * drawing ({@link PanelPainter}, Babylon GUI) loads behind an `import()` and paints the latest screen.
 */
export class PanelSurface {
  /** The plane the panel is drawn on (front faces the anchor's +Z). */
  readonly mesh: Mesh;
  private painter: PanelPainter | null = null;
  private disposed = false;
  private layout: PanelLayout | null = null;
  private readonly unregister: Array<() => void> = [];
  private readonly stopState: () => void;
  private hidden = false;
  private textStyle: TextStyle = PLAIN_TEXT;
  private theme: PanelTheme;
  private current: { width: number; height: number };
  /** The last screen shown with the standard layout (re-laid out by itself on a restyle). */
  private plain: PanelScreen | null = null;
  private readonly restyled = new Set<() => void>();

  constructor(private readonly options: PanelSurfaceOptions) {
    const { scene, anchor, width, height, registry } = options;
    this.theme = options.theme ?? PANEL_THEME;
    this.current = { width, height };
    this.mesh = CreatePlane(`panel.${options.id}`, { width, height }, scene);
    this.mesh.parent = anchor;
    this.mesh.rotation.y = Math.PI;
    this.mesh.isPickable = false;
    // Until the GUI arrives the panel is a plain navy board, like its background.
    const blank = new StandardMaterial(`panel.${options.id}.blank`, scene);
    blank.disableLighting = true;
    blank.emissiveColor = Color3.FromHexString(this.theme.background.slice(0, 7));
    this.mesh.material = blank;
    this.stopState = registry.onStateChange((id) => this.paintControl(id));
    painted.add(
      loadPainter(scene).then(({ PanelPainter }) => {
        if (this.disposed) return;
        blank.dispose();
        this.painter = new PanelPainter(this.mesh, this.current, this.theme);
        if (this.layout) this.paint();
      }),
    );
  }

  /** The panel's size in metres now (grown for larger text), for callers that lay a screen out themselves. */
  size(): { width: number; height: number } {
    return { ...this.current };
  }

  /** The text size and caption size to lay screens out with. */
  style(): TextStyle {
    return this.textStyle;
  }

  /** Calls back after a restyle, for owners that lay their screens out themselves (they show again). */
  onRestyle(listener: () => void): () => void {
    this.restyled.add(listener);
    return () => this.restyled.delete(listener);
  }

  /**
   * Text size, caption size and colours changed: the panel grows (downwards, its top edge stays) up to its
   * growth limit, is repainted in the new skin, and its screen is laid out again.
   */
  setStyle(style: TextStyle, theme: PanelTheme): void {
    const size = grownSize(this.options, style.scale, this.options.grow);
    const resized = size.width !== this.current.width || size.height !== this.current.height;
    const changed = resized || theme !== this.theme || style.caption !== this.textStyle.caption;
    this.textStyle = style;
    if (!changed) return;
    this.current = size;
    this.mesh.scaling.set(size.width / this.options.width, size.height / this.options.height, 1);
    this.mesh.position.y = -(size.height - this.options.height) / 2;
    if (theme !== this.theme || resized) this.repaintWith(theme);
    if (this.restyled.size) for (const l of this.restyled) l();
    else if (this.plain && !this.hidden) this.show(this.plain);
  }

  /**
   * Shows a screen: redraws the texture and registers the controls. When the screen has the same controls
   * as before (only text changed), their targets are updated in place, so a press in progress survives.
   * `layout` replaces the standard layout when given.
   */
  show(screen: PanelScreen, layout?: PanelLayout): void {
    this.plain = layout ? null : screen;
    layout ??= layoutPanel(screen, this.current.width, this.current.height, this.textStyle);
    // A hidden panel has no targets left to update.
    const same = !this.hidden && sameControls(this.layout, layout);
    this.options.texts?.set(this.options.id, screenTexts(screen));
    if (this.hidden) {
      this.hidden = false;
      this.mesh.setEnabled(true);
    }
    this.layout = layout;
    if (layout.overflow) console.warn(`Panel ${this.options.id}: "${screen.title}" does not fit; controls are squeezed`);
    if (same) for (const laid of layout.controls) this.options.registry.update(this.spec(laid));
    else {
      this.clearTargets();
      for (const laid of layout.controls) this.unregister.push(this.options.registry.register(this.spec(laid)));
    }
    if (this.painter) this.paint();
  }

  /** Hides the panel and withdraws its controls (no target, nothing in the DOM mirror) until the next {@link show}. */
  hide(): void {
    this.hidden = true;
    this.clearTargets();
    this.options.texts?.set(this.options.id, null);
    this.mesh.setEnabled(false);
  }

  /** World-frame pose of a rectangle on this panel (metres of the grown panel). */
  poseOf(rect: PanelRect): TargetPose {
    const world = this.mesh.computeWorldMatrix(true);
    // The plane is built at the base size and scaled to the grown one: undo that scale for the point.
    const p = Vector3.TransformCoordinates(new Vector3(rect.x / this.mesh.scaling.x, rect.y / this.mesh.scaling.y, 0), world);
    const n = Vector3.TransformNormal(new Vector3(0, 0, -1), world).normalize();
    const up = Vector3.TransformNormal(new Vector3(0, 1, 0), world).normalize();
    return { position: toVec(p), normal: toVec(n), up: toVec(up), size: [rect.w, rect.h] };
  }

  /** The panel's vertical extent in the world (its top and bottom edges), for seated mode's fit. */
  band(): { bottom: number; top: number } {
    const world = this.mesh.computeWorldMatrix(true);
    const ys = [1, -1].map((s) => Vector3.TransformCoordinates(new Vector3(0, (s * this.options.height) / 2, 0), world).y);
    return { bottom: Math.min(...ys), top: Math.max(...ys) };
  }

  /** Removes the panel, its texture and its targets. */
  dispose(): void {
    this.disposed = true;
    this.clearTargets();
    this.options.texts?.set(this.options.id, null);
    this.stopState();
    if (this.painter) this.painter.dispose();
    else this.mesh.material?.dispose(); // the blank board
    this.mesh.dispose();
  }

  /** A new GUI texture at the current size in `theme` (the old one and its material are freed). */
  private repaintWith(theme: PanelTheme): void {
    this.theme = theme;
    if (!this.painter) return; // the painter, when it arrives, is built with the current size and theme
    const old = this.mesh.material;
    this.painter.dispose();
    old?.dispose();
    void import(/* webpackChunkName: "panel-gui" */ './panelPainter').then(({ PanelPainter }) => {
      if (this.disposed) return;
      this.painter = new PanelPainter(this.mesh, this.current, this.theme);
      this.paint();
    });
    this.painter = null;
  }

  private spec(laid: LaidControl): TargetSpec {
    const { control, rect } = laid;
    const enabled = control.enabled !== false;
    return {
      id: `${this.options.id}.${control.id}`,
      kind: control.kind,
      group: this.options.id,
      label: () => control.spoken ?? control.label,
      enabled: () => enabled && this.mesh.isEnabled(),
      pose: () => this.poseOf(rect),
      onActivate: () => this.options.onControl(control.id),
    };
  }

  /** Draws the current layout and every control's state. */
  private paint(): void {
    if (!this.painter || !this.layout) return;
    this.painter.draw(this.options.id, this.layout);
    for (const laid of this.layout.controls) this.paintControl(`${this.options.id}.${laid.control.id}`);
  }

  private paintControl(targetId: string): void {
    const laid = this.layout?.controls.find((c) => `${this.options.id}.${c.control.id}` === targetId);
    if (!this.painter || !laid) return;
    this.painter.paint(targetId, laid, this.options.registry.state(targetId));
  }

  private clearTargets(): void {
    for (const u of this.unregister.splice(0)) u();
  }
}

/** True when a new layout has the same controls (ids, kinds, places) as the registered one. */
function sameControls(before: PanelLayout | null, after: PanelLayout): boolean {
  if (!before || before.controls.length !== after.controls.length) return false;
  return before.controls.every((b, i) => {
    const a = after.controls[i];
    const [r, q] = [b.rect, a.rect];
    return b.control.id === a.control.id && b.control.kind === a.control.kind && r.x === q.x && r.y === q.y && r.w === q.w && r.h === q.h;
  });
}

function toVec(v: Vector3): Vec3 {
  return [v.x, v.y, v.z];
}
