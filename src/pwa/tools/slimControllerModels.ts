/**
 * Writes the precached Quest controller models (static/profiles/<id>/left.glb, right.glb, base-color.png) from
 * `@webxr-input-profiles/assets`, smaller for the offline install (issue 14):
 * - no glTF material: the base-colour image (once when both hands share it) is written beside the models and
 *   put on a StandardMaterial by the XR chunk (src/xr/controllerMaterials.ts), so the glTF loader never loads
 *   the PBR material (~0.5 MB of JS) and the metallic-roughness image is dropped;
 * - normals as normalized bytes and texture coordinates as normalized unsigned shorts (KHR_mesh_quantization,
 *   decoded by the GPU: no decoder script, unlike Draco or meshopt). Positions, nodes and names stay as they
 *   are, so the profile's button and thumbstick animations work unchanged.
 * Run with `npx tsx src/pwa/tools/slimControllerModels.ts`; the output is committed, so the build never runs this.
 * glTF Transform reads and writes the files (a well-kept glTF SDK); the quantization itself is the few lines below.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Accessor, NodeIO, type Document, type Primitive } from '@gltf-transform/core';
import { KHRMeshQuantization } from '@gltf-transform/extensions';
import { texturedControllerProfiles } from '../../xr/controllerTextures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const source = path.join(root, 'node_modules/@webxr-input-profiles/assets/dist/profiles');
const target = path.join(root, 'static/profiles');

/** Unit normals to normalized signed bytes (dequantized as max(c / 127, -1): error < 0.5°). */
function quantizeNormals(doc: Document, normals: Accessor): Accessor {
  const out = new Int8Array(normals.getCount() * 3);
  const n = [0, 0, 0];
  for (let i = 0; i < normals.getCount(); i++) {
    normals.getElement(i, n);
    const length = Math.hypot(n[0], n[1], n[2]) || 1;
    for (let k = 0; k < 3; k++) out[i * 3 + k] = Math.round((n[k] / length) * 127);
  }
  return doc.createAccessor(normals.getName()).setType('VEC3').setArray(out).setNormalized(true).setBuffer(normals.getBuffer());
}

/** Texture coordinates inside [0, 1] to normalized unsigned shorts (1/65535 of the image); null when outside. */
function quantizeUvs(doc: Document, uvs: Accessor): Accessor | null {
  const min = uvs.getMin([]);
  const max = uvs.getMax([]);
  if (Math.min(...min) < 0 || Math.max(...max) > 1) return null;
  const out = Uint16Array.from(uvs.getArray() ?? [], (v: number) => Math.round(v * 65535));
  return doc.createAccessor(uvs.getName()).setType('VEC2').setArray(out).setNormalized(true).setBuffer(uvs.getBuffer());
}

/** Swaps a primitive's attribute for its quantized copy and drops the float accessor. */
function replaceAttribute(prim: Primitive, semantic: string, quantized: Accessor | null): void {
  const original = prim.getAttribute(semantic);
  if (!original || !quantized) return;
  prim.setAttribute(semantic, quantized);
  if (original.listParents().every((p) => p.propertyType === 'Root')) original.dispose();
}

/** The base-colour image of the model's one material (the models of both hands share it). */
function baseColorImage(doc: Document, file: string): Uint8Array {
  const materials = doc.getRoot().listMaterials();
  const image = materials.length === 1 ? materials[0].getBaseColorTexture()?.getImage() : null;
  if (!image) throw new Error(`${file}: expected one material with a base-colour texture`);
  return image;
}

/** Rewrites one hand's model; returns its base-colour image. */
async function slim(io: NodeIO, id: string, hand: 'left' | 'right'): Promise<Uint8Array> {
  const file = path.join(source, id, `${hand}.glb`);
  const doc = await io.read(file);
  const image = baseColorImage(doc, file);
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      prim.setMaterial(null);
      replaceAttribute(prim, 'NORMAL', quantizeNormals(doc, prim.getAttribute('NORMAL')!));
      const uvs = prim.getAttribute('TEXCOORD_0');
      if (uvs) replaceAttribute(prim, 'TEXCOORD_0', quantizeUvs(doc, uvs));
    }
  }
  for (const m of doc.getRoot().listMaterials()) m.dispose();
  for (const t of doc.getRoot().listTextures()) t.dispose();
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  await io.write(path.join(target, id, `${hand}.glb`), doc);
  return image;
}

async function main(): Promise<void> {
  const io = new NodeIO().registerExtensions([KHRMeshQuantization]);
  for (const [id, { image }] of Object.entries(texturedControllerProfiles)) {
    mkdirSync(path.join(target, id), { recursive: true });
    const images = { left: await slim(io, id, 'left'), right: await slim(io, id, 'right') };
    const shared = image.left === image.right;
    if (shared && Buffer.compare(Buffer.from(images.left), Buffer.from(images.right)) !== 0) throw new Error(`${id}: the hands have different images`);
    for (const hand of shared ? (['left'] as const) : (['left', 'right'] as const)) writeFileSync(path.join(target, id, image[hand]), images[hand]);
    console.log(`${id}: left.glb, right.glb, ${[...new Set([image.left, image.right])].join(', ')}`);
  }
}

void main();
