import { vec3, type Vec3 } from './vec3';
import type { TargetPose } from './targetTypes';

/** Extra margin (metres) around a target's face that still counts as a hit, forgiving for hand jitter. */
export const HIT_MARGIN = 0.004;

/** Position of a world point in a target's face frame: x right, y up, depth along the outward normal. */
export interface FaceCoords {
  x: number;
  y: number;
  depth: number;
}

/** Expresses a world point in the target's face frame. */
export function toFaceCoords(pose: TargetPose, point: Vec3): FaceCoords {
  const rel = vec3.sub(point, pose.position);
  const right = vec3.normalize(vec3.cross(pose.up, pose.normal));
  return { x: vec3.dot(rel, right), y: vec3.dot(rel, pose.up), depth: vec3.dot(rel, pose.normal) };
}

/** True when face coordinates fall inside the target's rectangle, widened by `margin`. */
export function insideFace(pose: TargetPose, c: FaceCoords, margin = HIT_MARGIN): boolean {
  return Math.abs(c.x) <= pose.size[0] / 2 + margin && Math.abs(c.y) <= pose.size[1] / 2 + margin;
}

/**
 * Distance along a ray to the target's front face, or null when the ray misses it or
 * meets it from behind (controls are one-sided, like a real kiosk screen).
 */
export function rayHitDistance(origin: Vec3, direction: Vec3, pose: TargetPose): number | null {
  const dir = vec3.normalize(direction);
  const facing = vec3.dot(dir, pose.normal);
  if (facing >= -1e-6) return null;
  const t = vec3.dot(vec3.sub(pose.position, origin), pose.normal) / facing;
  if (t < 0) return null;
  const hit = vec3.add(origin, vec3.scale(dir, t));
  return insideFace(pose, toFaceCoords(pose, hit), 0) ? t : null;
}
