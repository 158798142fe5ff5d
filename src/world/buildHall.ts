import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import type { Material } from '@babylonjs/core/Materials/material';
import { buildKiosk } from './buildKiosk';
import { buildLighting } from './buildLighting';
import { buildMotifs } from './buildMotifs';
import { buildRoom } from './buildRoom';
import { createHallMaterials } from './hallMaterials';
import { hexColor } from './hexColor';
import { MeshBatch, yawFrame } from './meshBatch';
import { loadModelFromUrl, type ModelLoader } from './modelLoader';
import { OfficerCrowd } from './officerCrowd';
import { placePinisi } from './placePinisi';
import { SignAtlas, type DrawnLine } from './signAtlas';
import { addSignBoard, type PlacedSign, type SignTargets } from './signBoard';
import type { HallData } from './hallTypes';
import type { HallView, SignView } from './hallView';

/** Options of buildHall. */
export interface BuildHallOptions {
  /** Translates the label keys of hall.json (kiosk titles, zone signs, the welcome banner). */
  t: (key: string) => string;
  /** How glTF models are loaded; the default fetches same-origin relative URLs. Tests inject a disk loader. */
  loadModel?: ModelLoader;
}

const rad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Turns validated hall data into the scene: room, light, Makassar motifs, kiosks with officers, and signs.
 * Static geometry is baked into one mesh per material and all sign text shares one texture, so the whole
 * hall stays within a Quest 2 draw-call budget.
 */
export function buildHall(scene: Scene, hall: HallData, opts: BuildHallOptions): HallView {
  const mats = createHallMaterials(scene, hall.room);
  const lights = buildLighting(scene);
  const lit = new MeshBatch();
  const glow = new MeshBatch();
  const atlas = new SignAtlas();
  const signQuads = new MeshBatch();
  const signTargets: SignTargets = { atlas, signs: signQuads, frames: lit, frameColor: hexColor(hall.room.colors.trim) };
  const crowd = new OfficerCrowd(scene, mats.lit);

  const floor = buildRoom(scene, hall.room, mats, lit, glow);
  buildMotifs(hall.motifs, hall.room, lit, glow);

  const placed: PlacedSign[] = placeSigns(hall, signTargets, lit);

  const kioskRoots: TransformNode[] = [];
  const kiosks = hall.kiosks.map((k) => {
    const built = buildKiosk(k, { scene, lit, signTargets, crowd, room: hall.room });
    placed.push(...built.signs);
    kioskRoots.push(built.root);
    return built.view;
  });

  const { welcomeRoot, welcomeAnchor } = buildWelcome(scene, hall);

  // Bake: one mesh per material.
  const meshes: Mesh[] = [floor, lit.build('hall-static', scene, mats.lit), glow.build('hall-glow', scene, mats.glow)];
  const drawn = atlas.finish(scene, opts.t);
  if (!atlas.material) throw new Error('SignAtlas.finish did not create its material');
  meshes.push(signQuads.build('hall-signs', scene, atlas.material));
  crowd.finish();

  const signs: SignView[] = placed.map((p) => ({ id: p.id, center: p.center, normal: p.normal, lines: [] }));
  const setLines = (lines: DrawnLine[]): void => {
    for (const s of signs) s.lines = lines.filter((l) => l.signId === s.id).map(({ text, letterHeight }) => ({ text, letterHeight }));
  };
  setLines(drawn);

  const model = loadPinisi(scene, hall, opts.loadModel ?? loadModelFromUrl, mats.lit);

  return {
    kiosks,
    floorMeshes: [floor],
    welcome: { position: Vector3.FromArray(hall.welcome.position), yaw: rad(hall.welcome.yaw), panelAnchor: welcomeAnchor },
    signs,
    ready: model.ready,
    modelErrors: model.errors,
    relabel(t) {
      setLines(atlas.draw(t));
    },
    dispose() {
      model.dispose();
      crowd.dispose();
      for (const m of meshes) m.dispose();
      atlas.dispose();
      for (const r of kioskRoots) r.dispose();
      welcomeRoot.dispose();
      for (const l of lights) l.dispose();
      for (const m of [mats.lit, mats.glow, mats.floor]) m.dispose(true, true);
    },
  };
}

/** The free-standing signs and the zone signs (each hung from the ceiling on two rods). */
function placeSigns(hall: HallData, signTargets: SignTargets, lit: MeshBatch): PlacedSign[] {
  const placed: PlacedSign[] = [];
  for (const s of hall.signs) {
    placed.push(
      addSignBoard(
        signTargets,
        {
          id: s.id,
          width: s.width,
          height: s.height,
          background: s.background,
          color: s.color,
          lines: [{ key: s.textKey, text: s.text, letterHeight: s.letterHeight }],
        },
        { frame: yawFrame(s.position, rad(s.yaw)), position: [0, 0, 0] },
      ),
    );
  }
  for (const z of hall.zones) {
    const frame = yawFrame(z.sign.position, rad(z.sign.yaw));
    placed.push(
      addSignBoard(
        signTargets,
        {
          id: `zone-${z.id}`,
          width: z.sign.width,
          height: z.sign.height,
          background: z.color,
          color: '#ffffff',
          lines: [{ key: z.titleKey, letterHeight: z.sign.letterHeight }],
        },
        { frame, position: [0, 0, 0] },
      ),
    );
    // Two hanging rods up to the ceiling.
    const rod = hall.room.center[1] + hall.room.height - z.sign.position[1];
    for (const x of [-z.sign.width / 2 + 0.2, z.sign.width / 2 - 0.2]) {
      lit.box([0.025, rod, 0.025], hexColor('#5a3b26'), { frame, position: [x, rod / 2, -0.03] });
    }
  }

  return placed;
}

/** The welcome lectern's panel anchor, tilted back towards the visitor. */
function buildWelcome(scene: Scene, hall: HallData): { welcomeRoot: TransformNode; welcomeAnchor: TransformNode } {
  const welcomeRoot = new TransformNode('welcome', scene);
  const welcomeAnchor = new TransformNode('welcome-panel', scene);
  welcomeAnchor.parent = welcomeRoot;
  welcomeRoot.position.set(...hall.welcome.panel.position);
  welcomeRoot.rotation.y = rad(hall.welcome.panel.yaw);
  welcomeAnchor.rotation.x = -rad(hall.welcome.panel.tilt);
  return { welcomeRoot, welcomeAnchor };
}

/** Loads the pinisi in the background: the hall is usable before it lands and without it if it fails. */
function loadPinisi(scene: Scene, hall: HallData, loadModel: ModelLoader, material: Material): { ready: Promise<void>; errors: string[]; dispose(): void } {
  const errors: string[] = [];
  let pinisiRoot: TransformNode | null = null;
  let disposed = false;
  const ready = placePinisi(scene, hall.motifs.pinisi, loadModel, material).then(
    (root) => {
      // The hall may have been disposed while the model was loading.
      if (disposed) root.dispose(false, true);
      else pinisiRoot = root;
    },
    (err: unknown) => {
      const message = `${hall.motifs.pinisi.model}: ${err instanceof Error ? err.message : String(err)}`;
      errors.push(message);
      console.warn(`Makassar hall: the pinisi model could not be loaded, the hall works without it (${message})`);
    },
  );

  return {
    ready,
    errors,
    dispose: () => {
      disposed = true;
      pinisiRoot?.dispose(false, true);
    },
  };
}
