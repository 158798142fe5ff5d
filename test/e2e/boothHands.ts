import { expect } from 'chai';
import type { Page } from 'playwright-core';
import type { XrDriver, Vec3 } from './support/xrDriver';
import { ARM_REACH, farthestControl, target, type HallTarget } from './hallQueries';
import { pinchSpot } from './support/handPoke';

const v = (p: readonly number[]): Vec3 => ({ x: p[0], y: p[1], z: p[2] });

/** A point `depth` metres in front of a target's face. */
export function inFront(t: HallTarget, depth: number): Vec3 {
  return v([0, 1, 2].map((i) => t.position[i] + t.normal[i] * depth));
}

/** From where the visitor stands, pinch-rays a kiosk's "stand here" spot with the right hand and checks the visitor arrived. */
export async function pinchRayTo(page: Page, xr: XrDriver, spotId: string): Promise<void> {
  await pinchSpot(page, xr, 'right', spotId);
  const kiosk = spotId.replace(/^spot\./, 'kiosk.');
  expect(await farthestControl(page, kiosk), 'at the kiosk, every control within reach').to.be.lessThan(ARM_REACH);
}

/**
 * Pokes controls in turn with the right index fingertip, closed-loop, one sample per XR frame: 2 cm in
 * front, 1.2 cm through the face, 5 cm back out, then waits for the poke activation (in the page, so a
 * key costs three frames). The first control is approached from 15 cm, then 6 cm in front.
 */
export async function pokeAll(page: Page, xr: XrDriver, ids: string[]): Promise<void> {
  const first = await target(page, ids[0]);
  // Via 15 cm in front (towards the eyes), so the way there never crosses the control's face from the front.
  await xr.moveFingertipAlong('right', [inFront(first, 0.15), inFront(first, 0.06)], { stepsPerSegment: 5 });
  const outcome = await page.evaluate(async (list) => {
    const hall = window.serviceHall!;
    const w = window as unknown as { __xrDriver: { moveFingertipTo(h: string, p: { x: number; y: number; z: number }, o: { steps: number }): Promise<unknown>; frames(n: number): Promise<void> } };
    for (const id of list) {
      let t = hall.targets().find((x) => x.id === id);
      for (let i = 0; i < 20 && !(t && t.enabled); i++) {
        await w.__xrDriver.frames(1);
        t = hall.targets().find((x) => x.id === id);
      }
      if (!t || !t.enabled) return `${id}: ${t ? 'disabled' : 'missing'}`;
      const before = hall.events().length;
      for (const d of [0.02, -0.012, 0.05]) {
        await w.__xrDriver.moveFingertipTo('right', { x: t.position[0] + t.normal[0] * d, y: t.position[1] + t.normal[1] * d, z: t.position[2] + t.normal[2] * d }, { steps: 1 });
      }
      let hit = false;
      for (let i = 0; i < 6 && !hit; i++) {
        hit = hall.events().slice(before).some((e) => e.id === id && e.via === 'poke');
        if (!hit) await w.__xrDriver.frames(1);
      }
      if (!hit) return `${id}: no poke activation`;
    }
    return null;
  }, ids);
  expect(outcome).to.equal(null);
}
