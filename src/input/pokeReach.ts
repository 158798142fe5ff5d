import { vec3, type Vec3 } from './vec3';

/**
 * How far in front of a kiosk panel's centre a visitor in the headset arrives, metres (eyes to the
 * panel centre, along the floor). Standing, the whole panel is within {@link BODY}.reach of the
 * nearer shoulder; seated, the eyes are lower and the panel's top edge would be at the face, so the
 * chair stands a little farther back.
 */
export const POKE_STAND = { standing: 0.32, seated: 0.4 };

/**
 * The body the reach is measured on: shoulders below and beside the eyes, and the distance a hand
 * pokes without a step or a lean (an arm is about 0.7 m; comfort ends well before full stretch).
 */
export const BODY = { shoulderDrop: 0.22, shoulderHalfWidth: 0.18, reach: 0.6 };

/** A floor point to stand on and the yaw (radians, 0 looks along +Z) to face. */
export interface Stance {
  x: number;
  z: number;
  yaw: number;
}

/**
 * Where to stand, facing a panel square on: `distance` metres in front of its centre along the
 * panel's horizontal normal (`normal` points from the panel towards the visitor).
 */
export function standBefore(centre: Vec3, normal: Vec3, distance: number): Stance {
  const n = vec3.normalize([normal[0], 0, normal[2]]);
  return { x: centre[0] + n[0] * distance, z: centre[2] + n[2] * distance, yaw: Math.atan2(-n[0], -n[2]) };
}

/** The left and right shoulders of a visitor whose eyes are at `eye`, facing `yaw`. */
export function shoulders(eye: Vec3, yaw: number, body = BODY): [Vec3, Vec3] {
  const right: Vec3 = [Math.cos(yaw), 0, -Math.sin(yaw)];
  const base: Vec3 = [eye[0], eye[1] - body.shoulderDrop, eye[2]];
  return [vec3.add(base, vec3.scale(right, -body.shoulderHalfWidth)), vec3.add(base, vec3.scale(right, body.shoulderHalfWidth))];
}

/** How far a point is from the nearer shoulder, metres: what a hand must reach to poke it. */
export function reachTo(eye: Vec3, yaw: number, point: Vec3, body = BODY): number {
  return Math.min(...shoulders(eye, yaw, body).map((s) => vec3.length(vec3.sub(point, s))));
}
