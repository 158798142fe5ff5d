/**
 * The client's download budgets (issue 14), in ONE place: test/integration/build/budgets.test.ts fails the
 * build past them and `npm run bench` judges its figures against them. Raising one is a reviewed change here.
 */
export const clientBudgets = {
  /**
   * Everything the service worker precaches (raw bytes, as stored): the app, the hall, hands, Quest controllers.
   * Issue 14's goal, 4 MiB; the build measures 3.60 MiB (from 9.9 MB): slimmed controller models drawn without
   * the PBR material, whose chunks are no longer precached.
   */
  precacheBytes: 4 * 1024 * 1024,
  /**
   * JS a desktop visitor downloads before the first frame (gzip -9): the entry chunk and the shaders it draws with.
   * Issue 14's goal, 330 KB; the build measures 313.6 KB (from 439 KB): the app beyond the hall's geometry loads
   * after the first frame (src/app/firstFrame.ts, chunk "hall-app").
   */
  firstFrameJsGzipBytes: 330 * 1024,
} as const;

/**
 * Babylon shader modules the first desktop frame waits for (StandardMaterial's GLSL pair). src/app/firstFrame.ts
 * puts them in the entry chunk; the build-time budget counts whichever chunks hold them with the entry chunk.
 */
export const firstFrameShaderModules = [/[\\/]Shaders[\\/]default\.vertex\.js$/, /[\\/]Shaders[\\/]default\.fragment\.js$/] as const;
