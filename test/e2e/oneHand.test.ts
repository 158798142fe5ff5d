import { expect } from 'chai';
import { enterVr } from './support/openHall';
import { useHall } from './support/hallHost';
import { goToKiosk, pokeTargets } from './support/handPoke';
import type { Vec3 } from './support/xrDriver';
import { events, target, waitForActivation, waitForHover } from './hallQueries';

const PANEL = 'kiosk.kependudukan';
/** A NIK of Makassar (a woman born 5 December 1995) and a mobile number. */
const NIK = '7371054512950002';
const PHONE = '081234567890';
const keys = (text: string): string[] => Array.from(text, (c) => `${PANEL}.key.${c}`);
const v = (p: readonly number[]): Vec3 => ({ x: p[0], y: p[1], z: p[2] });

describe('one hand, either hand (IWER as a Meta Quest 3, hands)', function () {
  this.timeout(480_000);
  const hall = useHall({ open: { xr: { inputMode: 'hands' } }, setup: enterVr });

  it('types an adult birth date (12 May 1958) on the keypad in at most 9 presses, with the left hand', async () => {
    const { page } = hall();
    const xr = hall().xr!;
    const panel = 'kiosk.kependudukan';
    await goToKiosk(page, xr, 'left', 'kependudukan');
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), `${panel}.service:akta-kelahiran`);
    await pokeTargets(page, xr, 'left', [`${panel}.service:akta-kelahiran`, `${panel}.next`, `${panel}.accept`]);
    // The child's sex, one press; the birth date is the next field and takes the keys.
    await pokeTargets(page, xr, 'left', [`${panel}.field.childSex`, `${panel}.option.female`]);
    const before = (await events(page)).length;
    await pokeTargets(page, xr, 'left', [...'12051958'].map((d) => `${panel}.key.${d}`).concat(`${panel}.key.ok`));
    const presses = (await events(page)).slice(before).filter((e) => e.id.startsWith(panel));
    expect(presses.length, 'presses for the date').to.be.at.most(9);
    const tab = await target(page, `${panel}.field.birthDate`);
    expect(tab.label, 'the field names the date it holds').to.equal('Tanggal lahir: 12 Mei 1958');
    hall().probe.assertClean('a birth date on the keypad');
  });

  it('files a whole request with a form (KTP-el recording) with the left hand alone, and gets a tracking code', async function () {
    // About 50 pokes and pinches of 3 XR frames each, rendered in software on a shared machine.
    this.timeout(900_000);
    const { page } = hall();
    const xr = hall().xr!;
    const start = (await events(page)).length;
    await goToKiosk(page, xr, 'left', 'kependudukan');
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), `${PANEL}.service:ktp-el-rekam`);
    await pokeTargets(page, xr, 'left', [`${PANEL}.service:ktp-el-rekam`, `${PANEL}.next`, `${PANEL}.accept`]);
    await pokeTargets(page, xr, 'left', [...keys(NIK), `${PANEL}.key.ok`]);
    await pokeTargets(page, xr, 'left', [`${PANEL}.key.shift`, `${PANEL}.key.A`, `${PANEL}.key.n`, `${PANEL}.key.d`, `${PANEL}.key.i`, `${PANEL}.key.ok`]);
    await pokeTargets(page, xr, 'left', [`${PANEL}.field.phone`, ...keys(PHONE), `${PANEL}.next`]);
    // KTP-el recording books a visit: a place, a day and a time, each the first one offered.
    for (const field of ['slotLocation', 'slotDate', 'slotTime']) {
      await pokeTargets(page, xr, 'left', [`${PANEL}.field.${field}`]);
      const option = await page.waitForFunction((p) => window.serviceHall!.targets().find((t) => t.id.startsWith(`${p}.option.`) && t.enabled)?.id ?? null, PANEL, { timeout: 30_000 });
      await pokeTargets(page, xr, 'left', [(await option.jsonValue()) as string]);
    }
    await pokeTargets(page, xr, 'left', [`${PANEL}.next`]);
    const response = page.waitForResponse((r) => r.url().includes('/api/') && r.request().method() === 'POST' && r.status() === 201);
    await pokeTargets(page, xr, 'left', [`${PANEL}.submit`]);
    const { trackingCode } = (await (await response).json()) as { trackingCode: string };
    expect(trackingCode, 'a tracking code').to.be.a('string').and.not.equal('');
    const filed = await fetch(`${hall().server.origin}/api/requests/${encodeURIComponent(trackingCode)}`);
    expect(((await filed.json()) as { serviceId: string }).serviceId).to.equal('ktp-el-rekam');
    // A screen reader reads the result on the panel, tracking code included (the DOM mirror).
    await page.waitForFunction((code) => [...document.querySelectorAll('.hall-mirror .mirror-text')].some((e) => e.textContent!.includes(code)), trackingCode);
    const used = (await events(page)).slice(start);
    expect(used.filter((e) => e.via !== 'poke' && e.via !== 'ray'), 'hands only').to.deep.equal([]);
    hall().probe.assertClean('a request with the left hand');
  });

  it('with controllers, goes to the information kiosk and reads the office hours with the left controller alone', async () => {
    const { page } = hall();
    const xr = hall().xr!;
    await xr.setInputMode('controllers');
    await xr.frames(10);
    const start = (await events(page)).length;
    const spot = await target(page, 'spot.informasi');
    expect((await xr.aimAt('left', v(spot.position), { steps: 12 })).errorRadians).to.be.lessThan(0.02);
    await waitForHover(page, 'spot.informasi');
    await xr.trigger('left', { holdFrames: 6 });
    await waitForActivation(page, 'spot.informasi', start, 20_000);
    await xr.frames(4);
    for (const id of ['kiosk.informasi.service:jam-layanan', 'kiosk.informasi.back']) {
      await page.waitForFunction((i) => window.serviceHall!.targets().some((t) => t.id === i && t.enabled), id);
      const t = await target(page, id);
      expect((await xr.aimAt('left', v(t.position), { steps: 12 })).errorRadians, `the left ray on ${id}`).to.be.lessThan(0.02);
      await waitForHover(page, id);
      const before = (await events(page)).length;
      await xr.trigger('left', { holdFrames: 6 });
      await waitForActivation(page, id, before, 20_000);
    }
    const used = (await events(page)).slice(start);
    expect(used.map((e) => `${e.id} ${e.via}`)).to.deep.equal([
      'spot.informasi controller',
      'kiosk.informasi.service:jam-layanan controller',
      'kiosk.informasi.back controller',
    ]);
    hall().probe.assertClean('the left controller alone');
  });
});
