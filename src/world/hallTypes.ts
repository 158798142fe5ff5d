/**
 * Types of the hall layout (scenes/hall.json): what buildHall turns into meshes.
 * Babylon-free so the schema can be validated in Node and on the server. Schema documented in scenes/README.md.
 */
import type { KioskId } from '../shared/catalogue/types';

/** A point in metres: [x, y, z], y up, Babylon's left-handed frame. */
export type Vec3Tuple = [number, number, number];

/** A colour as `#rrggbb`, the form designers paste from a palette. */
export type HexColor = string;

/** What the officer behind a kiosk wears on the head; adds variety without extra meshes per officer. */
export type Headwear = 'none' | 'peci' | 'hijab';

/** The room shell and the city palette. */
export interface RoomData {
  /** Size along x, in metres. */
  width: number;
  /** Size along z, in metres. */
  depth: number;
  /** Ceiling height, in metres. */
  height: number;
  /** Centre of the floor (y is the floor height, normally 0). */
  center: Vec3Tuple;
  colors: {
    floor: HexColor;
    floorAlt: HexColor;
    wall: HexColor;
    trim: HexColor;
    ceiling: HexColor;
    stone: HexColor;
    stoneAlt: HexColor;
  };
}

/** A group of kiosks under one hanging sign. */
export interface ZoneData {
  id: string;
  /** i18n key of the zone sign. */
  titleKey: string;
  color: HexColor;
  /** Where the zone sign hangs and which way it faces. */
  sign: SignPlacement;
}

/** Where a sign sits and how big its letters are. */
export interface SignPlacement {
  position: Vec3Tuple;
  /** Degrees; the readable face looks along (sin yaw, 0, cos yaw). */
  yaw: number;
  width: number;
  height: number;
  /** Cap height of the text in metres: at least 1 cm per metre of viewing distance. */
  letterHeight: number;
}

/** A free-standing sign (welcome banner and the like): either translated (`textKey`) or a literal proper name (`text`). */
export interface SignData extends SignPlacement {
  id: string;
  textKey?: string;
  text?: string;
  color: HexColor;
  background: HexColor;
}

/** Where the visitor starts and where the lead's welcome panel goes. */
export interface WelcomeData {
  /** Floor position of the visitor's feet. */
  position: Vec3Tuple;
  /** Degrees; the visitor looks along (sin yaw, 0, cos yaw). */
  yaw: number;
  titleKey: string;
  bodyKey: string;
  /** Centre of the welcome panel; it faces along its yaw, tilted back by `tilt` degrees. */
  panel: { position: Vec3Tuple; yaw: number; tilt: number };
}

/** How the officer avatar behind a kiosk looks. */
export interface OfficerLook {
  /** Name on the badge and the counter name plate. */
  name: string;
  skin: HexColor;
  headwear: Headwear;
  headwearColor: HexColor;
  /** Standing height in metres. */
  height: number;
}

/** One service kiosk. */
export interface KioskData {
  id: KioskId;
  /** Zone id (one of `zones[].id`). */
  zone: string;
  /** Floor position of the kiosk's centre. */
  position: Vec3Tuple;
  /** Degrees; the kiosk's front (and its panel) faces along (sin yaw, 0, cos yaw). */
  yaw: number;
  titleKey: string;
  subtitleKey: string;
  accent: HexColor;
  /** Floor point in front of the counter where a visitor stands to use the panel. */
  standSpot: Vec3Tuple;
  officer: OfficerLook;
}

/** The Makassar landmarks of the hall. */
export interface MotifData {
  /** The pinisi schooner model (relative URL under static/). */
  pinisi: { model: string; position: Vec3Tuple; yaw: number; scale: number };
  /** The "PANTAI LOSARI" block letters of the waterfront promenade. */
  losari: { text: string; position: Vec3Tuple; yaw: number; letterHeight: number; colors: HexColor[] };
  /** Fort Rotterdam stone walls along the side walls and bastions in the corners. */
  fort: { wallHeight: number; bastions: Vec3Tuple[] };
  /** The Losari sunset seen through the back window. */
  sunset: { sky: HexColor; horizon: HexColor; sea: HexColor };
}

/** The whole hall, as validated by parseHall. */
export interface HallData {
  version: 1;
  room: RoomData;
  welcome: WelcomeData;
  zones: ZoneData[];
  signs: SignData[];
  motifs: MotifData;
  kiosks: KioskData[];
}
