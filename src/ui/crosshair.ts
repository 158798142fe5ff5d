/** The centre crosshair shown while mouse look holds the pointer. */
export interface Crosshair {
  show(visible: boolean): void;
  /** Fills the ring to a share (0–1) while dwell selection times the control under it; null empties it. */
  fill(fraction: number | null): void;
}

/** Adds the (decorative, hidden from screen readers) crosshair to the overlay. */
export function createCrosshair(overlay: HTMLElement): Crosshair {
  const el = document.createElement('div');
  el.className = 'crosshair';
  el.setAttribute('aria-hidden', 'true');
  overlay.append(el);
  return {
    show: (visible) => el.classList.toggle('visible', visible),
    fill: (fraction) => {
      el.classList.toggle('dwelling', fraction !== null);
      el.style.setProperty('--dwell', `${Math.round((fraction ?? 0) * 360)}deg`);
    },
  };
}
