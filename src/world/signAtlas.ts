import { DynamicTexture } from '@babylonjs/core/Materials/Textures/dynamicTexture';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { makeFullBright } from './hallMaterials';
import type { Scene } from '@babylonjs/core/scene';

/** One line of sign text: translated (`key`) or literal (`text`), with the cap height it should have in metres. */
export interface SignLine {
  key?: string;
  text?: string;
  letterHeight: number;
  color?: string;
  bold?: boolean;
}

/** What a sign shows and how big it is in the world. */
export interface SignContent {
  id: string;
  width: number;
  height: number;
  background: string;
  color: string;
  /** Optional colour band along the bottom edge (the kiosk's accent). */
  band?: string;
  lines: SignLine[];
}

/** Where a sign landed in the atlas, as UVs (v = 1 at the top of the canvas). */
export interface AtlasCell {
  content: SignContent;
  x: number;
  y: number;
  w: number;
  h: number;
  pixelsPerMetre: number;
  u0: number;
  u1: number;
  vTop: number;
  vBottom: number;
}

/** What was actually drawn on one sign line; tests check readability from it. */
export interface DrawnLine {
  signId: string;
  text: string;
  /** Cap height in metres after any shrink-to-fit. */
  letterHeight: number;
}

/** Cap height of a sans-serif font as a fraction of its CSS size. */
const CAP_RATIO = 0.72;
const ATLAS_WIDTH = 2048;
const ATLAS_HEIGHT = 1024;
const MAX_PPM = 256;
const FONT = 'sans-serif';

/**
 * All sign texts of the hall in ONE DynamicTexture and one material, so every sign together costs a single
 * draw call. Redraws on `draw(t)`, e.g. when the visitor switches language.
 */
export class SignAtlas {
  private readonly cells: AtlasCell[] = [];
  private shelfX = 0;
  private shelfY = 0;
  private shelfH = 0;
  private texture: DynamicTexture | null = null;
  /** The single material of every sign; created by `finish`. */
  material: StandardMaterial | null = null;

  /** Reserves room for a sign and returns its UV rectangle; throws if the atlas is full (a layout mistake). */
  reserve(content: SignContent): AtlasCell {
    const ppm = Math.min(MAX_PPM, Math.floor((ATLAS_WIDTH - 4) / content.width));
    const w = Math.ceil(content.width * ppm);
    const h = Math.ceil(content.height * ppm);
    if (this.shelfX + w + 2 > ATLAS_WIDTH) {
      this.shelfY += this.shelfH + 2;
      this.shelfX = 0;
      this.shelfH = 0;
    }
    const x = this.shelfX + 1;
    const y = this.shelfY + 1;
    if (y + h + 1 > ATLAS_HEIGHT) throw new Error(`SignAtlas: no room left for sign "${content.id}" (${w}x${h} px)`);
    const cell: AtlasCell = {
      content,
      x,
      y,
      w,
      h,
      pixelsPerMetre: ppm,
      u0: x / ATLAS_WIDTH,
      u1: (x + w) / ATLAS_WIDTH,
      vTop: 1 - y / ATLAS_HEIGHT,
      vBottom: 1 - (y + h) / ATLAS_HEIGHT,
    };
    this.shelfX += w + 2;
    this.shelfH = Math.max(this.shelfH, h);
    this.cells.push(cell);
    return cell;
  }

  /** Creates the texture and its material, then draws every reserved sign once with `t`. */
  finish(scene: Scene, t: (key: string) => string): DrawnLine[] {
    this.texture = new DynamicTexture('hall-signs', { width: ATLAS_WIDTH, height: ATLAS_HEIGHT }, scene, true);
    this.texture.hasAlpha = false;
    const material = new StandardMaterial('hall-signs', scene);
    material.diffuseTexture = this.texture;
    makeFullBright(material);
    this.material = material;
    return this.draw(t);
  }

  /** Paints every sign with the current translations and uploads the texture once. */
  draw(t: (key: string) => string): DrawnLine[] {
    if (!this.texture) throw new Error('SignAtlas.draw called before finish');
    const ctx = this.texture.getContext() as Ctx;
    const drawn: DrawnLine[] = [];
    for (const cell of this.cells) drawn.push(...drawCell(ctx, cell, t));
    this.texture.update(true);
    return drawn;
  }

  /** Frees the texture and material. */
  dispose(): void {
    this.texture?.dispose();
    this.material?.dispose();
  }
}

/** Babylon's canvas context type plus the two text-alignment fields every 2D canvas has. */
type Ctx = ReturnType<DynamicTexture['getContext']> & { textAlign: string; textBaseline: string };

function drawCell(ctx: Ctx, cell: AtlasCell, t: (key: string) => string): DrawnLine[] {
  const { content, x, y, w, h, pixelsPerMetre: ppm } = cell;
  ctx.fillStyle = content.background;
  ctx.fillRect(x, y, w, h);
  const bandH = content.band ? Math.round(h * 0.1) : 0;
  if (content.band) {
    ctx.fillStyle = content.band;
    ctx.fillRect(x, y + h - bandH, w, bandH);
  }
  const maxWidth = w * 0.92;
  // Each line keeps its letter height if it can: a too-long line wraps once at a space, and only then shrinks.
  const rows: { line: SignLine; text: string; px: number }[] = [];
  for (const line of content.lines) {
    const text = line.key !== undefined ? t(line.key) : (line.text ?? '');
    const px = Math.round((line.letterHeight / CAP_RATIO) * ppm);
    ctx.font = font(line, px);
    if (ctx.measureText(text).width <= maxWidth) {
      rows.push({ line, text, px });
      continue;
    }
    const parts = splitInTwo(text);
    const widest = Math.max(...parts.map((p) => ctx.measureText(p).width));
    const fit = widest > maxWidth ? Math.floor((px * maxWidth) / widest) : px;
    for (const p of parts) rows.push({ line, text: p, px: fit });
  }
  const free = h - bandH;
  const total = rows.reduce((sum, r) => sum + r.px * 1.2, 0);
  // If wrapped rows are taller than the sign, shrink them all evenly.
  const squeeze = total > free ? free / total : 1;
  let cy = y + (free - total * squeeze) / 2;
  const drawn: DrawnLine[] = [];
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const r of rows) {
    const px = Math.floor(r.px * squeeze);
    ctx.font = font(r.line, px);
    ctx.fillStyle = r.line.color ?? content.color;
    ctx.fillText(r.text, x + w / 2, cy + px * 0.6);
    cy += px * 1.2;
    drawn.push({ signId: content.id, text: r.text, letterHeight: (px * CAP_RATIO) / ppm });
  }
  return drawn;
}

/** Splits a text at the space closest to its middle (or returns it whole when it has no space). */
function splitInTwo(text: string): string[] {
  const mid = text.length / 2;
  let best = -1;
  for (let i = 0; i < text.length; i++) if (text[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
  return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

function font(line: SignLine, px: number): string {
  return `${line.bold === false ? '' : 'bold '}${px}px ${FONT}`;
}
