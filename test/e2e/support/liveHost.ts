/**
 * The live-call e2e set-up: a data dir with officer accounts made by the real command line, office hours open around
 * the clock (tests run at any hour), the node server on it, and Chromium with fake media devices.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { KIOSK_IDS } from '../../../src/shared/catalogue/types';
import { repoRoot, startAppServer } from './appServer';
import { launchChromium } from './chromium';
import type { RunningServer } from './staticServer';

/** Password of every test officer (passes the policy). */
export const OFFICER_PASSWORD = 'lampu kota makassar terang';

/** A running live host. */
export interface LiveHost {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** A test account: an officer with units (a string list), or a supervisor or admin. */
export type TestAccount = string[] | 'supervisor' | 'admin';

/** Creates the accounts (`name` → units or role), then starts the server and a fake-media Chromium. */
export async function startLiveHost(officers: Record<string, TestAccount>): Promise<LiveHost> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hall-live-e2e-'));
  const dataDir = path.join(dir, 'data');
  const hoursFile = path.join(dir, 'officeHours.json');
  const day = '00:00-24:00';
  await writeFile(hoursFile, JSON.stringify({ version: 1, defaults: { sun: day, mon: day, tue: day, wed: day, thu: day, fri: day, sat: day }, units: Object.fromEntries(KIOSK_IDS.map((u) => [u, {}])), holidays: [] }));
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  for (const [name, account] of Object.entries(officers)) {
    const role = Array.isArray(account) ? ['--role', 'officer', '--units', account.join(',')] : ['--role', account];
    await promisify(execFile)(tsx, ['src/server/main.ts', '--create-officer', name, ...role], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: dataDir, OFFICER_PASSWORD },
    });
  }
  const server = await startAppServer({ kind: 'node', env: { DATA_DIR: dataDir, OFFICE_HOURS_FILE: hoursFile } });
  const browser = await launchChromium({ fakeMedia: true });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the officer console in its own context and signs in. */
export async function signInConsole(host: LiveHost, username: string): Promise<Page> {
  const context = await host.browser.newContext({ locale: 'id-ID' });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await page.goto(`${host.server.origin}/officer`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(OFFICER_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.locator('#who', { hasText: username }).waitFor();
  return page;
}

/** Opens the console, signs in and turns the officer available for live calls. */
export async function openConsole(host: LiveHost, username: string): Promise<Page> {
  const page = await signInConsole(host, username);
  await page.locator('#live-presence').click();
  await page.locator('#live-presence[aria-pressed="true"]').waitFor();
  return page;
}

/**
 * Presses a hall control through its accessible mirror button, as a keyboard user does (the desktop hall): waits
 * until the button is there and enabled, focuses it and presses Enter.
 */
export async function pressMirror(page: Page, id: string): Promise<void> {
  const button = page.locator(`[data-target-id="${id}"]:not([disabled])`).first();
  await button.waitFor({ state: 'attached', timeout: 120_000 });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** RTP bytes of a call, read with getStats (hall: the call at `kiosk`; console: the officer's call). */
export function rtpBytes(page: Page, read: 'hall' | 'console', kiosk: string): Promise<{ inbound: number; outbound: number }> {
  return page.evaluate(([who, k]) => (who === 'hall' ? window.serviceHallLive!.rtpBytes(k) : window.officerLive!.rtpBytes()), [read, kiosk] as const);
}

/** Waits until a page's RTP byte counters (read with getStats) pass `min` both ways; returns the counters then. */
export async function waitForRtp(page: Page, read: 'hall' | 'console', kiosk: string, min: { inbound: number; outbound: number }): Promise<{ inbound: number; outbound: number }> {
  await page.waitForFunction(
    async ([who, k, m]) => {
      const bytes = who === 'hall' ? await window.serviceHallLive!.rtpBytes(k as string) : await window.officerLive!.rtpBytes();
      return bytes.inbound > (m as { inbound: number }).inbound && bytes.outbound > (m as { outbound: number }).outbound;
    },
    [read, kiosk, min] as const,
    { polling: 250, timeout: 60_000 },
  );
  return rtpBytes(page, read, kiosk);
}
