/** Builds the real hall from scenes/hall.json in a Babylon NullEngine scene, with the pinisi loaded from disk. */
import { readFileSync } from 'node:fs';
import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { Scene } from '@babylonjs/core/scene';
import { FreeCamera } from '@babylonjs/core/Cameras/freeCamera';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { ImportMeshAsync } from '@babylonjs/core/Loading/sceneLoader';
import '@babylonjs/loaders/glTF/2.0';
// Under mocha, Babylon's lazy `import()` of shaders lands in a second module instance, so the shader store the
// materials read stays empty and Babylon falls back to XMLHttpRequest. Registering the shaders statically fixes it.
import '@babylonjs/core/Shaders/default.vertex';
import '@babylonjs/core/Shaders/default.fragment';
import { parseHall } from '../../../../src/world/hallSchema';
import { buildHall } from '../../../../src/world/buildHall';
import type { HallData } from '../../../../src/world/hallTypes';
import type { HallView } from '../../../../src/world/hallView';
import { HALL_MODEL_OPTIONS, type ModelLoader } from '../../../../src/world/modelLoader';
import { installCanvasStub, type CanvasStub } from './canvasStub';

/** Repository-relative file read from the repo root. */
export const repoFile = (path: string): URL => new URL(`../../../../${path}`, import.meta.url);

/** The hall data exactly as the app loads it. */
export function loadHallData(): HallData {
  return parseHall(JSON.parse(readFileSync(repoFile('scenes/hall.json'), 'utf8')), 'scenes/hall.json');
}

/** Loads models from static/ on disk: the same bytes the browser fetches from `models/...`. */
export const diskModelLoader: ModelLoader = async (url, scene) => {
  const bytes = new Uint8Array(readFileSync(repoFile(`static/${url}`)));
  return (await ImportMeshAsync(bytes, scene, { ...HALL_MODEL_OPTIONS, pluginExtension: '.glb' })).meshes;
};

/** A built hall with its scene and a camera at the visitor's eyes on the welcome point. */
export interface BuiltHall {
  engine: NullEngine;
  scene: Scene;
  camera: FreeCamera;
  hall: HallData;
  view: HallView;
  dispose(): void;
}

/** Builds the hall as the app does and waits for its models. */
export async function buildTestHall(t: (key: string) => string = (k) => k): Promise<BuiltHall> {
  const engine = new NullEngine({ renderWidth: 1832, renderHeight: 1920, textureSize: 1024, deterministicLockstep: false, lockstepMaxSteps: 1 });
  const scene = new Scene(engine);
  const hall = loadHallData();
  const view = buildHall(scene, hall, { t, loadModel: diskModelLoader });
  await view.ready;
  const camera = new FreeCamera('visitor', view.welcome.position.add(new Vector3(0, 1.6, 0)), scene);
  camera.rotation.y = view.welcome.yaw;
  camera.fov = 1.7; // roughly a Quest 2 eye's field of view (about 97 degrees horizontally)
  camera.minZ = 0.05;
  scene.activeCamera = camera;
  // Let every material compile its (async-imported) shader before tests look at the frame or dispose it.
  // (scene.whenReadyAsync never settles here: NullEngine's dynamic textures never report ready.)
  for (let i = 0; i < 100; i++) {
    scene.render();
    const pending = scene.meshes.some((m) => m.getTotalIndices() > 0 && m.subMeshes.some((sm) => !sm.effect?.isReady()));
    if (!pending) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    engine,
    scene,
    camera,
    hall,
    view,
    dispose() {
      view.dispose();
      scene.dispose();
      engine.dispose();
    },
  };
}

/**
 * Builds the hall once for the enclosing mocha suite, drawing text on a stub canvas (Node has none), and
 * disposes both after it. Returns the built hall's getter (valid inside the suite's tests).
 */
export function useTestHall(): () => BuiltHall {
  let built: BuiltHall | undefined;
  let stub: CanvasStub | undefined;
  before(async () => {
    stub = installCanvasStub();
    built = await buildTestHall();
  });
  after(() => {
    built?.dispose();
    stub?.uninstall();
  });
  return () => built!;
}
