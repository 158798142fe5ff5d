import { Ray } from '@babylonjs/core/Culling/ray';
import { CreateCylinder } from '@babylonjs/core/Meshes/Builders/cylinderBuilder';
import { CreateTorus } from '@babylonjs/core/Meshes/Builders/torusBuilder';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import type { WebXRInput } from '@babylonjs/core/XR/webXRInput';
import type { WebXRInputSource } from '@babylonjs/core/XR/webXRInputSource';
import type { InteractionRegistry } from '../input/interactionRegistry';
import { Feature } from '../input/feature';
import { pickPointer } from '../input/floorTarget';
import type { FloorPoint } from '../input/hallActions';

/** Longest ray drawn, metres. */
const MAX_RAY = 8;

/** Options of the XR pointers. */
export interface XrPointersOptions {
  scene: Scene;
  input: WebXRInput;
  session: XRSession;
  registry: InteractionRegistry;
  /** True when this hand is poking, so its ray must stay off. */
  handIsPoking: (handedness: XRHandedness) => boolean;
  teleport: (point: FloorPoint) => void;
}

interface PointerState {
  source: WebXRInputSource;
  beam: Mesh;
  target: string | null;
  floor: Vector3 | null;
  selecting: boolean;
  /** What the select started on: a target, the floor (teleport), or nothing. */
  startedOn: 'target' | 'floor' | null;
}

/**
 * Rays for every hand and controller, all at once. The WebXR primary action (a pinch on a
 * hand, the trigger on a controller) presses what the ray points at; released on the same
 * target, it activates (`via: "ray"` for hands, `"controller"` for controllers). Released over
 * the floor, it teleports there. Detaching removes every ray, listener and observer.
 */
export class XrPointers extends Feature {
  readonly name = 'pointers';
  private readonly states = new Map<XRInputSource, PointerState>();
  private readonly ray = new Ray(Vector3.Zero(), Vector3.Forward(), MAX_RAY);
  private readonly beamMaterial: StandardMaterial;
  private readonly marker: Mesh;
  private readonly onStart = (e: Event) => this.select(e as XRInputSourceEvent, true);
  private readonly onEnd = (e: Event) => this.select(e as XRInputSourceEvent, false);

  constructor(private readonly o: XrPointersOptions) {
    super();
    this.beamMaterial = new StandardMaterial('xrBeam', o.scene);
    this.beamMaterial.emissiveColor = new Color3(1, 0.85, 0.35);
    this.beamMaterial.disableLighting = true;
    this.beamMaterial.alpha = 0.6;
    this.marker = CreateTorus('teleportMarker', { diameter: 0.5, thickness: 0.04, tessellation: 32 }, o.scene);
    this.marker.material = this.beamMaterial;
    this.marker.isPickable = false;
    this.marker.setEnabled(false);
  }

  protected override onAttach(): void {
    const { input, session } = this.o;
    this.subs.observe(input.onControllerAddedObservable, (s) => this.add(s));
    this.subs.observe(input.onControllerRemovedObservable, (s) => this.remove(s));
    for (const s of input.controllers) this.add(s);
    this.subs.listen(session, 'selectstart', this.onStart);
    this.subs.listen(session, 'selectend', this.onEnd);
  }

  protected override onDetach(): void {
    for (const s of [...this.states.values()]) this.remove(s.source);
    this.marker.setEnabled(false);
  }

  protected override onDispose(): void {
    this.marker.dispose();
    this.beamMaterial.dispose();
  }

  /** Aims every ray for this frame and updates hover. */
  override update(): void {
    let markerAt: Vector3 | null = null;
    for (const st of this.states.values()) {
      const id = this.sourceId(st.source);
      const hand = st.source.inputSource.hand ? (st.source.inputSource.handedness as XRHandedness) : null;
      if (hand && this.o.handIsPoking(hand) && !st.selecting) {
        st.beam.setEnabled(false);
        st.target = null;
        st.floor = null;
        this.o.registry.hover(id, null);
        continue;
      }
      st.source.getWorldPointerRayToRef(this.ray);
      const o = this.ray.origin;
      const d = this.ray.direction;
      const hit = pickPointer(this.o.registry, [o.x, o.y, o.z], [d.x, d.y, d.z]);
      // Controls answer at any distance; the floor only within the drawn ray.
      st.target = hit.kind === 'target' ? hit.id : null;
      st.floor = hit.kind === 'floor' && hit.distance <= MAX_RAY ? Vector3.FromArray(hit.point) : null;
      const length = hit.kind !== 'none' && (st.target !== null || st.floor !== null) ? hit.distance : MAX_RAY;
      if (st.floor && st.selecting && st.startedOn === 'floor') markerAt = st.floor;
      this.o.registry.hover(id, st.target);
      this.drawBeam(st.beam, o, d, length);
    }
    this.marker.setEnabled(!!markerAt);
    if (markerAt) this.marker.position.set(markerAt.x, markerAt.y + 0.02, markerAt.z);
  }

  private add(source: WebXRInputSource): void {
    if (this.states.has(source.inputSource)) return;
    const beam = CreateCylinder(`beam.${source.uniqueId}`, { height: 1, diameter: 0.004, tessellation: 6 }, this.o.scene);
    beam.material = this.beamMaterial;
    beam.isPickable = false;
    beam.setEnabled(false);
    this.states.set(source.inputSource, { source, beam, target: null, floor: null, selecting: false, startedOn: null });
  }

  private remove(source: WebXRInputSource): void {
    const st = this.states.get(source.inputSource);
    if (!st) return;
    this.o.registry.cancel(this.sourceId(source));
    st.beam.dispose();
    this.states.delete(source.inputSource);
  }

  private select(e: XRInputSourceEvent, start: boolean): void {
    const st = this.states.get(e.inputSource);
    if (!st) return;
    const id = this.sourceId(st.source);
    if (start) {
      st.selecting = true;
      st.startedOn = st.target ? 'target' : st.floor ? 'floor' : null;
      if (st.target) this.o.registry.press(id, st.target);
      return;
    }
    st.selecting = false;
    if (st.startedOn === 'target') this.o.registry.release(id, st.target, e.inputSource.hand ? 'ray' : 'controller');
    else if (st.startedOn === 'floor' && st.floor) this.o.teleport(st.floor);
    st.startedOn = null;
  }

  private sourceId(source: WebXRInputSource): string {
    return `ray-${source.uniqueId}`;
  }

  private drawBeam(beam: Mesh, origin: Vector3, dir: Vector3, length: number): void {
    beam.setEnabled(true);
    beam.scaling.set(1, length, 1);
    beam.position.copyFrom(origin).addInPlace(dir.scale(length / 2));
    // The cylinder runs along +Y; turn it onto the ray.
    const axis = Vector3.Cross(Vector3.Up(), dir);
    const angle = Math.acos(Math.max(-1, Math.min(1, Vector3.Dot(Vector3.Up(), dir))));
    beam.rotationQuaternion = axis.lengthSquared() < 1e-9 ? Quaternion.Identity() : Quaternion.RotationAxis(axis.normalize(), angle);
  }
}
