import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { KioskId } from '../shared/catalogue/types';
import type { OfficerAvatar } from './officerAvatar';

export type { OfficerAvatar } from './officerAvatar';

/** One built kiosk, as the lead's UI and locomotion need it. */
export interface KioskView {
  id: KioskId;
  /** The hall zone the kiosk stands in (`zones[].id` of hall.json). */
  area: string;
  /** Centre of the kiosk's interactive panel; +Z points out of the panel towards the visitor, tilted back a little. */
  panelAnchor: TransformNode;
  /** Floor point in front of the counter where the visitor stands to use the panel. */
  standSpot: Vector3;
  /** The officer behind the counter. */
  avatar: OfficerAvatar;
}

/** A sign as built, with what it says and how tall its letters are: readability can be checked from it. */
export interface SignView {
  id: string;
  center: Vector3;
  /** Unit normal of the readable face. */
  normal: Vector3;
  lines: { text: string; letterHeight: number }[];
}

/** The built hall: what the app places panels on, teleports onto and animates. */
export interface HallView {
  kiosks: KioskView[];
  /** Meshes the visitor may teleport or walk onto (pickable). */
  floorMeshes: AbstractMesh[];
  /** Where the visitor starts; `yaw` in radians (Babylon rotation.y: 0 looks along +z, +π/2 along +x). */
  welcome: { position: Vector3; yaw: number; panelAnchor: TransformNode };
  /** Every sign with its current text; refreshed by `relabel`. */
  signs: SignView[];
  /** Resolves once the glTF models are placed (or failed, see `modelErrors`); the hall is usable before. */
  ready: Promise<void>;
  /** Why a model could not be loaded, if any (the hall still works without it). */
  modelErrors: string[];
  /** Redraws every sign with new translations, e.g. after the visitor switches language. */
  relabel(t: (key: string) => string): void;
  /** Removes everything the hall created from the scene. */
  dispose(): void;
}
