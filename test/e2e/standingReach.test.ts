import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { enterVr } from './support/openHall';
import { useHall } from './support/hallHost';
import { goToKiosk, pokeTargets } from './support/handPoke';
import { targets, viewer, type HallTarget } from './hallQueries';
import { BODY, reachTo } from '../../src/input/pokeReach';
import type { Vec3 } from '../../src/input/vec3';

const EYES = 1.6;
const PANEL = 'kiosk.kependudukan';

/** Every enabled control of the panel with its reach from the nearer shoulder and the hand on its side. */
async function reaches(page: Page): Promise<{ t: HallTarget; reach: number; hand: 'left' | 'right' }[]> {
  const eye = await viewer(page);
  const right: Vec3 = [Math.cos(eye.yaw), 0, -Math.sin(eye.yaw)];
  return (await targets(page))
    .filter((t) => t.id.startsWith(`${PANEL}.`) && t.enabled)
    .map((t) => {
      const aside = (t.position[0] - eye.position[0]) * right[0] + (t.position[2] - eye.position[2]) * right[2];
      return { t, reach: reachTo(eye.position as Vec3, eye.yaw, t.position as Vec3), hand: aside >= 0 ? ('right' as const) : ('left' as const) };
    });
}

/** Fails naming every control farther than a comfortable poke from the nearer shoulder; returns the farthest of `kind` (`service:`, `key.`). */
async function expectWithinReach(page: Page, what: string, kind: string): Promise<{ t: HallTarget; hand: 'left' | 'right' }> {
  const all = await reaches(page);
  expect(all.length, `${what}: controls`).to.be.greaterThan(0);
  const far = all.filter((c) => c.reach > BODY.reach).map((c) => `${c.t.id} ${c.reach.toFixed(2)} m`);
  expect(far, `${what}: beyond ${BODY.reach} m of the nearer shoulder`).to.deep.equal([]);
  return all.filter((c) => c.t.id.startsWith(`${PANEL}.${kind}`)).reduce((a, b) => (b.reach > a.reach ? b : a));
}

describe('standing at a kiosk in the headset (IWER, hands, eyes 1.6 m up)', function () {
  this.timeout(480_000);
  const hall = useHall({ open: { xr: { inputMode: 'hands' } }, setup: enterVr });

  it('after the teleport, pokes the farthest service and the farthest key without a step', async () => {
    const { page } = hall();
    const xr = hall().xr!;
    await xr.setHeadset({ position: { x: 0, y: EYES, z: 0 } });
    await xr.frames(3);
    await goToKiosk(page, xr, 'right', 'kependudukan');
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), `${PANEL}.service:akta-kelahiran`);
    const standing = await viewer(page);

    const service = await expectWithinReach(page, 'services screen', 'service:');
    await pokeTargets(page, xr, service.hand, [service.t.id]);
    await page.waitForFunction((id) => !window.serviceHall!.targets().some((t) => t.id === id && t.enabled), service.t.id);
    // Back to the list, then into the densest screen: the birth certificate form with its keyboard.
    const back = (await targets(page)).find((t) => t.id === `${PANEL}.back` && t.enabled);
    expect(back, 'a back control on the service screen').to.not.equal(undefined);
    await pokeTargets(page, xr, 'right', [back!.id]);
    await pokeTargets(page, xr, 'right', [`${PANEL}.service:akta-kelahiran`, `${PANEL}.next`, `${PANEL}.accept`]);
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), `${PANEL}.key.q`);
    const key = await expectWithinReach(page, 'form with keyboard', 'key.');
    await pokeTargets(page, xr, key.hand, [key.t.id]);

    const now = await viewer(page);
    expect(Math.hypot(...now.position.map((p, i) => p - standing.position[i])), 'the visitor never stepped').to.be.lessThan(0.01);
    hall().probe.assertClean('standing reach');
  });
});
