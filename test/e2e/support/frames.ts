import type { Page } from 'playwright-core';

/**
 * Lets `count` frames of the page render (requestAnimationFrame callbacks; Babylon draws in the
 * same frames). Use instead of a sleep where a test needs "a few frames later", e.g. holding a key
 * or letting a picture settle. In an XR session use `XrDriver.frames`, which counts XR frames.
 */
export async function renderedFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, count);
}
