import '@babylonjs/core/Meshes/thinInstanceMesh';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Material } from '@babylonjs/core/Materials/material';
import type { Observer } from '@babylonjs/core/Misc/observable';
import type { Scene } from '@babylonjs/core/scene';
import { AnimatedOfficer } from './officerAvatar';
import { officerPartGeometry, type OfficerPartKind } from './officerParts';
import { hexColor } from './hexColor';
import type { OfficerLook } from './hallTypes';

interface Slot {
  node: TransformNode;
  color: string;
}

/**
 * Draws every officer of the hall with one thin-instanced mesh per body part (body, head, arm, ...): before each
 * frame it copies the officers' joint matrices into the instance buffers. Eight officers, at most nine draw calls.
 */
export class OfficerCrowd {
  /** The officers, in the order they were added. */
  readonly officers: AnimatedOfficer[] = [];
  /** The part meshes that have at least one instance (for stats and tests). */
  readonly meshes: Mesh[] = [];
  private readonly slots = new Map<OfficerPartKind, Slot[]>();
  private readonly buffers = new Map<OfficerPartKind, Float32Array>();
  private readonly partMeshes = new Map<OfficerPartKind, Mesh>();
  private observer: Observer<Scene> | null = null;

  constructor(
    private readonly scene: Scene,
    private readonly material: Material,
  ) {}

  /**
   * Adds an officer with the given look; position its `root` afterwards. Head, hair, headwear and hands are drawn
   * in white and tinted per officer (skin tone, hair or headscarf colour); the other parts keep their colours.
   */
  add(name: string, look: OfficerLook): AnimatedOfficer {
    const officer = new AnimatedOfficer(this.scene, name, look, this.officers.length * 0.37);
    const j = officer.joints;
    const put = (kind: OfficerPartKind, node: TransformNode, color = '#ffffff'): void => {
      const list = this.slots.get(kind) ?? [];
      list.push({ node, color });
      this.slots.set(kind, list);
    };
    put('body', j.torso);
    put('head', j.head, look.skin);
    if (look.headwear === 'none') put('hair', j.head, look.headwearColor);
    else put(look.headwear, j.head, look.headwearColor);
    if (look.headwear === 'peci') put('hair', j.head, '#241a12');
    for (const e of j.eyes) put('eye', e);
    put('mouth', j.mouth);
    for (const a of j.arms) put('arm', a);
    for (const h of j.hands) put('hand', h, look.skin);
    this.officers.push(officer);
    return officer;
  }

  /** Creates the part meshes with their instance buffers and starts syncing them before every frame. */
  finish(): void {
    const geometry = officerPartGeometry();
    for (const [kind, slots] of this.slots) {
      const mesh = geometry[kind].build(`officer-${kind}`, this.scene, this.material);
      mesh.alwaysSelectAsActiveMesh = true;
      const matrices = new Float32Array(slots.length * 16);
      mesh.thinInstanceSetBuffer('matrix', matrices, 16, false);
      // Every part gets a tint (white where the part is not tinted): one shader program for all of them, not
      // two, which the first frame would wait for (issue 14).
      const colors = new Float32Array(slots.length * 4);
      slots.forEach((s, i) => {
        const c = hexColor(s.color);
        colors.set([c.r, c.g, c.b, 1], i * 4);
      });
      mesh.thinInstanceSetBuffer('color', colors, 4, true);
      this.buffers.set(kind, matrices);
      this.partMeshes.set(kind, mesh);
      this.meshes.push(mesh);
    }
    this.sync();
    for (const mesh of this.meshes) mesh.thinInstanceRefreshBoundingInfo(false);
    this.observer = this.scene.onBeforeRenderObservable.add(() => this.sync());
  }

  /** Copies every joint's world matrix into its part's instance buffer. */
  sync(): void {
    // Parents first, so every child sees its parent's fresh matrix.
    for (const o of this.officers) {
      const j = o.joints;
      for (const n of [o.root, j.pose, j.torso, j.head, ...j.eyes, j.mouth, ...j.arms, ...j.hands]) n.computeWorldMatrix(true);
    }
    for (const [kind, slots] of this.slots) {
      const buffer = this.buffers.get(kind);
      const mesh = this.partMeshes.get(kind);
      if (!buffer || !mesh) continue;
      slots.forEach((s, i) => s.node.getWorldMatrix().copyToArray(buffer, i * 16));
      mesh.thinInstanceBufferUpdated('matrix');
    }
  }

  /** Stops syncing and frees the meshes and joints. */
  dispose(): void {
    if (this.observer) this.scene.onBeforeRenderObservable.remove(this.observer);
    this.observer = null;
    for (const m of this.meshes) m.dispose();
    for (const o of this.officers) o.root.dispose();
  }
}
