import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Scene } from '@babylonjs/core/scene';
import { hexColor } from './hexColor';
import { yawFrame, type MeshBatch } from './meshBatch';
import { addSignBoard, type PlacedSign, type SignTargets } from './signBoard';
import type { OfficerCrowd } from './officerCrowd';
import type { KioskData, RoomData } from './hallTypes';
import type { KioskView } from './hallView';

/** Where the lead's panel goes, in the kiosk's frame: centre 1.25 m up, just in front of the counter, left of centre. */
export const PANEL_LOCAL = { position: new Vector3(-0.2, 1.25, 0.32), tiltRadians: (12 * Math.PI) / 180, width: 0.9, height: 0.7 };
/** Where the officer stands, in the kiosk's frame: behind the counter, beside the panel so the visitor sees both. */
const OFFICER_LOCAL = { position: new Vector3(0.58, 0, -0.45) };

/** Everything a kiosk builder draws into. */
export interface KioskTargets {
  scene: Scene;
  lit: MeshBatch;
  signTargets: SignTargets;
  crowd: OfficerCrowd;
  room: RoomData;
}

/** A kiosk as built: its view for the app, its root node and its signs. */
export interface BuiltKiosk {
  view: KioskView;
  root: TransformNode;
  signs: PlacedSign[];
}

/**
 * Builds one service kiosk: a counter with a Bugis-Makassar gable roof (timpa laja tiers and crossed
 * ridge ends), a title board, the officer behind it and the panel anchor in front. Geometry goes into the
 * shared batch; only nodes are created here.
 */
export function buildKiosk(k: KioskData, o: KioskTargets): BuiltKiosk {
  const yaw = (k.yaw * Math.PI) / 180;
  const frame = yawFrame(k.position, yaw);
  const accent = hexColor(k.accent);
  const accentDark = hexColor(k.accent, 0.7);
  const wall = hexColor(o.room.colors.wall);
  const gold = hexColor(o.room.colors.trim);
  const wood = hexColor('#8a5a34');
  const roof = hexColor('#7b2d1e');
  const at = (position: [number, number, number], rotation?: [number, number, number]) => ({ frame, position, rotation });
  const b = o.lit;

  b.box([2.3, 0.016, 2.1], accentDark, at([0, 0.008, -0.3])); // carpet in the kiosk colour
  b.box([1.9, 0.86, 0.55], wall, at([0, 0.43, 0]));
  b.box([1.9, 0.16, 0.02], accent, at([0, 0.62, 0.285]));
  b.box([1.9, 0.08, 0.02], hexColor('#3a2a20'), at([0, 0.04, 0.285]));
  b.box([2.0, 0.05, 0.64], wood, at([0, 0.885, 0.02]));
  // Lipa' sabbe (Bugis silk sarong) diamonds along the accent band.
  for (let i = -3; i <= 3; i++) b.box([0.09, 0.09, 0.012], gold, at([i * 0.26, 0.62, 0.3], [0, 0, Math.PI / 4]));

  // Back board low enough that the Losari terrace stays visible over the roofs from the welcome point.
  b.box([2.1, 2.45, 0.12], wall, at([0, 1.225, -1.0]));
  for (const x of [-1.05, 1.05]) b.box([0.14, 2.5, 0.18], accent, at([x, 1.25, -1.0]));
  b.box([2.24, 0.06, 0.2], gold, at([0, 2.48, -1.0]));
  // Gable roof facing the visitor: three timpa laja tiers and the crossed ridge ends of a Makassar house.
  b.prism([2.5, 0.45, 1.3], roof, at([0, 2.5, -0.75]));
  for (let i = 0; i < 3; i++) b.box([1.5 - i * 0.45, 0.045, 0.02], gold, at([0, 2.58 + i * 0.1, -0.09]));
  for (const s of [-1, 1]) b.box([0.045, 0.4, 0.045], roof, at([s * 0.075, 3.02, -0.1], [0, 0, s * 0.45]));

  const officerName = k.officer.name;
  const signs = [
    addSignBoard(
      o.signTargets,
      {
        id: `kiosk-${k.id}`,
        width: 1.8,
        height: 0.62,
        background: '#fffaf0',
        color: '#2b211a',
        band: k.accent,
        lines: [
          { key: k.titleKey, letterHeight: 0.12 },
          { key: k.subtitleKey, letterHeight: 0.075, bold: false, color: '#4a3a2c' },
        ],
      },
      { frame, position: [0, 2.02, -0.915] },
    ),
    addSignBoard(
      o.signTargets,
      { id: `nameplate-${k.id}`, width: 0.36, height: 0.09, background: '#1b1a18', color: '#ffffff', lines: [{ text: officerName, letterHeight: 0.03 }] },
      { frame, position: [OFFICER_LOCAL.position.x, 0.96, 0.2] },
    ),
  ];
  // Name plate stand.
  b.box([0.38, 0.11, 0.03], hexColor('#1b1a18'), at([OFFICER_LOCAL.position.x, 0.96, 0.175]));

  const root = new TransformNode(`kiosk-${k.id}`, o.scene);
  root.position.set(...k.position);
  root.rotation.y = yaw;

  const panelAnchor = new TransformNode(`kiosk-${k.id}-panel`, o.scene);
  panelAnchor.parent = root;
  panelAnchor.position.copyFrom(PANEL_LOCAL.position);
  panelAnchor.rotation.x = -PANEL_LOCAL.tiltRadians; // +Z tips up towards the visitor's eyes

  const avatar = o.crowd.add(`officer-${k.id}`, k.officer);
  avatar.root.parent = root;
  avatar.root.position.copyFrom(OFFICER_LOCAL.position);
  // Turned a little towards the stand spot so the officer faces the visitor at the panel.
  avatar.root.rotation.y = Math.atan2(-OFFICER_LOCAL.position.x, 1.2 - OFFICER_LOCAL.position.z);

  return {
    view: { id: k.id, area: k.zone, panelAnchor, standSpot: Vector3.FromArray(k.standSpot), avatar },
    root,
    signs,
  };
}
