import type { WebXRInput } from '@babylonjs/core/XR/webXRInput';
import { Feature } from '../input/feature';
import type { HallActions } from '../input/hallActions';
import { StickActions } from '../input/stickActions';

/** Options of thumbstick locomotion. */
export interface ThumbstickLocomotionOptions {
  input: WebXRInput;
  /** Carries out `snapTurn` and `teleportAim` (see `input/bindings.ts` for the axes). */
  actions: Pick<HallActions, 'snapTurn' | 'teleportAim'>;
}

/**
 * Quest Touch thumbsticks, read through the stick bindings table: flick left or right to snap
 * turn, push forward to aim a teleport and let go to jump. Hands never reach this code: they
 * have no gamepad axes.
 */
export class ThumbstickLocomotion extends Feature {
  readonly name = 'thumbsticks';
  private readonly sticks: StickActions;

  constructor(private readonly o: ThumbstickLocomotionOptions) {
    super();
    this.sticks = new StickActions(o.actions);
  }

  /** Reads every controller's stick for this frame. */
  override update(): void {
    for (const c of this.o.input.controllers) {
      const pad = c.inputSource.gamepad;
      if (!pad || c.inputSource.hand) continue;
      this.sticks.read(c.uniqueId, pad.axes);
    }
  }

  protected override onDetach(): void {
    this.sticks.reset();
  }
}
