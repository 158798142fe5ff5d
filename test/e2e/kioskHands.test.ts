import { expect } from 'chai';
import { enterVr } from './support/openHall';
import { useHall } from './support/hallHost';
import { pinchSpot } from './support/handPoke';
import type { Vec3 } from './support/xrDriver';
import { ARM_REACH, events, farthestControl, target, targets, waitForActivation, type HallTarget } from './hallQueries';

const v = (p: readonly number[]): Vec3 => ({ x: p[0], y: p[1], z: p[2] });
const infront = (t: HallTarget, depth: number): Vec3 => v([0, 1, 2].map((i) => t.position[i] + t.normal[i] * depth));
const PANEL = 'kiosk.kependudukan';

/** A valid form typed on the panel: short text, a real-looking NIK (Makassar, woman born 5 May 1995), 16-digit KK, a mobile number. */
const MOTHER_NIK = '7371054505950002';
const KK = '7371012345670001';
const PHONE = '0812345678';

describe('a kiosk used with hands only (IWER as a Meta Quest 3)', function () {
  // One journey (about 60 pokes), on one page in VR.
  const hall = useHall({ per: 'suite', open: { xr: { inputMode: 'hands' } }, setup: enterVr });
  /** True while the fingertip hovers 5 cm in front of the panel after a poke, so the next one can start there. */
  let fingerOut = false;

  /**
   * Pokes controls in turn with the right index fingertip, one sample per XR frame: 2 cm in front of
   * the control (inside the 3 cm hover zone), 1.2 cm through its face, 5 cm back out, then waits for
   * its activation. The loop runs inside the page, so a key costs three frames, not six round trips.
   */
  async function poke(...ids: string[]): Promise<void> {
    if (!fingerOut) {
      const first = await target(hall().page, ids[0]);
      await hall().xr!.moveFingertipTo('right', infront(first, 0.06), { steps: 8 });
      fingerOut = true;
    }
    const outcome = await hall().page.evaluate(async (list) => {
      const hallHandle = window.serviceHall!;
      const w = window as unknown as {
        __xrDriver: { moveFingertipTo(h: string, p: { x: number; y: number; z: number }, o: { steps: number }): Promise<unknown>; frames(n: number): Promise<void> };
      };
      const poked: string[] = [];
      for (const id of list) {
        let t: HallTarget | undefined;
        for (let i = 0; i < 20 && !(t && t.enabled); i++) {
          t = hallHandle.targets().find((x) => x.id === id);
          if (!(t && t.enabled)) await w.__xrDriver.frames(1);
        }
        if (!t || !t.enabled) return { failed: id, why: t ? 'disabled' : 'missing', poked };
        const before = hallHandle.events().length;
        for (const d of [0.02, -0.012, 0.05]) {
          await w.__xrDriver.moveFingertipTo('right', { x: t.position[0] + t.normal[0] * d, y: t.position[1] + t.normal[1] * d, z: t.position[2] + t.normal[2] * d }, { steps: 1 });
        }
        let hit = false;
        for (let i = 0; i < 6 && !hit; i++) {
          hit = hallHandle.events().slice(before).some((e) => e.id === id && e.via === 'poke');
          if (!hit) await w.__xrDriver.frames(1);
        }
        if (!hit) return { failed: id, why: `no poke activation; got ${JSON.stringify(hallHandle.events().slice(before))}`, poked };
        poked.push(id);
      }
      return { failed: null, why: '', poked };
    }, ids);
    expect(outcome.failed, `poking ${outcome.failed}: ${outcome.why}`).to.equal(null);
  }

  /** The panel key ids that type a string. */
  const keys = (text: string): string[] => Array.from(text, (c) => `${PANEL}.key.${c}`);

  it('requests an Akta Kelahiran by poking the panel, NIK on the keypad, and the API returns the tracking code', async function () {
    // About 60 pokes of 3 XR frames each; SwiftShader renders both eyes in software on a shared machine.
    this.timeout(480_000);
    const { page } = hall();
    // From the welcome lectern: pinch-ray at the kiosk's "stand here" spot on the floor to teleport there, the hand
    // held out and the spot lit first, as a person waits for the highlight (the shared pinchSpot).
    const before = (await events(page)).length;
    await pinchSpot(page, hall().xr!, 'right', 'spot.kependudukan');
    expect((await waitForActivation(page, 'spot.kependudukan', before, 20_000)).via).to.equal('ray');
    expect(await farthestControl(page, PANEL), 'at the kiosk, every control within reach').to.be.lessThan(ARM_REACH);
    fingerOut = false;

    await poke(`${PANEL}.service:akta-kelahiran`, `${PANEL}.next`, `${PANEL}.accept`);

    // The form opens on the first field with the keyboard; each OK / Done moves to the next field.
    expect((await targets(page)).some((t) => t.id === `${PANEL}.key.q`), 'an on-panel keyboard for the name').to.equal(true);
    await poke(`${PANEL}.key.shift`, `${PANEL}.key.A`, `${PANEL}.key.n`, `${PANEL}.key.i`, `${PANEL}.key.ok`);
    await poke(`${PANEL}.option.female`);
    // Date of birth: the picker starts at today; one day back, then OK.
    await poke(`${PANEL}.date.day.down`, `${PANEL}.key.ok`);
    await poke(...keys('rs'), `${PANEL}.key.ok`);
    // Numbers on the big keypad: no letters on it.
    const ids = (await targets(page)).map((t) => t.id);
    expect(ids).to.include(`${PANEL}.key.0`);
    expect(ids).to.not.include(`${PANEL}.key.q`);
    await poke(...keys(KK), `${PANEL}.key.ok`);
    await poke(...keys(MOTHER_NIK), `${PANEL}.key.ok`);
    await poke(`${PANEL}.field.phone`, ...keys(PHONE));
    const nikTab = await target(page, `${PANEL}.field.motherNik`);
    expect(nikTab.label, 'the NIK tab reads back what was typed').to.contain(MOTHER_NIK);
    await poke(`${PANEL}.next`);
    const response = page.waitForResponse((r) => r.url().endsWith('/api/requests') && r.request().method() === 'POST');
    await poke(`${PANEL}.submit`);
    const created = await response;
    expect(created.status()).to.equal(201);
    const { trackingCode, queueNumber } = (await created.json()) as { trackingCode: string; queueNumber: string };
    // The result screen: its actions replace the form's.
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id), `${PANEL}.survey`);

    const status = await fetch(`${hall().server.origin}/api/requests/${encodeURIComponent(trackingCode)}`);
    expect(status.status).to.equal(200);
    const body = (await status.json()) as { trackingCode: string; serviceId: string; queueNumber?: string; masked: Record<string, string> };
    expect(body.trackingCode).to.equal(trackingCode);
    expect(body.serviceId).to.equal('akta-kelahiran');
    expect(body.queueNumber).to.equal(queueNumber);
    hall().probe.assertClean('a kiosk request with hands');
  });
});
