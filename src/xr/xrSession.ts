import { WebXRDefaultExperience } from '@babylonjs/core/XR/webXRDefaultExperience';
import { WebXRFeatureName } from '@babylonjs/core/XR/webXRFeaturesManager';
import { WebXRHandTracking } from '@babylonjs/core/XR/features/WebXRHandTracking.pure';
import '@babylonjs/core/XR/features/WebXRHandTracking';
import { Ray } from '@babylonjs/core/Culling/ray';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Scene } from '@babylonjs/core/scene';
import type { WebXRInput } from '@babylonjs/core/XR/webXRInput';
import { FeatureList } from '../input/feature';
import { pickFloor } from '../input/floorTarget';
import type { FloorPoint, HallActions } from '../input/hallActions';
import type { InteractionRegistry } from '../input/interactionRegistry';
import type { Vec3 } from '../input/vec3';
import { configureOfflineXr } from '../pwa/offlineXrAssets';
import { loadHandMeshes } from '../pwa/loadHandMeshes';
import { HandPoke } from './handPoke';
import { LocalFloorMapping } from './localFloorMapping';
import { ThumbstickLocomotion } from './thumbstickLocomotion';
import { XrPointers } from './xrPointers';
import { enableXrRenderOptimizations } from './renderOptimizations';
import { ControllerMaterials, skipMaterialsOfMaterialLessModels } from './controllerMaterials';
import { xrMotion } from './xrMotion';

/** Options to start an immersive session. */
export interface XrSessionOptions {
  scene: Scene;
  registry: InteractionRegistry;
  /** Carries out what the sticks and rays bind to (turns, teleports). */
  actions: HallActions;
  onSessionEnded: () => void;
}

/** A running immersive session, as the app sees it. */
export interface XrSession {
  /** Moves the visitor to a floor point, optionally turned to face a yaw. */
  teleport(position: FloorPoint, yaw?: number): void;
  /** Turns the visitor in place (snap turn). */
  turn(radians: number): void;
  /** Starts (true) or completes (false) a teleport aimed along a controller's ray. */
  aim(sourceId: string, active: boolean): void;
  toLocalFloor(v: Vec3, isDirection: boolean): Vec3;
  /** How many hands and controllers the session tracks now. */
  inputCount(): number;
  /** How many of those are hands. */
  handCount(): number;
  /** Lifts the visitor above their real floor (seated mode), metres. */
  setLift(height: number): void;
  exit(): Promise<void>;
  /** Calls back when the session turns hidden (false; Quest: the headset left the head) or visible again (true). */
  onVisibilityChange(listener: (visible: boolean) => void): void;
}

/** The session's features in frame order: hands poke, rays point, sticks move. */
function xrFeatures(o: XrSessionOptions, input: WebXRInput, hands: WebXRHandTracking, session: XRSession): FeatureList {
  const features = new FeatureList();
  const poke = features.add(new HandPoke(hands, o.registry));
  features.add(new XrPointers({ scene: o.scene, input, session, registry: o.registry, handIsPoking: (h) => poke.isNear(h), teleport: (p) => o.actions.travel(p) }));
  features.add(new ThumbstickLocomotion({ input, actions: o.actions }));
  return features;
}

/** Teleports to where a controller's ray meets the floor, once its stick is let go. */
function aimAlong(input: WebXRInput, registry: InteractionRegistry, teleport: (p: FloorPoint) => void): XrSession['aim'] {
  const ray = new Ray(Vector3.Zero(), Vector3.Forward(), 20);
  return (sourceId, active) => {
    const c = active ? undefined : input.controllers.find((x) => x.uniqueId === sourceId);
    if (!c) return;
    c.getWorldPointerRayToRef(ray);
    const point = pickFloor(registry, [ray.origin.x, ray.origin.y, ray.origin.z], [ray.direction.x, ray.direction.y, ray.direction.z]);
    if (point) teleport(Vector3.FromArray(point));
  };
}

/**
 * Enters `immersive-vr` in `local-floor` with hands and controllers. Babylon runs the session,
 * camera and hand meshes (shipped in static/, never from a CDN); pointing, poking and
 * locomotion are ours, as features stepped once per XR frame, so both hands work at once and
 * pokes are front-only. The session's end disposes every feature.
 */
export async function startXrSession(o: XrSessionOptions): Promise<XrSession> {
  configureOfflineXr();
  const xr = await WebXRDefaultExperience.CreateAsync(o.scene, {
    disableDefaultUI: true,
    disablePointerSelection: true,
    disableTeleportation: true,
    disableNearInteraction: true,
    disableHandTracking: true,
    inputOptions: { doNotLoadControllerMeshes: false },
  });
  const stopSkipping = skipMaterialsOfMaterialLessModels();
  const controllerMaterials = new ControllerMaterials(o.scene);
  controllerMaterials.attach(xr.input);
  const handMeshes = await loadHandMeshes(o.scene);
  const hands = xr.baseExperience.featuresManager.enableFeature(WebXRFeatureName.HAND_TRACKING, 'latest', {
    xrInput: xr.input,
    jointMeshes: { invisible: true },
    handMeshes: { ...handMeshes, disableHandShader: true },
  }) as WebXRHandTracking;

  void enableXrRenderOptimizations(xr.baseExperience);
  const sessionManager = await xr.baseExperience.enterXRAsync('immersive-vr', 'local-floor');
  const motion = xrMotion(xr.baseExperience.camera);
  const mapping = new LocalFloorMapping();
  const features = xrFeatures(o, xr.input, hands, sessionManager.session);

  // One XR frame: where the reference space is, then every feature in order.
  // (IWER answers getPose(referenceSpace, baseReferenceSpace) with NaN; viewer poses are reliable.)
  const frameObserver = sessionManager.onXRFrameObservable.add((frame) => {
    const inBase = frame.getViewerPose(sessionManager.baseReferenceSpace);
    const inCurrent = frame.getViewerPose(sessionManager.referenceSpace);
    mapping.update(inBase?.transform.matrix ?? null, inCurrent?.transform.matrix ?? null);
    if (inCurrent) motion.applyLift();
    features.update(Math.min(0.1, o.scene.getEngine().getDeltaTime() / 1000));
  });
  sessionManager.onXRSessionEnded.addOnce(() => {
    sessionManager.onXRFrameObservable.remove(frameObserver);
    features.dispose();
    xr.dispose();
    stopSkipping();
    controllerMaterials.dispose();
    o.onSessionEnded();
  });

  return {
    teleport: motion.teleport,
    turn: motion.turn,
    setLift: motion.setLift,
    inputCount: () => sessionManager.session.inputSources.length,
    handCount: () => [...sessionManager.session.inputSources].filter((s) => s.hand).length,
    aim: aimAlong(xr.input, o.registry, motion.teleport),
    toLocalFloor: (v, isDirection) => mapping.map(v, isDirection),
    exit: () => xr.baseExperience.exitXRAsync(),
    onVisibilityChange: (listener) =>
      sessionManager.session.addEventListener('visibilitychange', () => listener(sessionManager.session.visibilityState !== 'hidden')),
  };
}
