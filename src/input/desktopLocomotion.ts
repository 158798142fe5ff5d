import { Feature } from './feature';
import type { HallActions } from './hallActions';
import { KeyboardWalk } from './keyboardWalk';
import type { VisitorRig } from './visitorRig';

/** Options of desktop and phone locomotion. */
export interface DesktopLocomotionOptions {
  rig: VisitorRig;
  /** Carries out `walk`. */
  actions: Pick<HallActions, 'walk'>;
  /** Where key events come from (the window). */
  keys?: Window;
}

/**
 * Walking outside XR: held keys (the bindings table's `walk` rows) walk the visitor each frame,
 * and a glide in progress (tap-to-walk, go-to-kiosk) advances. Attached only outside XR; the
 * key listeners come and go with it.
 */
export class DesktopLocomotion extends Feature {
  readonly name = 'desktopLocomotion';
  private walk: KeyboardWalk | null = null;

  constructor(private readonly o: DesktopLocomotionOptions) {
    super();
  }

  override update(dt: number): void {
    const [forward, right] = this.walk?.step() ?? [0, 0];
    this.o.actions.walk(forward, right);
    this.o.rig.update(dt);
  }

  protected override onAttach(): void {
    const walk = new KeyboardWalk(this.o.keys);
    this.walk = walk;
    this.subs.add(() => walk.dispose());
  }

  protected override onDetach(): void {
    this.walk = null;
  }
}
