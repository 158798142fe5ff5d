import { expect } from 'chai';
import { enterVr } from './support/openHall';
import { useHall } from './support/hallHost';
import { pokeTargets } from './support/handPoke';
import { floorDistance, target, viewer } from './hallQueries';

describe('the welcome panel in the headset with hands (IWER as a Quest 3)', function () {
  this.timeout(480_000);
  const hall = useHall({ open: { xr: { inputMode: 'hands' } }, setup: enterVr });

  it('poking a kiosk shortcut with the index finger takes the visitor to that kiosk', async () => {
    const { page } = hall();
    await pokeTargets(page, hall().xr!, 'right', ['welcome.go.kependudukan']);
    await page.waitForFunction(() => {
      const h = window.serviceHall!;
      const spot = h.targets().find((t) => t.id === 'spot.kependudukan')!;
      const p = h.viewer().position;
      return Math.hypot(p[0] - spot.position[0], p[2] - spot.position[2]) < 0.25;
    }, undefined, { timeout: 60_000 });
    expect(floorDistance((await viewer(page)).position, (await target(page, 'spot.kependudukan')).position), 'standing at the kiosk').to.be.lessThan(0.25);
    hall().probe.assertClean('welcome poke');
  });
});
