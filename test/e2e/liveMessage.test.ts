/**
 * "Tinggalkan pesan" (issue 11) in a real browser: no officer is on duty, so the kiosk's live panel offers to leave a
 * message. The citizen types it (and a call-back phone) in the kiosk's desktop sheet, takes home a tracking code with
 * its QR code, the officer of the unit finds it in the console's "Pesan warga" list and replies, and the reply shows
 * in the citizen's status timeline. The headset path is the same flow on the kiosk panel (its keyboard).
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { openHall, type HallSession } from './support/openHall';
import { pressMirror, signInConsole, startLiveHost, type LiveHost } from './support/liveHost';

const KIOSK = 'kependudukan';
const MESSAGE = 'Apakah akta kelahiran bisa diurus tanpa surat nikah orang tua?';
const REPLY = 'Bisa, dengan SPTJM kebenaran pasangan suami istri. Datang ke MPP dengan KK.';
const CODE_RE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

/** Waits for the kiosk's sheet to show a screen. */
async function sheetScreen(page: Page, screen: string): Promise<void> {
  await page.locator(`.kiosk-sheet[data-kiosk="${KIOSK}"][data-screen="${screen}"]`).waitFor({ state: 'visible', timeout: 60_000 });
}

describe('leave a message when no officer is on duty: kiosk sheet, console reply, status timeline', function () {
  this.timeout(600_000);
  let host: LiveHost;
  let hall: HallSession;
  let officer: Page;

  before(async function () {
    this.timeout(600_000);
    host = await startLiveHost({ rina: [KIOSK] });
    // Signed in, but not available for calls: no officer of the unit is on duty.
    officer = await signInConsole(host, 'rina');
    hall = await openHall({ existingServer: host.server, existingBrowser: host.browser });
  });

  after(async () => {
    await officer?.context().close();
    await hall?.close();
    await host?.close();
  });

  it('files the message as a consultation ticket the officer answers in the citizen status timeline', async () => {
    const { page } = hall;
    await pressMirror(page, `spot.${KIOSK}`);
    await page.locator(`.kiosk-sheet[data-kiosk="${KIOSK}"]`).waitFor({ state: 'visible', timeout: 120_000 });

    // The live panel says no officer is on duty and offers to leave a message.
    await page.waitForFunction(
      (id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled),
      `live.${KIOSK}.leaveMessage`,
      { timeout: 60_000 },
    );
    await pressMirror(page, `live.${KIOSK}.leaveMessage`);
    await sheetScreen(page, 'consent');
    await page.locator('.kiosk-sheet [data-action="accept"]').click();
    await sheetScreen(page, 'form');

    // A bad phone is shown at its field; nothing is filed.
    await page.locator('.kiosk-sheet [name="message"]').fill(MESSAGE);
    await page.locator('.kiosk-sheet [name="phone"]').fill('12345');
    await page.locator('.kiosk-sheet [data-action="next"]').click();
    await page.locator('.kiosk-sheet [name="phone"][aria-invalid="true"]').waitFor();
    await page.locator('.kiosk-sheet [name="phone"]').fill('081234567890');
    await page.locator('.kiosk-sheet [data-action="next"]').click();
    await sheetScreen(page, 'review');
    await page.locator('.kiosk-sheet [data-action="submit"]').click();
    await sheetScreen(page, 'result');
    const code = (await page.locator('.kiosk-sheet .sheet-fact').filter({ has: page.locator('dt', { hasText: 'Kode pelacakan' }) }).locator('dd').first().innerText()).trim();
    expect(code).to.match(CODE_RE);
    expect(await page.locator('.kiosk-sheet .sheet-qr img').count(), 'a QR code of the status link').to.equal(1);

    // The officer of the unit sees it under "Pesan warga" and replies.
    await officer.getByRole('button', { name: 'Pesan warga' }).click();
    await officer.locator('tr.row', { hasText: code }).click();
    await officer.locator('dd', { hasText: MESSAGE }).waitFor();
    await officer.locator('form', { hasText: 'Kirim balasan' }).locator('textarea').fill(REPLY);
    await officer.getByRole('button', { name: 'Kirim balasan' }).click();
    await officer.locator('ol li', { hasText: REPLY }).waitFor();

    // The citizen's status page (the QR code's link) shows the reply in the timeline.
    const status = await hall.context.newPage();
    await status.goto(`${host.server.origin}/status/${code}`);
    await status.locator('body', { hasText: REPLY }).first().waitFor();
    expect(await status.locator('body').innerText()).to.include('Pesan untuk petugas');
    await status.close();
    hall.probe.assertClean('leaving a message');
  });
});
