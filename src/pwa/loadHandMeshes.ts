import type { Scene } from '@babylonjs/core/scene';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import { ImportMeshAsync } from '@babylonjs/core/Loading/sceneLoader';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Axis } from '@babylonjs/core/Maths/math.axis';
import { WebXRHandJoint, type XRHandMeshRigMapping } from '@babylonjs/core/XR/features/WebXRHandTracking.pure';
import '@babylonjs/loaders/glTF/2.0/glTFLoader';
import { offlineXrPaths } from './offlineXrAssets';

/** The `handMeshes` option of WebXRHandTracking, filled with the shipped generic-hand meshes. */
export interface OfflineHandMeshes {
  customMeshes: { left: AbstractMesh; right: AbstractMesh };
  customRigMappings: { left: XRHandMeshRigMapping; right: XRHandMeshRigMapping };
  meshesUseLeftHandedCoordinates: false;
  disposeOnSessionEnd: false;
}

/** Options for {@link loadHandMeshes}. */
export interface LoadHandMeshesOptions {
  /** Folder holding left.glb and right.glb; the shipped generic-hand profile by default. */
  baseUrl?: string;
  /** Skin colour of the hands; a warm neutral by default. */
  color?: Color3;
}

/**
 * Loads the rigged hand meshes shipped in static/profiles/generic-hand (their bones are named after the
 * WebXR joints, so the rig mapping is the identity) and returns them as WebXRHandTracking's `handMeshes`
 * option; without it Babylon downloads hands and a NodeMaterial shader from assets.babylonjs.com.
 *
 * ```ts
 * const handMeshes = await loadHandMeshes(scene);
 * featuresManager.enableFeature(WebXRFeatureName.HAND_TRACKING, 'latest', { xrInput: xr.input, handMeshes });
 * ```
 */
export async function loadHandMeshes(scene: Scene, options: LoadHandMeshesOptions = {}): Promise<OfflineHandMeshes> {
  const baseUrl = options.baseUrl ?? offlineXrPaths.handsBase;
  const material = new StandardMaterial('xrHandSkin', scene);
  material.diffuseColor = options.color ?? new Color3(0.78, 0.6, 0.5);
  material.specularColor = new Color3(0.1, 0.1, 0.1);
  const load = async (handedness: 'left' | 'right'): Promise<AbstractMesh> => {
    // Their glTF material is replaced below: skipping it spares loading the PBR material's JS.
    const result = await ImportMeshAsync(`${baseUrl}${handedness}.glb`, scene, { pluginOptions: { gltf: { skipMaterials: true } } });
    const skinned = result.meshes.find((mesh) => mesh.skeleton);
    if (!skinned?.skeleton) throw new Error(`Hand model ${baseUrl}${handedness}.glb has no skinned mesh`);
    // As Babylon does for its own default hands: CPU-side bone matrices, hidden until a hand is tracked,
    // and a half-turn for left-handed scenes (the glTF root already mirrors z).
    skinned.skeleton.useTextureToStoreBoneMatrices = false;
    skinned.material = material;
    skinned.isVisible = false;
    if (!scene.useRightHandedSystem) skinned.rotate(Axis.Y, Math.PI);
    return skinned;
  };
  const [left, right] = await Promise.all([load('left'), load('right')]);
  const identity = Object.fromEntries(Object.values(WebXRHandJoint).map((joint) => [joint, joint])) as XRHandMeshRigMapping;
  return {
    customMeshes: { left, right },
    customRigMappings: { left: identity, right: identity },
    meshesUseLeftHandedCoordinates: false,
    disposeOnSessionEnd: false,
  };
}
