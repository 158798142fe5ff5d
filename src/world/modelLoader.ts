import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Scene } from '@babylonjs/core/scene';

/** Loads a glTF model and returns its meshes (root first); injectable so Node tests can load from disk. */
export type ModelLoader = (url: string, scene: Scene) => Promise<AbstractMesh[]>;

/**
 * Loader options for the hall's models: they carry vertex colours and get the hall's shared material, so glTF
 * materials are skipped (no PBR material, no BRDF lookup texture, no environment texture needed).
 */
export const HALL_MODEL_OPTIONS = { pluginOptions: { gltf: { skipMaterials: true } } } as const;

/**
 * The browser loader: fetches a same-origin relative URL such as `models/pinisi.glb` (precached by the service
 * worker). The scene loader and the glTF plugin (with skeletons, morph targets and asset containers, ~60 KB
 * gzip) sit behind an `import()` boundary: the pinisi appears after the first frame, never delays it.
 */
export const loadModelFromUrl: ModelLoader = async (url, scene) => {
  const [{ ImportMeshAsync }] = await Promise.all([
    import(/* webpackChunkName: "gltf" */ '@babylonjs/core/Loading/sceneLoader'),
    import(/* webpackChunkName: "gltf" */ '@babylonjs/loaders/glTF/2.0/glTFLoader'),
  ]);
  return (await ImportMeshAsync(url, scene, HALL_MODEL_OPTIONS)).meshes;
};
