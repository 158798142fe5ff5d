import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { enterVr, type HallSession } from './support/openHall';
import { useHall } from './support/hallHost';
import { distantServiceControl, restHand } from './support/xrReach';
import type { Handedness, Vec3 } from './support/xrDriver';
import { events, target, viewer, waitForActivation } from './hallQueries';

const v = (p: readonly number[]): Vec3 => ({ x: p[0], y: p[1], z: p[2] });

/** Holds still for at least `ms` of the page's clock and `minFrames` XR frames (conditions, not a sleep). */
async function holdStill(page: Page, ms: number, minFrames: number): Promise<void> {
  await page.evaluate(async ([wait, least]) => {
    const w = window as unknown as { __xrDriver: { frames(n: number): Promise<void> } };
    const t0 = performance.now();
    for (let n = 0; n < least || performance.now() - t0 < wait; n++) await w.__xrDriver.frames(1);
  }, [ms, minFrames] as const);
}

/** From a resting hand, points its ray at a control and pinches; the control activates by `ray`. */
async function pinchRay(hall: HallSession, hand: Handedness, id: string): Promise<void> {
  await restHand(hall, hand);
  const t = await target(hall.page, id);
  const aim = await hall.xr!.aimAt(hand, v(t.position), { steps: 12 });
  expect(aim.errorRadians, `the ray is on ${id}`).to.be.lessThan(0.02);
  const before = (await events(hall.page)).length;
  await hall.xr!.pinch(hand, { holdFrames: 6 });
  expect((await waitForActivation(hall.page, id, before, 30_000)).via).to.equal('ray');
}

/** Points the left hand's ray at the floor in front of the feet, where it rests on no control. */
async function lowerLeftRay(hall: HallSession): Promise<void> {
  const head = await viewer(hall.page);
  const f = [Math.sin(head.yaw), 0, Math.cos(head.yaw)];
  await restHand(hall, 'left');
  await hall.xr!.aimAt('left', v([head.position[0] + f[0] * 0.4, 0, head.position[2] + f[2] * 0.4]), { steps: 8 });
}

describe('dwell selection (XAUR REQ 15; IWER as a Meta Quest 3, hands)', function () {
  this.timeout(480_000);
  const hall = useHall({ open: { xr: { inputMode: 'hands' } }, setup: enterVr });

  it('with dwell off (the default), a ray held on a kiosk control for 3 s activates nothing', async () => {
    const h = hall();
    const far = await distantServiceControl(h);
    await restHand(h, 'right');
    const aim = await h.xr!.aimAt('right', v(far.position), { steps: 12 });
    expect(aim.errorRadians).to.be.lessThan(0.02);
    const before = (await events(h.page)).length;
    await holdStill(h.page, 3000, 30);
    expect((await events(h.page)).slice(before)).to.deep.equal([]);
    h.probe.assertClean('a held ray without dwell');
  });

  it('switched on in "Tampilan & bantuan", a ray held on a kiosk control activates it by dwell, without a pinch', async () => {
    const h = hall();
    // The idle left hand points at the floor, so only the right hand's ray rests on controls.
    await lowerLeftRay(h);
    await pinchRay(h, 'right', 'welcome.a11y.settings');
    await pinchRay(h, 'right', 'settings.dwell');
    await h.page.waitForFunction(() => /aktif$/.test(window.serviceHall!.targets().find((t) => t.id === 'settings.dwell')?.label ?? ''));
    // The dwell row under the ray does not switch itself off again.
    await holdStill(h.page, 2000, 20);
    expect((await target(h.page, 'settings.dwell')).label).to.match(/: aktif$/);
    const far = await distantServiceControl(h);
    const before = (await events(h.page)).length;
    const aim = await h.xr!.aimAt('right', v(far.position), { steps: 12 });
    expect(aim.errorRadians).to.be.lessThan(0.02);
    const event = await waitForActivation(h.page, far.id, before, 60_000);
    expect(event.via).to.equal('dwell');
    const since = (await events(h.page)).slice(before);
    expect(since.filter((e) => e.via !== 'dwell'), 'no pinch, no poke').to.deep.equal([]);
    expect(since.filter((e) => e.id !== far.id), 'nothing else on the way').to.deep.equal([]);
    h.probe.assertClean('dwell with a hand ray');
  });
});
