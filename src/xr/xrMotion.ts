import { Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { WebXRCamera } from '@babylonjs/core/XR/webXRCamera';
import type { FloorPoint } from '../input/hallActions';

/** Turning and teleporting the XR camera: the only code that moves the visitor in a session. */
export interface XrMotion {
  /** Turns the visitor in place by a yaw step (radians). */
  turn(radians: number): void;
  /** Moves the visitor to a floor point, optionally turned to face a yaw. */
  teleport(position: FloorPoint, yaw?: number): void;
  /** Lifts the visitor this many metres above their real floor (seated mode; 0 stands them on it), from the next frame. */
  setLift(height: number): void;
  /** Applies a changed lift; called once per XR frame, after the camera has its first pose. */
  applyLift(): void;
}

/** Motion of one session's camera. */
export function xrMotion(camera: WebXRCamera): XrMotion {
  const yawOf = (q: Quaternion) => q.toEulerAngles().y;
  const turn = (radians: number) => {
    camera.rotationQuaternion = Quaternion.RotationAxis(Vector3.Up(), radians).multiply(camera.rotationQuaternion);
  };
  const lift = { wanted: 0, applied: 0 };
  return {
    turn,
    setLift: (height) => {
      lift.wanted = height;
    },
    applyLift: () => {
      if (lift.wanted === lift.applied) return;
      // Babylon moves the reference space by what the camera's position changed.
      camera.position.y += lift.wanted - lift.applied;
      lift.applied = lift.wanted;
    },
    teleport: (position, yaw) => {
      if (yaw !== undefined) turn(yaw - yawOf(camera.rotationQuaternion));
      camera.position.x = position.x;
      camera.position.z = position.z;
    },
  };
}
