import { expect } from 'chai';
import { useHall } from './support/hallHost';

/** How a choice button of the open sheet is drawn: its action, height and label size. */
interface DrawnChoice {
  action: string;
  height: number;
  width: number;
  fontPx: number;
}

describe('kiosk sheet on a desktop: the most common service (issue 8)', function () {
  this.timeout(180_000);
  const hall = useHall();

  it('is the first choice, and taller, wider-set and in larger type than every other', async () => {
    const { page } = hall();
    const go = page.locator('[data-target-id="welcome.go.kependudukan"]');
    await go.focus();
    await page.keyboard.press('Enter');
    const sheet = page.locator('.kiosk-sheet[data-kiosk="kependudukan"][data-screen="services"]');
    await sheet.waitFor({ state: 'visible', timeout: 120_000 });
    const choices: DrawnChoice[] = await sheet.locator('.sheet-choices .sheet-action').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        const label = e.querySelector('.sheet-action-label') ?? e;
        return { action: (e as HTMLElement).dataset.action ?? '', height: r.height, width: r.width, fontPx: parseFloat(getComputedStyle(label).fontSize) };
      }),
    );
    expect(choices.length, 'Kependudukan lists several services').to.be.greaterThan(3);
    const [first, ...others] = choices;
    expect(first.action, 'the birth certificate first').to.equal('service:akta-kelahiran');
    for (const o of others) {
      expect(first.height, `taller than ${o.action}`).to.be.greaterThan(o.height * 1.2);
      expect(first.fontPx, `larger type than ${o.action}`).to.be.greaterThan(o.fontPx);
      expect(first.width, `as wide as ${o.action}`).to.be.at.least(o.width - 1);
    }
    hall().probe.assertClean('sheet choices');
  });
});
