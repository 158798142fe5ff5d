import { expect } from 'chai';
import { useHall } from './support/hallHost';
import { sampleCanvas } from './support/canvasPixels';
import { renderedFrames } from './support/frames';

describe('Offline: a booth without internet', function () {
  this.timeout(180_000);
  // Each test: a fresh page that registered the service worker during one online visit, and is controlled by it.
  const hall = useHall({
    open: {
      serviceWorker: true,
      // While offline, API calls must fail (they are never cached): that is what this suite checks.
      allowFailure: (request) => new URL(request.url).pathname.startsWith('/api/'),
    },
    setup: async ({ page }) => {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    },
  });

  it('reopens the hall from the service worker after one online visit, with the network off', async () => {
    const { page, context, probe } = hall();
    const online = await sampleCanvas(page);
    expect(online.distinctColours, 'the hall renders online').to.be.greaterThan(8);

    await context.setOffline(true);
    const appRequestsBefore = probe.requests.length;
    await page.reload();
    await hall().ready();
    // Let a few frames render; what is checked below is pixels, not time.
    await renderedFrames(page, 5);
    const offline = await sampleCanvas(page);
    expect(offline.distinctColours, 'the hall still renders offline (canvas not blank)').to.be.greaterThan(8);
    expect(offline.dominantShare, 'not one flat colour').to.be.lessThan(0.95);

    const reloaded = probe.requests.slice(appRequestsBefore);
    expect(reloaded.length, 'the reload requested the app').to.be.greaterThan(0);
    const navigation = reloaded.find((r) => r.isNavigationRequest());
    expect(navigation, 'the reload navigated').to.not.equal(undefined);
    const response = await navigation!.response();
    expect(response?.fromServiceWorker(), 'the page came from the service worker').to.equal(true);
    expect(await page.evaluate(() => document.querySelector('canvas#hall') !== null)).to.equal(true);
    probe.assertClean('offline hall');
  });

  it('does not answer /api/ from a cache while offline', async () => {
    const { page, context } = hall();
    const fetchServices = () =>
      page.evaluate(async () => {
        try {
          const response = await fetch('/api/services', { headers: { accept: 'application/json' } });
          return `answered ${response.status}`;
        } catch (error) {
          return `failed: ${(error as Error).name}`;
        }
      });
    // Online, through the service worker, the API answers (a caching worker would keep this answer)...
    expect(await fetchServices()).to.equal('answered 200');
    // ...and offline the same request fails rather than being answered from a cache.
    await context.setOffline(true);
    expect(await fetchServices()).to.equal('failed: TypeError');
  });
});
