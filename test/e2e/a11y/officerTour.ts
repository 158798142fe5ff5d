import type { Page } from 'playwright-core';
import { base32Decode, hotp, totpStep } from '../../../src/server/totp';
import type { ScreenCheck } from './sheetJourney';

/** The first admin the suite's server creates at start (OFFICER_BOOTSTRAP_PASSWORD). */
export const ADMIN = { username: 'admin', password: 'Losari-senja-4729-a' };
const OFFICER = { username: 'petugas', password: 'Losari-senja-4729-b' };
const SUPERVISOR = { username: 'penyelia', password: 'Losari-senja-4729-c' };

/** Logs in through the console's form; waits for the menu. */
async function logIn(page: Page, who: { username: string; password: string }, totpSecret?: string): Promise<void> {
  const form = page.locator('#login');
  await form.waitFor({ state: 'visible' });
  await form.locator('input[name="username"]').fill(who.username);
  await form.locator('input[name="password"]').fill(who.password);
  if (totpSecret) {
    await form.locator('button[type="submit"]').click();
    await page.locator('#totp-row:not(.hidden)').waitFor();
    await form.locator('input[name="totp"]').fill(hotp(base32Decode(totpSecret), totpStep(Date.now())));
  }
  await form.locator('button[type="submit"]').click();
  await page.locator('#nav:not(.hidden), #login-error:not(:empty)').first().waitFor();
  const refused = await page.locator('#login-error').innerText();
  if (refused) throw new Error(`${who.username} could not log in: ${refused}`);
}

/** Opens a menu entry and waits for its screen to draw (`ready` is a selector inside #view). */
async function openView(page: Page, view: string, ready: string): Promise<void> {
  await page.locator(`#nav button[data-view="${view}"]`).click();
  await page.locator(`#view ${ready}`).first().waitFor();
}

async function logOut(page: Page): Promise<void> {
  await page.locator('#logout').click();
  await page.locator('#login').waitFor({ state: 'visible' });
}

/** The admin enrols TOTP on the security screen (checked before and during), then creates an officer and a supervisor. */
async function adminScreens(page: Page, check: ScreenCheck): Promise<void> {
  await logIn(page, ADMIN);
  await page.locator('#app-error:not(:empty)').waitFor();
  await check('officer console: admin without TOTP (error shown)');
  await openView(page, 'security', 'button.primary');
  await check('officer console: security');
  await page.locator('#view button', { hasText: 'TOTP' }).click();
  const secret = (await page.locator('#view code').first().innerText()).trim();
  await check('officer console: TOTP enrolment');
  // The previous step's code (accepted within ±1 step), so the log-in right after may use the current one:
  // the server refuses a step at or before the last one used (replay).
  await page.locator('#view input[autocomplete="one-time-code"]').fill(hotp(base32Decode(secret), totpStep(Date.now()) - 1));
  await page.locator('#view form button[type="submit"]', { hasText: 'Konfirmasi' }).click();
  await page.locator('#view p', { hasText: 'TOTP aktif' }).waitFor();
  await logOut(page);
  await logIn(page, ADMIN, secret);
  await openView(page, 'accounts', 'table');
  for (const [who, role, units] of [[OFFICER, 'officer', 'kependudukan, pengaduan'], [SUPERVISOR, 'supervisor', '']] as const) {
    const form = page.locator('#view form');
    await form.locator('input[name="username"]').fill(who.username);
    await form.locator('input[name="password"]').fill(who.password);
    await form.locator('select').selectOption(role);
    await form.locator('input[name="units"]').fill(units);
    await form.locator('button[type="submit"]').click();
    // The account's own name cell, exactly: a looser match also finds the role select's "Petugas (per unit)" option
    // in the admin's row, and the next account would be typed into a form the reload is about to replace.
    await page.locator('#view td:first-child').filter({ hasText: new RegExp(`^${who.username}$`) }).waitFor();
  }
  await check('officer console: accounts');
  await openView(page, 'audit', 'table');
  await check('officer console: audit log');
  await logOut(page);
}

/**
 * Every screen of the officer console (Indonesian only: officers work in one language): log-in,
 * the admin's security, TOTP enrolment, accounts and audit log; the officer's requests, a request's
 * detail, complaints, appointments, data-subject requests; the supervisor's IKM. Expects at least one
 * request in the database, so the detail screen has something to show.
 */
export async function officerTour(page: Page, check: ScreenCheck): Promise<void> {
  await page.locator('#login').waitFor({ state: 'visible' });
  await check('officer console: log-in');
  await adminScreens(page, check);
  await logIn(page, OFFICER);
  await page.locator('#view tr.row').first().waitFor();
  await check('officer console: requests');
  await page.locator('#view tr.row').first().click();
  await page.locator('#view select').first().waitFor();
  await check('officer console: request detail');
  await openView(page, 'complaints', 'table');
  await check('officer console: complaints');
  await openView(page, 'appointments', 'table');
  await check('officer console: appointments');
  await openView(page, 'dsr', 'input');
  await check('officer console: data-subject requests');
  await logOut(page);
  await logIn(page, SUPERVISOR);
  await openView(page, 'ikm', '.panel > *');
  await check('officer console: IKM');
}
