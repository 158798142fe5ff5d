/** The centre crosshair shown while mouse look holds the pointer. */
export interface Crosshair {
  show(visible: boolean): void;
}

/** Adds the (decorative, hidden from screen readers) crosshair to the overlay. */
export function createCrosshair(overlay: HTMLElement): Crosshair {
  const el = document.createElement('div');
  el.className = 'crosshair';
  el.setAttribute('aria-hidden', 'true');
  overlay.append(el);
  return { show: (visible) => el.classList.toggle('visible', visible) };
}
