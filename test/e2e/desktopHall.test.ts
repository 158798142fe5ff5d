import { expect } from 'chai';
import { useHall } from './support/hallHost';
import { sampleCanvas } from './support/canvasPixels';
import { renderedFrames } from './support/frames';
import { programsBeforeFirstDraw, watchFirstFrame } from './support/firstFrameProbe';
import { events, floorDistance, mode, target, targets, viewer, waitForActivation, walkTo } from './hallQueries';

describe('the hall on a desktop browser', function () {
  // Each test starts on a fresh page at the start of the hall.
  const hall = useHall();

  it('renders the hall: the canvas shows a varied picture, not a blank clear colour', async () => {
    await renderedFrames(hall().page, 10);
    const picture = await sampleCanvas(hall().page);
    expect(await mode(hall().page)).to.equal('desktop');
    expect(picture.distinctColours).to.be.greaterThan(200);
    expect(picture.dominantShare).to.be.lessThan(0.6);
    hall().probe.assertClean('opening the hall');
  });

  it('draws its first frame after linking one shader program: the whole start view shares it (issue 14)', async () => {
    const { context, page, ready } = hall();
    await watchFirstFrame(context);
    await page.waitForLoadState('networkidle'); // a reload must not abort the first load's late fetches
    await page.reload();
    expect(await programsBeforeFirstDraw(page), 'programs linked before the first draw').to.equal(1);
    await ready();
    hall().probe.assertClean('reloading the hall');
  });

  it('lets a visitor walk up to a kiosk with the keyboard and click one of its controls', async () => {
    const { page } = hall();
    // The kiosk most straight ahead from the start, reached by walking to its "stand here" spot.
    const start = await viewer(page);
    const ahead = (await targets(page))
      .filter((t) => /^kiosk\.[a-z]+\.service:/.test(t.id) && t.screen)
      .sort((a, b) => Math.abs(a.screen!.x - 640) - Math.abs(b.screen!.x - 640))[0];
    expect(ahead, 'a kiosk control is visible from the start').to.not.equal(undefined);
    const kiosk = ahead.id.split('.').slice(0, 2).join('.');
    const spot = await target(page, `spot.${kiosk.split('.')[1]}`);
    // A desktop visitor stops a step short of the spot, where the whole panel is in view: at the spot the
    // lower buttons sit at the bottom edge of a 1.6 m eye's level view, and an overshoot hides them.
    const back = stepBack(spot.position, ahead.position, 0.3);
    const left = await walkTo(page, back);
    expect(left, 'the visitor reached the kiosk, a step short of its stand-here spot').to.be.at.most(0.35);
    expect(floorDistance((await viewer(page)).position, start.position), 'the visitor walked').to.be.greaterThan(1);

    const control = (await targets(page)).find((t) => t.id.startsWith(`${kiosk}.service:`) && t.screen);
    expect(control, 'a service button of that kiosk is on screen').to.not.equal(undefined);
    const before = (await events(page)).length;
    await page.mouse.click(control!.screen!.x, control!.screen!.y);
    const event = await waitForActivation(page, control!.id, before);
    expect(event.via).to.equal('click');
    // The kiosk answered: its panel now shows that service with a way back.
    await target(page, `${kiosk}.back`);
    hall().probe.assertClean('walking and clicking');
  });

  it('works with the keyboard alone: Tab moves a visible focus through the world and Enter activates', async () => {
    const { page } = hall();
    let focusedId: string | undefined;
    for (let i = 0; i < 40 && !focusedId?.startsWith('welcome.go.'); i++) {
      await page.keyboard.press('Tab');
      focusedId = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.targetId);
    }
    expect(focusedId, 'Tab reaches the welcome panel').to.match(/^welcome\.go\./);
    // The focused control is named on screen, not only to screen readers.
    const caption = page.locator('.hall-focus-caption');
    await expect(await caption.isVisible()).to.equal(true);
    expect(await caption.textContent()).to.equal((await target(page, focusedId!)).label);

    const before = (await events(page)).length;
    await page.keyboard.press('Enter');
    const go = await waitForActivation(page, focusedId!, before);
    expect(go.via).to.equal('key');
    // Enter on "go to kiosk" glides the visitor to that kiosk's stand-here spot.
    const kioskId = focusedId!.slice('welcome.go.'.length);
    const spot = await target(page, `spot.${kioskId}`);
    await page.waitForFunction(
      ([x, z]) => {
        const v = window.serviceHall!.viewer().position;
        return Math.hypot(v[0] - x, v[2] - z) < 0.1;
      },
      [spot.position[0], spot.position[2]],
    );

    // Standing at the kiosk, its form opens as a page region and takes the keyboard focus.
    await page.locator(`.kiosk-sheet[data-kiosk="${kioskId}"]`).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.evaluate(() => document.activeElement?.closest<HTMLElement>('.kiosk-sheet')?.dataset.kiosk ?? null)).to.equal(kioskId);
    // Screen readers get the kiosk's controls once: in the form, not again from the 3D panel.
    await page.waitForFunction((k) => !document.querySelector(`.hall-mirror button[data-target-id^="kiosk.${k}."]`), kioskId);
    // Tab to the first service and press Enter: the kiosk moves on to that service's requirements.
    let onService = false;
    for (let i = 0; i < 10 && !onService; i++) {
      await page.keyboard.press('Tab');
      onService = await page.evaluate(() => /^service:/.test((document.activeElement as HTMLElement | null)?.dataset?.action ?? ''));
    }
    expect(onService, 'Tab reaches a service choice in the form').to.equal(true);
    await page.keyboard.press('Enter');
    await page.locator(`.kiosk-sheet[data-kiosk="${kioskId}"][data-screen="requirements"]`).waitFor({ state: 'visible', timeout: 10_000 });
    hall().probe.assertClean('keyboard only');
  });
});

/** A floor point `distance` metres further from `panel` than `spot`, on the line through both. */
function stepBack(spot: readonly number[], panel: readonly number[], distance: number): number[] {
  const dx = spot[0] - panel[0];
  const dz = spot[2] - panel[2];
  const d = Math.hypot(dx, dz);
  return [spot[0] + (dx / d) * distance, spot[1], spot[2] + (dz / d) * distance];
}
