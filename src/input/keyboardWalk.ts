/** Walking speed on desktop, metres per second. */
const WALK_SPEED = 1.8;

/** Keys that walk, as `[forward, right]` unit steps. */
const WALK_KEYS: Record<string, [number, number]> = {
  KeyW: [1, 0],
  ArrowUp: [1, 0],
  KeyS: [-1, 0],
  ArrowDown: [-1, 0],
  KeyA: [0, -1],
  ArrowLeft: [0, -1],
  KeyD: [0, 1],
  ArrowRight: [0, 1],
};

/** True when the key press belongs to a text field, so typing never walks the visitor. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * WASD / arrow-key walking. Held keys are sampled each frame, so the speed does not depend
 * on the keyboard's repeat rate.
 */
export class KeyboardWalk {
  private readonly held = new Set<string>();
  private readonly onDown = (e: KeyboardEvent) => {
    if (!(e.code in WALK_KEYS) || isTypingTarget(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    this.held.add(e.code);
    e.preventDefault();
  };
  private readonly onUp = (e: KeyboardEvent) => this.held.delete(e.code);
  private readonly onBlur = () => this.held.clear();

  constructor(private readonly target: Window = window) {
    target.addEventListener('keydown', this.onDown);
    target.addEventListener('keyup', this.onUp);
    target.addEventListener('blur', this.onBlur);
  }

  /** Metres to walk this frame as `[forward, right]`. */
  step(dt: number): [number, number] {
    let f = 0;
    let r = 0;
    for (const code of this.held) {
      f += WALK_KEYS[code][0];
      r += WALK_KEYS[code][1];
    }
    const len = Math.hypot(f, r);
    if (len === 0) return [0, 0];
    return [(f / len) * WALK_SPEED * dt, (r / len) * WALK_SPEED * dt];
  }

  /** Removes the listeners. */
  dispose(): void {
    this.target.removeEventListener('keydown', this.onDown);
    this.target.removeEventListener('keyup', this.onUp);
    this.target.removeEventListener('blur', this.onBlur);
  }
}
