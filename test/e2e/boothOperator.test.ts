import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startAppServer } from './support/appServer';
import type { RunningServer } from './support/staticServer';
import { enterVr, openHall, type HallSession } from './support/openHall';
import { targets } from './hallQueries';
import { pokeAll } from './boothHands';

const PIN = '246810';
const keys = (pin: string) => [...Array.from(pin, (d) => `booth.operator.key.${d}`), 'booth.operator.key.ok'];
const MENU = 'booth.operator.reset';

describe('booth operator menu with hands (IWER as a Quest 3)', function () {
  this.timeout(480_000);
  let server: RunningServer;
  let browser: Browser;
  let hall: HallSession;

  before(async function () {
    this.timeout(300_000);
    server = await startAppServer({ env: { BOOTH_PIN: PIN } });
    browser = await launchChromium();
    // The enrolment's wrong PIN answers 403: an expected failed request and console line.
    hall = await openHall({
      existingServer: server,
      existingBrowser: browser,
      xr: { inputMode: 'hands' },
      path: '/?booth=1',
      allowFailure: (r) => r.url.endsWith('/api/booth/enrol'),
      allowConsoleError: (text) => text.includes('403'),
    });
    await enterVr(hall);
  });

  after(async () => {
    await hall?.close();
    await browser?.close();
    await server?.close();
  });

  const menuShown = () => hall.page.evaluate((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), MENU);

  it('booth mode asks for the PIN to enrol; a wrong PIN is refused with a translated message, the right one enrols and opens the menu', async () => {
    const { page } = hall;
    const xr = hall.xr!;
    // The PIN pad opens at the welcome lectern as soon as the operator chunk has loaded.
    await page.waitForFunction(() => window.serviceHall!.targets().some((t) => t.id === 'booth.operator.key.ok'));
    await pokeAll(page, xr, keys('111111'));
    await page.getByRole('alert').filter({ hasText: 'PIN salah' }).waitFor();
    expect(await menuShown()).to.equal(false);

    await pokeAll(page, xr, keys(PIN));
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), MENU);
    const labels = (await targets(page)).filter((t) => t.id.startsWith('booth.operator.')).map((t) => t.label);
    expect(labels).to.include.members(['Atur ulang aula', 'Pusatkan ulang', 'Keluar dari mode booth', 'Berdiri']);
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('hall.booth') ?? '{}').token as string);
    const check = await fetch(`${server.origin}/api/booth/status`, { headers: { 'x-booth-token': token } });
    expect(check.status, 'the device holds a valid booth token').to.equal(200);
    await pokeAll(page, xr, ['booth.operator.close']);
    await page.waitForFunction((id) => !window.serviceHall!.targets().some((t) => t.id === id && t.enabled), MENU);
  });

  it('later, the hidden opener (three presses within 6 s) asks for the PIN again: wrong refused, right opens; reset and leave work', async () => {
    const { page } = hall;
    const xr = hall.xr!;
    await pokeAll(page, xr, ['booth.opener.open', 'booth.opener.open']);
    expect(await page.evaluate(() => window.serviceHall!.targets().some((t) => t.id === 'booth.operator.key.ok' && t.enabled)), 'two presses open nothing').to.equal(false);
    await pokeAll(page, xr, ['booth.opener.open']);
    await page.waitForFunction(() => window.serviceHall!.targets().some((t) => t.id === 'booth.operator.key.ok' && t.enabled));
    await pokeAll(page, xr, keys('999999'));
    await page.getByRole('alert').filter({ hasText: 'PIN salah' }).waitFor();
    await pokeAll(page, xr, keys(PIN));
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), MENU);
    await pokeAll(page, xr, [MENU]);
    await page.waitForFunction(() => document.body.dataset.lastWipe === 'operator');
    expect(await menuShown(), 'reset closes the menu').to.equal(false);

    await pokeAll(page, xr, ['booth.opener.open', 'booth.opener.open', 'booth.opener.open']);
    await pokeAll(page, xr, keys(PIN));
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), 'booth.operator.leave');
    const reload = page.waitForNavigation();
    // Leaving reloads the page while the poke loop still runs in it: its context is destroyed, so only the navigation counts.
    await pokeAll(page, xr, ['booth.operator.leave']).catch(() => undefined);
    await reload;
    await hall.ready();
    expect(new URL(page.url()).search, 'restarted without ?booth=1').to.equal('');
    expect(await page.evaluate(() => localStorage.getItem('hall.booth'))).to.equal(null);
    expect((await targets(page)).some((t) => t.id === 'booth.opener.open'), 'no operator affordance at home').to.equal(false);
  });
});
