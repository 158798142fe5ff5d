/**
 * Done means of issue 11, in two Chromium pages with fake media devices: the officer console, and the hall in VR
 * (IWER, hands). The citizen calls from the kiosk's live panel with pinches, the officer accepts, audio flows both
 * ways (inbound RTP bytes grow on both sides), chat crosses both ways (a quick reply, and a line typed by poke on the
 * panel's keyboard, which comes in front of the kiosk panel within reach), the avatar's speaking follows the officer's
 * real audio (muting the officer silences it), and hanging up ends the call on both sides.
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { events, target, waitForActivation, waitForHover } from './hallQueries';
import { enterVr, openHall, type HallSession } from './support/openHall';
import { goToKiosk, holdForPointing, pokeTargets } from './support/handPoke';
import { openConsole, startLiveHost, waitForRtp, type LiveHost } from './support/liveHost';
import type { Vec3 } from './support/xrDriver';

const KIOSK = 'kependudukan';
const PANEL = `live.${KIOSK}`;
const v = (p: readonly number[]): Vec3 => ({ x: p[0], y: p[1], z: p[2] });

/** The kiosk's live state as the hall reports it. */
function liveState(page: Page) {
  return page.evaluate((id) => window.serviceHallLive!.state(id), KIOSK);
}

describe('live call: officer console and a kiosk in VR with hands (two Chromium pages, fake media)', function () {
  this.timeout(600_000);
  let host: LiveHost;
  let hall: HallSession;
  let officer: Page;

  before(async function () {
    this.timeout(600_000);
    host = await startLiveHost({ rina: [KIOSK] });
    officer = await openConsole(host, 'rina');
    hall = await openHall({ existingServer: host.server, existingBrowser: host.browser, xr: { inputMode: 'hands' } });
    await enterVr(hall);
  });

  after(async () => {
    await hall?.close();
    await host?.close();
  });

  /**
   * Pinch-ray at a control of the live panel with the left hand, as a person points at something on their left
   * (the panel hangs beside the kiosk, out of poking reach; a right hand's ray would cross the kiosk panel).
   */
  async function pinchAt(id: string): Promise<void> {
    const { page, xr } = hall;
    await page.waitForFunction((tid) => window.serviceHall!.targets().some((t) => t.id === tid && t.enabled), id);
    await holdForPointing(page, xr!, 'left');
    const t = await target(page, id);
    const before = (await events(page)).length;
    const aim = await xr!.aimAt('left', v(t.position), { steps: 12 });
    expect(aim.errorRadians, `aiming at ${id}`).to.be.lessThan(0.02);
    await waitForHover(page, id);
    await xr!.pinch('left', { holdFrames: 6 });
    expect((await waitForActivation(page, id, before, 20_000)).via).to.equal('ray');
  }

  it('walks to the kiosk, calls, is accepted, talks and chats both ways, and hangs up on both sides', async () => {
    const { page, xr } = hall;
    // Teleport to the kiosk's stand-here spot, as a visitor does.
    await goToKiosk(page, xr!, 'right', KIOSK);

    // The live panel appears at the kiosk; the microphone is asked for only after the reason line.
    await pinchAt(`${PANEL}.call`);
    expect((await liveState(page))!.phase).to.equal('consent');
    await pinchAt(`${PANEL}.mic`);
    await page.waitForFunction((k) => window.serviceHallLive!.state(k)?.phase === 'waiting', KIOSK);
    expect((await liveState(page))!.call!.position).to.equal(1);

    // The officer hears the ring and sees the waiting citizen; accepts.
    await officer.locator('#live-queue button[data-call]').click();
    await page.waitForFunction((k) => window.serviceHallLive!.state(k)?.phase === 'active', KIOSK);
    expect((await liveState(page))!.call!.officer).to.deep.equal({ name: 'rina', unit: KIOSK });
    await officer.locator('#live-call:not(.hidden)').waitFor();

    // Audio both ways: inbound (and outbound) RTP bytes grow on both pages.
    const hallFirst = await waitForRtp(page, 'hall', KIOSK, { inbound: 1000, outbound: 1000 });
    const consoleFirst = await waitForRtp(officer, 'console', KIOSK, { inbound: 1000, outbound: 1000 });
    await waitForRtp(page, 'hall', KIOSK, hallFirst);
    await waitForRtp(officer, 'console', KIOSK, consoleFirst);

    // Chat both ways: the officer types, the citizen answers with a quick reply.
    await officer.getByLabel('Pesan').fill('Selamat siang, ada yang bisa dibantu?');
    await officer.getByRole('button', { name: 'Kirim' }).click();
    await page.waitForFunction((k) => window.serviceHallLive!.state(k)?.call?.chat.some((c) => c.from === 'officer' && c.text === 'Selamat siang, ada yang bisa dibantu?'), KIOSK);
    await pinchAt(`${PANEL}.reply.thanks`);
    await officer.locator('#live-chat', { hasText: 'Warga: Terima kasih' }).waitFor();
    // "Ketik pesan" brings the keyboard in front of the kiosk panel, within reach: a line typed by poke reaches the
    // officer, and the panel goes back beside the kiosk. A second time, "back" returns to the call unsent.
    await pinchAt(`${PANEL}.type`);
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), `${PANEL}.key.a`);
    const keys = Array.from('halo', (c) => `${PANEL}.key.${c}`);
    await pokeTargets(page, xr!, 'right', [...keys, `${PANEL}.chat.send`]);
    await officer.locator('#live-chat', { hasText: 'Warga: halo' }).waitFor();
    await pinchAt(`${PANEL}.type`);
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), `${PANEL}.key.a`);
    await pokeTargets(page, xr!, 'right', [`${PANEL}.chat.close`]);
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id), `${PANEL}.hangup`);

    // The avatar speaks with the officer's real audio: on while the fake microphone beeps, never while muted.
    await page.waitForFunction((k) => window.serviceHallLive!.state(k)?.speaking === true, KIOSK, { timeout: 60_000 });
    await officer.getByRole('button', { name: 'Bisukan mikrofon' }).click();
    await page.waitForFunction((k) => window.serviceHallLive!.state(k)?.speaking === false, KIOSK, { timeout: 60_000 });
    // Over ~90 XR frames (several of the fake device's one-second beeps) the muted officer never moves the mouth.
    const speakingWhileMuted: boolean[] = [];
    for (let i = 0; i < 30; i++) {
      await xr!.frames(3);
      speakingWhileMuted.push((await liveState(page))!.speaking);
    }
    expect(speakingWhileMuted.filter(Boolean)).to.have.length(0);
    await officer.getByRole('button', { name: 'Nyalakan mikrofon' }).click();
    await page.waitForFunction((k) => window.serviceHallLive!.state(k)?.speaking === true, KIOSK, { timeout: 60_000 });

    // Hanging up in the headset ends the call on both sides.
    await pinchAt(`${PANEL}.hangup`);
    await page.waitForFunction((k) => window.serviceHallLive!.state(k)?.phase === 'ended', KIOSK);
    await officer.locator('#live-call.hidden').waitFor({ state: 'attached' });
    await officer.locator('#live-status', { hasText: 'Panggilan berakhir.' }).waitFor();
    expect(await officer.evaluate(() => window.officerLive!.call())).to.equal(null);
    hall.probe.assertClean('live call');
  });
});
