import type { WebXRInput } from '@babylonjs/core/XR/webXRInput';

/** Snap-turn step, radians (45°). */
export const SNAP_TURN = Math.PI / 4;
/** Stick deflection that counts as a flick, and the rest zone it must return to. */
const PUSH = 0.75;
const REST = 0.3;

/** Options of thumbstick locomotion. */
export interface ThumbstickLocomotionOptions {
  input: WebXRInput;
  /** Turns the visitor by a yaw step. */
  turn: (radians: number) => void;
  /** Starts (true) or completes (false) a teleport aimed along this controller's ray. */
  aim: (sourceId: string, active: boolean) => void;
}

/**
 * Quest Touch thumbsticks (xr-standard mapping, axes 2 and 3): flick left or right to snap
 * turn 45°, push forward to aim a teleport and let go to jump. Hands never reach this code:
 * they have no gamepad axes.
 */
export class ThumbstickLocomotion {
  private readonly turned = new Set<string>();
  private readonly aiming = new Set<string>();

  constructor(private readonly o: ThumbstickLocomotionOptions) {}

  /** Reads every controller's stick for this frame. */
  update(): void {
    for (const c of this.o.input.controllers) {
      const pad = c.inputSource.gamepad;
      if (!pad || c.inputSource.hand || pad.axes.length < 4) continue;
      const id = c.uniqueId;
      const x = pad.axes[2];
      const y = pad.axes[3];
      if (Math.abs(x) > PUSH && !this.turned.has(id)) {
        this.turned.add(id);
        this.o.turn(Math.sign(x) * SNAP_TURN);
      } else if (Math.abs(x) < REST) this.turned.delete(id);
      if (y < -PUSH && !this.aiming.has(id)) {
        this.aiming.add(id);
        this.o.aim(id, true);
      } else if (y > -REST && this.aiming.has(id)) {
        this.aiming.delete(id);
        this.o.aim(id, false);
      }
    }
  }
}
