/**
 * Issue 8, first-timers: the welcome point's practice in the headset (IWER Quest 3, hands). The visitor
 * pokes a big button, then pinch-rays a ring on the floor and moves there; the hall takes them back to
 * the welcome panel, which says they are ready. And it can be skipped.
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { enterVr } from './support/openHall';
import { useHall } from './support/hallHost';
import { pinchSpot, pokeTargets } from './support/handPoke';
import { events, target, waitForActivation, waitForHover } from './hallQueries';
import type { XrDriver } from './support/xrDriver';

/** What a screen reader reads of the panels near the visitor. */
const mirrorText = (page: Page): Promise<string> => page.locator('nav.hall-mirror').innerText();

/** Aims a controller's ray at a control and pulls the trigger; waits for the activation. */
async function triggerAt(page: Page, xr: XrDriver, id: string): Promise<void> {
  await hasTarget(page, id);
  const t = await target(page, id);
  expect((await xr.aimAt('right', { x: t.position[0], y: t.position[1], z: t.position[2] }, { steps: 12 })).errorRadians, `the ray on ${id}`).to.be.lessThan(0.02);
  await waitForHover(page, id);
  const before = (await events(page)).length;
  await xr.trigger('right', { holdFrames: 6 });
  expect((await waitForActivation(page, id, before, 20_000)).via).to.equal('controller');
}

/** A stand-here spot fixed in the hall: where the local-floor frame puts it tells where the visitor stands. */
const LANDMARK = 'spot.kependudukan';

/** Waits until the hall has the visitor where they started: the landmark is back where it was, seen from them. */
async function backAtTheStart(page: Page, start: { position: readonly number[] }): Promise<void> {
  await page.waitForFunction(
    ([id, x, z]) => {
      const p = window.serviceHall!.targets().find((t) => t.id === id)!.position;
      return Math.hypot(p[0] - (x as number), p[2] - (z as number)) < 0.2;
    },
    [LANDMARK, start.position[0], start.position[2]] as const,
  );
}

/**
 * Then, having landed on the ring (the only way to finish: `Practice.track`, unit-tested), back in front of
 * the welcome panel, told they are ready, with the kiosks to choose and the ring gone.
 */
async function expectBackAndReady(page: Page, start: { position: readonly number[] }): Promise<void> {
  await backAtTheStart(page, start);
  await hasTarget(page, 'welcome.go.kependudukan');
  expect(await mirrorText(page)).to.contain('Latihan selesai');
  expect((await target(page, 'spot.practice')).enabled, 'the ring is gone').to.equal(false);
}

const hasTarget = (page: Page, id: string) => page.waitForFunction((i) => window.serviceHall!.targets().some((t) => t.id === i && t.enabled), id);

describe('first-timer practice at the welcome point (IWER Quest 3, hands)', function () {
  this.timeout(480_000);
  const hall = useHall({ open: { xr: { inputMode: 'hands' } }, setup: enterVr });

  it('pokes the big button, pinch-rays the ring and moves there, and is back at the welcome panel, ready', async () => {
    const { page } = hall();
    const xr = hall().xr!;
    const start = await target(page, LANDMARK);
    await pokeTargets(page, xr, 'right', ['welcome.practice']);
    await hasTarget(page, 'welcome.practice.press');
    const big = await target(page, 'welcome.practice.press');
    expect(Math.min(...big.size), 'the big button, m').to.be.at.least(0.06);
    expect(await mirrorText(page)).to.contain('Latihan 1 dari 2');
    await pokeTargets(page, xr, 'right', ['welcome.practice.press']);

    // It moves on by itself: the ring is on the floor, and the panel says how to reach it.
    await hasTarget(page, 'spot.practice');
    expect(await mirrorText(page)).to.contain('Latihan 2 dari 2');
    await pinchSpot(page, xr, 'left', 'spot.practice');

    await expectBackAndReady(page, start);
    hall().probe.assertClean('practice');
  });

  it('can be skipped at once', async () => {
    const { page } = hall();
    const xr = hall().xr!;
    await pokeTargets(page, xr, 'right', ['welcome.practice']);
    await hasTarget(page, 'welcome.practice.skip');
    await pokeTargets(page, xr, 'right', ['welcome.practice.skip']);
    await hasTarget(page, 'welcome.go.kependudukan');
    expect(await mirrorText(page)).to.not.contain('Latihan selesai');
  });
});

describe('first-timer practice with controllers (IWER Quest 3, Touch controllers)', function () {
  this.timeout(480_000);
  const hall = useHall({ open: { xr: { inputMode: 'controllers' } }, setup: enterVr });

  it('teaches the trigger on the big button, then a thumbstick jump onto the ring', async () => {
    const { page } = hall();
    const xr = hall().xr!;
    const start = await target(page, LANDMARK);
    await triggerAt(page, xr, 'welcome.practice');
    await hasTarget(page, 'welcome.practice.press');
    expect(await mirrorText(page)).to.contain('tarik pelatuk');
    await triggerAt(page, xr, 'welcome.practice.press');
    await hasTarget(page, 'spot.practice');
    expect(await mirrorText(page)).to.contain('dorong tongkat');
    // Aim at the ring, push the thumbstick forward, let go: the visitor lands on it.
    const ring = await target(page, 'spot.practice');
    await xr.aimAt('right', { x: ring.position[0], y: ring.position[1], z: ring.position[2] }, { steps: 15 });
    await xr.setThumbstick('right', 0, -1);
    await xr.frames(4);
    await xr.setThumbstick('right', 0, 0);
    await xr.frames(4);
    await expectBackAndReady(page, start);
    hall().probe.assertClean('practice with controllers');
  });
});
