import { Matrix, Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Color4 } from '@babylonjs/core/Maths/math.color';
import { Mesh } from '@babylonjs/core/Meshes/mesh';
import { VertexData } from '@babylonjs/core/Meshes/mesh.vertexData';
import { CreateBoxVertexData } from '@babylonjs/core/Meshes/Builders/boxBuilder';
import { CreateCylinderVertexData } from '@babylonjs/core/Meshes/Builders/cylinderBuilder';
import { CreateSphereVertexData } from '@babylonjs/core/Meshes/Builders/sphereBuilder';
import type { Material } from '@babylonjs/core/Materials/material';
import type { Scene } from '@babylonjs/core/scene';
import { drawAsOneInstance } from './oneInstance';

/** Placement of one part inside a batch: local position/rotation (radians) inside an optional parent frame. */
export interface PartPlacement {
  position?: [number, number, number];
  rotation?: [number, number, number];
  /** Local-to-world matrix of the owner (a kiosk, a motif); applied after the part's own transform. */
  frame?: Matrix;
}

/** Colour of a part: flat, or per vertex from its local position (gradients, masonry shading). */
export type PartColor = Color4 | ((x: number, y: number, z: number) => Color4);

/**
 * Collects vertex-coloured primitives and bakes them into ONE mesh: the whole static hall costs a
 * single draw call per material instead of one per box.
 */
export class MeshBatch {
  private readonly parts: VertexData[] = [];

  /** Adds a box of the given size (metres). */
  box(size: [number, number, number], color: PartColor, at: PartPlacement = {}): void {
    this.add(CreateBoxVertexData({ width: size[0], height: size[1], depth: size[2] }), color, at);
  }

  /** Adds a cylinder or prism (tessellation 3..n), axis along y; diameterTop 0 makes a cone. */
  cylinder(
    opts: { height: number; diameterTop: number; diameterBottom: number; tessellation: number },
    color: PartColor,
    at: PartPlacement = {},
  ): void {
    this.add(CreateCylinderVertexData({ ...opts, subdivisions: 1 }), color, at);
  }

  /** Adds a low-poly sphere or ellipsoid. */
  sphere(diameters: [number, number, number], color: PartColor, at: PartPlacement = {}, segments = 6): void {
    this.add(
      CreateSphereVertexData({ diameterX: diameters[0], diameterY: diameters[1], diameterZ: diameters[2], segments }),
      color,
      at,
    );
  }

  /**
   * Adds a flat-shaded convex solid given as faces (each a list of [x, y, z] corners); winding and normals are
   * derived from the solid's centre, so callers just list corners (roof prisms, gables, bastion tops).
   */
  solid(faces: [number, number, number][][], color: PartColor, at: PartPlacement = {}): void {
    const all = faces.flat();
    const centre = all.reduce((s, p) => s.addInPlaceFromFloats(p[0], p[1], p[2]), Vector3.Zero()).scaleInPlace(1 / all.length);
    const positions: number[] = [];
    const normals: number[] = [];
    const uvs: number[] = [];
    const indices: number[] = [];
    for (const face of faces) {
      const v = face.map((p) => Vector3.FromArray(p));
      const cross = Vector3.Cross(v[1].subtract(v[0]), v[2].subtract(v[0]));
      const faceCentre = v.reduce((s, p) => s.add(p), Vector3.Zero()).scaleInPlace(1 / v.length);
      const outward = Vector3.Dot(cross, faceCentre.subtract(centre)) > 0;
      // Babylon's front faces wind clockwise seen from outside: cross(v1-v0, v2-v0) must point inward.
      const ordered = outward ? [...v].reverse() : v;
      const normal = cross.normalize().scaleInPlace(outward ? 1 : -1);
      const base = positions.length / 3;
      for (const p of ordered) {
        positions.push(p.x, p.y, p.z);
        normals.push(normal.x, normal.y, normal.z);
        uvs.push(0, 0);
      }
      for (let i = 1; i < ordered.length - 1; i++) indices.push(base, base + i, base + i + 1);
    }
    const data = new VertexData();
    data.positions = positions;
    data.normals = normals;
    data.uvs = uvs;
    data.indices = indices;
    this.add(data, color, at);
  }

  /** Adds a triangular prism (a gable roof): base `width` along x, apex `height` above, extruded `depth` along z. */
  prism(size: [number, number, number], color: PartColor, at: PartPlacement = {}): void {
    const [w, h, d] = [size[0] / 2, size[1], size[2] / 2];
    const front: [number, number, number][] = [[-w, 0, d], [w, 0, d], [0, h, d]];
    const back: [number, number, number][] = [[-w, 0, -d], [w, 0, -d], [0, h, -d]];
    this.solid(
      [front, back, [front[0], front[1], back[1], back[0]], [front[1], front[2], back[2], back[1]], [front[2], front[0], back[0], back[2]]],
      color,
      at,
    );
  }

  /** Adds ready-made vertex data (e.g. a quad with atlas UVs), coloured and placed. */
  add(data: VertexData, color: PartColor, at: PartPlacement = {}): void {
    const positions = data.positions ?? [];
    const count = positions.length / 3;
    const colors = new Float32Array(count * 4);
    for (let i = 0; i < count; i++) {
      const c = typeof color === 'function' ? color(positions[i * 3], positions[i * 3 + 1], positions[i * 3 + 2]) : color;
      colors.set([c.r, c.g, c.b, c.a], i * 4);
    }
    data.colors = colors;
    const [rx, ry, rz] = at.rotation ?? [0, 0, 0];
    const [px, py, pz] = at.position ?? [0, 0, 0];
    let m = Matrix.Compose(Vector3.One(), Quaternion.RotationYawPitchRoll(ry, rx, rz), new Vector3(px, py, pz));
    if (at.frame) m = m.multiply(at.frame);
    data.transform(m);
    this.parts.push(data);
  }

  /** Number of parts collected so far. */
  get size(): number {
    return this.parts.length;
  }

  /** Bakes every part into one static mesh with `material`, drawn as one thin instance; its world matrix is frozen. */
  build(name: string, scene: Scene, material: Material): Mesh {
    const mesh = new Mesh(name, scene);
    if (this.parts.length > 0) {
      const [first, ...rest] = this.parts;
      const merged = rest.length > 0 ? first.merge(rest, true) : first;
      merged.applyToMesh(mesh, false);
    }
    mesh.material = material;
    mesh.isPickable = false;
    mesh.freezeWorldMatrix();
    mesh.doNotSyncBoundingInfo = true;
    drawAsOneInstance(mesh);
    return mesh;
  }
}

/** Local-to-world matrix of something standing at `position` and turned by `yawRadians` about y. */
export function yawFrame(position: [number, number, number], yawRadians: number): Matrix {
  return Matrix.Compose(Vector3.One(), Quaternion.RotationYawPitchRoll(yawRadians, 0, 0), Vector3.FromArray(position));
}
