import { expect } from 'chai';
import type { Request } from 'playwright-core';
import { useHall } from './support/hallHost';
import type { XrHeadsetProfile } from './support/xrDriver';

/** The controller profile IWER reports first for each Quest, and the base-colour images shipped beside its models. */
const quests: { headset: XrHeadsetProfile; profile: string; images: string[] }[] = [
  { headset: 'metaQuest2', profile: 'oculus-touch-v3', images: ['base-color.png'] },
  { headset: 'metaQuest3', profile: 'meta-quest-touch-plus', images: ['left-color.png', 'right-color.png'] },
];

const pathOf = (r: Request): string => new URL(r.url()).pathname;

/** Paths (no query) of everything in the service worker's precache, read from the page's Cache Storage. */
async function precachedPaths(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.includes('precache'));
    const keys = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
    return keys.map((k) => new URL(k.url).pathname);
  });
}

for (const quest of quests) {
  describe(`Quest controllers at an offline booth (IWER ${quest.headset}, ${quest.profile})`, function () {
    this.timeout(300_000);
    const hall = useHall({
      open: { serviceWorker: true, xr: { profile: quest.headset, inputMode: 'controllers' } },
      setup: async ({ page }) => {
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      },
    });

    it('enters VR with the network off and draws both controllers from the precache, without the PBR material', async () => {
      const { page, context, probe } = hall();
      // The first load's own fetches (the submission key is read after ready) end before the reload, which would
      // abort them (CI: "GET /submission-key.json net::ERR_ABORTED").
      await page.waitForLoadState('networkidle');
      await context.setOffline(true);
      const from = probe.requests.length;
      await page.reload();
      await hall().ready();
      await page.getByRole('button', { name: /VR/ }).click();
      await hall().xr!.waitForSession();
      const wanted = ['left.glb', 'right.glb', ...quest.images].map((f) => `/profiles/${quest.profile}/${f}`);
      // The images are requested once the models are in the scene and get their material (src/xr/controllerMaterials.ts).
      await page.waitForFunction(
        (paths) => paths.every((p) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === p && (e as PerformanceResourceTiming).responseEnd > 0)),
        wanted,
        { timeout: 120_000 },
      );
      const requests = probe.requests.slice(from);
      for (const p of wanted) {
        const response = await requests.find((r) => pathOf(r) === p)?.response();
        expect(response?.status(), p).to.equal(200);
      }
      // Offline, every script the page loaded came from the precache: nothing outside it (such as the PBR
      // material's chunks, which the slimmed models no longer need) was asked for.
      const precached = new Set(await precachedPaths(page));
      const scripts = requests.map(pathOf).filter((p) => p.endsWith('.js'));
      expect(scripts.length, 'the reload loaded the app').to.be.greaterThan(0);
      expect(scripts.filter((p) => !precached.has(p)), 'scripts outside the precache').to.deep.equal([]);
      probe.assertClean(`offline VR with ${quest.profile}`);
    });
  });
}
