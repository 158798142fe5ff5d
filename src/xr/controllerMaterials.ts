import { SceneLoader } from '@babylonjs/core/Loading/sceneLoader';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Texture } from '@babylonjs/core/Materials/Textures/texture';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { WebXRMotionControllerManager } from '@babylonjs/core/XR/motionController/webXRMotionControllerManager';
import type { Scene } from '@babylonjs/core/scene';
import type { WebXRInput } from '@babylonjs/core/XR/webXRInput';
import type { WebXRInputSource } from '@babylonjs/core/XR/webXRInputSource';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { GLTFFileLoader } from '@babylonjs/loaders/glTF/glTFFileLoader';
// The slimmed controller models store normals and texture coordinates quantized (no decoder: the GPU reads them).
import '@babylonjs/loaders/glTF/2.0/Extensions/KHR_mesh_quantization';
import { texturedControllerProfiles } from './controllerTextures';

/**
 * Loads every glTF file that has no material with `skipMaterials`: Babylon's glTF loader otherwise imports the
 * PBR material (~0.5 MB of JS, left out of the precache) before it looks at the file's materials. The shipped
 * Quest controller models have none (see controllerTextures.ts). Returns the function that stops it.
 */
export function skipMaterialsOfMaterialLessModels(): () => void {
  const observer = SceneLoader.OnPluginActivatedObservable.add((plugin) => {
    if (plugin.name !== 'gltf') return;
    const loader = plugin as GLTFFileLoader;
    loader.onParsedObservable.addOnce(({ json }) => {
      if (!(json as { materials?: unknown[] }).materials?.length) loader.skipMaterials = true;
    });
  });
  return () => SceneLoader.OnPluginActivatedObservable.remove(observer);
}

/**
 * Draws the slimmed Quest controller models with a StandardMaterial and their base-colour image (shipped beside
 * them), once per profile and hand; other profiles keep the materials their glTF brought.
 */
export class ControllerMaterials {
  private readonly materials = new Map<string, StandardMaterial>();

  constructor(private readonly scene: Scene) {}

  /** Textures each controller model of `input` as it loads. */
  attach(input: WebXRInput): void {
    input.onControllerAddedObservable.add((source) => source.onMeshLoadedObservable.addOnce((root) => this.apply(source, root)));
  }

  /** Removes the materials and their textures from the scene. */
  dispose(): void {
    for (const m of this.materials.values()) m.dispose(true, true);
    this.materials.clear();
  }

  private apply(source: WebXRInputSource, root: AbstractMesh): void {
    const controller = source.motionController;
    const look = controller ? texturedControllerProfiles[controller.profileId] : undefined;
    if (!controller || !look || (controller.handedness !== 'left' && controller.handedness !== 'right')) return;
    const url = `${WebXRMotionControllerManager.BaseRepositoryUrl}/profiles/${controller.profileId}/${look.image[controller.handedness]}`;
    let material = this.materials.get(url);
    if (!material) {
      material = new StandardMaterial(`controller ${controller.profileId} ${controller.handedness}`, this.scene);
      material.diffuseTexture = new Texture(url, this.scene, { invertY: false });
      material.specularColor = new Color3(0.2, 0.2, 0.2);
      material.backFaceCulling = !look.doubleSided;
      this.materials.set(url, material);
    }
    for (const mesh of root.getChildMeshes(false)) if (mesh.getTotalVertices() > 0) mesh.material = material;
  }
}
