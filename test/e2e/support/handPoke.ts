import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { waitForHover, type HallTarget } from '../hallQueries';
import type { Handedness, XrDriver } from './xrDriver';

/**
 * Pokes hall targets in turn with one hand's index fingertip, as a visitor does: first to 6 cm in
 * front of the first one (closed loop), then for each, one sample per XR frame, 2 cm in front (the
 * hover zone), 1.2 cm through its face and 5 cm back out, and waits for its `poke` activation. The
 * loop runs inside the page, so a key costs three frames, not six round trips.
 */
export async function pokeTargets(page: Page, xr: XrDriver, hand: Handedness, ids: string[]): Promise<void> {
  const first = await page.evaluate((id) => window.serviceHall!.targets().find((t) => t.id === id) ?? null, ids[0]);
  if (!first) throw new Error(`no target ${ids[0]}`);
  await xr.moveFingertipTo(hand, first.position.map((p, i) => p + first.normal[i] * 0.06) as [number, number, number], { steps: 8 });
  const outcome = await page.evaluate(
    async ({ list, side }) => {
      const hall = window.serviceHall!;
      const w = window as unknown as {
        __xrDriver: { moveFingertipTo(h: string, p: { x: number; y: number; z: number }, o: { steps: number }): Promise<unknown>; frames(n: number): Promise<void> };
      };
      for (const id of list) {
        let t: HallTarget | undefined;
        for (let i = 0; i < 20 && !(t && t.enabled); i++) {
          t = hall.targets().find((x) => x.id === id);
          if (!(t && t.enabled)) await w.__xrDriver.frames(1);
        }
        if (!t || !t.enabled) return { failed: id, why: t ? 'disabled' : 'missing' };
        const before = hall.events().length;
        for (const d of [0.02, -0.012, 0.05]) {
          await w.__xrDriver.moveFingertipTo(side, { x: t.position[0] + t.normal[0] * d, y: t.position[1] + t.normal[1] * d, z: t.position[2] + t.normal[2] * d }, { steps: 1 });
        }
        let hit = false;
        for (let i = 0; i < 6 && !hit; i++) {
          hit = hall.events().slice(before).some((e) => e.id === id && e.via === 'poke');
          if (!hit) await w.__xrDriver.frames(1);
        }
        if (!hit) return { failed: id, why: `no poke activation; got ${JSON.stringify(hall.events().slice(before))}` };
      }
      return { failed: null, why: '' };
    },
    { list: ids, side: hand },
  );
  expect(outcome.failed, `poking ${outcome.failed} with the ${hand} hand: ${outcome.why}`).to.equal(null);
}

/** Where a person holds a hand to point, most natural first: ahead of the eyes, below them, to the hand's side (metres). */
const POINTING_HOLDS = [
  { ahead: 0.28, below: 0.3, aside: 0.15 },
  { ahead: 0.2, below: 0.35, aside: 0.2 },
  { ahead: 0.14, below: 0.4, aside: 0.25 },
];
/** How far from every control a pointing hand stays: nearer, the fingertip pokes and its ray is hidden (9 cm). */
const POINTING_CLEARANCE = 0.13;

/**
 * Brings a hand to where a person holds it to point far away: in front of the chest, below the eyes
 * and to its own side, out of every panel's poking range (a fingertip near a control hides its ray).
 * Standing close to a panel, the hand is held nearer the body.
 */
export async function holdForPointing(page: Page, xr: XrDriver, hand: Handedness): Promise<void> {
  const eye = await page.evaluate(() => window.serviceHall!.viewer());
  const controls = await page.evaluate(() => window.serviceHall!.targets().filter((t) => t.enabled && t.kind !== 'teleport').map((t) => t.position));
  const f = [Math.sin(eye.yaw), 0, Math.cos(eye.yaw)];
  const side = hand === 'right' ? 1 : -1;
  const right = [-f[2], 0, f[0]];
  const spots = POINTING_HOLDS.map((h) => [0, 1, 2].map((i) => eye.position[i] + f[i] * h.ahead + right[i] * h.aside * side + (i === 1 ? -h.below : 0)));
  const clear = (p: number[]) => Math.min(Infinity, ...controls.map((c) => Math.hypot(c[0] - p[0], c[1] - p[1], c[2] - p[2])));
  const at = spots.find((p) => clear(p) >= POINTING_CLEARANCE);
  expect(at, 'a place to hold the hand, clear of every control').to.not.equal(undefined);
  await xr.moveFingertipTo(hand, { x: at![0], y: at![1], z: at![2] }, { steps: 8 });
}

/**
 * Selects a floor spot from afar as a hands visitor does: holds the hand out for pointing, aims its
 * pinch-ray at the spot, sees the spot highlighted, and pinches. Waits for the spot's activation.
 */
export async function pinchSpot(page: Page, xr: XrDriver, hand: Handedness, id: string): Promise<void> {
  const spot = await page.evaluate((sid) => window.serviceHall!.targets().find((t) => t.id === sid && t.enabled) ?? null, id);
  if (!spot) throw new Error(`no enabled ${id}`);
  await holdForPointing(page, xr, hand);
  const before = await page.evaluate(() => window.serviceHall!.events().length);
  const aim = await xr.aimAt(hand, { x: spot.position[0], y: spot.position[1], z: spot.position[2] }, { steps: 12 });
  expect(aim.errorRadians, 'the ray is on the spot').to.be.lessThan(0.02);
  await waitForHover(page, id);
  await xr.pinch(hand, { holdFrames: 6 });
  await page.waitForFunction(([sid, from]) => window.serviceHall!.events().slice(from).some((e) => e.id === sid), [id, before] as const, { timeout: 20_000 });
  await xr.frames(4);
}

/** Goes to a kiosk as a hands visitor does from afar: pinch-ray at its "stand here" spot (see {@link pinchSpot}). */
export async function goToKiosk(page: Page, xr: XrDriver, hand: Handedness, kiosk: string): Promise<void> {
  await pinchSpot(page, xr, hand, `spot.${kiosk}`);
}
