import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { enterVr } from './support/openHall';
import { useHall } from './support/hallHost';
import { deskPress } from './support/deskPress';
import { events, target, targets } from './hallQueries';
import { pokeAll } from './boothHands';

/** The server's booth PIN (the suite's own server gets it as BOOTH_PIN). */
const PIN = '246810';
const OK = 'booth.operator.key.ok';
/** A digit key: enabled whenever the PIN pad shows (OK only from the 4th digit). */
const DIGIT = 'booth.operator.key.1';
const OPENER = 'booth.opener.open';
const keys = (pin: string) => [...Array.from(pin, (d) => `booth.operator.key.${d}`), OK];
/** How a test presses controls: the desktop's mouse (or keyboard), or the index finger in the headset. */
type Press = (page: Page, ids: string[]) => Promise<void>;

const shown = (page: Page, id: string) => page.waitForFunction((wanted) => window.serviceHall!.targets().some((t) => t.id === wanted && t.enabled), id, { timeout: 60_000 });
const enabled = (page: Page, id: string) => page.evaluate((wanted) => window.serviceHall!.targets().some((t) => t.id === wanted && t.enabled), id);
const gone = (page: Page, id: string) => page.waitForFunction((wanted) => !window.serviceHall!.targets().some((t) => t.id === wanted && t.enabled), id, { timeout: 60_000 });

/** A fresh booth device: the PIN pad asks for the booth PIN at once, the right one enrols it; the operator closes the menu. */
async function enrol(page: Page, press: Press): Promise<void> {
  await shown(page, DIGIT);
  await press(page, keys(PIN));
  await shown(page, 'booth.operator.reset');
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('hall.booth') ?? '{}').token as string | undefined);
  expect(token, 'the device holds a booth token').to.be.a('string');
  await press(page, ['booth.operator.close']);
  await gone(page, 'booth.operator.reset');
}

/** Presses the hidden tab three times, checking that two presses open nothing. */
async function pressOpenerStepwise(page: Page, press: Press): Promise<void> {
  await press(page, [OPENER, OPENER]);
  expect(await enabled(page, DIGIT), 'two presses open nothing').to.equal(false);
  await press(page, [OPENER]);
}

/**
 * Later: the hidden tab pressed three times opens the PIN pad; a wrong PIN is refused at the field; the right one
 * opens the menu. `pressOpener` presses the tab three times (within the 6 s the gesture allows).
 */
async function openMenu(page: Page, press: Press, pressOpener = pressOpenerStepwise): Promise<void> {
  expect((await target(page, OPENER)).label).to.equal('Petugas');
  await pressOpener(page, press);
  await shown(page, DIGIT);
  await press(page, keys('999999'));
  await refusedAloud(page);
  expect((await target(page, OK)).label, 'the message at the field').to.contain('PIN salah');
  expect(await enabled(page, 'booth.operator.reset'), 'a wrong PIN opens nothing').to.equal(false);
  await press(page, keys(PIN));
  await shown(page, 'booth.operator.reset');
  const labels = (await targets(page)).filter((t) => t.id.startsWith('booth.operator.')).map((t) => t.label);
  expect(labels).to.include.members(['Atur ulang aula', 'Pusatkan ulang', 'Keluar dari mode booth', 'Berdiri']);
}

describe('booth operator menu', function () {
  this.timeout(480_000);

  describe('on the desktop page', () => {
    // Leaving restarts the page while the menu's server check may still be in flight: that fetch is aborted.
    const hall = useHall({ env: { BOOTH_PIN: PIN }, open: { path: '/?booth=1', allowFailure: (r) => r.url.endsWith('/api/health') } });

    it('the hidden opener, a wrong PIN refused, the right PIN opens the menu; "leave booth mode" makes it a home device', async () => {
      const { page } = hall();
      await enrol(page, deskPress);
      await openMenu(page, deskPress);
      // Leaving restarts the page at once, with a fresh activation log: only the navigation counts.
      const leave = await target(page, 'booth.operator.leave');
      const restart = page.waitForURL((url) => url.search === '', { timeout: 60_000 });
      if (leave.screen && (await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', [leave.screen.x, leave.screen.y] as const))) await page.mouse.click(leave.screen.x, leave.screen.y);
      else {
        await page.locator('[data-target-id="booth.operator.leave"]').focus();
        await page.keyboard.press('Enter');
      }
      await restart;
      await hall().ready();
      expect(await page.evaluate(() => localStorage.getItem('hall.booth')), 'booth mode forgotten').to.equal(null);
      expect((await targets(page)).some((t) => t.id === OPENER), 'no operator affordance at home').to.equal(false);
      hall().probe.assertClean('operator menu, desktop');
    });
  });

  describe('in the headset with hands (IWER as a Quest 3)', () => {
    // The enrolment's wrong PIN answers 403: an expected failed request and console line. Closing the menu aborts
    // its server check (`/api/health`) if it is still in flight.
    const hall = useHall({
      env: { BOOTH_PIN: PIN },
      open: {
        xr: { inputMode: 'hands' },
        path: '/?booth=1',
        allowFailure: (r) => r.url.endsWith('/api/booth/enrol') || r.url.endsWith('/api/health'),
        allowConsoleError: (text) => text.includes('403'),
      },
      setup: enterVr,
    });

    it('enrolment PIN pad poked: a wrong PIN refused, the right PIN enrols; later the opener poked three times, and a menu row works by poke', async () => {
      const { page } = hall();
      const poke: Press = (p, ids) => pokeAll(p, hall().xr!, ids);
      await shown(page, DIGIT);
      await poke(page, keys('999999'));
      await refusedAloud(page);
      expect((await target(page, OK)).label, 'the message at the field').to.contain('PIN salah');
      expect(await enabled(page, 'booth.operator.reset'), 'a wrong PIN opens nothing').to.equal(false);
      await poke(page, keys(PIN));
      await shown(page, 'booth.operator.reset');
      const labels = (await targets(page)).filter((t) => t.id.startsWith('booth.operator.')).map((t) => t.label);
      expect(labels).to.include.members(['Atur ulang aula', 'Pusatkan ulang', 'Keluar dari mode booth', 'Berdiri']);
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem('hall.booth') ?? '{}').token), 'enrolled: a booth token').to.be.a('string');
      await poke(page, ['booth.operator.close']);
      await gone(page, 'booth.operator.reset');
      // Later, an operator comes back: the hidden tab, three pokes in a row (a headset drawn in software takes the
      // 6 s of the gesture for a pause between two calls: two presses alone are checked on the desktop page and in
      // Node), the PIN (a wrong one first).
      const before = (await events(page)).length;
      await openMenu(page, poke, (p, press) => press(p, [OPENER, OPENER, OPENER]));
      const opened = (await events(page)).slice(before).filter((e) => e.id === OPENER);
      expect(opened.map((e) => e.via), 'three pokes of the tab').to.deep.equal(['poke', 'poke', 'poke']);
      const language = (await target(page, 'booth.operator.language')).label;
      expect(language, 'the booth starts in Bahasa Indonesia').to.contain('Indonesia');
      await poke(page, ['booth.operator.language']);
      await page.waitForFunction((before) => window.serviceHall!.targets().find((t) => t.id === 'booth.operator.language')?.label !== before, language, { timeout: 30_000 });
      expect((await target(page, 'booth.operator.language')).label, 'the default language row changed by poke').to.contain('English');
      hall().probe.assertClean('operator menu, headset');
    });
  });
});

/** A wrong PIN is announced once to screen readers (the PIN pad's notice in the DOM mirror) and shown on the page. */
async function refusedAloud(page: Page): Promise<void> {
  await page.locator('.hall-mirror').getByRole('alert').filter({ hasText: 'PIN salah. Coba lagi.' }).waitFor({ state: 'attached' });
  expect(await page.getByRole('alert').filter({ hasText: 'PIN salah' }).count(), 'announced once').to.equal(1);
  await page.locator('.booth-operator-message').filter({ hasText: 'PIN salah. Coba lagi.' }).waitFor();
}
