import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { startAppServer, type AppServerKind } from './appServer';
import type { RunningServer } from './staticServer';
import { openHall, type HallSession, type OpenHallOptions } from './openHall';

/** One app server and one Chromium that a suite's tests share; each test opens its own fresh context and page on them. */
export interface HallHost {
  server: RunningServer;
  browser: Browser;
  /** {@link openHall} on the shared server and browser: a new browser context, so no state carries over from another test. */
  open(options?: Omit<OpenHallOptions, 'existingServer' | 'existingBrowser' | 'server'>): Promise<HallSession>;
  /** Closes every page still open, the browser and the server. */
  close(): Promise<void>;
}

/** Which server a host runs, and extra environment for it (e.g. `BOOTH_PIN`). */
export interface HallHostOptions {
  server?: AppServerKind;
  env?: Record<string, string>;
}

/** Starts the server and the browser once, so that every test of a suite can start from a fresh page cheaply. */
export async function startHallHost(options: HallHostOptions = {}): Promise<HallHost> {
  const server = await startAppServer({ kind: options.server, env: options.env });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const sessions: HallSession[] = [];
  return {
    server,
    browser,
    open: async (opts = {}) => {
      const session = await openHall({ ...opts, existingServer: server, existingBrowser: browser });
      sessions.push(session);
      return session;
    },
    close: async () => {
      for (const session of sessions) await session.close();
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Registers mocha `before`/`after` hooks that start a {@link HallHost} for the enclosing `describe` and
 * close it afterwards; returns a getter for use in `beforeEach` and tests. The `before` hook may take
 * minutes: the server compiles with tsx and starts PGlite, slowly on a busy machine.
 */
export function useHallHost(options: HallHostOptions = {}): () => HallHost {
  let host: HallHost | undefined;
  before(async function () {
    this.timeout(300_000);
    host = await startHallHost(options);
  });
  after(async () => {
    await host?.close();
  });
  return () => {
    if (!host) throw new Error('the hall host did not start (see the "before all" hook)');
    return host;
  };
}

/** Options for {@link useHall}: how to open the page, and what each page needs before a test uses it. */
export interface UseHallOptions {
  /** A fresh page for each test (default), or one page for the whole suite (a single long journey). */
  per?: 'test' | 'suite';
  /** How the page is opened (see openHall). */
  open?: Omit<OpenHallOptions, 'existingServer' | 'existingBrowser' | 'server'>;
  /** Runs on each new page before the tests use it, e.g. enterVr or waiting for the service worker. */
  setup?: (hall: HallSession) => Promise<void>;
  /** Extra environment for the suite's server (e.g. `BOOTH_PIN`). */
  env?: Record<string, string>;
}

/**
 * Registers the hooks of a suite whose tests use the hall: a {@link HallHost} for the suite and, by
 * default, a fresh page for each test, so that no test depends on another's state. Returns a getter
 * for the current page's session.
 */
export function useHall(options: UseHallOptions = {}): () => HallSession {
  const host = useHallHost({ env: options.env });
  let hall: HallSession | undefined;
  const open = async function (this: Mocha.Context): Promise<void> {
    this.timeout(300_000); // a page loads and renders in software on a shared machine
    hall = await host().open(options.open);
    await options.setup?.(hall);
  };
  const close = async (): Promise<void> => {
    await hall?.close();
    hall = undefined;
  };
  if (options.per === 'suite') {
    before(open);
    after(close);
  } else {
    beforeEach(open);
    afterEach(close);
  }
  return () => {
    if (!hall) throw new Error('no hall page is open (see the "before" hooks)');
    return hall;
  };
}
