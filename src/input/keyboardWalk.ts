import { KEY_BINDINGS } from './bindings';

/** Walking speed on desktop, metres per second. */
const WALK_SPEED = 1.8;
/** Longest step one frame may take, seconds, so a stalled tab does not teleport the visitor. */
const MAX_STEP = 0.25;

/** Keys that walk: the `walk` rows of the bindings table. */
const WALK_KEYS = KEY_BINDINGS;

/** True when the key press belongs to a text field, so typing never walks the visitor. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * WASD / arrow-key walking. Every millisecond a key is held counts, even a short tap that
 * starts and ends between two frames on a slow device, so the distance walked matches the
 * time the key was down.
 */
export class KeyboardWalk {
  /** Keys down now, with the time their unsampled hold began. */
  private readonly held = new Map<string, number>();
  /** Hold time (ms) of keys released since the last frame. */
  private readonly released = new Map<string, number>();
  private readonly onDown = (e: KeyboardEvent) => {
    if (!Object.hasOwn(WALK_KEYS, e.code) || isTypingTarget(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    if (!this.held.has(e.code)) this.held.set(e.code, this.now());
    e.preventDefault();
  };
  private readonly onUp = (e: KeyboardEvent) => {
    const since = this.held.get(e.code);
    if (since === undefined) return;
    this.held.delete(e.code);
    this.released.set(e.code, (this.released.get(e.code) ?? 0) + (this.now() - since));
  };
  private readonly onBlur = () => {
    this.held.clear();
    this.released.clear();
  };

  constructor(
    private readonly target: Window = window,
    private readonly now: () => number = () => performance.now(),
  ) {
    target.addEventListener('keydown', this.onDown);
    target.addEventListener('keyup', this.onUp);
    target.addEventListener('blur', this.onBlur);
  }

  /** Metres to walk this frame as `[forward, right]`. */
  step(): [number, number] {
    const t = this.now();
    let f = 0;
    let r = 0;
    let longest = 0;
    const add = (code: string, ms: number) => {
      const s = Math.min(MAX_STEP, ms / 1000) * WALK_SPEED;
      longest = Math.max(longest, s);
      f += WALK_KEYS[code].forward * s;
      r += WALK_KEYS[code].right * s;
    };
    for (const [code, since] of this.held) {
      add(code, t - since);
      this.held.set(code, t);
    }
    for (const [code, ms] of this.released) add(code, ms);
    this.released.clear();
    // Diagonals are no faster than straight lines.
    const len = Math.hypot(f, r);
    return len > longest ? [(f / len) * longest, (r / len) * longest] : [f, r];
  }

  /** Removes the listeners. */
  dispose(): void {
    this.target.removeEventListener('keydown', this.onDown);
    this.target.removeEventListener('keyup', this.onUp);
    this.target.removeEventListener('blur', this.onBlur);
  }
}
