import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { enterVr } from './support/openHall';
import { useHall } from './support/hallHost';
import { goToKiosk, pokeTargets } from './support/handPoke';
import { targets, viewer, type HallTarget } from './hallQueries';

/** A seated visitor's eyes above the real floor, the reach of an arm from the head, and the panels' band (XAUR). */
const SEATED_EYES = 1.2;
const REACH = 0.7;
const BAND = { min: 0.8, max: 1.6 };
const PANEL = 'kiosk.kependudukan';

/** Every enabled control of a group, with how far it is from the eyes and how far the eyes are in front of its face. */
async function reachOf(page: Page, group: string): Promise<{ t: HallTarget; distance: number; ahead: number }[]> {
  const eye = await viewer(page);
  const all = (await targets(page)).filter((t) => t.id.startsWith(`${group}.`) && t.enabled);
  return all.map((t) => {
    const d = t.position.map((p, i) => p - eye.position[i]);
    // The eyes are on the side the control faces.
    return { t, distance: Math.hypot(d[0], d[1], d[2]), ahead: -(d[0] * t.normal[0] + d[1] * t.normal[1] + d[2] * t.normal[2]) };
  });
}

/** Fails naming every control that is out of reach from the seated eyes or outside the band above the real floor. */
function expectAllReachable(controls: Awaited<ReturnType<typeof reachOf>>, what: string): void {
  expect(controls.length, `${what}: controls`).to.be.greaterThan(0);
  const bad = controls.filter((c) => c.distance > REACH || c.ahead <= 0 || c.t.position[1] < BAND.min || c.t.position[1] > BAND.max);
  expect(bad.map((c) => `${c.t.id} at ${c.t.position[1].toFixed(2)} m, ${c.distance.toFixed(2)} m away`), `${what}: out of reach`).to.deep.equal([]);
}

describe('seated mode in the headset (IWER, hands, eyes 1.2 m above the real floor)', function () {
  this.timeout(480_000);
  const hall = useHall({ open: { xr: { inputMode: 'hands' } }, setup: enterVr });

  it('reaches every control of a kiosk panel from a chair, and pokes the highest and the lowest', async () => {
    const { page } = hall();
    const xr = hall().xr!;
    await xr.setHeadset({ position: { x: 0, y: SEATED_EYES, z: 0 } });
    await xr.frames(3);
    // Seated mode from the comfort bar at the waist, which stays within the band even for a low head.
    const bar = (await targets(page)).find((t) => t.id === 'comfort.a11y.seated')!;
    expect(bar.position[1], 'the comfort bar above 0.8 m').to.be.at.least(BAND.min);
    await pokeTargets(page, xr, 'right', ['comfort.a11y.seated']);
    await page.waitForFunction(() => window.serviceHall!.targets().find((t) => t.id === 'comfort.a11y.seated')?.label.endsWith(document.documentElement.lang === 'en' ? 'on' : 'aktif'));
    expect((await viewer(page)).position[1], 'the eyes stay where the headset is').to.be.closeTo(SEATED_EYES, 0.02);
    // Recentred at the welcome point: the welcome panel is within reach; go to a kiosk from it.
    expectAllReachable(await reachOf(page, 'welcome'), 'welcome panel');
    await goToKiosk(page, xr, 'right', 'kependudukan');
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), `${PANEL}.service:akta-kelahiran`);
    await xr.frames(3);
    const services = await reachOf(page, PANEL);
    expectAllReachable(services, 'kiosk services screen');
    const highest = services.reduce((a, b) => (b.t.position[1] > a.t.position[1] ? b : a));
    await pokeTargets(page, xr, 'right', [highest.t.id]);
    await page.waitForFunction((id) => !window.serviceHall!.targets().some((t) => t.id === id), highest.t.id);
    const next = await reachOf(page, PANEL);
    expectAllReachable(next, 'kiosk panel after the first choice');
    const lowest = next.reduce((a, b) => (b.t.position[1] < a.t.position[1] ? b : a));
    await pokeTargets(page, xr, 'right', [lowest.t.id]);
    hall().probe.assertClean('seated mode');
  });
});
