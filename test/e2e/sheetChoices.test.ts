import { expect } from 'chai';
import { useHall } from './support/hallHost';

/** How a choice button of the open sheet is drawn: its action, least height, width and type sizes. */
interface DrawnChoice {
  action: string;
  minHeight: number;
  width: number;
  labelPx: number;
  descriptionPx: number;
}

describe('kiosk sheet on a desktop: the most common service (issue 8)', function () {
  this.timeout(180_000);
  const hall = useHall();

  // Heights follow the descriptions' lengths, so the size compared is the least height each choice is given.
  it('is the first choice, as wide as the others, taller at least and in larger type than every other', async () => {
    const { page } = hall();
    const go = page.locator('[data-target-id="welcome.go.kependudukan"]');
    await go.focus();
    await page.keyboard.press('Enter');
    const sheet = page.locator('.kiosk-sheet[data-kiosk="kependudukan"][data-screen="services"]');
    await sheet.waitFor({ state: 'visible', timeout: 120_000 });
    // Inline (no named helpers): the page runs this function's source as it is.
    const choices: DrawnChoice[] = await sheet.locator('.sheet-choices .sheet-action').evaluateAll((els) =>
      els.map((e) => ({
        action: (e as HTMLElement).dataset.action ?? '',
        minHeight: parseFloat(getComputedStyle(e).minHeight),
        width: e.getBoundingClientRect().width,
        labelPx: parseFloat(getComputedStyle(e.querySelector('.sheet-action-label') ?? e).fontSize),
        descriptionPx: parseFloat(getComputedStyle(e.querySelector('.sheet-action-description') ?? e).fontSize),
      })),
    );
    expect(choices.length, 'Kependudukan lists several services').to.be.greaterThan(3);
    const [first, ...others] = choices;
    expect(first.action, 'the birth certificate first').to.equal('service:akta-kelahiran');
    for (const o of others) {
      expect(first.minHeight, `taller at least than ${o.action}`).to.be.greaterThan(o.minHeight * 1.4);
      expect(first.labelPx, `a larger name than ${o.action}`).to.be.greaterThan(o.labelPx * 1.2);
      expect(first.descriptionPx, `a larger description than ${o.action}`).to.be.greaterThan(o.descriptionPx);
      expect(first.width, `as wide as ${o.action}`).to.be.at.least(o.width - 1);
    }
    hall().probe.assertClean('sheet choices');
  });
});
