import type { WebXRHandTracking } from '@babylonjs/core/XR/features/WebXRHandTracking.pure';
import { WebXRHandJoint } from '@babylonjs/core/XR/features/WebXRHandTracking.pure';
import type { InteractionRegistry } from '../input/interactionRegistry';
import { Feature } from '../input/feature';
import { PokeDetector, type PokeTarget } from '../input/pokeDetector';
import { isPokeable } from '../input/targetTypes';
import { vec3, type Vec3 } from '../input/vec3';

/** Faces farther than this from the fingertip are not considered, metres. */
const REACH = 0.3;
/** A hand whose fingertip is this close to a control is poking: its ray is hidden. */
export const NEAR_FIELD = 0.09;

/**
 * Poking with the index fingertip of both hands at once. Each hand has its own front-only
 * detector; presses and releases go to the registry with `via: "poke"`. Detaching cancels any
 * press in progress.
 */
export class HandPoke extends Feature {
  readonly name = 'handPoke';
  private readonly detectors = new Map<XRHandedness, PokeDetector>();
  private readonly near = new Map<XRHandedness, boolean>();

  constructor(
    private readonly hands: WebXRHandTracking,
    private readonly registry: InteractionRegistry,
  ) {
    super();
  }

  /** True when this hand's fingertip is near a control (it pokes, so its ray stays off). */
  isNear(handedness: XRHandedness): boolean {
    return this.near.get(handedness) ?? false;
  }

  /** Runs both hands' detectors for this frame. */
  override update(): void {
    for (const handedness of ['left', 'right'] as const) {
      const source = `poke-${handedness}`;
      const hand = this.hands.getHandByHandedness(handedness);
      const tipMesh = hand?.getJointMesh(WebXRHandJoint.INDEX_FINGER_TIP);
      const detector = this.detectors.get(handedness) ?? new PokeDetector();
      this.detectors.set(handedness, detector);
      if (!hand || !tipMesh) {
        if (detector.reset()) this.registry.cancel(source);
        this.near.set(handedness, false);
        continue;
      }
      const p = tipMesh.getAbsolutePosition();
      this.poke(handedness, detector, [p.x, p.y, p.z]);
    }
  }

  protected override onDetach(): void {
    for (const [handedness, d] of this.detectors) if (d.reset()) this.registry.cancel(`poke-${handedness}`);
    this.near.clear();
  }

  private poke(handedness: XRHandedness, detector: PokeDetector, tip: Vec3): void {
    const source = `poke-${handedness}`;
    const candidates: PokeTarget[] = [];
    let nearest = Infinity;
    for (const t of this.registry.list()) {
      if (!isPokeable(t) || !t.enabled()) continue;
      const pose = t.pose();
      const d = vec3.length(vec3.sub(tip, pose.position));
      if (d <= REACH) candidates.push({ id: t.id, pose });
      nearest = Math.min(nearest, d);
    }
    this.near.set(handedness, nearest <= NEAR_FIELD);
    const u = detector.update(tip, candidates);
    this.registry.hover(source, u.hover);
    if (u.press) this.registry.press(source, u.press);
    if (u.release) this.registry.release(source, u.release.activate ? u.release.id : null, 'poke');
  }
}
