/** How the visitor is using the hall right now. */
export type HallMode = 'desktop' | 'touch' | 'xr';

/** The current mode, and word when it changes. */
export interface ModeSource {
  current(): HallMode;
  /** Calls back after every change; returns the function that stops it. */
  onChange(listener: (mode: HallMode) => void): () => void;
}
