import { CreatePlane } from '@babylonjs/core/Meshes/Builders/planeBuilder';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import { AdvancedDynamicTexture } from '@babylonjs/gui/2D/advancedDynamicTexture';
import { Rectangle } from '@babylonjs/gui/2D/controls/rectangle';
import { TextBlock } from '@babylonjs/gui/2D/controls/textBlock';
import { Control } from '@babylonjs/gui/2D/controls/control';
import type { InteractionRegistry } from '../input/interactionRegistry';
import type { TargetPose } from '../input/targetTypes';
import type { Vec3 } from '../input/vec3';
import type { ICanvasRenderingContext } from '@babylonjs/core/Engines/ICanvas';
import { layoutPanel, type LaidControl, type PanelLayout, type PanelRect } from './panelLayout';
import type { PanelScreen } from './panelScreen';
import { PANEL_THEME } from './panelTheme';

/** Texture pixels per metre of panel: about 11 px per centimetre, crisp at arm's length on a Quest. */
const PIXELS_PER_METRE = 1100;

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
}

/**
 * A kiosk screen in the world: a plane on the kiosk's panel anchor, drawn with a GUI texture.
 * Its controls are registered as interaction targets whose poses follow the mesh, so every
 * device hits them by geometry; the GUI only draws.
 */
export class PanelSurface {
  /** The plane the panel is drawn on (front faces the anchor's +Z). */
  readonly mesh: Mesh;
  private readonly texture: AdvancedDynamicTexture;
  private layout: PanelLayout | null = null;
  private readonly boxes = new Map<string, Rectangle>();
  private readonly unregister: Array<() => void> = [];
  private readonly stopState: () => void;
  private screen: PanelScreen | null = null;

  constructor(private readonly options: PanelSurfaceOptions) {
    const { scene, anchor, width, height, registry } = options;
    this.mesh = CreatePlane(`panel.${options.id}`, { width, height }, scene);
    this.mesh.parent = anchor;
    this.mesh.rotation.y = Math.PI;
    this.mesh.isPickable = false;
    this.texture = AdvancedDynamicTexture.CreateForMesh(
      this.mesh,
      Math.round(width * PIXELS_PER_METRE),
      Math.round(height * PIXELS_PER_METRE),
      false,
    );
    // Tab belongs to the page's focus order (the DOM mirror), not to GUI controls.
    this.texture.disableTabNavigation = true;
    this.stopState = registry.onStateChange((id) => this.paintControl(id));
  }

  /** The screen currently shown. */
  current(): PanelScreen | null {
    return this.screen;
  }

  /** The panel's size in metres, for callers that lay a screen out themselves. */
  size(): { width: number; height: number } {
    return { width: this.options.width, height: this.options.height };
  }

  /** Shows a screen: redraws the texture and re-registers the controls; `layout` replaces the standard layout when given. */
  show(screen: PanelScreen, layout: PanelLayout = layoutPanel(screen, this.options.width, this.options.height)): void {
    this.screen = screen;
    this.clearTargets();
    this.texture.rootContainer.clearControls();
    this.boxes.clear();
    this.layout = layout;
    if (layout.overflow) console.warn(`Panel ${this.options.id}: "${screen.title}" does not fit; controls are squeezed`);

    const bg = new Rectangle(`${this.options.id}.bg`);
    bg.background = PANEL_THEME.background;
    bg.color = PANEL_THEME.border;
    bg.thickness = 6;
    bg.cornerRadius = 24;
    this.texture.addControl(bg);

    for (const f of layout.frames ?? []) {
      const frame = new Rectangle();
      this.place(frame, f.rect);
      frame.background = PANEL_THEME.fieldBox;
      frame.color = f.tone === 'error' ? PANEL_THEME.error : f.tone === 'active' ? PANEL_THEME.focusRing : PANEL_THEME.muted;
      frame.thickness = f.tone === 'field' ? 2 : 5;
      frame.cornerRadius = 10;
      this.texture.addControl(frame);
    }
    if (layout.qr) this.addQr(layout.qr);

    for (const t of layout.texts) {
      const block = new TextBlock(undefined, t.text);
      this.place(block, t.rect);
      block.fontFamily = PANEL_THEME.font;
      block.fontSizeInPixels = Math.round(t.size * PIXELS_PER_METRE * 1.35);
      block.fontWeight = t.role === 'title' || t.role === 'big' ? 'bold' : 'normal';
      block.fontStyle = t.role === 'speech' ? 'italic' : '';
      block.textWrapping = true;
      block.color =
        t.role === 'fieldError' || t.tone === 'error'
          ? PANEL_THEME.error
          : t.tone === 'success'
            ? PANEL_THEME.success
            : t.role === 'speech'
              ? PANEL_THEME.speech
              : t.role === 'subtitle' || t.role === 'fieldLabel'
                ? PANEL_THEME.muted
                : PANEL_THEME.text;
      const centred = t.align ? t.align === 'center' : t.role === 'title' || t.role === 'subtitle';
      block.textHorizontalAlignment = centred ? Control.HORIZONTAL_ALIGNMENT_CENTER : Control.HORIZONTAL_ALIGNMENT_LEFT;
      this.texture.addControl(block);
    }

    for (const laid of layout.controls) this.addControl(laid);
  }

  /** World-frame pose of a rectangle on this panel. */
  poseOf(rect: PanelRect): TargetPose {
    const world = this.mesh.computeWorldMatrix(true);
    const p = Vector3.TransformCoordinates(new Vector3(rect.x, rect.y, 0), world);
    const n = Vector3.TransformNormal(new Vector3(0, 0, -1), world).normalize();
    const up = Vector3.TransformNormal(new Vector3(0, 1, 0), world).normalize();
    return { position: toVec(p), normal: toVec(n), up: toVec(up), size: [rect.w, rect.h] };
  }

  /** Removes the panel, its texture and its targets. */
  dispose(): void {
    this.clearTargets();
    this.stopState();
    this.texture.dispose();
    this.mesh.dispose();
  }

  private addControl(laid: LaidControl): void {
    const { control, rect } = laid;
    const targetId = `${this.options.id}.${control.id}`;
    const box = new Rectangle(targetId);
    this.place(box, rect);
    box.cornerRadius = 14;
    const label = new TextBlock(undefined, control.label);
    label.fontFamily = PANEL_THEME.font;
    label.fontSizeInPixels = Math.round(laid.textSize * PIXELS_PER_METRE * 1.35);
    label.color = PANEL_THEME.text;
    label.textWrapping = true;
    box.addControl(label);
    this.texture.addControl(box);
    this.boxes.set(targetId, box);
    this.paintControl(targetId);

    const enabled = control.enabled !== false;
    this.unregister.push(
      this.options.registry.register({
        id: targetId,
        kind: control.kind,
        group: this.options.id,
        label: () => control.spoken ?? control.label,
        enabled: () => enabled && this.mesh.isEnabled(),
        pose: () => this.poseOf(rect),
        onActivate: () => this.options.onControl(control.id),
      }),
    );
  }

  /** Draws a QR code on a white square (quiet zone of 2 modules), one cell per dark module. */
  private addQr(qr: NonNullable<PanelLayout['qr']>): void {
    const white = new QrSquare(qr.modules);
    this.place(white, qr.rect);
    this.texture.addControl(white);
  }

  private paintControl(targetId: string): void {
    const box = this.boxes.get(targetId);
    const laid = this.layout?.controls.find((c) => `${this.options.id}.${c.control.id}` === targetId);
    if (!box || !laid) return;
    const c = laid.control;
    const state = this.options.registry.state(targetId);
    const base = c.enabled === false ? PANEL_THEME.disabled : c.selected ? PANEL_THEME.selected : PANEL_THEME.control[c.tone ?? 'normal'];
    box.background = state.pressed ? PANEL_THEME.pressed : state.hovered ? PANEL_THEME.hover : base;
    // Pressed keys sink a little, so a poke is visible even without sound.
    box.scaleX = box.scaleY = state.pressed ? 0.93 : 1;
    box.color = state.focused ? PANEL_THEME.focusRing : state.hovered ? '#ffffff' : '#ffffff55';
    box.thickness = state.focused ? 8 : state.hovered ? 4 : 2;
  }

  private place(control: Control, rect: PanelRect): void {
    const { width, height } = this.options;
    control.widthInPixels = Math.round(rect.w * PIXELS_PER_METRE);
    control.heightInPixels = Math.round(rect.h * PIXELS_PER_METRE);
    control.leftInPixels = Math.round((rect.x - rect.w / 2 + width / 2) * PIXELS_PER_METRE);
    control.topInPixels = Math.round((height / 2 - rect.y - rect.h / 2) * PIXELS_PER_METRE);
    control.horizontalAlignment = Control.HORIZONTAL_ALIGNMENT_LEFT;
    control.verticalAlignment = Control.VERTICAL_ALIGNMENT_TOP;
  }

  private clearTargets(): void {
    for (const u of this.unregister.splice(0)) u();
  }
}

/** A white square that paints QR modules in black straight onto the GUI canvas (one fillRect per dark module). */
class QrSquare extends Rectangle {
  constructor(private readonly modules: boolean[][]) {
    super('qr');
    this.background = '#ffffff';
    this.thickness = 0;
  }

  protected override _localDraw(context: ICanvasRenderingContext): void {
    super._localDraw(context);
    const n = this.modules.length;
    const m = this._currentMeasure;
    const cell = Math.min(m.width, m.height) / (n + 4);
    context.fillStyle = '#000000';
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (this.modules[r][c]) context.fillRect(m.left + (c + 2) * cell, m.top + (r + 2) * cell, Math.ceil(cell), Math.ceil(cell));
      }
    }
  }
}

function toVec(v: Vector3): Vec3 {
  return [v.x, v.y, v.z];
}
