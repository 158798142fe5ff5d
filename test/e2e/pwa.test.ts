import { expect } from 'chai';
import type { CDPSession } from 'playwright-core';
import { useHall } from './support/hallHost';
import { readPngHeader } from './support/pngInfo';

interface ManifestIcon { src: string; sizes?: string; type?: string; purpose?: string }
interface WebManifest {
  id?: string; name?: string; short_name?: string; start_url?: string; scope?: string; display?: string;
  theme_color?: string; background_color?: string; lang?: string; icons?: ManifestIcon[];
}

describe('PWA: installable hall', function () {
  this.timeout(120_000);
  // One page, with its service worker; the tests only read it.
  const hall = useHall({ per: 'suite', open: { serviceWorker: true } });
  let manifestUrl: URL;
  let manifest: WebManifest;

  before(async () => {
    const href = await hall().page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href, 'index.html links a manifest').to.be.a('string');
    manifestUrl = new URL(href as string, hall().page.url());
    const response = await hall().page.request.get(manifestUrl.href);
    expect(response.status()).to.equal(200);
    expect(response.headers()['content-type']).to.match(/application\/(manifest\+)?json/);
    manifest = (await response.json()) as WebManifest;
  });

  it('has every field a browser needs to install it, in Bahasa Indonesia', () => {
    for (const field of ['id', 'name', 'short_name', 'start_url', 'scope', 'display', 'theme_color', 'background_color'] as const) {
      expect(manifest[field], field).to.be.a('string').and.not.equal('');
    }
    expect(manifest.lang).to.equal('id');
    expect(['fullscreen', 'standalone', 'minimal-ui']).to.include(manifest.display);
    expect(manifest.theme_color).to.match(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).to.match(/^#[0-9a-f]{6}$/i);
    const scope = new URL(manifest.scope as string, manifestUrl);
    const start = new URL(manifest.start_url as string, manifestUrl);
    expect(start.origin, 'start_url is same-origin').to.equal(scope.origin);
    expect(start.pathname.startsWith(scope.pathname), 'start_url lies within scope').to.equal(true);
  });

  it('ships 192 and 512 px icons, including a maskable one, that really are PNGs of the stated size', async () => {
    const icons = manifest.icons ?? [];
    const checked: { size: number; purposes: string[] }[] = [];
    for (const icon of icons) {
      const response = await hall().page.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.status(), icon.src).to.equal(200);
      expect(response.headers()['content-type'], icon.src).to.equal('image/png');
      const header = readPngHeader(await response.body());
      const [w, h] = (icon.sizes ?? '').split('x').map(Number);
      expect({ width: header.width, height: header.height }, `${icon.src} declared ${icon.sizes}`).to.deep.equal({ width: w, height: h });
      checked.push({ size: w, purposes: (icon.purpose ?? 'any').split(/\s+/) });
    }
    expect(checked.some((i) => i.size === 192 && i.purposes.includes('any'))).to.equal(true);
    expect(checked.some((i) => i.size === 512 && i.purposes.includes('any'))).to.equal(true);
    expect(checked.some((i) => i.purposes.includes('maskable') && i.size >= 512)).to.equal(true);
  });

  it('is installable according to Chromium itself', async () => {
    const cdp: CDPSession = await hall().context.newCDPSession(hall().page);
    const parsed = await cdp.send('Page.getAppManifest');
    expect(parsed.errors, 'manifest parse errors').to.deep.equal([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Headless contexts are off-the-record; that is the harness, not the app.
    const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
    expect(errors).to.deep.equal([]);
    await cdp.detach();
  });

  it('index.html is the hall page: lang id, viewport, theme colour, icons, canvas, overlay, no inline script', async () => {
    const page = hall().page;
    expect(await page.getAttribute('html', 'lang')).to.equal('id');
    expect(await page.getAttribute('meta[name="viewport"]', 'content')).to.contain('width=device-width');
    expect((await page.getAttribute('meta[name="theme-color"]', 'content'))?.toLowerCase()).to.equal(manifest.theme_color?.toLowerCase());
    const touchIcon = await page.getAttribute('link[rel="apple-touch-icon"]', 'href');
    expect((await page.request.get(new URL(touchIcon as string, page.url()).href)).status()).to.equal(200);
    expect(await page.locator('canvas#hall').count()).to.equal(1);
    expect(await page.locator('div#overlay').count()).to.equal(1);
    const scripts = await page.$$eval('script', (els) => els.map((s) => ({ src: s.getAttribute('src'), inline: (s.textContent ?? '').trim().length })));
    for (const script of scripts) {
      expect(script.src, 'every script is a file').to.be.a('string');
      expect(script.inline, 'no inline code').to.equal(0);
    }
    const box = await page.locator('canvas#hall').boundingBox();
    expect(box, 'canvas fills the window').to.deep.include({ x: 0, y: 0, width: 1280, height: 720 });
  });

  it('activates a service worker that controls the page and never caches /api/', async () => {
    const page = hall().page;
    // The worker claims the page once active: wait for that, as an offline reload depends on it.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 60_000 });
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return { scriptURL: registration.active?.scriptURL ?? null, state: registration.active?.state ?? null, scope: registration.scope };
    });
    expect(worker.state).to.equal('activated');
    expect(new URL(worker.scriptURL as string).pathname).to.equal('/sw.js');
    expect(new URL(worker.scope).pathname).to.equal('/');
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(cached, 'the app shell is precached').to.include('/index.html');
    expect(cached.filter((p) => p.startsWith('/api/')), 'no API response in any cache').to.deep.equal([]);
    hall().probe.assertClean('installable hall');
  });
});
