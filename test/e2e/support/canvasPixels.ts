import type { Page } from 'playwright-core';
import { decodePng } from './pngInfo';

/** What a person would see in the canvas: how varied the picture is. */
export interface CanvasPicture {
  width: number;
  height: number;
  /** Distinct colours after quantising each channel to 32 levels. */
  distinctColours: number;
  /** Share (0..1) of pixels that have the single most common quantised colour. */
  dominantShare: number;
}

/**
 * Screenshots the canvas as composited on screen (what the visitor sees, independent of
 * preserveDrawingBuffer) and measures how varied it is: a blank or cleared canvas has 1 colour.
 */
export async function sampleCanvas(page: Page, selector = '#hall'): Promise<CanvasPicture> {
  const png = decodePng(await page.locator(selector).screenshot({ type: 'png', animations: 'allow' }));
  const counts = new Map<number, number>();
  for (let i = 0; i < png.width * png.height; i++) {
    const key = ((png.rgba[i * 4] >> 3) << 10) | ((png.rgba[i * 4 + 1] >> 3) << 5) | (png.rgba[i * 4 + 2] >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const dominant = Math.max(...counts.values());
  return { width: png.width, height: png.height, distinctColours: counts.size, dominantShare: dominant / (png.width * png.height) };
}
