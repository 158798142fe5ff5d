/**
 * Issue 12: the visitor's system settings `prefers-contrast: more` and `prefers-reduced-motion: reduce`,
 * honoured in the hall (panel skin, travel) and on the page (the kiosk form), and followed live when the
 * visitor changes them with the hall open. Chromium emulates the media features.
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useHall } from './support/hallHost';
import { deskPress } from './support/deskPress';
import { renderedFrames } from './support/frames';
import { decodePng } from './support/pngInfo';
import { target } from './hallQueries';

const KIOSK = 'kependudukan';

/**
 * How coloured a control looks on screen: the median over a strip through its centre of each pixel's
 * max − min channel. The navy skin's normal controls are strongly blue (> 40); the high-contrast skin's are grey (≈ 0).
 */
async function colourfulness(page: Page, id: string): Promise<number> {
  const { screen } = await target(page, id);
  if (!screen) throw new Error(`${id} is not on screen`);
  const png = decodePng(await page.screenshot({ clip: { x: screen.x - 15, y: screen.y - 4, width: 31, height: 9 }, animations: 'allow' }));
  const spread: number[] = [];
  for (let i = 0; i < png.width * png.height; i++) {
    const px = [png.rgba[i * 4], png.rgba[i * 4 + 1], png.rgba[i * 4 + 2]];
    spread.push(Math.max(...px) - Math.min(...px));
  }
  return spread.sort((a, b) => a - b)[spread.length >> 1];
}

/** Waits, frame by frame, until the control's colourfulness passes `test`; fails with the last reading. */
async function waitForColour(page: Page, id: string, test: (c: number) => boolean, what: string): Promise<void> {
  let c = await colourfulness(page, id);
  for (let i = 0; i < 30 && !test(c); i++) {
    await renderedFrames(page, 2);
    c = await colourfulness(page, id);
  }
  expect(test(c), `${what} (colourfulness ${c})`).to.equal(true);
}

/** Goes to the kiosk from the welcome panel and returns how many frames showed the visitor between there and here. */
async function framesInTransit(page: Page): Promise<number> {
  // A string, so the bundler's helper names do not leak into the page.
  await page.evaluate(`window.__trace = [];
    requestAnimationFrame(function record() {
      window.__trace.push(window.serviceHall.viewer().position);
      if (window.__trace.length < 400) requestAnimationFrame(record);
    });`);
  await deskPress(page, [`welcome.go.${KIOSK}`]);
  const spot = (await target(page, `spot.${KIOSK}`)).position;
  await page.waitForFunction(([x, z]) => Math.hypot(window.serviceHall!.viewer().position[0] - x, window.serviceHall!.viewer().position[2] - z) < 0.6, [spot[0], spot[2]] as const);
  const trace = await page.evaluate(() => (window as unknown as { __trace: number[][] }).__trace);
  const [start, end] = [trace[0], trace[trace.length - 1]];
  const away = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[2] - b[2]) > 0.05;
  return trace.filter((p) => away(p, start) && away(p, end)).length;
}

describe('system accessibility settings, honoured in the hall and on the page (desktop)', function () {
  this.timeout(300_000);
  const hall = useHall();

  it('follows "more contrast" live: the panels change skin, the settings row says why, and both come back', async () => {
    const { page } = hall();
    const opener = 'welcome.a11y.settings';
    await waitForColour(page, opener, (c) => c > 40, 'navy skin at the start');
    await page.emulateMedia({ contrast: 'more' });
    await waitForColour(page, opener, (c) => c < 15, 'high-contrast skin once the system asks for more contrast');
    await deskPress(page, [opener]);
    const row = 'settings.highContrast';
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id), row);
    expect(await target(page, row)).to.include({ label: 'Kontras tinggi: aktif (pengaturan sistem)', enabled: false });
    await page.emulateMedia({ contrast: 'no-preference' });
    await page.waitForFunction((id) => window.serviceHall!.targets().find((t) => t.id === id)?.label === 'Kontras tinggi: mati', row);
    expect((await target(page, row)).enabled, 'the visitor can choose again').to.equal(true);
    hall().probe.assertClean('contrast');
  });

  it('with reduced motion and more contrast, goes to a kiosk in one jump and shows its form white on black', async () => {
    const { page } = hall();
    await page.emulateMedia({ reducedMotion: 'reduce', contrast: 'more' });
    // Media-query changes reach the page at its next rendering update, as after a change in the system settings.
    await waitForColour(page, `welcome.go.${KIOSK}`, (c) => c < 15, 'high-contrast skin');
    expect(await framesInTransit(page), 'frames drawn mid-way').to.equal(0);
    const sheet = page.locator(`.kiosk-sheet[data-kiosk="${KIOSK}"]`);
    await sheet.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await sheet.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).to.deep.equal(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    hall().probe.assertClean('reduced motion');
  });

  it('without those settings, glides to the kiosk and keeps the navy form', async () => {
    const { page } = hall();
    await page.emulateMedia({ reducedMotion: 'no-preference', contrast: 'no-preference' });
    await renderedFrames(page, 2);
    expect(await framesInTransit(page), 'frames drawn mid-way (a 0.7 s glide)').to.be.at.least(3);
    const sheet = page.locator(`.kiosk-sheet[data-kiosk="${KIOSK}"]`);
    await sheet.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await sheet.evaluate((el) => getComputedStyle(el).backgroundColor)).to.not.equal('rgb(0, 0, 0)');
    hall().probe.assertClean('no preference');
  });

  it('gives the officer console a black-on-white skin under more contrast', async () => {
    const { context, server } = hall();
    const officer = await context.newPage();
    await officer.goto(`${server.origin}/officer`);
    const header = officer.locator('header');
    const background = () => header.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(), 'city blue without a preference').to.not.equal('rgb(0, 0, 0)');
    await officer.emulateMedia({ contrast: 'more' });
    expect(await background()).to.equal('rgb(0, 0, 0)');
    expect(await officer.locator('body').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    await officer.close();
  });
});
