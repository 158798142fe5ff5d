/**
 * The live queue (issue 11) in three Chromium pages with fake media devices: one officer console and two citizens,
 * each in their own desktop hall (the headset path of the same panel is covered by liveCall). Citizen A calls, then
 * citizen B at the same unit: each sees their place in the queue (A 1, B 2). The officer accepts A and B's place
 * becomes 1; the officer hangs up A, accepts B, and voice flows both ways on B's call.
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { openHall, type HallSession } from './support/openHall';
import { openConsole, pressMirror, startLiveHost, waitForRtp, type LiveHost } from './support/liveHost';

const KIOSK = 'kependudukan';
const PANEL = `live.${KIOSK}`;

/** The kiosk's live phase as a hall reports it. */
function phase(page: Page): Promise<string | undefined> {
  return page.evaluate((k) => window.serviceHallLive!.state(k)?.phase, KIOSK);
}

/** Waits until the hall's live panel is in `wanted`. */
async function waitForPhase(page: Page, wanted: string): Promise<void> {
  await page.waitForFunction(([k, w]) => window.serviceHallLive!.state(k)?.phase === w, [KIOSK, wanted] as const, { timeout: 60_000 });
}

/** Waits until the panel's text, as the DOM mirror reads it to the citizen, shows this place in the queue. */
async function waitForPlace(page: Page, place: number): Promise<void> {
  await page.locator('nav.hall-mirror p.mirror-text', { hasText: `Nomor antrean Anda: ${place}` }).waitFor({ state: 'attached', timeout: 60_000 });
}

/** The places the panel shows now (normally one line). */
async function placesShown(page: Page): Promise<string[]> {
  const lines = await page.locator('nav.hall-mirror p.mirror-text').allTextContents();
  return lines.filter((l) => l.startsWith('Nomor antrean Anda'));
}

/** A citizen walks to the kiosk, asks for an officer, allows the microphone and waits in the queue. */
async function callOfficer(page: Page): Promise<void> {
  await pressMirror(page, `spot.${KIOSK}`);
  await pressMirror(page, `${PANEL}.call`);
  await waitForPhase(page, 'consent');
  await pressMirror(page, `${PANEL}.mic`);
  await waitForPhase(page, 'waiting');
}

/** The officer presses "Terima" on the queue entry at this place. */
async function acceptPlace(officer: Page, place: number): Promise<void> {
  await officer.locator('#live-queue li', { hasText: `antrean ${place} ·` }).locator('button[data-call]').click();
}

describe('live queue: two citizens in two halls, one officer (three Chromium pages, fake media)', function () {
  this.timeout(900_000);
  let host: LiveHost;
  let officer: Page;
  let citizenA: HallSession;
  let citizenB: HallSession;

  before(async function () {
    this.timeout(600_000);
    host = await startLiveHost({ rina: [KIOSK] });
    officer = await openConsole(host, 'rina');
    citizenA = await openHall({ existingServer: host.server, existingBrowser: host.browser });
    citizenB = await openHall({ existingServer: host.server, existingBrowser: host.browser });
  });

  after(async () => {
    await officer?.context().close();
    await citizenA?.close();
    await citizenB?.close();
    await host?.close();
  });

  it('shows each citizen their place, moves B up when A is taken, and answers B after A hangs up', async () => {
    const a = citizenA.page;
    const b = citizenB.page;

    // A calls first: place 1. B calls next at the same unit: place 2, and A is still 1.
    await callOfficer(a);
    await waitForPlace(a, 1);
    await callOfficer(b);
    await waitForPlace(b, 2);
    expect(await placesShown(b)).to.deep.equal(['Nomor antrean Anda: 2']);
    expect(await placesShown(a)).to.deep.equal(['Nomor antrean Anda: 1']);
    await officer.locator('#live-queue li', { hasText: 'antrean 2 ·' }).waitFor();

    // The officer takes A: A's call is active, B moves up to place 1 and keeps waiting.
    await acceptPlace(officer, 1);
    await waitForPhase(a, 'active');
    await officer.locator('#live-call:not(.hidden)').waitFor();
    await waitForPlace(b, 1);
    expect(await placesShown(b)).to.deep.equal(['Nomor antrean Anda: 1']);
    expect(await phase(b)).to.equal('waiting');

    // The officer hangs up A: A's call ends; B is still waiting, first in the queue.
    await officer.locator('#live-hangup').click();
    await waitForPhase(a, 'ended');
    await officer.locator('#live-call.hidden').waitFor({ state: 'attached' });
    expect(await phase(b)).to.equal('waiting');
    await officer.locator('#live-queue li', { hasText: 'antrean 1 ·' }).waitFor();
    expect(await officer.locator('#live-queue button[data-call]').count(), 'only B waits').to.equal(1);

    // The officer takes B: connected on both sides, and voice flows both ways (RTP bytes grow on both pages).
    await acceptPlace(officer, 1);
    await waitForPhase(b, 'active');
    expect(await b.evaluate((k) => window.serviceHallLive!.state(k)!.call!.officer, KIOSK)).to.deep.equal({ name: 'rina', unit: KIOSK });
    await officer.locator('#live-call:not(.hidden)').waitFor();
    const hallFirst = await waitForRtp(b, 'hall', KIOSK, { inbound: 1000, outbound: 1000 });
    const consoleFirst = await waitForRtp(officer, 'console', KIOSK, { inbound: 1000, outbound: 1000 });
    await waitForRtp(b, 'hall', KIOSK, hallFirst);
    await waitForRtp(officer, 'console', KIOSK, consoleFirst);
    expect(await phase(a), 'A stays hung up').to.equal('ended');

    // B hangs up: the call ends on both sides.
    await pressMirror(b, `${PANEL}.hangup`);
    await waitForPhase(b, 'ended');
    await officer.locator('#live-call.hidden').waitFor({ state: 'attached' });
    expect(await officer.evaluate(() => window.officerLive!.call())).to.equal(null);
    citizenA.probe.assertClean('citizen A in the queue');
    citizenB.probe.assertClean('citizen B in the queue');
  });
});
