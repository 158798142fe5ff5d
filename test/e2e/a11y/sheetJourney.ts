import type { Page } from 'playwright-core';

/** Called on every screen a journey reaches, with a name for failure messages. */
export type ScreenCheck = (screen: string) => Promise<void>;

/** One service walked through a kiosk sheet: its kiosk, its id and the values typed (radio groups not named take their first option). */
export interface SheetJourney {
  kiosk: string;
  service: string;
  values?: Record<string, string> | (() => Record<string, string>);
  /** Press the primary action once on the empty form first, to check the screen with its field errors. */
  withErrors?: boolean;
}

const SHEET = '.kiosk-sheet';

/** Waits until the sheet shows a screen other than `before` (or any screen) and is not sending. */
async function nextScreen(page: Page, before: string | null): Promise<string> {
  const stuck = () => page.locator(SHEET).evaluate((s: HTMLElement) => `${s.dataset.screen}: ${s.querySelector('.sheet-notice')?.textContent ?? ''} ${[...s.querySelectorAll('.sheet-error')].map((e) => e.textContent).join(' ')}`);
  await page.waitForFunction(
    (b) => {
      const s = document.querySelector<HTMLElement>('.kiosk-sheet');
      return !!s && s.getAttribute('aria-busy') !== 'true' && s.dataset.screen !== b;
    },
    before,
    { timeout: 60_000 },
  ).catch(async (error: Error) => {
    throw new Error(`the sheet stayed on ${await stuck()}: ${error.message}`);
  });
  return page.locator(SHEET).evaluate((s: HTMLElement) => s.dataset.screen ?? '');
}

/** Opens a kiosk's sheet the way a keyboard user does: the welcome panel's "go to" button in the DOM mirror, then Enter. */
export async function openSheet(page: Page, kiosk: string): Promise<void> {
  await page.locator(`[data-target-id="welcome.go.${kiosk}"]`).focus();
  await page.keyboard.press('Enter');
  await page.locator(`${SHEET}[data-kiosk="${kiosk}"]`).waitFor({ state: 'visible', timeout: 60_000 });
}

/** Types the journey's values into the screen's inputs and picks a radio in every group, in order (slot times load once place and day are chosen). */
async function fillScreen(page: Page, values: Record<string, string>): Promise<void> {
  const sheet = page.locator(SHEET);
  for (const input of await sheet.locator('input:not([type="radio"]), textarea').all()) {
    const name = (await input.getAttribute('name')) ?? '';
    if (name in values) await input.fill(values[name]);
  }
  const count = await sheet.locator('fieldset[data-field]').count();
  for (let i = 0; i < count; i++) {
    const group = sheet.locator('fieldset[data-field]').nth(i);
    if ((await group.locator('input:checked').count()) > 0) continue;
    const field = (await group.getAttribute('data-field')) ?? '';
    const wanted = field in values ? group.locator(`input[value="${values[field]}"]`) : group.locator('input:not([disabled])').first();
    await wanted.check();
  }
}

/**
 * Walks one service through its kiosk sheet, calling `check` on every screen: the service list,
 * requirements, consent, the form (with its errors when asked), slots, review, the outcome and, after
 * a result, the survey. It always presses the primary action, as a citizen finishing the service does.
 */
export async function walkSheet(page: Page, journey: SheetJourney, check: ScreenCheck): Promise<string[]> {
  await openSheet(page, journey.kiosk);
  let screen = await nextScreen(page, null);
  const seen: string[] = [];
  await check(`${journey.service}: ${screen}`);
  await page.locator(`${SHEET} [data-action="service:${journey.service}"]`).click();
  for (let step = 0; step < 12; step++) {
    screen = await nextScreen(page, screen);
    seen.push(screen);
    const label = `${journey.service}: ${screen}`;
    if (screen === 'form' && journey.withErrors && !seen.slice(0, -1).includes('form')) {
      await page.locator(`${SHEET} .sheet-action.role-primary`).click();
      await page.locator(`${SHEET} [aria-invalid="true"]`).first().waitFor();
      await check(`${label} (with errors)`);
    } else await check(label);
    const primary = await page.locator(`${SHEET} .sheet-action.role-primary`).getAttribute('data-action');
    if (screen === 'survey' || primary === 'done') return seen;
    await fillScreen(page, typeof journey.values === 'function' ? journey.values() : journey.values ?? {});
    await page.locator(`${SHEET} .sheet-action.role-primary`).click();
  }
  throw new Error(`${journey.service}: no end after ${seen.join(' → ')}`);
}
