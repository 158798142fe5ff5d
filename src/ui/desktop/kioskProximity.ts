import { LEAVE_RADIUS, NEAR_RADIUS } from '../kioskPresence';

/** Within this floor distance (metres) of a kiosk's stand-here spot, its sheet opens (the hall's one presence rule). */
export const OPEN_RADIUS = NEAR_RADIUS;
/** Beyond this distance the sheet closes again (a margin, so it does not flicker at the edge). */
export const CLOSE_RADIUS = LEAVE_RADIUS;
/** The visitor counts as standing still when one update moved them less than this (metres). */
export const STILL = 0.002;

/** Which kiosk's sheet is open, which one the visitor closed, and where the visitor was last time. */
export interface ProximityState {
  open: string | null;
  /** Closed by the visitor (Escape, Close): stays closed until they step away and come back. */
  dismissed: string | null;
  last: { x: number; z: number } | null;
}

/** The state before the first frame. */
export const initialProximity = (): ProximityState => ({ open: null, dismissed: null, last: null });

/** One update's input: kiosk spots and the visitor on the floor, and whether sheets may show (never in XR). */
export interface ProximityInput {
  kiosks: readonly { id: string; x: number; z: number }[];
  visitor: { x: number; z: number };
  enabled: boolean;
}

/**
 * Opens the sheet of the nearest kiosk once the visitor stands still within OPEN_RADIUS of its spot
 * (a glide past other kiosks opens nothing), keeps it open up to CLOSE_RADIUS, and forgets a dismissal
 * once the visitor has stepped away.
 */
export function nextProximity(state: ProximityState, input: ProximityInput): ProximityState {
  const { visitor } = input;
  const still = state.last !== null && Math.hypot(visitor.x - state.last.x, visitor.z - state.last.z) < STILL;
  const last = { x: visitor.x, z: visitor.z };
  const distance = new Map(input.kiosks.map((k) => [k.id, Math.hypot(k.x - visitor.x, k.z - visitor.z)]));
  const dismissed = state.dismissed !== null && (distance.get(state.dismissed) ?? Infinity) <= CLOSE_RADIUS ? state.dismissed : null;
  if (!input.enabled) return { open: null, dismissed, last };
  if (state.open !== null && (distance.get(state.open) ?? Infinity) <= CLOSE_RADIUS) return { open: state.open, dismissed, last };
  let nearest: string | null = null;
  let best = OPEN_RADIUS;
  for (const [id, d] of distance) {
    if (d <= best) {
      best = d;
      nearest = id;
    }
  }
  const open = still && nearest !== null && nearest !== dismissed ? nearest : null;
  return { open, dismissed, last };
}

/** The state after the visitor closed the open sheet. */
export function dismissProximity(state: ProximityState): ProximityState {
  return { ...state, open: null, dismissed: state.open ?? state.dismissed };
}

/** The state after the visitor asked to reopen a dismissed sheet. */
export function reopenProximity(state: ProximityState): ProximityState {
  return state.dismissed ? { ...state, open: state.dismissed, dismissed: null } : state;
}
