import '@babylonjs/core/Culling/ray';
import { Matrix, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Camera } from '@babylonjs/core/Cameras/camera';
import type { Scene } from '@babylonjs/core/scene';
import type { InteractionRegistry } from './interactionRegistry';
import { pickPointer } from './floorTarget';
import type { Vec3 } from './vec3';

/** What lies under a screen point: an interaction target, a walkable floor point, or nothing. */
export type ScreenHit = { kind: 'target'; id: string } | { kind: 'floor'; point: Vector3 } | { kind: 'none' };

/** Options of the screen picker. */
export interface ScreenPickerOptions {
  scene: Scene;
  camera: () => Camera;
  registry: InteractionRegistry;
}

/**
 * Turns a point on the canvas (CSS pixels) into what the visitor points at. Targets are hit
 * by geometry through the registry, so mouse, touch and XR rays agree on what is pressed.
 */
export class ScreenPicker {
  constructor(private readonly options: ScreenPickerOptions) {}

  /** The nearest target or floor point under the canvas point (x, y). */
  pick(x: number, y: number): ScreenHit {
    const { scene, registry } = this.options;
    const engine = scene.getEngine();
    const scale = engine.getHardwareScalingLevel();
    const ray = scene.createPickingRay(x / scale, y / scale, Matrix.Identity(), this.options.camera());
    const hit = pickPointer(registry, [ray.origin.x, ray.origin.y, ray.origin.z], [ray.direction.x, ray.direction.y, ray.direction.z]);
    if (hit.kind === 'target') return { kind: 'target', id: hit.id };
    if (hit.kind === 'floor') return { kind: 'floor', point: Vector3.FromArray(hit.point) };
    return { kind: 'none' };
  }

  /** Projects a world point to canvas CSS pixels, or null when it is behind the camera or off screen. */
  project(at: Vec3): { x: number; y: number } | null {
    const point = Vector3.FromArray(at);
    const { scene } = this.options;
    const engine = scene.getEngine();
    const camera = this.options.camera();
    const w = engine.getRenderWidth();
    const h = engine.getRenderHeight();
    const view = camera.getViewMatrix();
    if (Vector3.TransformCoordinates(point, view).z <= 0) return null;
    const p = Vector3.Project(point, Matrix.Identity(), scene.getTransformMatrix(), camera.viewport.toGlobal(w, h));
    const scale = engine.getHardwareScalingLevel();
    const x = p.x * scale;
    const y = p.y * scale;
    const rect = engine.getRenderingCanvasClientRect();
    if (!rect || x < 0 || y < 0 || x > rect.width || y > rect.height) return null;
    return { x, y };
  }
}
