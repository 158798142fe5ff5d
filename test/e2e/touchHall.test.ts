import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useHall } from './support/hallHost';
import { renderedFrames } from './support/frames';
import { events, floorDistance, locale, mode, targets, viewer, waitForActivation, waitForViewerAtRest } from './hallQueries';

/** Drags one finger from right to left high across the screen (on the wall, where no control is), one move per rendered frame. */
async function dragAcross(page: Page): Promise<void> {
  const size = page.viewportSize()!;
  const client = await page.context().newCDPSession(page);
  const y = size.height * 0.12;
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: size.width * 0.8, y }] });
  for (let i = 1; i <= 12; i++) {
    await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: size.width * (0.8 - i * 0.05), y }] });
    await renderedFrames(page, 1);
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await client.detach();
}

const turnBetween = (a: number, b: number): number => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

describe('the hall on a phone (touch)', function () {
  // Each test starts on a fresh page at the start of the hall, facing the welcome lectern.
  const hall = useHall({ open: { mobile: true } });

  it('starts in touch mode and uses a control with a tap', async () => {
    const { page } = hall();
    expect(await mode(page)).to.equal('touch');
    expect(await locale(page)).to.equal('id');
    const lang = (await targets(page)).find((t) => t.id === 'welcome.language' && t.screen);
    expect(lang, 'the language switch on the welcome lectern is on screen').to.not.equal(undefined);
    const before = (await events(page)).length;
    await page.touchscreen.tap(lang!.screen!.x, lang!.screen!.y);
    expect((await waitForActivation(page, lang!.id, before)).via).to.equal('tap');
    expect(await locale(page)).to.equal('en');
    hall().probe.assertClean('a tap');
  });

  it('turns the view when the visitor drags a finger across the screen', async () => {
    const { page } = hall();
    const before = (await viewer(page)).yaw;
    await dragAcross(page);
    const after = (await waitForViewerAtRest(page)).yaw;
    expect(turnBetween(after, before)).to.be.greaterThan(0.3);
    hall().probe.assertClean('a drag');
  });

  it('walks to the spot on the floor that the visitor taps', async () => {
    const { page } = hall();
    // Turn away from the lectern first: then the lower middle of the screen is floor straight ahead.
    await dragAcross(page);
    const start = await waitForViewerAtRest(page);
    const size = page.viewportSize()!;
    await page.touchscreen.tap(size.width / 2, size.height * 0.9);
    // The walk has begun once the visitor is 5 cm off the start; it has ended when they stand still.
    await page
      .waitForFunction(([x, z]) => Math.hypot(window.serviceHall!.viewer().position[0] - x, window.serviceHall!.viewer().position[2] - z) > 0.05, [start.position[0], start.position[2]] as const, { timeout: 10_000 })
      .catch((error: Error) => {
        if (error.name !== 'TimeoutError') throw error; // a tap that did not walk fails on the distance below, with its message
      });
    const here = await waitForViewerAtRest(page);
    const moved = [here.position[0] - start.position[0], here.position[2] - start.position[2]];
    const ahead = moved[0] * Math.sin(start.yaw) + moved[1] * Math.cos(start.yaw);
    expect(floorDistance(here.position, start.position), 'the visitor walked').to.be.greaterThan(0.3);
    expect(ahead / Math.hypot(moved[0], moved[1]), 'towards the tapped floor, straight ahead').to.be.greaterThan(0.9);
    hall().probe.assertClean('using the hall by touch');
  });
});
