import type { Browser, Page } from 'playwright-core';
import { AKTA_VALUES } from '../unit/services/flowHarness';
import { seedRequest } from './a11y/seedRequest';
import { expectNoAxeViolations } from './support/axeCheck';
import { startAppServer } from './support/appServer';
import { launchChromium } from './support/chromium';
import { openHall, type OpenHallOptions } from './support/openHall';
import type { RunningServer } from './support/staticServer';
import { ADMIN, officerTour } from './a11y/officerTour';
import { statusUrl } from '../../src/services/statusUrl';
import { walkSheet, type ScreenCheck, type SheetJourney } from './a11y/sheetJourney';

const NIK = '7371054512950002';
const PHONE = '081234567890';
/** The tracking code of the request filed before the suite, for the status kiosk and the console. */
const seeded = { code: '' };

/** One service of each kind, walked screen by screen through the kiosk sheet. */
const JOURNEYS: SheetJourney[] = [
  { kiosk: 'kependudukan', service: 'akta-kelahiran', withErrors: true, values: { ...AKTA_VALUES, fatherNik: '' } },
  { kiosk: 'kependudukan', service: 'ktp-el-rekam', values: { nik: NIK, fullName: 'Andi Baso', phone: PHONE } },
  { kiosk: 'pengaduan', service: 'pengaduan', values: { location: 'Jl. Penghibur', description: 'Lampu jalan padam sejak seminggu di depan Pantai Losari.', anonymous: 'no', contactName: 'Andi', contactPhone: PHONE } },
  { kiosk: 'pajak', service: 'pbb-cek', values: { nop: '737101000100100010' } },
  { kiosk: 'status', service: 'cek-status', values: () => ({ trackingCode: seeded.code }) },
  { kiosk: 'informasi', service: 'jam-layanan' },
];

/** A page to hold to WCAG 2.2 AA: how to open it, and what to do on it, calling `check` on every screen. */
interface AxePage {
  name: string;
  open: Omit<OpenHallOptions, 'existingServer' | 'existingBrowser' | 'server'>;
  visit(page: Page, check: ScreenCheck): Promise<void>;
  /** The page has the hall's language switch: every screen is checked in Bahasa Indonesia and in English. */
  bilingual: boolean;
}

/**
 * The light status page (`/status/<code>`) in the browser's language: an unknown code (its alert), then the
 * seeded request's status, timeline and masked data.
 */
function statusPageRow(locale: 'id-ID' | 'en-US'): AxePage {
  return {
    name: `light status page (${locale})`,
    open: { path: '/status/ZZZZ-ZZZZ', waitForReady: false, locale, mobile: true },
    bilingual: false,
    visit: async (page, check) => {
      await page.getByRole('alert').waitFor();
      await check('unknown code');
      await page.goto(statusUrl(seeded.code, new URL(page.url()).origin));
      await page.getByRole('heading', { name: new RegExp(seeded.code) }).waitFor();
      await check('status of a request');
    },
  };
}

/** The pages and screens axe checks. Add a row to check another page. */
const PAGES: AxePage[] = [
  { name: 'desktop hall (no sheet)', open: {}, bilingual: true, visit: (_page, check) => check('hall') },
  ...JOURNEYS.map((j): AxePage => ({ name: `desktop hall, sheet: ${j.service}`, open: {}, bilingual: true, visit: async (page, check) => void (await walkSheet(page, j, check)) })),
  { name: 'phone view, sheet: akta-kelahiran', open: { mobile: true }, bilingual: true, visit: async (page, check) => void (await walkSheet(page, JOURNEYS[0], check)) },
  statusPageRow('id-ID'),
  statusPageRow('en-US'),
  { name: 'officer console', open: { path: '/officer', waitForReady: false }, bilingual: false, visit: officerTour },
];

/** Switches the hall's language the way a visitor does: the sheet's language button, or the welcome panel's in the DOM mirror. */
async function toggleLanguage(page: Page): Promise<void> {
  const before = await page.evaluate(() => document.documentElement.lang);
  const sheetLang = page.locator('.kiosk-sheet .sheet-lang');
  if (await sheetLang.count()) await sheetLang.click();
  else await page.locator('[data-target-id="welcome.language"]').evaluate((b: HTMLElement) => b.click());
  await page.waitForFunction((b) => document.documentElement.lang !== b, before);
}

/** Checks the page as it is, and when it is bilingual once more in the other language (and switches back). */
function checker(page: Page, row: AxePage): ScreenCheck {
  return async (screen) => {
    await expectNoAxeViolations(page, `${row.name} / ${screen} (${await page.evaluate(() => document.documentElement.lang)})`);
    if (!row.bilingual) return;
    await toggleLanguage(page);
    await expectNoAxeViolations(page, `${row.name} / ${screen} (${await page.evaluate(() => document.documentElement.lang)})`);
    await toggleLanguage(page);
  };
}

describe('WCAG 2.2 AA: axe-core finds no violation on any page, screen or language', function () {
  this.timeout(600_000);
  let server: RunningServer;
  let browser: Browser;

  before(async function () {
    this.timeout(300_000);
    server = await startAppServer({ kind: 'node', env: { OFFICER_BOOTSTRAP_PASSWORD: ADMIN.password } });
    browser = await launchChromium();
    seeded.code = await seedRequest(server.origin);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const row of PAGES) {
    it(`${row.name}: no violations`, async () => {
      const hall = await openHall({ ...row.open, existingServer: server, existingBrowser: browser });
      await row.visit(hall.page, checker(hall.page, row));
      await hall.close();
    });
  }
});
