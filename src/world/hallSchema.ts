/**
 * Validation of scenes/hall.json, Babylon-free: every field is checked and a bad one fails with
 * `file: json.path: expected ..., got ...` so whoever edits the layout finds the mistake at once.
 */
import { KIOSK_IDS, type KioskId } from '../shared/catalogue/types';
import { BLOCK_GLYPHS } from './blockFont';
import { HallError } from './hallError';
import type {
  HallData,
  Headwear,
  KioskData,
  MotifData,
  OfficerLook,
  RoomData,
  SignData,
  SignPlacement,
  Vec3Tuple,
  WelcomeData,
  ZoneData,
} from './hallTypes';

type Obj = Record<string, unknown>;

const HEX = /^#[0-9a-fA-F]{6}$/;
const ID = /^[a-z][a-z0-9-]*$/;
const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9-]+)+$/;
const HEADWEAR: readonly Headwear[] = ['none', 'peci', 'hijab'];
/** Centres of neighbouring kiosks must be at least this far apart so their panels never overlap. */
const MIN_KIOSK_SPACING = 2.2;

/** Walks the JSON while remembering the path, so every failure can name the bad field. */
class Reader {
  constructor(
    readonly file: string,
    readonly path: string,
  ) {}

  fail(expected: string, actual: unknown): never {
    throw new HallError(this.file, this.path, expected, actual);
  }

  key(key: string | number): Reader {
    if (typeof key === 'number') return new Reader(this.file, `${this.path}[${key}]`);
    return new Reader(this.file, this.path ? `${this.path}.${key}` : key);
  }

  object(value: unknown, required: readonly string[], optional: readonly string[] = []): Obj {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail('an object', value);
    const obj = value as Obj;
    for (const k of Object.keys(obj)) {
      if (!required.includes(k) && !optional.includes(k)) {
        this.key(k).fail(`no such key (allowed: ${[...required, ...optional].join(', ')})`, obj[k]);
      }
    }
    for (const k of required) if (obj[k] === undefined) this.key(k).fail(describeRequired(k), undefined);
    return obj;
  }

  number(value: unknown, min = -Infinity, max = Infinity): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail('a number', value);
    if (value < min || value > max) this.fail(rangeText(min, max), value);
    return value;
  }

  string(value: unknown, pattern?: RegExp, patternText?: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail('a non-empty string', value);
    if (pattern && !pattern.test(value)) this.fail(patternText ?? `a string matching ${pattern}`, value);
    return value;
  }

  color(value: unknown): string {
    return this.string(value, HEX, 'a colour like "#c8102e"');
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(`one of ${allowed.join(', ')}`, value);
    }
    return value as T;
  }

  array(value: unknown, minLength = 0): unknown[] {
    if (!Array.isArray(value)) this.fail('an array', value);
    if (value.length < minLength) this.fail(`an array with at least ${minLength} item(s)`, value);
    return value;
  }

  vec3(value: unknown): Vec3Tuple {
    if (!Array.isArray(value) || value.length !== 3) this.fail('an [x, y, z] array of 3 numbers (metres)', value);
    return [this.key(0).number(value[0]), this.key(1).number(value[1]), this.key(2).number(value[2])];
  }
}

function describeRequired(key: string): string {
  return `a value for "${key}"`;
}

function rangeText(min: number, max: number): string {
  if (min > -Infinity && max < Infinity) return `a number from ${min} to ${max}`;
  if (min > -Infinity) return `a number >= ${min}`;
  return `a number <= ${max}`;
}

function parseRoom(r: Reader, value: unknown): RoomData {
  const o = r.object(value, ['width', 'depth', 'height', 'center', 'colors']);
  const cr = r.key('colors');
  const c = cr.object(o.colors, ['floor', 'floorAlt', 'wall', 'trim', 'ceiling', 'stone', 'stoneAlt']);
  return {
    width: r.key('width').number(o.width, 4, 60),
    depth: r.key('depth').number(o.depth, 4, 60),
    height: r.key('height').number(o.height, 2.5, 20),
    center: r.key('center').vec3(o.center),
    colors: {
      floor: cr.key('floor').color(c.floor),
      floorAlt: cr.key('floorAlt').color(c.floorAlt),
      wall: cr.key('wall').color(c.wall),
      trim: cr.key('trim').color(c.trim),
      ceiling: cr.key('ceiling').color(c.ceiling),
      stone: cr.key('stone').color(c.stone),
      stoneAlt: cr.key('stoneAlt').color(c.stoneAlt),
    },
  };
}

function parsePlacement(r: Reader, o: Obj): SignPlacement {
  return {
    position: r.key('position').vec3(o.position),
    yaw: r.key('yaw').number(o.yaw, -360, 360),
    width: r.key('width').number(o.width, 0.1, 20),
    height: r.key('height').number(o.height, 0.05, 5),
    letterHeight: r.key('letterHeight').number(o.letterHeight, 0.01, 2),
  };
}

const PLACEMENT_KEYS = ['position', 'yaw', 'width', 'height', 'letterHeight'] as const;

function parseSign(r: Reader, value: unknown): SignData {
  const o = r.object(value, ['id', ...PLACEMENT_KEYS, 'color', 'background'], ['textKey', 'text']);
  const sign: SignData = {
    id: r.key('id').string(o.id, ID, 'a lowercase id like "welcome-banner"'),
    ...parsePlacement(r, o),
    color: r.key('color').color(o.color),
    background: r.key('background').color(o.background),
  };
  if (o.textKey !== undefined) sign.textKey = r.key('textKey').string(o.textKey, KEY, 'an i18n key like "hall.welcome.title"');
  if (o.text !== undefined) sign.text = r.key('text').string(o.text);
  if ((sign.textKey === undefined) === (sign.text === undefined)) {
    r.key('textKey').fail('exactly one of "textKey" (translated) or "text" (a proper name)', o.textKey);
  }
  return sign;
}

function parseZone(r: Reader, value: unknown): ZoneData {
  const o = r.object(value, ['id', 'titleKey', 'color', 'sign']);
  const sr = r.key('sign');
  return {
    id: r.key('id').string(o.id, ID, 'a lowercase id like "administrasi"'),
    titleKey: r.key('titleKey').string(o.titleKey, KEY, 'an i18n key like "hall.zone.administrasi"'),
    color: r.key('color').color(o.color),
    sign: parsePlacement(sr, sr.object(o.sign, PLACEMENT_KEYS)),
  };
}

function parseWelcome(r: Reader, value: unknown): WelcomeData {
  const o = r.object(value, ['position', 'yaw', 'titleKey', 'bodyKey', 'panel']);
  const pr = r.key('panel');
  const p = pr.object(o.panel, ['position', 'yaw', 'tilt']);
  return {
    position: r.key('position').vec3(o.position),
    yaw: r.key('yaw').number(o.yaw, -360, 360),
    titleKey: r.key('titleKey').string(o.titleKey, /^hall\.welcome\.title$/, '"hall.welcome.title"'),
    bodyKey: r.key('bodyKey').string(o.bodyKey, /^hall\.welcome\.body$/, '"hall.welcome.body"'),
    panel: {
      position: pr.key('position').vec3(p.position),
      yaw: pr.key('yaw').number(p.yaw, -360, 360),
      tilt: pr.key('tilt').number(p.tilt, 0, 45),
    },
  };
}

function parseOfficer(r: Reader, value: unknown): OfficerLook {
  const o = r.object(value, ['name', 'skin', 'headwear', 'headwearColor', 'height']);
  return {
    name: r.key('name').string(o.name),
    skin: r.key('skin').color(o.skin),
    headwear: r.key('headwear').oneOf(o.headwear, HEADWEAR),
    headwearColor: r.key('headwearColor').color(o.headwearColor),
    height: r.key('height').number(o.height, 1.4, 2),
  };
}

function parseKiosk(r: Reader, value: unknown, zoneIds: Set<string>): KioskData {
  const o = r.object(value, ['id', 'zone', 'position', 'yaw', 'titleKey', 'subtitleKey', 'accent', 'standSpot', 'officer']);
  const id: KioskId = r.key('id').oneOf(o.id, KIOSK_IDS);
  const zr = r.key('zone');
  const zone = zr.string(o.zone);
  if (!zoneIds.has(zone)) zr.fail(`a zone id (one of ${[...zoneIds].join(', ')})`, zone);
  const kiosk: KioskData = {
    id,
    zone,
    position: r.key('position').vec3(o.position),
    yaw: r.key('yaw').number(o.yaw, -360, 360),
    titleKey: r.key('titleKey').string(o.titleKey, new RegExp(`^kiosk\\.${id}\\.title$`), `"kiosk.${id}.title"`),
    subtitleKey: r
      .key('subtitleKey')
      .string(o.subtitleKey, new RegExp(`^kiosk\\.${id}\\.subtitle$`), `"kiosk.${id}.subtitle"`),
    accent: r.key('accent').color(o.accent),
    standSpot: r.key('standSpot').vec3(o.standSpot),
    officer: parseOfficer(r.key('officer'), o.officer),
  };
  // The stand spot must be in front of the counter, at arm's length from the panel.
  const yaw = (kiosk.yaw * Math.PI) / 180;
  const dx = kiosk.standSpot[0] - kiosk.position[0];
  const dz = kiosk.standSpot[2] - kiosk.position[2];
  const ahead = dx * Math.sin(yaw) + dz * Math.cos(yaw);
  const aside = Math.abs(dx * Math.cos(yaw) - dz * Math.sin(yaw));
  if (ahead < 0.6 || ahead > 1.6 || aside > 0.3) {
    r.key('standSpot').fail('a floor point 0.6 to 1.6 m in front of the kiosk (along its yaw), centred', kiosk.standSpot);
  }
  return kiosk;
}

function parseMotifs(r: Reader, value: unknown): MotifData {
  const o = r.object(value, ['pinisi', 'losari', 'fort', 'sunset']);
  const pr = r.key('pinisi');
  const p = pr.object(o.pinisi, ['model', 'position', 'yaw', 'scale']);
  const lr = r.key('losari');
  const l = lr.object(o.losari, ['text', 'position', 'yaw', 'letterHeight', 'colors']);
  const text = lr.key('text').string(l.text);
  const missing = [...text].find((ch) => BLOCK_GLYPHS[ch] === undefined);
  if (missing !== undefined) {
    lr.key('text').fail(`letters from the block font (${Object.keys(BLOCK_GLYPHS).join('').trim()} and space)`, text);
  }
  const fr = r.key('fort');
  const f = fr.object(o.fort, ['wallHeight', 'bastions']);
  const sr = r.key('sunset');
  const s = sr.object(o.sunset, ['sky', 'horizon', 'sea']);
  return {
    pinisi: {
      model: pr.key('model').string(p.model, /^models\/[a-z0-9-]+\.glb$/, 'a relative model URL like "models/pinisi.glb"'),
      position: pr.key('position').vec3(p.position),
      yaw: pr.key('yaw').number(p.yaw, -360, 360),
      scale: pr.key('scale').number(p.scale, 0.01, 100),
    },
    losari: {
      text,
      position: lr.key('position').vec3(l.position),
      yaw: lr.key('yaw').number(l.yaw, -360, 360),
      letterHeight: lr.key('letterHeight').number(l.letterHeight, 0.1, 3),
      colors: lr
        .key('colors')
        .array(l.colors, 1)
        .map((c, i) => lr.key('colors').key(i).color(c)),
    },
    fort: {
      wallHeight: fr.key('wallHeight').number(f.wallHeight, 0.3, 4),
      bastions: fr
        .key('bastions')
        .array(f.bastions)
        .map((b, i) => fr.key('bastions').key(i).vec3(b)),
    },
    sunset: { sky: sr.key('sky').color(s.sky), horizon: sr.key('horizon').color(s.horizon), sea: sr.key('sea').color(s.sea) },
  };
}

/** Validates hall data from `file` and returns it typed; throws HallError naming the file, JSON path and expectation. */
export function parseHall(data: unknown, file: string): HallData {
  const r = new Reader(file, '');
  const o = r.object(data, ['version', 'room', 'welcome', 'zones', 'signs', 'motifs', 'kiosks'], ['$comment']);
  if (o.version !== 1) r.key('version').fail('1', o.version);
  const room = parseRoom(r.key('room'), o.room);
  const welcome = parseWelcome(r.key('welcome'), o.welcome);
  const zr = r.key('zones');
  const zones = zr.array(o.zones, 1).map((z, i) => parseZone(zr.key(i), z));
  const zoneIds = new Set<string>();
  zones.forEach((z, i) => {
    if (zoneIds.has(z.id)) zr.key(i).key('id').fail('a zone id not used by another zone', z.id);
    zoneIds.add(z.id);
  });
  const sr = r.key('signs');
  const signs = sr.array(o.signs).map((s, i) => parseSign(sr.key(i), s));
  const motifs = parseMotifs(r.key('motifs'), o.motifs);
  const kr = r.key('kiosks');
  const kiosks = kr.array(o.kiosks, 1).map((k, i) => parseKiosk(kr.key(i), k, zoneIds));
  const seen = new Set<string>();
  kiosks.forEach((k, i) => {
    if (seen.has(k.id)) kr.key(i).key('id').fail('a kiosk id not used by another kiosk', k.id);
    seen.add(k.id);
    for (let j = 0; j < i; j++) {
      const d = Math.hypot(k.position[0] - kiosks[j].position[0], k.position[2] - kiosks[j].position[2]);
      if (d < MIN_KIOSK_SPACING) {
        kr.key(i).key('position').fail(`a position at least ${MIN_KIOSK_SPACING} m from kiosks[${j}] (${kiosks[j].id})`, k.position);
      }
    }
  });
  const missing = KIOSK_IDS.filter((id) => !seen.has(id));
  if (missing.length > 0) kr.fail(`one kiosk for every service area (missing: ${missing.join(', ')})`, o.kiosks);
  return { version: 1, room, welcome, zones, signs, motifs, kiosks };
}
