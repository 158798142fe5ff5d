import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPgliteDb } from '../../src/server/storage/pgliteDb';
import idLocale from '../../static/locales/id.json';
import { freePort } from '../support/freePort';
import { startAppServer } from './support/appServer';
import { launchChromium } from './support/chromium';
import { outboxContents, waitForOutbox } from './support/outbox';
import { watchPage, type PageProbe } from './support/pageProbe';
import type { RunningServer } from './support/staticServer';

const NIK = '7371015508900003';
const KK = '7371010101260001';
const PHONE = '081234567890';
const CHILD = 'Andi Baso Daeng';
const CODE_RE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

/** The value next to a label in the open sheet's facts. */
function fact(page: Page, label: string): Promise<string> {
  return page.locator('.kiosk-sheet .sheet-fact').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd').first().innerText();
}

/** Waits for a kiosk's sheet to show a screen. */
async function sheetScreen(page: Page, kiosk: string, screen: string, timeout = 30_000): Promise<void> {
  await page.locator(`.kiosk-sheet[data-kiosk="${kiosk}"][data-screen="${screen}"]`).waitFor({ state: 'visible', timeout });
}

/** Presses a sheet button by its action id. */
async function press(page: Page, action: string): Promise<void> {
  await page.locator(`.kiosk-sheet [data-action="${action}"]`).click();
}

/** Opens a kiosk's sheet through the hall's "go to" control (its accessible mirror button), as a keyboard user would. */
async function openKiosk(page: Page, kiosk: string): Promise<void> {
  if (await page.locator('.kiosk-sheet').count()) {
    await page.keyboard.press('Escape');
    await page.locator('.kiosk-sheet').waitFor({ state: 'detached' });
  }
  const button = page.locator(`[data-target-id="welcome.go.${kiosk}"], [data-target-id="spot.${kiosk}"]`).first();
  await button.focus();
  await page.keyboard.press('Enter');
  // The visitor glides to the kiosk first: slow frames on a loaded machine.
  await page.locator(`.kiosk-sheet[data-kiosk="${kiosk}"]`).waitFor({ state: 'visible', timeout: 120_000 });
}

/** Files a named complaint through the complaints kiosk; returns the code on the result screen. */
async function submitComplaint(page: Page): Promise<string> {
  await openKiosk(page, 'pengaduan');
  await press(page, 'service:pengaduan');
  await sheetScreen(page, 'pengaduan', 'requirements');
  await press(page, 'next');
  await sheetScreen(page, 'pengaduan', 'consent');
  await press(page, 'accept');
  await sheetScreen(page, 'pengaduan', 'form');
  await page.locator('.kiosk-sheet fieldset[data-field="category"] input[value="sampah-drainase"]').check();
  await page.locator('.kiosk-sheet [name="location"]').fill('Jl. Somba Opu dekat Pantai Losari');
  await page.locator('.kiosk-sheet [name="description"]').fill('Saluran air tersumbat sampah, jalan tergenang saat hujan.');
  await page.locator('.kiosk-sheet fieldset[data-field="anonymous"] input[value="no"]').check();
  await page.locator('.kiosk-sheet [name="contactName"]').fill('Rahmawati Daeng Ngai');
  await page.locator('.kiosk-sheet [name="contactPhone"]').fill(PHONE);
  await press(page, 'next');
  await sheetScreen(page, 'pengaduan', 'review');
  await press(page, 'submit');
  await sheetScreen(page, 'pengaduan', 'result');
  return (await fact(page, 'Kode pelacakan')).trim();
}

/** Files an Akta Kelahiran request through the Kependudukan kiosk; returns the code on the result screen. */
async function submitAkta(page: Page): Promise<string> {
  await openKiosk(page, 'kependudukan');
  await press(page, 'service:akta-kelahiran');
  await sheetScreen(page, 'kependudukan', 'requirements');
  await press(page, 'next');
  await sheetScreen(page, 'kependudukan', 'consent');
  await press(page, 'accept');
  await sheetScreen(page, 'kependudukan', 'form');
  const field = (name: string) => page.locator(`.kiosk-sheet [name="${name}"]`);
  await field('childName').fill(CHILD);
  await page.locator('.kiosk-sheet fieldset[data-field="childSex"] input[value="male"]').check();
  await field('birthDate').fill('2026-11-01');
  await field('birthPlace').fill('RSIA Sitti Khadijah, Makassar');
  await field('kkNumber').fill(KK);
  await field('motherNik').fill(NIK);
  await field('phone').fill(PHONE);
  await press(page, 'next');
  await sheetScreen(page, 'kependudukan', 'review');
  await press(page, 'submit');
  await sheetScreen(page, 'kependudukan', 'result');
  return (await fact(page, 'Kode pelacakan')).trim();
}

/** The status of a code as the hall's status page asks the API for it (same origin, from the page). */
function statusOf(page: Page, code: string): Promise<{ trackingCode: string; status: string; serviceId: string }> {
  return page.evaluate(async (c) => (await fetch(`/api/status/${c}`, { headers: { accept: 'application/json' } })).json(), code);
}

describe('offline-first submissions: sent without a server, filed exactly once later', function () {
  this.timeout(600_000);
  let dataDir: string;
  let port: number;
  let server: RunningServer | null = null;
  let browser: Browser;
  let context: BrowserContext;
  const probes: PageProbe[] = [];

  /** A new tab of the hall in the same browser profile (same IndexedDB and service worker). */
  async function openTab(): Promise<Page> {
    const page = await context.newPage();
    probes.push(
      watchPage(page, {
        origin: `http://localhost:${port}`,
        // The server is stopped on purpose: API calls fail and Chromium logs them.
        allowFailure: (r) => new URL(r.url).pathname.startsWith('/api/'),
        allowConsoleError: (text) => /Failed to load resource|ERR_CONNECTION_REFUSED/.test(text),
      }),
    );
    await page.goto(`http://localhost:${port}/`);
    await page.waitForFunction(() => 'serviceHall' in window, undefined, { timeout: 120_000 });
    await page.evaluate(() => window.serviceHall!.ready.then(() => undefined));
    return page;
  }

  before(async function () {
    this.timeout(400_000);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'hall-offline-e2e-'));
    port = await freePort('localhost');
    server = await startAppServer({ kind: 'node', port, dataDir });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow', locale: 'id-ID' });
    context.setDefaultNavigationTimeout(120_000);
    context.setDefaultTimeout(60_000);
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps a complaint and an Akta Kelahiran request sealed on the device, then files each once under the code shown', async () => {
    // One online visit: the service worker installs and the server's public key is kept on the device.
    const first = await openTab();
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
    await waitForOutbox(first, (c) => c.meta.length === 1, 'holding the server key');

    await server!.close();
    server = null;
    const complaintCode = await submitComplaint(first);
    expect(complaintCode).to.match(CODE_RE);
    const sheet = first.locator('.kiosk-sheet');
    expect(await sheet.locator('.sheet-title').innerText()).to.equal(idLocale.offline.result.title);
    expect(await sheet.innerText()).to.contain(idLocale.offline.result.ifCodeFails);
    expect(await sheet.locator('.sheet-qr img').count(), 'the QR code of the status link').to.equal(1);
    const aktaCode = await submitAkta(first);
    expect(aktaCode).to.match(CODE_RE);
    expect(await fact(first, 'Nomor antrean')).to.equal(idLocale.offline.result.queueLater);

    // What devtools would show on this shared device: two sealed items, no NIK, name or phone in clear.
    const stored = await outboxContents(first);
    expect(stored.outbox.map((i) => i.code).sort()).to.deep.equal([complaintCode, aktaCode].sort());
    const raw = JSON.stringify(stored);
    for (const secret of [NIK, KK, PHONE, CHILD, 'Rahmawati', 'Somba Opu', 'Saluran air']) expect(raw, secret).to.not.include(secret);
    await first.close();

    // The server is back; the hall is opened twice more in the same browser.
    server = await startAppServer({ kind: 'node', port, dataDir });
    const second = await openTab();
    await waitForOutbox(second, (c) => c.outbox.length === 0, 'empty');
    expect((await outboxContents(second)).failed, 'nothing given up').to.deep.equal([]);
    await second.close();
    const third = await openTab();
    expect(await statusOf(third, aktaCode)).to.include({ trackingCode: aktaCode, status: 'received', serviceId: 'akta-kelahiran' });
    expect(await statusOf(third, complaintCode)).to.include({ trackingCode: complaintCode, status: 'received', serviceId: 'pengaduan' });
    expect((await outboxContents(third)).outbox).to.deep.equal([]);
    await third.close();
    for (const probe of probes) expect(probe.foreignRequests, 'no request left the origin').to.deep.equal([]);
    for (const probe of probes) expect(probe.pageErrors).to.deep.equal([]);

    // Exactly once: the database holds one item per code and nothing else, with the kiosk's time of submission.
    await server.close();
    server = null;
    const db = await openPgliteDb(dataDir);
    try {
      const rows = await db.query<{ tracking_code: string; kind: string; service_id: string; submitted_at: Date | null }>(
        'SELECT tracking_code, kind, service_id, submitted_at FROM items ORDER BY id',
      );
      expect(rows.map((r) => [r.tracking_code, r.kind, r.service_id]).sort()).to.deep.equal(
        [[complaintCode, 'complaint', 'pengaduan'], [aktaCode, 'request', 'akta-kelahiran']].sort(),
      );
      expect(rows.every((r) => r.submitted_at !== null), 'client times kept').to.equal(true);
    } finally {
      await db.close();
    }
  });
});
