import type { Page } from 'playwright-core';

/** A target as `window.serviceHall.targets()` reports it. */
export interface HallTarget {
  id: string;
  label: string;
  kind: string;
  enabled: boolean;
  position: [number, number, number];
  normal: [number, number, number];
  size: [number, number];
  screen: { x: number; y: number } | null;
}

/** An activation as `window.serviceHall.events()` reports it. */
export interface HallEvent {
  type: 'activate';
  id: string;
  via: string;
  t: number;
}

type Handle = {
  targets(): HallTarget[];
  events(): HallEvent[];
  mode(): string;
  viewer(): { position: [number, number, number]; yaw: number };
};

/** Reads the interaction targets through the automation handle. */
export function targets(page: Page): Promise<HallTarget[]> {
  return page.evaluate(() => (window as unknown as { serviceHall: Handle }).serviceHall.targets());
}

/** Reads the activation log through the automation handle. */
export function events(page: Page): Promise<HallEvent[]> {
  return page.evaluate(() => (window as unknown as { serviceHall: Handle }).serviceHall.events());
}

/** The app's current mode: desktop, touch or xr. */
export function mode(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { serviceHall: Handle }).serviceHall.mode());
}

/** Where the visitor is and faces. */
export function viewer(page: Page): Promise<{ position: [number, number, number]; yaw: number }> {
  return page.evaluate(() => (window as unknown as { serviceHall: Handle }).serviceHall.viewer());
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

/** Waits until an activation of `id` appears after `since` events, and returns it. */
export async function waitForActivation(page: Page, id: string, since: number, timeoutMs = 5000): Promise<HallEvent> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await events(page)).slice(since).find((e) => e.id === id);
    if (found) return found;
    if (Date.now() > deadline) {
      const got = (await events(page)).slice(since);
      throw new Error(`No activation of "${id}" within ${timeoutMs} ms; got ${JSON.stringify(got)}`);
    }
    await page.waitForTimeout(50);
  }
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

/**
 * Walks the desktop visitor to a floor point with W/A/S/D as a person would: hold the keys that
 * head closest to the point, look again, correct. Returns the final floor distance.
 */
export async function walkTo(page: Page, point: readonly number[], tolerance = 0.35, timeoutMs = 25_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const here = await viewer(page);
    const dx = point[0] - here.position[0];
    const dz = point[2] - here.position[2];
    const distance = Math.hypot(dx, dz);
    if (distance <= tolerance || Date.now() > deadline) return distance;
    const bearing = Math.atan2(Math.sin(Math.atan2(dx, dz) - here.yaw), Math.cos(Math.atan2(dx, dz) - here.yaw));
    const [, keys] = WALK_KEYS.reduce((best, k) => (Math.abs(Math.atan2(Math.sin(k[0] - bearing), Math.cos(k[0] - bearing))) < Math.abs(Math.atan2(Math.sin(best[0] - bearing), Math.cos(best[0] - bearing))) ? k : best));
    for (const k of keys) await page.keyboard.down(k);
    await page.waitForTimeout(Math.min(250, 60 + distance * 120));
    for (const k of keys) await page.keyboard.up(k);
  }
}
