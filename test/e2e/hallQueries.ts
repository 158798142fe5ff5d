import type { Page } from 'playwright-core';
import type { AutomationHandle } from '../../src/app/automationHandle';

// The app's own types, read off `window.serviceHall` (src/app/automationHandle.ts), never re-declared here.
/** A target as `window.serviceHall.targets()` reports it. */
export type HallTarget = ReturnType<AutomationHandle['targets']>[number];
/** An activation as `window.serviceHall.events()` reports it. */
export type HallEvent = ReturnType<AutomationHandle['events']>[number];
/** Where the visitor is and faces, as `window.serviceHall.viewer()` reports it. */
export type HallViewer = ReturnType<AutomationHandle['viewer']>;
/** The app's mode: desktop, touch or xr. */
export type HallMode = ReturnType<AutomationHandle['mode']>;

/** Reads the interaction targets through the automation handle. */
export function targets(page: Page): Promise<HallTarget[]> {
  return page.evaluate(() => window.serviceHall!.targets());
}

/** Reads the activation log through the automation handle. */
export function events(page: Page): Promise<HallEvent[]> {
  return page.evaluate(() => window.serviceHall!.events());
}

/** The app's current mode: desktop, touch or xr. */
export function mode(page: Page): Promise<HallMode> {
  return page.evaluate(() => window.serviceHall!.mode());
}

/** The language the hall speaks now ('id' or 'en'). */
export function locale(page: Page): Promise<string> {
  return page.evaluate(() => window.serviceHall!.locale());
}

/** Where the visitor is and faces. */
export function viewer(page: Page): Promise<HallViewer> {
  return page.evaluate(() => window.serviceHall!.viewer());
}

/** One target by id; fails the test with the known ids when it is missing. */
export async function target(page: Page, id: string): Promise<HallTarget> {
  const all = await targets(page);
  const found = all.find((t) => t.id === id);
  if (!found) throw new Error(`No target "${id}"; have: ${all.map((t) => t.id).join(', ')}`);
  return found;
}

/** Horizontal distance between two points, metres. */
export function floorDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0] - b[0], a[2] - b[2]);
}

/** Waits (on each rendered frame) until an activation of `id` appears after `since` events, and returns it. */
export async function waitForActivation(page: Page, id: string, since: number, timeoutMs = 5000): Promise<HallEvent> {
  try {
    const found = await page.waitForFunction(
      ([wanted, from]) => window.serviceHall!.events().slice(from).find((e) => e.id === wanted) ?? null,
      [id, since] as const,
      { timeout: timeoutMs },
    );
    return (await found.jsonValue()) as HallEvent;
  } catch (error) {
    if ((error as Error).name !== 'TimeoutError') throw error;
    const got = (await events(page)).slice(since);
    throw new Error(`No activation of "${id}" within ${timeoutMs} ms; got ${JSON.stringify(got)}`);
  }
}

/**
 * Waits until the visitor stands still: the same position and heading for `stillFrames` rendered
 * frames in a row (a glide or a walk has ended). Fails after `maxFrames` frames of motion.
 */
export async function waitForViewerAtRest(page: Page, stillFrames = 3, maxFrames = 900): Promise<HallViewer> {
  const rest = await page.evaluate(async ([still, max]) => {
    let last = window.serviceHall!.viewer();
    let quiet = 0;
    for (let i = 0; i < max && quiet < still; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = window.serviceHall!.viewer();
      const moved = Math.abs(now.yaw - last.yaw) + now.position.reduce((sum, x, k) => sum + Math.abs(x - last.position[k]), 0);
      quiet = moved < 1e-4 ? quiet + 1 : 0;
      last = now;
    }
    return { at: last, still: quiet >= still };
  }, [stillFrames, maxFrames] as const);
  if (!rest.still) throw new Error(`The visitor was still moving after ${maxFrames} frames (at ${JSON.stringify(rest.at)})`);
  return rest.at;
}

/** Key combinations that walk in a direction relative to the view, by bearing (radians, + is right). */
const WALK_KEYS: Array<[number, string[]]> = [
  [0, ['KeyW']],
  [Math.PI / 4, ['KeyW', 'KeyD']],
  [Math.PI / 2, ['KeyD']],
  [-Math.PI / 4, ['KeyW', 'KeyA']],
  [-Math.PI / 2, ['KeyA']],
  [Math.PI, ['KeyS']],
];

const angleDiff = (a: number, b: number): number => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

/**
 * Walks the desktop visitor to a floor point with W/A/S/D as a person would: hold the keys that
 * head closest to the point until, frame by frame, the visitor is close or starts to move away
 * (at most 60 frames), let go, look again, correct. Returns the final floor distance.
 */
export async function walkTo(page: Page, point: readonly number[], tolerance = 0.35, maxSteps = 150): Promise<number> {
  for (let step = 0; ; step++) {
    const here = await viewer(page);
    const dx = point[0] - here.position[0];
    const dz = point[2] - here.position[2];
    const distance = Math.hypot(dx, dz);
    if (distance <= tolerance || step >= maxSteps) return distance;
    const bearing = Math.atan2(dx, dz) - here.yaw;
    const [, keys] = WALK_KEYS.reduce((best, k) => (angleDiff(k[0], bearing) < angleDiff(best[0], bearing) ? k : best));
    for (const k of keys) await page.keyboard.down(k);
    await page.evaluate(async ([x, z, near]) => {
      let best = Infinity;
      for (let i = 0; i < 60; i++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const p = window.serviceHall!.viewer().position;
        const d = Math.hypot(p[0] - x, p[2] - z);
        if (d <= near || d > best) return;
        best = d;
      }
    }, [point[0], point[2], tolerance / 2] as const);
    for (const k of keys) await page.keyboard.up(k);
  }
}

/**
 * Waits until a pointer (ray, fingertip, mouse) is on the target, as the visitor sees it light up; fails
 * naming what is lit instead. A controller or hand that the app has not yet picked up lights nothing.
 */
export async function waitForHover(page: Page, id: string, timeoutMs = 20_000): Promise<void> {
  try {
    await page.waitForFunction((tid) => window.serviceHall!.targets().some((t) => t.id === tid && t.hovered), id, { timeout: timeoutMs });
  } catch (error) {
    if ((error as Error).name !== 'TimeoutError') throw error;
    const lit = (await targets(page)).filter((t) => t.hovered).map((t) => t.id);
    throw new Error(`"${id}" not highlighted within ${timeoutMs} ms; highlighted: ${JSON.stringify(lit)}`);
  }
}

/** An arm's length from the head, metres: what a visitor reaches without a step. */
export const ARM_REACH = 0.7;

/** How far the farthest enabled control of a panel (`kiosk.<id>`, `welcome`) is from the visitor's eyes, metres. */
export async function farthestControl(page: Page, panel: string): Promise<number> {
  const eye = await viewer(page);
  const controls = (await targets(page)).filter((t) => t.id.startsWith(`${panel}.`) && t.enabled);
  if (controls.length === 0) throw new Error(`no enabled control on ${panel}`);
  return Math.max(...controls.map((t) => Math.hypot(t.position[0] - eye.position[0], t.position[1] - eye.position[1], t.position[2] - eye.position[2])));
}

/** Waits until the visitor stands at a kiosk: every enabled control of its panel within {@link ARM_REACH} of the eyes. */
export async function waitAtKiosk(page: Page, kiosk: string, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    ([prefix, reach]) => {
      const h = window.serviceHall!;
      const eye = h.viewer().position;
      const controls = h.targets().filter((t) => t.id.startsWith(prefix) && t.enabled);
      return controls.length > 0 && controls.every((t) => Math.hypot(t.position[0] - eye[0], t.position[1] - eye[1], t.position[2] - eye[2]) < reach);
    },
    [`kiosk.${kiosk}.`, ARM_REACH] as const,
    { timeout: timeoutMs },
  );
}
