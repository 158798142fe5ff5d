import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { FreeCamera } from '@babylonjs/core/Cameras/freeCamera';
import type { FloorPoint } from './hallActions';

/** Eye height of a standing visitor on desktop and phone, in metres. */
export const EYE_HEIGHT = 1.6;

/** Walkable area of the hall, as a clamp on floor positions. */
export interface WalkBounds {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/**
 * The desktop/phone visitor: a camera at eye height with yaw and pitch, walking on the floor.
 * Keyboard, mouse and touch adapters move it; glides (tap-to-walk, go-to-kiosk) animate it.
 */
export class VisitorRig {
  private yaw: number;
  private pitch = 0;
  private glide: { from: Vector3; to: Vector3; yaw?: number; fromYaw: number; t: number; duration: number } | null = null;
  /** The visitor asked for reduced motion (`prefers-reduced-motion`): glides jump at once. */
  reducedMotion = false;

  constructor(
    readonly camera: FreeCamera,
    private readonly bounds: WalkBounds,
    start: { position: Vector3; yaw: number; pitch?: number },
  ) {
    this.yaw = start.yaw;
    this.pitch = start.pitch ?? 0;
    camera.position.copyFrom(new Vector3(start.position.x, EYE_HEIGHT, start.position.z));
    this.apply();
  }

  /** Turns the view by the given angles (radians); pitch stays within ±80°. */
  look(dYaw: number, dPitch: number): void {
    this.yaw += dYaw;
    this.pitch = Math.max(-1.4, Math.min(1.4, this.pitch + dPitch));
    this.apply();
  }

  /** Walks relative to the view direction: forward and right in metres. */
  walk(forward: number, right: number): void {
    if (forward === 0 && right === 0) return;
    this.glide = null;
    const s = Math.sin(this.yaw);
    const c = Math.cos(this.yaw);
    this.moveTo(this.camera.position.x + s * forward + c * right, this.camera.position.z + c * forward - s * right);
  }

  /** Glides to a floor point, optionally turning to a yaw on arrival. */
  glideTo(point: FloorPoint, yaw?: number, duration = 0.7): void {
    this.glide = { from: this.camera.position.clone(), to: new Vector3(point.x, EYE_HEIGHT, point.z), yaw, fromYaw: this.yaw, t: 0, duration: this.reducedMotion ? 0 : duration };
  }

  /** Advances a glide in progress. */
  update(dt: number): void {
    const g = this.glide;
    if (!g) return;
    g.t = g.duration > 0 ? Math.min(1, g.t + dt / g.duration) : 1;
    const e = g.t * g.t * (3 - 2 * g.t);
    this.moveTo(g.from.x + (g.to.x - g.from.x) * e, g.from.z + (g.to.z - g.from.z) * e);
    if (g.yaw !== undefined) {
      const delta = Math.atan2(Math.sin(g.yaw - g.fromYaw), Math.cos(g.yaw - g.fromYaw));
      this.yaw = g.fromYaw + delta * e;
      this.pitch *= 1 - e;
      this.apply();
    }
    if (g.t >= 1) this.glide = null;
  }

  /** Current heading in radians (0 looks along +Z). */
  heading(): number {
    return this.yaw;
  }

  private moveTo(x: number, z: number): void {
    const b = this.bounds;
    this.camera.position.x = Math.max(b.minX, Math.min(b.maxX, x));
    this.camera.position.z = Math.max(b.minZ, Math.min(b.maxZ, z));
  }

  private apply(): void {
    this.camera.rotation.set(this.pitch, this.yaw, 0);
  }
}
