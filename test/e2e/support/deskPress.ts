import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { target, waitForActivation } from '../hallQueries';

/**
 * Presses hall controls in turn on the desktop page, as a visitor does: a mouse click where the control
 * is on screen and nothing covers it, else the keyboard through the accessible mirror (focus its button,
 * Enter). Each press is checked in the activation log.
 */
export async function deskPress(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    await page.waitForFunction((wanted) => window.serviceHall!.targets().some((x) => x.id === wanted && x.enabled), id, { timeout: 20_000 });
    const t = await target(page, id);
    const before = await page.evaluate(() => window.serviceHall!.events().length);
    const onCanvas = t.screen && (await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', [t.screen.x, t.screen.y] as const));
    if (t.screen && onCanvas) await page.mouse.click(t.screen.x, t.screen.y);
    else {
      await page.locator(`[data-target-id="${id}"]`).focus({ timeout: 5000 });
      await page.keyboard.press('Enter');
    }
    expect((await waitForActivation(page, id, before, 10_000)).id).to.equal(id);
  }
}
