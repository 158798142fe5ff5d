import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { RawTexture } from '@babylonjs/core/Materials/Textures/rawTexture';
import { Texture } from '@babylonjs/core/Materials/Textures/texture';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import type { Scene } from '@babylonjs/core/scene';
import { hexColor } from './hexColor';
import type { RoomData } from './hallTypes';

/** The few shared materials of the hall: every static mesh uses one of these, so the material count stays tiny. */
export interface HallMaterials {
  /** Lit, vertex-coloured: walls, kiosks, fort, letters, avatars, the pinisi. */
  lit: StandardMaterial;
  /** Full-bright, vertex-coloured: the sunset window, lamps, glowing accents (see {@link makeFullBright}). */
  glow: StandardMaterial;
  /** The tiled floor (a procedural texture, no download). */
  floor: StandardMaterial;
}

/**
 * Creates the shared materials; `room` gives the floor tile colours. Every hall mesh has vertex colours, normals
 * and UVs, and every material a diffuse texture (1x1 white where it has no pattern) and lighting on: then lit,
 * floor, glow and the signs differ only in uniforms and share one shader program. WebGL here links programs one at
 * a time before the first frame can draw (issue 14); with every static mesh drawn as one thin instance
 * (oneInstance.ts), the whole start view, officers included, needs one program instead of 5.
 */
export function createHallMaterials(scene: Scene, room: RoomData): HallMaterials {
  const white = RawTexture.CreateRGBATexture(new Uint8Array([255, 255, 255, 255]), 1, 1, scene, false, false, Texture.NEAREST_SAMPLINGMODE);
  white.name = 'hall-white';
  const lit = new StandardMaterial('hall-lit', scene);
  lit.diffuseTexture = white;
  lit.diffuseColor = Color3.White();
  lit.specularColor = new Color3(0.08, 0.08, 0.08);
  lit.ambientColor = new Color3(0.25, 0.25, 0.25);

  const glow = new StandardMaterial('hall-glow', scene);
  glow.diffuseTexture = white;
  makeFullBright(glow);

  const floor = new StandardMaterial('hall-floor', scene);
  floor.diffuseTexture = createTileTexture(scene, room.colors.floor, room.colors.floorAlt);
  floor.specularColor = new Color3(0.15, 0.15, 0.15);
  floor.specularPower = 48;

  for (const m of [lit, glow, floor]) m.freeze();
  return { lit, glow, floor };
}

/** A 64x64 tile pattern: cream stone tiles, a darker inlay diamond in alternate tiles and thin grout lines. */
function createTileTexture(scene: Scene, floorHex: string, altHex: string): RawTexture {
  const size = 64;
  const a = hexColor(floorHex);
  const b = hexColor(altHex);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const tx = x % 32;
      const ty = y % 32;
      const grout = tx === 0 || ty === 0;
      const alt = (Math.floor(x / 32) + Math.floor(y / 32)) % 2 === 1;
      const diamond = Math.abs(tx - 16) + Math.abs(ty - 16) < 9;
      let c = a;
      if (alt && diamond) c = b;
      const shade = grout ? 0.8 : 1;
      const i = (y * size + x) * 4;
      data[i] = Math.round(c.r * 255 * shade);
      data[i + 1] = Math.round(c.g * 255 * shade);
      data[i + 2] = Math.round(c.b * 255 * shade);
      data[i + 3] = 255;
    }
  }
  const tex = RawTexture.CreateRGBATexture(data, size, size, scene, true, false, Texture.TRILINEAR_SAMPLINGMODE);
  tex.name = 'hall-floor-tiles';
  tex.wrapU = Texture.WRAP_ADDRESSMODE;
  tex.wrapV = Texture.WRAP_ADDRESSMODE;
  return tex;
}

/**
 * Makes a lit material show its texture and vertex colours at full brightness, as an unlit one would, while keeping
 * the lit shader program: a white emissive colour saturates the lighting term (clamped to 1) and a black specular
 * colour adds nothing. `disableLighting` would give the same picture with a program of its own (issue 14).
 */
export function makeFullBright(material: StandardMaterial): void {
  material.emissiveColor = Color3.White();
  material.specularColor = Color3.Black();
}
