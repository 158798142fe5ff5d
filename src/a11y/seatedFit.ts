/** A panel's vertical extent in the hall, metres above the virtual floor. */
export interface PanelBand {
  bottom: number;
  top: number;
}

/** XAUR "seated or standing": how high panels may sit above the visitor's real floor, metres. */
export const REAL_BAND = { min: 0.8, max: 1.6 };

/** Eye heights the hall is built for (standing) and seated mode serves, metres. */
export const EYE = { standing: 1.6, seated: 1.2 };

/** How much closer to a kiosk's panel a seated visitor is placed than a standing one, metres. */
export const SEATED_APPROACH = 0.2;

/**
 * How far seated mode lifts the visitor (metres): as close to the standing eye height as the panels
 * allow, since lifting the visitor by L lowers every panel by L above the real floor and none may go
 * below {@link REAL_BAND}.min (nor stay above its max). Never negative.
 */
export function seatedLift(panels: readonly PanelBand[], eye = EYE): number {
  const wanted = eye.standing - eye.seated;
  const lowest = Math.min(...panels.map((p) => p.bottom));
  const highest = Math.max(...panels.map((p) => p.top));
  const mostDown = lowest - REAL_BAND.min;
  const leastDown = highest - REAL_BAND.max;
  return Math.max(0, leastDown, Math.min(wanted, mostDown));
}

/** Vertical extent of a panel of `height` centred at `centreY`, tilted back by `tilt` radians. */
export function panelBand(centreY: number, height: number, tilt: number): PanelBand {
  const half = (height / 2) * Math.cos(tilt);
  return { bottom: centreY - half, top: centreY + half };
}
