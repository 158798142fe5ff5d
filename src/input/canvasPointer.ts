import { Feature } from './feature';
import type { InteractionRegistry } from './interactionRegistry';
import type { ScreenPicker } from './screenPicker';
import type { VisitorRig } from './visitorRig';

/** Look sensitivity: radians per CSS pixel for mouse (locked) and for dragging. */
const MOUSE_LOOK = 0.0025;
const DRAG_LOOK = 0.005;
/** A pointer that moved less than this (px) and was held shorter than this (ms) is a tap or click. */
const TAP_SLOP = 10;
const TAP_TIME = 600;

/** Options of the canvas pointer adapter. */
export interface CanvasPointerOptions {
  canvas: HTMLCanvasElement;
  picker: ScreenPicker;
  registry: InteractionRegistry;
  rig: VisitorRig;
  /** Told whether the visitor last used a mouse or a touch screen. */
  onModality: (m: 'desktop' | 'touch') => void;
  /** Shows or hides the centre crosshair while the pointer is locked. */
  onLockChange: (locked: boolean) => void;
}

/**
 * Mouse and touch on the canvas, ending in the registry's vocabulary. Mouse: click a control,
 * click elsewhere to lock the pointer for mouse look (Esc releases), aim with the crosshair
 * while locked. Touch: drag to look, tap a control to use it, tap the floor to walk there.
 * Its listeners live while it is attached.
 */
export class CanvasPointer extends Feature {
  readonly name = 'canvasPointer';
  private down: { id: number; x: number; y: number; t: number; type: string; moved: boolean; target: string | null } | null = null;

  constructor(private readonly o: CanvasPointerOptions) {
    super();
    o.canvas.style.touchAction = 'none';
  }

  protected override onAttach(): void {
    const c = this.o.canvas;
    this.subs.listen(c, 'pointerdown', (e) => this.onDown(e as PointerEvent));
    this.subs.listen(c, 'pointermove', (e) => this.onMove(e as PointerEvent));
    this.subs.listen(c, 'pointerup', (e) => this.onUp(e as PointerEvent));
    this.subs.listen(c, 'pointercancel', () => this.cancel());
    this.subs.listen(c, 'contextmenu', (e) => e.preventDefault());
    this.subs.listen(document, 'pointerlockchange', () => this.o.onLockChange(this.locked()));
  }

  protected override onDetach(): void {
    this.cancel();
  }

  /** True while mouse look has the pointer. */
  locked(): boolean {
    return document.pointerLockElement === this.o.canvas;
  }

  private source(type: string): string {
    return type === 'mouse' ? 'mouse' : 'touch';
  }

  private point(e: PointerEvent): { x: number; y: number } {
    if (this.locked()) return { x: this.o.canvas.clientWidth / 2, y: this.o.canvas.clientHeight / 2 };
    const r = this.o.canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private onDown(e: PointerEvent): void {
    if (e.button > 0) return;
    this.o.onModality(e.pointerType === 'mouse' ? 'desktop' : 'touch');
    const p = this.point(e);
    const hit = this.o.picker.pick(p.x, p.y);
    const target = hit.kind === 'target' ? hit.id : null;
    if (target) this.o.registry.press(this.source(e.pointerType), target);
    this.down = { id: e.pointerId, x: e.clientX, y: e.clientY, t: performance.now(), type: e.pointerType, moved: false, target };
    this.o.canvas.setPointerCapture?.(e.pointerId);
  }

  private onMove(e: PointerEvent): void {
    if (this.locked() && e.pointerType === 'mouse') {
      this.o.rig.look(e.movementX * MOUSE_LOOK, e.movementY * MOUSE_LOOK);
    }
    const d = this.down;
    if (d && d.id === e.pointerId) {
      if (Math.hypot(e.clientX - d.x, e.clientY - d.y) > TAP_SLOP) d.moved = true;
      if (d.moved && !d.target && !this.locked()) this.o.rig.look(e.movementX * DRAG_LOOK, e.movementY * DRAG_LOOK);
    }
    if (e.pointerType === 'mouse') {
      const p = this.point(e);
      const hit = this.o.picker.pick(p.x, p.y);
      const over = hit.kind === 'target' ? hit.id : null;
      this.o.registry.hover('mouse', over);
      this.o.canvas.style.cursor = over ? 'pointer' : this.locked() ? 'none' : 'grab';
    }
  }

  private onUp(e: PointerEvent): void {
    const d = this.down;
    if (!d || d.id !== e.pointerId) return;
    this.down = null;
    const source = this.source(d.type);
    const p = this.point(e);
    const hit = this.o.picker.pick(p.x, p.y);
    const tap = !d.moved && performance.now() - d.t < TAP_TIME;
    if (d.target) {
      this.o.registry.release(source, hit.kind === 'target' ? hit.id : null, d.type === 'mouse' ? 'click' : 'tap');
      return;
    }
    if (!tap) return;
    if (d.type !== 'mouse') {
      if (hit.kind === 'floor') this.o.rig.glideTo(hit.point);
    } else if (!this.locked()) {
      this.o.canvas.requestPointerLock?.()?.catch?.(() => this.o.onLockChange(false));
    }
  }

  private cancel(): void {
    if (this.down) this.o.registry.cancel(this.source(this.down.type));
    this.down = null;
  }
}
