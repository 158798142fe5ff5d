import { expect } from 'chai';
import type { ConsoleMessage } from 'playwright-core';
import { openHall, type HallSession } from './support/openHall';

interface Stats { drawCalls: number; triangles: number }
const stats = (hall: HallSession): Promise<Stats> =>
  hall.page.evaluate(() => (window as unknown as { serviceHall: { stats(): Stats } }).serviceHall.stats());

// IWER has no WebXR Layers (so no multiview) and an XRWebGLLayer without fixedFoveation: both fallbacks run.
for (const inputMode of ['hands', 'controllers'] as const) {
  describe(`XR render options fall back where the browser has none (IWER Quest 3, ${inputMode})`, function () {
    this.timeout(180_000);
    let hall: HallSession;
    const logged: string[] = [];

    before(async () => {
      hall = await openHall({ xr: { inputMode, stereo: true } });
      hall.page.on('console', (m: ConsoleMessage) => {
        if (m.text().startsWith('XR render options')) logged.push(m.text());
      });
      await hall.page.getByRole('button', { name: /VR/ }).click();
      await hall.xr!.waitForSession();
    });

    after(async () => {
      await hall?.close();
    });

    it('starts the session, says which options took effect, and draws the hall to both eyes', async () => {
      await hall.page.waitForFunction(() => (window as unknown as { serviceHall: { mode(): string } }).serviceHall.mode() === 'xr');
      await hall.xr!.frames(20);
      expect((await hall.xr!.status()).sessionActive).to.equal(true);
      expect(logged, 'the app reports its render options once').to.deep.equal(['XR render options: multiview off, fixed foveation unsupported']);
      const frame = await stats(hall);
      expect(frame.drawCalls, 'draw calls in an XR frame').to.be.greaterThan(10);
      expect(frame.triangles, 'triangles in view').to.be.greaterThan(1000);
      hall.probe.assertClean(`XR render options, ${inputMode}`);
    });
  });
}
