import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useHall } from './support/hallHost';
import { enterVr } from './support/openHall';
import { pokeTargets } from './support/handPoke';
import { target, targets, waitForActivation, events } from './hallQueries';

/** Waits until the target's name (what a screen reader reads) is `label`. */
async function waitForLabel(page: Page, id: string, label: string): Promise<void> {
  await page.waitForFunction(([i, l]) => window.serviceHall!.targets().find((t) => t.id === i)?.label === l, [id, label] as const);
}

/** Presses a control through its DOM-mirror button with the keyboard (focus, Enter), as a screen-reader user does. */
async function pressByKeyboard(page: Page, id: string): Promise<void> {
  const before = (await events(page)).length;
  await page.locator(`[data-target-id="${id}"]`).focus();
  await page.keyboard.press('Enter');
  await waitForActivation(page, id, before);
}

describe('"Tampilan & bantuan" (Display & help) settings panel', function () {
  this.timeout(480_000);

  describe('on a desktop, with the keyboard through the DOM mirror', () => {
    const hall = useHall();

    it('opens in place of the welcome panel, steps text size with its state in the name, and closes back', async () => {
      const { page } = hall();
      expect((await targets(page)).some((t) => t.id.startsWith('settings.')), 'closed at the start: no settings target').to.equal(false);
      await pressByKeyboard(page, 'welcome.a11y.settings');
      await waitForLabel(page, 'settings.textScale', 'Ukuran teks: 100 %');
      const ids = (await targets(page)).map((t) => t.id);
      expect(ids.filter((id) => id.startsWith('settings.')), 'one row per choice, then close').to.deep.equal([
        'settings.textScale',
        'settings.captionSize',
        'settings.captionPlace',
        'settings.highContrast',
        'settings.dwell',
        'settings.close',
      ]);
      expect(ids.some((id) => id.startsWith('welcome.a11y')), 'the welcome panel stepped aside').to.equal(false);
      await pressByKeyboard(page, 'settings.textScale');
      await waitForLabel(page, 'settings.textScale', 'Ukuran teks: 125 %');
      expect(await page.locator('[data-target-id="settings.textScale"]').textContent()).to.equal('Ukuran teks: 125 %');
      await pressByKeyboard(page, 'settings.dwell');
      await waitForLabel(page, 'settings.dwell', 'Pilih dengan menatap/menahan (1,5 s): aktif');
      await pressByKeyboard(page, 'settings.close');
      await page.waitForFunction(() => !window.serviceHall!.targets().some((t) => t.id.startsWith('settings.')));
      await target(page, 'welcome.a11y.settings');
      hall().probe.assertClean('settings by keyboard');
    });
  });

  describe('in the headset (IWER, hands)', () => {
    const hall = useHall({ open: { xr: { inputMode: 'hands' } }, setup: enterVr });

    it('opens from the comfort bar where the hand is, and every row is poked there', async () => {
      const { page } = hall();
      const xr = hall().xr!;
      await pokeTargets(page, xr, 'right', ['comfort.a11y.settings']);
      await waitForLabel(page, 'settings.captionPlace', 'Takarir: di panel');
      await pokeTargets(page, xr, 'right', ['settings.captionPlace', 'settings.highContrast']);
      await waitForLabel(page, 'settings.captionPlace', 'Takarir: ikuti pandangan');
      await waitForLabel(page, 'settings.highContrast', 'Kontras tinggi: aktif');
      await pokeTargets(page, xr, 'left', ['settings.close']);
      await page.waitForFunction(() => window.serviceHall!.targets().some((t) => t.id === 'comfort.a11y.settings' && t.enabled));
      hall().probe.assertClean('settings by poke');
    });
  });
});
