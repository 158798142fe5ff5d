import type { Vec3 } from './vec3';

/** How an activation reached a target; the automation handle reports it as `via`. */
export type Via = 'poke' | 'ray' | 'controller' | 'click' | 'key' | 'tap' | 'dwell';

/**
 * What a target is, so screen readers and tests can tell a kiosk key from a teleport spot. The
 * `floor` is a target too (rays and taps pick it like any other) but it is walked on, not used:
 * it is never pressed, listed in the mirror or reported by the automation handle.
 */
export type TargetKind = 'button' | 'key' | 'choice' | 'field' | 'toggle' | 'teleport' | 'floor';

/** True for targets a visitor uses (everything but the floor). */
export function isControl(t: { kind: TargetKind }): boolean {
  return t.kind !== 'floor';
}

/** The group of the "stand here" spots on the floor: selected from afar, never poked. */
export const FLOOR_SPOT_GROUP = 'spots';

/**
 * True for targets a fingertip can poke: every control but the floor spots. A panel button that takes
 * the visitor somewhere (the welcome panel's kiosk shortcuts, kind `teleport`) is poked like any other.
 */
export function isPokeable(t: { kind: TargetKind; group: string }): boolean {
  return isControl(t) && t.group !== FLOOR_SPOT_GROUP;
}

/**
 * Where a target is in the world frame (metres): the centre of its face, the face's outward
 * normal, its up direction and its width and height.
 */
export interface TargetPose {
  position: Vec3;
  normal: Vec3;
  up: Vec3;
  size: readonly [number, number];
}

/** Everything the registry needs to know about one interactive target. */
export interface TargetSpec {
  /** Stable id, e.g. `kiosk.pengaduan.service.complaint`. */
  id: string;
  kind: TargetKind;
  /** Group the target belongs to (a panel id); the DOM mirror and focus order use it. */
  group: string;
  /** Translated label, read each time so a language switch is immediate. */
  label(): string;
  enabled(): boolean;
  /** Current world pose; called on demand, so moving panels need no bookkeeping. */
  pose(): TargetPose;
  onActivate(via: Via): void;
}

/** One entry of the activation log exposed to tests. */
export interface InteractionEvent {
  type: 'activate';
  id: string;
  via: Via;
  /** Milliseconds since the registry was created. */
  t: number;
}

/** Visual state of a target, derived from every pointer that touches it. */
export interface TargetState {
  hovered: boolean;
  pressed: boolean;
  focused: boolean;
}
