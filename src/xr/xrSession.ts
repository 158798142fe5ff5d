import { WebXRDefaultExperience } from '@babylonjs/core/XR/webXRDefaultExperience';
import { WebXRFeatureName } from '@babylonjs/core/XR/webXRFeaturesManager';
import { WebXRHandTracking } from '@babylonjs/core/XR/features/WebXRHandTracking.pure';
import '@babylonjs/core/XR/features/WebXRHandTracking';
import { Ray } from '@babylonjs/core/Culling/ray';
import { Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Scene } from '@babylonjs/core/scene';
import type { InteractionRegistry } from '../input/interactionRegistry';
import type { Vec3 } from '../input/vec3';
import { configureOfflineXr } from '../pwa/offlineXrAssets';
import { loadHandMeshes } from '../pwa/loadHandMeshes';
import { HandPoke } from './handPoke';
import { LocalFloorMapping } from './localFloorMapping';
import { ThumbstickLocomotion } from './thumbstickLocomotion';
import { XrPointers } from './xrPointers';
import { enableXrRenderOptimizations } from './renderOptimizations';

/** Options to start an immersive session. */
export interface XrSessionOptions {
  scene: Scene;
  registry: InteractionRegistry;
  floorMeshes: () => readonly AbstractMesh[];
  onSessionEnded: () => void;
}

/** A running immersive session, as the app sees it. */
export interface XrSession {
  /** Moves the visitor to a floor point, optionally turned to face a yaw. */
  teleport(position: Vector3, yaw?: number): void;
  /** Turns the visitor in place (snap turn). */
  turn(radians: number): void;
  toLocalFloor(v: Vec3, isDirection: boolean): Vec3;
  exit(): Promise<void>;
}

/**
 * Enters `immersive-vr` in `local-floor` with hands and controllers. Babylon runs the session,
 * camera and hand meshes (shipped in static/, never from a CDN); pointing, poking and
 * locomotion are ours, so both hands work at once and pokes are front-only.
 */
export async function startXrSession(o: XrSessionOptions): Promise<XrSession> {
  configureOfflineXr();
  const { scene, registry } = o;
  const xr = await WebXRDefaultExperience.CreateAsync(scene, {
    disableDefaultUI: true,
    disablePointerSelection: true,
    disableTeleportation: true,
    disableNearInteraction: true,
    disableHandTracking: true,
    floorMeshes: [...o.floorMeshes()],
    inputOptions: { doNotLoadControllerMeshes: false },
  });
  const handMeshes = await loadHandMeshes(scene);
  const hands = xr.baseExperience.featuresManager.enableFeature(WebXRFeatureName.HAND_TRACKING, 'latest', {
    xrInput: xr.input,
    jointMeshes: { invisible: true },
    handMeshes: { ...handMeshes, disableHandShader: true },
  }) as WebXRHandTracking;

  void enableXrRenderOptimizations(xr.baseExperience);
  const sessionManager = await xr.baseExperience.enterXRAsync('immersive-vr', 'local-floor');
  const session = sessionManager.session;
  const camera = xr.baseExperience.camera;
  const mapping = new LocalFloorMapping();

  const yawOf = (q: Quaternion) => q.toEulerAngles().y;
  const turn = (radians: number) => {
    camera.rotationQuaternion = Quaternion.RotationAxis(Vector3.Up(), radians).multiply(camera.rotationQuaternion);
  };
  const teleport = (position: Vector3, yaw?: number) => {
    if (yaw !== undefined) turn(yaw - yawOf(camera.rotationQuaternion));
    camera.position.x = position.x;
    camera.position.z = position.z;
  };

  const poke = new HandPoke(hands, registry);
  const pointers = new XrPointers({
    scene,
    input: xr.input,
    session,
    registry,
    floorMeshes: o.floorMeshes,
    handIsPoking: (h) => poke.isNear(h),
    teleport: (p) => teleport(p),
  });
  const aimRay = new Ray(Vector3.Zero(), Vector3.Forward(), 20);
  const sticks = new ThumbstickLocomotion({
    input: xr.input,
    turn,
    aim: (sourceId, active) => {
      if (active) return;
      const c = xr.input.controllers.find((x) => x.uniqueId === sourceId);
      if (!c) return;
      c.getWorldPointerRayToRef(aimRay);
      const floors = o.floorMeshes();
      const hit = scene.pickWithRay(aimRay, (m) => floors.includes(m));
      if (hit?.hit && hit.pickedPoint) teleport(hit.pickedPoint);
    },
  });

  // One XR frame, in order: where the reference space is, hands poke, rays point, sticks move.
  // (IWER answers getPose(referenceSpace, baseReferenceSpace) with NaN; viewer poses are reliable.)
  const frameObserver = sessionManager.onXRFrameObservable.add((frame) => {
    const inBase = frame.getViewerPose(sessionManager.baseReferenceSpace);
    const inCurrent = frame.getViewerPose(sessionManager.referenceSpace);
    mapping.update(inBase?.transform.matrix ?? null, inCurrent?.transform.matrix ?? null);
    poke.update();
    pointers.update();
    sticks.update();
  });

  const onSessionEnded = () => {
    sessionManager.onXRFrameObservable.remove(frameObserver);
    poke.dispose();
    pointers.dispose();
    xr.dispose();
    o.onSessionEnded();
  };
  sessionManager.onXRSessionEnded.addOnce(onSessionEnded);

  return {
    teleport,
    turn,
    toLocalFloor: (v, isDirection) => mapping.map(v, isDirection),
    exit: () => xr.baseExperience.exitXRAsync(),
  };
}
