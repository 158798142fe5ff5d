import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useHall } from './support/hallHost';
import { waitForActivation, events } from './hallQueries';

/** The DOM mirror as a screen reader meets it: each element's kind and text, in document order. */
function mirror(page: Page): Promise<{ tag: string; role: string | null; id?: string; text: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('nav.hall-mirror > *')].map((e) => ({ tag: e.tagName, role: e.getAttribute('role'), id: e.dataset.targetId, text: e.textContent ?? '' })),
  );
}

describe('the DOM mirror reads the panels\' texts in order, not only their controls', function () {
  this.timeout(300_000);
  const hall = useHall();

  it('reads the welcome panel\'s heading and instructions before its buttons, and follows a language switch', async () => {
    const { page } = hall();
    const items = await mirror(page);
    const heading = items.findIndex((i) => i.tag === 'H2' && i.text === 'Selamat datang di Aula Layanan Publik Makassar');
    const firstButton = items.findIndex((i) => i.id?.startsWith('welcome.'));
    expect(heading, 'the welcome heading is read').to.be.greaterThan(-1);
    expect(firstButton, 'the welcome buttons are listed').to.be.greaterThan(heading);
    const between = items.slice(heading + 1, firstButton);
    expect(between.length, 'instructions between the heading and the buttons').to.be.greaterThan(0);
    expect(between.every((i) => i.tag === 'P'), 'only paragraphs between').to.equal(true);
    expect(between[0].text).to.match(/^Aula ini buka 24 jam/);

    const before = (await events(page)).length;
    await page.locator('[data-target-id="welcome.language"]').focus();
    await page.keyboard.press('Enter');
    await waitForActivation(page, 'welcome.language', before);
    await page.waitForFunction(() => [...document.querySelectorAll('nav.hall-mirror > h2')].some((h) => h.textContent === 'Welcome to the Makassar Public Service Hall'));
    const english = await mirror(page);
    expect(english.some((i) => i.text === 'Selamat datang di Aula Layanan Publik Makassar'), 'no Indonesian heading left').to.equal(false);
    hall().probe.assertClean('the mirror reads the welcome panel');
  });
});
