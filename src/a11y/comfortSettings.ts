/** Panel text size, as a share of the default: XAUR REQ 7 asks for 100, 125 and 150 %. */
export type TextScale = 1 | 1.25 | 1.5;
/** Caption (subtitle) size. */
export type CaptionSize = 'normal' | 'large';
/** Where captions show: on the kiosk panel, or following the visitor's view. */
export type CaptionPlace = 'panel' | 'view';

/** A visitor's comfort and accessibility choices. Babylon-free: panels and input read it. */
export interface ComfortChoices {
  textScale: TextScale;
  captionSize: CaptionSize;
  captionPlace: CaptionPlace;
  /** High-contrast panels even when the system does not ask for them (`prefers-contrast: more` always does). */
  highContrast: boolean;
  /** Select by holding a ray or gaze on a control for {@link DWELL_MS}. */
  dwell: boolean;
}

/** How long a ray or gaze rests on a control before dwell selects it, ms (XAUR REQ 15). */
export const DWELL_MS = 1500;

/** The choices a new visitor starts with. */
export const DEFAULT_COMFORT: Readonly<ComfortChoices> = Object.freeze({
  textScale: 1,
  captionSize: 'normal',
  captionPlace: 'panel',
  highContrast: false,
  dwell: false,
});

/**
 * One visitor's comfort settings, shared by the settings panel, the panels and the input paths.
 * They belong to the visitor, not the device: a booth wipe calls {@link ComfortSettings.reset}.
 */
export class ComfortSettings {
  private choices: ComfortChoices = { ...DEFAULT_COMFORT };
  private readonly listeners = new Set<(c: Readonly<ComfortChoices>, changed: keyof ComfortChoices | 'all') => void>();

  /** The current choices (a copy). */
  get(): Readonly<ComfortChoices> {
    return { ...this.choices };
  }

  /** Changes one choice; listeners hear it only if it really changed. */
  set<K extends keyof ComfortChoices>(key: K, value: ComfortChoices[K]): void {
    if (this.choices[key] === value) return;
    this.choices = { ...this.choices, [key]: value };
    this.emit(key);
  }

  /** Back to {@link DEFAULT_COMFORT} (a wipe between visitors). */
  reset(): void {
    const changed = (Object.keys(DEFAULT_COMFORT) as (keyof ComfortChoices)[]).some((k) => this.choices[k] !== DEFAULT_COMFORT[k]);
    this.choices = { ...DEFAULT_COMFORT };
    if (changed) this.emit('all');
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  onChange(listener: (c: Readonly<ComfortChoices>, changed: keyof ComfortChoices | 'all') => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(changed: keyof ComfortChoices | 'all'): void {
    const now = this.get();
    for (const l of this.listeners) l(now, changed);
  }
}
