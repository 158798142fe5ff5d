import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { useHallHost } from './support/hallHost';
import { watchPage } from './support/pageProbe';
import { apiExamples } from '../../src/shared/api/examples';
import { statusUrl } from '../../src/services/statusUrl';

/** A phone in portrait, as a citizen holds it to scan the result's QR code. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'id-ID', serviceWorkers: 'block' as const };

describe('the light status page a result\'s QR code opens (/status/<code>)', function () {
  this.timeout(240_000);
  const host = useHallHost();
  let code = '';

  before(async function () {
    this.timeout(120_000);
    const res = await fetch(`${host().server.origin}/api/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomBytes(16).toString('hex') },
      body: JSON.stringify(apiExamples('2099-01-01').createRequest),
    });
    expect(res.status).to.equal(201);
    code = ((await res.json()) as { trackingCode: string }).trackingCode;
  });

  it('shows the status, timeline, expected date and masked data on a phone without loading any Babylon chunk', async () => {
    const context = await host().browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      const probe = watchPage(page, { origin: host().server.origin });
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(statusUrl(code, host().server.origin));
      await page.getByRole('heading', { name: `Kode pelacakan ${code}` }).waitFor();
      const text = await page.locator('main').innerText();
      expect(text).to.contain('Akta Kelahiran');
      expect(text).to.contain('Diterima');
      expect(text).to.contain('Perkiraan selesai');
      expect(text, 'the NIK only masked').to.contain('************0003');
      expect(text).to.not.contain('7371015508900003');
      expect(scripts, 'one small script, no hall and no Babylon chunk').to.have.length(1);
      expect(scripts[0]).to.match(/^\/status\.[0-9a-f]{8}\.js$/);
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(fits, 'nothing cut off on the right').to.equal(true);
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem('hall.status.last') ?? 'null')?.status?.trackingCode)).to.equal(code);
      probe.assertClean('status page');
    } finally {
      await context.close();
    }
  });

  it('reads the old /?status=<code> link by redirecting to the status page', async () => {
    const res = await fetch(`${host().server.origin}/?status=${encodeURIComponent(code)}`, { redirect: 'manual' });
    expect(res.status).to.equal(302);
    expect(res.headers.get('location')).to.equal(`/status/${encodeURIComponent(code)}`);
  });

  it('says so for an unknown code', async () => {
    const context = await host().browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      await page.goto(`${host().server.origin}/status/ZZZZ-ZZZZ`);
      await page.getByRole('alert').filter({ hasText: 'tidak ditemukan' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
