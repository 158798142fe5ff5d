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
