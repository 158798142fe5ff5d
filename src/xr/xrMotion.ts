import { Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { WebXRCamera } from '@babylonjs/core/XR/webXRCamera';
import type { FloorPoint } from '../input/hallActions';

/** Turning and teleporting the XR camera: the only code that moves the visitor in a session. */
export interface XrMotion {
  /** Turns the visitor in place by a yaw step (radians). */
  turn(radians: number): void;
  /** Moves the visitor to a floor point, optionally turned to face a yaw. */
  teleport(position: FloorPoint, yaw?: number): void;
}

/** Motion of one session's camera. */
export function xrMotion(camera: WebXRCamera): XrMotion {
  const yawOf = (q: Quaternion) => q.toEulerAngles().y;
  const turn = (radians: number) => {
    camera.rotationQuaternion = Quaternion.RotationAxis(Vector3.Up(), radians).multiply(camera.rotationQuaternion);
  };
  return {
    turn,
    teleport: (position, yaw) => {
      if (yaw !== undefined) turn(yaw - yawOf(camera.rotationQuaternion));
      camera.position.x = position.x;
      camera.position.z = position.z;
    },
  };
}
