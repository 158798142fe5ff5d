import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { enterVr } from './support/openHall';
import { useHall } from './support/hallHost';
import { locale, target, targets } from './hallQueries';
import { pinchRayTo, pokeAll } from './boothHands';

const PANEL = 'kiosk.kependudukan';
/** What the citizen types into the name field: letters no label of the hall contains. */
const TYPED = 'Qiz';
const typeName = [`${PANEL}.service:akta-kelahiran`, `${PANEL}.next`, `${PANEL}.accept`, `${PANEL}.key.shift`, `${PANEL}.key.Q`, `${PANEL}.key.i`, `${PANEL}.key.z`];

/** Booth mode with the wipe times shortened by the documented test setting (seconds). */
const boothPath = (times: string) => `/?booth=1&wipeTimes=${times}`;

/** A booth visitor starts a birth certificate at the population kiosk and types part of their name. */
async function startForm(page: Page, xr: NonNullable<ReturnType<ReturnType<typeof useHall>>['xr']>): Promise<void> {
  await pinchRayTo(page, xr, 'spot.kependudukan');
  await pokeAll(page, xr, typeName);
  expect((await target(page, `${PANEL}.field.childName`)).label, 'the name tab reads back what was typed').to.contain(TYPED);
}

/** Nothing the visitor typed is left in the hall's target labels, the page's DOM, title or storage; the kiosk shows its services again, in Bahasa Indonesia, at the welcome point. */
async function expectWiped(page: Page): Promise<void> {
  const labels = (await targets(page)).map((t) => t.label).join('\n');
  expect(labels).to.not.contain(TYPED);
  const pageText = await page.evaluate(() => [document.body.innerHTML, document.title, location.href, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })].join('\n'));
  expect(pageText).to.not.contain(TYPED);
  expect((await targets(page)).some((t) => t.id === `${PANEL}.service:akta-kelahiran`), 'the kiosk is back on its services list').to.equal(true);
  expect(await locale(page)).to.equal('id');
  expect(await page.evaluate(() => Object.keys(localStorage))).to.deep.equal(['hall.booth']);
}

describe('booth wipe: a shared Quest 3 with hands (IWER)', function () {
  this.timeout(480_000);

  describe('headset taken off', () => {
    const HEADSET_S = 10;
    const hall = useHall({ open: { xr: { inputMode: 'hands' }, path: boothPath(`idle:60,headset:${HEADSET_S}`) }, setup: enterVr });

    it('a brief hidden (system menu) keeps the form; hidden for the headset time wipes it', async () => {
      const { page } = hall();
      const xr = hall().xr!;
      await startForm(page, xr);
      // Brief: hidden for a few frames, then back; then let the headset time pass in counted frames.
      const hiddenAt = await page.evaluate(() => performance.now());
      await page.evaluate(() => (window as unknown as { __xrDriver: { device: { updateVisibilityState(s: string): void } } }).__xrDriver.device.updateVisibilityState('hidden'));
      await xr.frames(2);
      await page.evaluate(() => (window as unknown as { __xrDriver: { device: { updateVisibilityState(s: string): void } } }).__xrDriver.device.updateVisibilityState('visible'));
      await page.evaluate(async (until) => {
        const w = window as unknown as { __xrDriver: { frames(n: number): Promise<void> } };
        while (performance.now() < until) await w.__xrDriver.frames(1);
      }, hiddenAt + (HEADSET_S + 2) * 1000);
      expect(await page.evaluate(() => `${document.body.dataset.wipes} ${document.body.dataset.lastWipe ?? ''}`), 'a brief hidden does not wipe').to.equal('0 ');
      expect((await target(page, `${PANEL}.field.childName`)).label).to.contain(TYPED);

      await page.evaluate(() => (window as unknown as { __xrDriver: { device: { updateVisibilityState(s: string): void } } }).__xrDriver.device.updateVisibilityState('hidden'));
      await page.waitForFunction(() => document.body.dataset.wipes === '1', undefined, { timeout: 60_000 });
      expect(await page.evaluate(() => document.body.dataset.lastWipe)).to.equal('headsetOff');
      await expectWiped(page);
      hall().probe.assertClean('booth headset wipe');
    });
  });
});
