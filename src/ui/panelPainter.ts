import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { ICanvasRenderingContext } from '@babylonjs/core/Engines/ICanvas';
import { AdvancedDynamicTexture } from '@babylonjs/gui/2D/advancedDynamicTexture';
import { Rectangle } from '@babylonjs/gui/2D/controls/rectangle';
import { TextBlock } from '@babylonjs/gui/2D/controls/textBlock';
import { Control } from '@babylonjs/gui/2D/controls/control';
import type { TargetState } from '../input/targetTypes';
import { PAINT, type LaidControl, type LaidText, type PanelLayout, type PanelRect } from './panelLayout';
import { PANEL_THEME, type PanelTheme } from './panelTheme';

const PIXELS_PER_METRE = PAINT.pixelsPerMetre;

/**
 * Draws a panel's layout with Babylon GUI on its plane. Lives in the lazy "panel-gui" chunk (Babylon GUI is
 * ~50 KB gzip): the first frame shows the hall and blank panels, and text follows a moment later.
 */
export class PanelPainter {
  private readonly texture: AdvancedDynamicTexture;
  private readonly boxes = new Map<string, Rectangle>();

  constructor(
    mesh: Mesh,
    private readonly size: { width: number; height: number },
    /** The colours: the standard skin, or the high-contrast one. */
    private readonly theme: PanelTheme = PANEL_THEME,
  ) {
    this.texture = AdvancedDynamicTexture.CreateForMesh(
      mesh,
      Math.round(size.width * PIXELS_PER_METRE),
      Math.round(size.height * PIXELS_PER_METRE),
      false,
    );
    // Tab belongs to the page's focus order (the DOM mirror), not to GUI controls.
    this.texture.disableTabNavigation = true;
  }

  /** Redraws everything: background, frames, QR, texts and control boxes (ids are the interaction target ids). */
  draw(id: string, layout: PanelLayout): void {
    this.texture.rootContainer.clearControls();
    this.boxes.clear();
    const bg = new Rectangle(`${id}.bg`);
    bg.background = this.theme.background;
    bg.color = this.theme.border;
    bg.thickness = 6;
    bg.cornerRadius = 24;
    this.texture.addControl(bg);

    for (const f of layout.frames ?? []) {
      const frame = new Rectangle();
      this.place(frame, f.rect);
      frame.background = this.theme.fieldBox;
      frame.color = f.tone === 'error' ? this.theme.error : f.tone === 'active' ? this.theme.focusRing : this.theme.muted;
      frame.thickness = f.tone === 'field' ? 2 : 5;
      frame.cornerRadius = 10;
      this.texture.addControl(frame);
    }
    if (layout.qr) {
      const white = new QrSquare(layout.qr.modules);
      this.place(white, layout.qr.rect);
      this.texture.addControl(white);
    }
    for (const t of layout.texts) this.addText(t);
    for (const laid of layout.controls) this.addControl(`${id}.${laid.control.id}`, laid);
  }

  /** Paints one control box for its hover, press and focus state. */
  paint(targetId: string, laid: LaidControl, state: TargetState): void {
    const box = this.boxes.get(targetId);
    if (!box) return;
    const c = laid.control;
    const base = c.enabled === false ? this.theme.disabled : c.selected ? this.theme.selected : this.theme.control[c.tone ?? 'normal'];
    box.background = state.pressed ? this.theme.pressed : state.hovered ? this.theme.hover : base;
    // Pressed keys sink a little, so a poke is visible even without sound.
    box.scaleX = box.scaleY = state.pressed ? 0.93 : 1;
    box.color = state.focused ? this.theme.focusRing : state.hovered ? '#ffffff' : '#ffffff55';
    box.thickness = state.focused ? PAINT.maxBorderPx : state.hovered ? 4 : 2;
  }

  /** Frees the GUI texture. */
  dispose(): void {
    this.texture.dispose();
  }

  private addText(t: LaidText): void {
    const block = new TextBlock(undefined, t.text);
    this.place(block, t.rect);
    block.fontFamily = this.theme.font;
    block.fontSizeInPixels = Math.round(t.size * PIXELS_PER_METRE * PAINT.fontPerLetter);
    block.fontWeight = t.role === 'title' || t.role === 'big' ? 'bold' : 'normal';
    block.fontStyle = t.role === 'speech' ? 'italic' : '';
    block.textWrapping = true;
    block.color =
      t.role === 'fieldError' || t.tone === 'error'
        ? this.theme.error
        : t.tone === 'success'
          ? this.theme.success
          : t.role === 'speech'
            ? this.theme.speech
            : t.role === 'subtitle' || t.role === 'fieldLabel'
              ? this.theme.muted
              : this.theme.text;
    const centred = t.align ? t.align === 'center' : t.role === 'title' || t.role === 'subtitle';
    block.textHorizontalAlignment = centred ? Control.HORIZONTAL_ALIGNMENT_CENTER : Control.HORIZONTAL_ALIGNMENT_LEFT;
    this.texture.addControl(block);
  }

  private addControl(targetId: string, laid: LaidControl): void {
    const box = new Rectangle(targetId);
    this.place(box, laid.rect);
    box.cornerRadius = 14;
    const label = new TextBlock(undefined, laid.control.label);
    label.fontFamily = this.theme.font;
    label.fontSizeInPixels = Math.round(laid.textSize * PIXELS_PER_METRE * PAINT.fontPerLetter);
    label.color = this.theme.text;
    label.textWrapping = true;
    box.addControl(label);
    this.texture.addControl(box);
    this.boxes.set(targetId, box);
  }

  private place(control: Control, rect: PanelRect): void {
    const { width, height } = this.size;
    control.widthInPixels = Math.round(rect.w * PIXELS_PER_METRE);
    control.heightInPixels = Math.round(rect.h * PIXELS_PER_METRE);
    control.leftInPixels = Math.round((rect.x - rect.w / 2 + width / 2) * PIXELS_PER_METRE);
    control.topInPixels = Math.round((height / 2 - rect.y - rect.h / 2) * PIXELS_PER_METRE);
    control.horizontalAlignment = Control.HORIZONTAL_ALIGNMENT_LEFT;
    control.verticalAlignment = Control.VERTICAL_ALIGNMENT_TOP;
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
