import { expect } from 'chai';
import { openHall, type HallSession } from './support/openHall';
import { events, floorDistance, mode, targets, viewer, waitForActivation } from './hallQueries';

describe('the hall on a phone (touch)', function () {
  let hall: HallSession;

  before(async () => {
    hall = await openHall({ mobile: true });
  });
  after(async () => {
    await hall?.close();
  });

  it('starts in touch mode and uses a control with a tap', async () => {
    const { page } = hall;
    expect(await mode(page)).to.equal('touch');
    const lang = (await targets(page)).find((t) => t.id === 'welcome.language' && t.screen);
    expect(lang, 'the language switch on the welcome lectern is on screen').to.not.equal(undefined);
    const before = (await events(page)).length;
    await page.touchscreen.tap(lang!.screen!.x, lang!.screen!.y);
    expect((await waitForActivation(page, lang!.id, before)).via).to.equal('tap');
    expect(await page.evaluate(() => (window as unknown as { serviceHall: { locale(): string } }).serviceHall.locale())).to.equal('en');
  });

  it('turns the view when the visitor drags a finger across the screen', async () => {
    const { page } = hall;
    const before = (await viewer(page)).yaw;
    const size = page.viewportSize()!;
    const client = await page.context().newCDPSession(page);
    const y = size.height * 0.12; // high on the wall, where no control is
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: size.width * 0.8, y }] });
    for (let i = 1; i <= 12; i++) {
      await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: size.width * (0.8 - i * 0.05), y }] });
      await page.waitForTimeout(30);
    }
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    const after = (await viewer(page)).yaw;
    expect(Math.abs(Math.atan2(Math.sin(after - before), Math.cos(after - before)))).to.be.greaterThan(0.3);
  });

  it('walks to the spot on the floor that the visitor taps', async () => {
    const { page } = hall;
    const start = await viewer(page);
    const size = page.viewportSize()!;
    // After turning away from the lectern, the lower middle of the screen is floor straight ahead.
    await page.touchscreen.tap(size.width / 2, size.height * 0.9);
    await page.waitForTimeout(1500);
    const here = await viewer(page);
    const moved = [here.position[0] - start.position[0], here.position[2] - start.position[2]];
    const ahead = moved[0] * Math.sin(start.yaw) + moved[1] * Math.cos(start.yaw);
    expect(floorDistance(here.position, start.position), 'the visitor walked').to.be.greaterThan(0.3);
    expect(ahead / Math.hypot(moved[0], moved[1]), 'towards the tapped floor, straight ahead').to.be.greaterThan(0.9);
    hall.probe.assertClean('using the hall by touch');
  });
});
