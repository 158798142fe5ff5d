/**
 * The officer console's existing functions in a real browser (issue 11 asks for it; there was none): log-in, the
 * lists, a status change with a note the citizen then sees, a complaint reply, the IKM dashboard and the audit log
 * (admin with TOTP enrolled through the console itself).
 */
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { base32Decode, hotp, totpStep } from '../../src/server/totp';
import { apiExamples } from '../../src/shared/api/examples';
import { signInConsole, startLiveHost, type LiveHost } from './support/liveHost';

/** Files through the public API as a kiosk would; returns the tracking code. */
async function file(origin: string, path: string, body: object): Promise<string> {
  const res = await fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomBytes(16).toString('hex') }, body: JSON.stringify(body) });
  const json = (await res.json()) as { trackingCode: string };
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json.trackingCode;
}

describe('officer console in the browser: log-in, lists, status with note, complaint reply, IKM, audit', function () {
  this.timeout(600_000);
  let host: LiveHost;
  const codes = { request: '', complaint: '' };
  const pages: Page[] = [];

  before(async function () {
    this.timeout(600_000);
    host = await startLiveHost({ rina: ['kependudukan', 'pengaduan'], sari: 'supervisor', boss: 'admin' });
    const examples = apiExamples('2030-01-07');
    codes.request = await file(host.server.origin, '/api/requests', examples.createRequest);
    codes.complaint = await file(host.server.origin, '/api/complaints', examples.createComplaint);
    await file(host.server.origin, '/api/surveys', { ...examples.createSurvey, trackingCode: codes.request });
  });

  after(async () => {
    for (const p of pages) await p.context().close();
    await host?.close();
  });

  it('a wrong password is refused with a message and the console stays closed', async () => {
    const context = await host.browser.newContext({ locale: 'id-ID' });
    const page = await context.newPage();
    pages.push(page);
    await page.goto(`${host.server.origin}/officer`);
    await page.getByLabel('Nama pengguna').fill('rina');
    await page.getByLabel('Kata sandi').fill('bukan sandinya sama sekali');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.locator('#login-error').filter({ hasText: /\S/ }).waitFor();
    expect(await page.locator('#app').isHidden()).to.equal(true);
  });

  it('lists requests, changes a status with a note the citizen sees in the timeline, and replies to a complaint', async () => {
    const page = await signInConsole(host, 'rina');
    pages.push(page);
    await page.locator('tr.row', { hasText: codes.request }).click();
    await page.getByLabel('Status baru').selectOption('need_info');
    await page.getByLabel('Catatan').fill('Mohon unggah scan surat keterangan lahir.');
    await page.getByRole('button', { name: 'Simpan status' }).click();
    await page.locator('ol li', { hasText: 'Perlu data tambahan — Mohon unggah scan surat keterangan lahir. (rina)' }).waitFor();
    const status = (await (await fetch(`${host.server.origin}/api/status/${codes.request}`)).json()) as { status: string; timeline: { note?: string }[] };
    expect(status.status).to.equal('need_info');
    expect(status.timeline.map((t) => t.note)).to.include('Mohon unggah scan surat keterangan lahir.');

    await page.getByRole('button', { name: 'Pengaduan' }).click();
    await page.locator('tr.row', { hasText: codes.complaint }).click();
    await page.locator('form', { hasText: 'Kirim balasan' }).locator('textarea').fill('Terima kasih, lampu jalan sudah diperbaiki.');
    await page.getByRole('button', { name: 'Kirim balasan' }).click();
    await page.locator('h3', { hasText: 'Balasan pengaduan' }).waitFor();
    const complaint = (await (await fetch(`${host.server.origin}/api/complaints/${codes.complaint}`)).json()) as { reply?: { text: string } };
    expect(complaint.reply?.text).to.equal('Terima kasih, lampu jalan sudah diperbaiki.');
  });

  it('the supervisor sees the IKM dashboard from the survey', async () => {
    const page = await signInConsole(host, 'sari');
    pages.push(page);
    await page.getByRole('button', { name: 'IKM' }).click();
    await page.locator('h2', { hasText: /^IKM \d+\.\d\d · mutu [A-D]/ }).waitFor();
    expect(await page.locator('p', { hasText: 'responden' }).first().textContent()).to.equal('1 responden');
  });

  it('the admin enrols TOTP in the console and reads the audit log of what the officer did', async () => {
    const page = await signInConsole(host, 'boss');
    pages.push(page);
    await page.getByRole('button', { name: 'Keamanan' }).click();
    await page.getByRole('button', { name: 'Aktifkan TOTP' }).click();
    const secret = (await page.locator('code').first().textContent())!.trim();
    await page.getByLabel('Kode 6 angka').fill(hotp(base32Decode(secret), totpStep(Date.now())));
    await page.getByRole('button', { name: 'Konfirmasi' }).click();
    await page.locator('p', { hasText: 'TOTP aktif' }).waitFor();
    await page.getByRole('button', { name: 'Log audit' }).click();
    await page.locator('tr', { hasText: codes.request }).first().waitFor();
    expect(await page.locator('tr', { hasText: 'rina' }).count()).to.be.greaterThan(0);
  });
});
