import type { FloorPoint } from '../input/hallActions';
import type { Vec3 } from '../input/vec3';
import type { XrSession } from '../xr/xrSession';

/**
 * The immersive session while one runs, else empty. Actions and the automation handle talk to
 * it without knowing whether a session exists; outside one, XR calls do nothing.
 */
export class XrSlot {
  private session: XrSession | null = null;
  private lift = 0;

  /** Puts a started session in, or empties the slot when it ended; a session starts at the chosen lift. */
  set(session: XrSession | null): void {
    this.session = session;
    session?.setLift(this.lift);
  }

  /** Lifts the visitor above their real floor in this and every later session (seated mode), metres. */
  setLift(height: number): void {
    this.lift = height;
    this.session?.setLift(height);
  }

  /** True while an immersive session runs. */
  active(): boolean {
    return this.session !== null;
  }

  /** How many hands and controllers the session tracks (0 outside one): with none, the head points. */
  inputCount(): number {
    return this.session?.inputCount() ?? 0;
  }

  /** How many of the tracked inputs are hands (0 outside a session). */
  handCount(): number {
    return this.session?.handCount() ?? 0;
  }

  /** Moves the visitor in XR to a floor point, turned to a yaw. */
  teleport(position: FloorPoint, yaw?: number): void {
    this.session?.teleport(position, yaw);
  }

  /** Turns the visitor in XR by a yaw step. */
  turn(radians: number): void {
    this.session?.turn(radians);
  }

  /** Starts or completes a thumbstick teleport aim. */
  aim(sourceId: string, active: boolean): void {
    this.session?.aim(sourceId, active);
  }

  /** Ends the session. */
  exit(): void {
    void this.session?.exit();
  }

  /** World point or direction in the WebXR local-floor frame during a session; unchanged outside. */
  toLocalFloor(v: Vec3, isDirection: boolean): Vec3 {
    return this.session ? this.session.toLocalFloor(v, isDirection) : v;
  }
}
