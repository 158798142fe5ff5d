import type { BrowserContext, Page } from 'playwright-core';

/**
 * Counts, in the page, the WebGL programs linked before the first draw call. WebGL here has no
 * `KHR_parallel_shader_compile`, so every link blocks the first frame (issue 14).
 */
const PROBE = `(() => {
  const seen = (window.__firstFrameProbe = { links: 0, linksBeforeDraw: null });
  const P = WebGL2RenderingContext.prototype;
  const link = P.linkProgram;
  P.linkProgram = function (program) { seen.links++; return link.call(this, program); };
  for (const name of ['drawElements', 'drawElementsInstanced', 'drawArrays', 'drawArraysInstanced']) {
    const draw = P[name];
    P[name] = function (...args) { if (seen.linksBeforeDraw === null) seen.linksBeforeDraw = seen.links; return draw.apply(this, args); };
  }
})();`;

/** Installs the probe for every page the context opens from now on (reload the page to measure it). */
export async function watchFirstFrame(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBE });
}

/** Waits for the page's first draw call and returns how many programs were linked before it. */
export async function programsBeforeFirstDraw(page: Page): Promise<number> {
  // A function, not a string: the app's CSP forbids eval.
  const read = () => (window as unknown as { __firstFrameProbe?: { linksBeforeDraw: number | null } }).__firstFrameProbe?.linksBeforeDraw ?? null;
  await page.waitForFunction(() => (window as unknown as { __firstFrameProbe?: { linksBeforeDraw: number | null } }).__firstFrameProbe?.linksBeforeDraw != null);
  return Number(await page.evaluate(read));
}
