import type { HallMode, ModeSource } from '../input/hallMode';

/** The mode the device suggests outside XR: touch on a coarse pointer, else desktop. */
function deviceMode(): HallMode {
  return matchMedia('(pointer: coarse)').matches ? 'touch' : 'desktop';
}

/**
 * How the visitor uses the hall: from the device at start, from the last pointer used (mouse or
 * touch), and `xr` during a session. The mode is mirrored on `<body data-mode>` for the styles.
 */
export class ModeState implements ModeSource {
  private mode: HallMode = deviceMode();
  private readonly listeners = new Set<(mode: HallMode) => void>();

  constructor() {
    document.body.dataset.mode = this.mode;
  }

  current(): HallMode {
    return this.mode;
  }

  onChange(listener: (mode: HallMode) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A mouse or a finger was used: outside XR, the mode follows it. */
  pointerUsed(kind: 'desktop' | 'touch'): void {
    if (this.mode !== 'xr') this.set(kind);
  }

  /** A session started (true) or ended (false). */
  xrSession(active: boolean): void {
    this.set(active ? 'xr' : deviceMode());
  }

  private set(mode: HallMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    document.body.dataset.mode = mode;
    for (const l of this.listeners) l(mode);
  }
}
