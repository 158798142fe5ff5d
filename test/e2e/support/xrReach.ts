import { expect } from 'chai';
import type { HallSession } from './openHall';
import type { Vec3 } from './xrDriver';
import { floorDistance, targets, viewer, type HallTarget } from '../hallQueries';

const v = (p: readonly number[]): Vec3 => ({ x: p[0], y: p[1], z: p[2] });

/**
 * Moves a hand to rest beside the body, at the spot farthest from every control, as a person
 * lowers a hand before pointing (a fingertip near a control pokes and has no ray).
 */
export async function restHand(hall: HallSession, hand: 'left' | 'right'): Promise<void> {
  const head = await viewer(hall.page);
  const controls = (await targets(hall.page)).filter((t) => t.enabled && t.kind !== 'teleport');
  const f = [Math.sin(head.yaw), 0, Math.cos(head.yaw)];
  const r = [-f[2], 0, f[0]];
  const side = hand === 'right' ? 1 : -1;
  let best: { p: number[]; clear: number } | null = null;
  for (const dx of [0.25, 0.35, 0.45]) {
    for (const dy of [-0.15, -0.3, -0.45]) {
      for (const df of [0.1, 0.2, 0.3]) {
        const p = [0, 1, 2].map((i) => head.position[i] + r[i] * dx * side + f[i] * df + (i === 1 ? dy : 0));
        const clear = Math.min(...controls.map((t) => Math.hypot(t.position[0] - p[0], t.position[1] - p[1], t.position[2] - p[2])));
        if (!best || clear > best.clear) best = { p, clear };
      }
    }
  }
  expect(best!.clear, 'a resting spot away from every control').to.be.greaterThan(0.15);
  await hall.xr!.moveFingertipTo(hand, v(best!.p), { steps: 12 });
}

/** The nearest kiosk service control more than 2 m from the head: out of reach, so only a ray gets there. */
export async function distantServiceControl(hall: HallSession): Promise<HallTarget> {
  const head = await viewer(hall.page);
  const far = (await targets(hall.page))
    .filter((t) => /^kiosk\.[a-z]+\.service:/.test(t.id) && t.enabled)
    .map((t) => ({ t, d: floorDistance(head.position, t.position) }))
    .filter((x) => x.d > 2)
    .sort((a, b) => a.d - b.d)[0]?.t;
  expect(far, 'a kiosk control more than 2 m away').to.not.equal(undefined);
  return far!;
}
