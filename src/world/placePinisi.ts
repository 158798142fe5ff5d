import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import { VertexBuffer } from '@babylonjs/core/Buffers/buffer';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Material } from '@babylonjs/core/Materials/material';
import type { Scene } from '@babylonjs/core/scene';
import type { MotifData } from './hallTypes';
import type { ModelLoader } from './modelLoader';
import { drawAsOneInstance } from './oneInstance';

/**
 * Loads the pinisi (the Bugis-Makassar schooner) and stands it in its basin. The model carries vertex colours,
 * so it is switched to the hall's shared lit material and drawn like the hall: no extra shader, no PBR environment.
 */
export async function placePinisi(
  scene: Scene,
  pinisi: MotifData['pinisi'],
  load: ModelLoader,
  material: Material,
): Promise<TransformNode> {
  const holder = new TransformNode('pinisi', scene);
  holder.position.set(...pinisi.position);
  holder.rotation.y = (pinisi.yaw * Math.PI) / 180;
  holder.scaling.setAll(pinisi.scale);
  let meshes;
  try {
    meshes = await load(pinisi.model, scene);
    if (meshes.length === 0) throw new Error('the model has no meshes');
  } catch (err) {
    holder.dispose(); // nothing half-built stays in the scene; the caller reports the error
    throw err;
  }
  const loaded = new Set<Material>();
  for (const mesh of meshes) {
    if (!mesh.parent) mesh.parent = holder;
    if (mesh.material) loaded.add(mesh.material);
    if (mesh.getTotalVertices() > 0) {
      mesh.material = material;
      colorsToGamma(mesh);
      addBlankUvs(mesh);
      // The hall's one lit program (oneInstance.ts); a mesh with instanced copies keeps them (thin instances would hide them).
      if (isMesh(mesh) && mesh.instances.length === 0) drawAsOneInstance(mesh);
    }
    mesh.isPickable = false;
  }
  for (const m of loaded) if (m !== material) m.dispose();
  holder.computeWorldMatrix(true);
  for (const mesh of meshes) {
    mesh.computeWorldMatrix(true);
    mesh.freezeWorldMatrix();
  }
  return holder;
}

/** glTF loads geometry as Babylon Meshes; only those carry vertex data to rewrite. */
function isMesh(mesh: AbstractMesh): mesh is Mesh {
  return mesh instanceof Mesh;
}

/** glTF vertex colours are linear; the hall's StandardMaterial expects gamma-space colours like every other mesh. */
function colorsToGamma(mesh: AbstractMesh): void {
  const buffer = mesh.getVertexBuffer(VertexBuffer.ColorKind);
  const data = mesh.getVerticesData(VertexBuffer.ColorKind);
  if (!buffer || !data || !isMesh(mesh)) return;
  const size = buffer.getSize();
  const out = Float32Array.from(data, (v, i) => (i % size === 3 ? v : v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055));
  mesh.setVerticesData(VertexBuffer.ColorKind, out, false, size);
}

/** The shared lit material samples a 1x1 white texture; a model without UVs gets zeros, so it shares its program. */
function addBlankUvs(mesh: AbstractMesh): void {
  if (mesh.isVerticesDataPresent(VertexBuffer.UVKind) || !isMesh(mesh)) return;
  mesh.setVerticesData(VertexBuffer.UVKind, new Float32Array(mesh.getTotalVertices() * 2), false);
}
