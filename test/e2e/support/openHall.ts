import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startAppServer, type AppServerKind } from './appServer';
import type { RunningServer } from './staticServer';
import { watchPage, type PageProbe, type WatchPageOptions } from './pageProbe';
import { installXrDriver, XrDriver, type InstallXrDriverOptions } from './xrDriver';

/** Options for {@link openHall}. */
export interface OpenHallOptions {
  /** Install IWER as the headset (hands by default); false for a plain desktop browser. Default false. */
  xr?: InstallXrDriverOptions | false;
  /** Let the app register its service worker (PWA and offline tests). Default false: each test starts cold. */
  serviceWorker?: boolean;
  /** Path to open; '/' by default. */
  path?: string;
  /** Viewport; 1280x720 by default. */
  viewport?: { width: number; height: number };
  /** The browser's language (`navigator.language`); 'id-ID' by default. */
  locale?: string;
  /** Emulate a phone (touch, mobile viewport). */
  mobile?: boolean;
  /** Wait for `window.serviceHall.ready` before returning. Default true. */
  waitForReady?: boolean;
  /** Which server to run (see startAppServer). */
  server?: AppServerKind;
  /** Reuse an already running server instead of starting one. */
  existingServer?: RunningServer;
  /** Reuse an already launched browser. */
  existingBrowser?: Browser;
  /** Expected failures / console errors (see watchPage). */
  allowFailure?: WatchPageOptions['allowFailure'];
  allowConsoleError?: WatchPageOptions['allowConsoleError'];
}

/** A hall opened in Chromium, with everything a test needs and one `close()`. */
export interface HallSession {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Records foreign requests, failed requests, console and page errors since before navigation. */
  probe: PageProbe;
  /** Present when opened with `xr`. */
  xr: XrDriver | null;
  /** Waits for `window.serviceHall.ready` (the app's automation handle). */
  ready(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the server (unless given), launches Chromium (unless given), optionally installs IWER, opens the
 * hall at http://localhost and waits for the app's automation handle: the one-line start of every e2e test.
 */
export async function openHall(options: OpenHallOptions = {}): Promise<HallSession> {
  const server = options.existingServer ?? await startAppServer({ kind: options.server });
  const browser = options.existingBrowser ?? await launchChromium();
  const context = await browser.newContext({
    viewport: options.viewport ?? (options.mobile ? { width: 412, height: 860 } : { width: 1280, height: 720 }),
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    serviceWorkers: options.serviceWorker ? 'allow' : 'block',
    locale: options.locale ?? 'id-ID',
  });
  // Generous limits: the app loads and renders in software (SwiftShader) on 2 cores shared with other runs.
  context.setDefaultNavigationTimeout(120_000);
  context.setDefaultTimeout(60_000);
  if (options.xr) await installXrDriver(context, options.xr);
  const page = await context.newPage();
  const probe = watchPage(page, { origin: server.origin, allowFailure: options.allowFailure, allowConsoleError: options.allowConsoleError });
  const ready = async (timeoutMs = 120_000): Promise<void> => {
    await page.waitForFunction(() => 'serviceHall' in window, undefined, { timeout: timeoutMs });
    await page.evaluate(() => window.serviceHall!.ready.then(() => undefined));
  };
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return; // idempotent: a suite's host may close it before the test's own after hook does
    closed = true;
    probe.detach();
    await context.close();
    if (!options.existingBrowser) await browser.close();
    if (!options.existingServer) await server.close();
  };
  try {
    await page.goto(server.origin + (options.path ?? '/'));
    if (options.waitForReady ?? true) await ready();
  } catch (error) {
    await close();
    throw error;
  }
  return { server, browser, context, page, probe, xr: options.xr ? new XrDriver(page) : null, ready, close };
}

/**
 * Enters VR as a visitor does, through the page's VR button, then waits for the immersive session,
 * for the app to report `xr` mode and for 10 XR frames. The hall must be opened with `xr`.
 */
export async function enterVr(hall: HallSession): Promise<void> {
  if (!hall.xr) throw new Error('enterVr needs a hall opened with `xr` (IWER)');
  await hall.page.getByRole('button', { name: /VR/ }).click();
  await hall.xr.waitForSession();
  await hall.page.waitForFunction(() => window.serviceHall!.mode() === 'xr');
  await hall.xr.frames(10);
}
