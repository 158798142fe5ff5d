import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { FreeCamera } from '@babylonjs/core/Cameras/freeCamera';
import { VisitorRig } from '../input/visitorRig';
import type { HallView } from '../world/hallView';
import type { RoomData } from '../world/hallTypes';

/** How far from the walls the visitor stays, metres. */
const WALL_MARGIN = 0.4;

/** Desktop and phone visitors start a step behind the welcome point, looking slightly down at the lectern and the kiosks. */
function desktopStart(welcome: HallView['welcome']): { position: Vector3; yaw: number; pitch: number } {
  const back = 0.9;
  const { position: p, yaw } = welcome;
  return { position: new Vector3(p.x - Math.sin(yaw) * back, 1.6, p.z - Math.cos(yaw) * back), yaw, pitch: 0.17 };
}

/** The desktop/phone visitor, inside the room's walls, at the desktop start. */
export function createVisitorRig(camera: FreeCamera, room: RoomData, welcome: HallView['welcome']): VisitorRig {
  const [cx, , cz] = room.center;
  const bounds = {
    minX: cx - room.width / 2 + WALL_MARGIN,
    maxX: cx + room.width / 2 - WALL_MARGIN,
    minZ: cz - room.depth / 2 + WALL_MARGIN,
    maxZ: cz + room.depth / 2 - WALL_MARGIN,
  };
  return new VisitorRig(camera, bounds, desktopStart(welcome));
}

/** Where VR starts: a visitor who has not walked yet starts at the welcome lectern, within arm's reach; else where they stand. */
export function xrStartPose(rig: VisitorRig, welcome: HallView['welcome']): () => { position: Vector3; yaw: number } {
  const untouched = desktopStart(welcome).position;
  return () =>
    Vector3.Distance(rig.camera.position, untouched) < 0.3
      ? { position: welcome.position.clone(), yaw: welcome.yaw }
      : { position: rig.camera.position.clone(), yaw: rig.heading() };
}
