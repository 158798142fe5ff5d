import { Engine } from '@babylonjs/core/Engines/engine';
import { Scene } from '@babylonjs/core/scene';
import { applyHallSceneOptions } from '../world/sceneOptions';
import { FreeCamera } from '@babylonjs/core/Cameras/freeCamera';
import { Camera } from '@babylonjs/core/Cameras/camera';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Color4 } from '@babylonjs/core/Maths/math.color';
import type { Vec3 } from '../input/vec3';
import type { HallStats } from './automationHandle';

/** The engine, scene and visitor camera, with what the frame loop and the automation handle read. */
export interface HallStage {
  engine: Engine;
  scene: Scene;
  /** The desktop/phone camera (XR brings its own). */
  camera: FreeCamera;
  /** The camera that renders now. */
  eye(): Camera;
  /** The visitor's eyes in the world. */
  eyes(): Vector3;
  /** The visitor's eyes and view direction, for the automation handle. */
  viewer(): { position: Vec3; forward: Vec3 };
  /** Renders one frame, counting its draw calls. */
  render(): void;
  stats(): HallStats;
  /** Renders (no step) until `run` takes over; resolves after the first frame that drew a ready scene. */
  preview(): Promise<void>;
  /** Every frame (ending `preview`): `step(dt)` (seconds, at most 0.1 so a stalled tab does not jump), then a render. Follows the window's size; returns the function that stops both. */
  run(step: (dt: number) => void): () => void;
}

/** Creates the engine (XR-compatible, no Tab stop on the canvas), the scene and the visitor camera. */
export function createStage(canvas: HTMLCanvasElement): HallStage {
  const engine = new Engine(canvas, true, { preserveDrawingBuffer: true, stencil: true, xrCompatible: true }, true);
  // Keyboard focus lives on the DOM mirror's buttons; the canvas is not a Tab stop.
  engine.canvasTabIndex = -1;
  const scene = new Scene(engine);
  applyHallSceneOptions(scene);
  scene.clearColor = new Color4(0.55, 0.75, 0.92, 1);
  const camera = new FreeCamera('visitor', Vector3.Zero(), scene);
  camera.minZ = 0.05;
  camera.fov = 1.0;
  const eye = () => scene.activeCamera ?? camera;
  let drawCalls = 0;
  let previewLoop: (() => void) | null = null;
  const render = () => {
    engine._drawCalls.fetchNewFrame();
    scene.render();
    drawCalls = engine._drawCalls.current;
  };
  return {
    engine,
    scene,
    camera,
    eye,
    eyes: () => eye().globalPosition,
    viewer: () => {
      const p = eye().globalPosition;
      const f = eye().getDirection(Vector3.Forward());
      return { position: [p.x, p.y, p.z], forward: [f.x, f.y, f.z] };
    },
    render,
    stats: () => ({
      drawCalls,
      triangles: Math.round(scene.getActiveIndices() / 3),
      materials: scene.materials.length,
      textures: scene.textures.length,
      meshes: scene.getActiveMeshes().length,
    }),
    preview: () =>
      new Promise<void>((resolve) => {
        previewLoop = () => {
          const ready = scene.isReady(); // every mesh and material compiled: this frame draws the whole hall
          render();
          if (ready && drawCalls > 0) resolve();
        };
        engine.runRenderLoop(previewLoop);
      }),
    run: (step) => {
      if (previewLoop) engine.stopRenderLoop(previewLoop);
      const onResize = () => {
        engine.resize();
        fitPortrait(camera, engine.getAspectRatio(camera));
      };
      fitPortrait(camera, engine.getAspectRatio(camera));
      window.addEventListener('resize', onResize);
      engine.runRenderLoop(() => {
        step(Math.min(0.1, engine.getDeltaTime() / 1000));
        render();
      });
      return () => window.removeEventListener('resize', onResize);
    },
  };
}

/**
 * A phone held upright sees only a narrow slice of the hall with the usual vertical field of view (at 390x844
 * the welcome panel's right column was cut off). In portrait the same angle spans the width instead.
 */
function fitPortrait(camera: FreeCamera, aspect: number): void {
  camera.fovMode = aspect < 1 ? Camera.FOVMODE_HORIZONTAL_FIXED : Camera.FOVMODE_VERTICAL_FIXED;
}
