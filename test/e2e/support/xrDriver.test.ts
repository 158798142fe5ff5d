import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startStaticServer, type RunningServer } from './staticServer';
import { installXrDriver, XrDriver } from './xrDriver';
import { watchPage, type PageProbe } from './pageProbe';

/** A page with nothing but a WebXR session, so the harness is checked apart from the app. */
const fixtureHtml = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>xr fixture</title></head>
<body><button id="enter">Enter VR</button><canvas id="c"></canvas><script src="/fixture.js"></script></body></html>`;
const fixtureJs = `window.inputEvents = [];
document.getElementById('enter').addEventListener('click', async () => {
  const gl = document.getElementById('c').getContext('webgl2', { xrCompatible: true });
  const session = await navigator.xr.requestSession('immersive-vr', { requiredFeatures: ['local-floor'], optionalFeatures: ['hand-tracking'] });
  await session.updateRenderState({ baseLayer: new XRWebGLLayer(session, gl) });
  for (const type of ['selectstart', 'selectend']) {
    session.addEventListener(type, (e) => window.inputEvents.push(type + ':' + e.inputSource.handedness + ':' + (e.inputSource.hand ? 'hand' : 'controller')));
  }
  session.requestAnimationFrame(function loop() { session.requestAnimationFrame(loop); });
});`;

const distance = (a: { x: number; y: number; z: number }, b: { x: number; y: number; z: number }): number =>
  Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);

describe('e2e harness: the emulated headset', function () {
  this.timeout(60_000);
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let probe: PageProbe;
  let xr: XrDriver;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'xr-fixture-'));
    await writeFile(path.join(dir, 'index.html'), fixtureHtml);
    await writeFile(path.join(dir, 'fixture.js'), fixtureJs);
    server = await startStaticServer({ root: dir });
    browser = await launchChromium();
    const context = await browser.newContext();
    await installXrDriver(context, { inputMode: 'hands' });
    page = await context.newPage();
    probe = watchPage(page, { origin: server.origin });
    await page.goto(server.origin + '/');
    await page.click('#enter');
    xr = new XrDriver(page);
    await xr.waitForSession();
  });

  // Each test starts with tracked hands, whatever an earlier test switched to.
  beforeEach(async () => {
    await xr.setInputMode('hands');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('replaces the native navigator.xr with IWER and tracks two hands', async () => {
    const status = await xr.status();
    expect(status.sessionActive).to.equal(true);
    expect(status.mode).to.equal('hands');
    expect(status.inputSources.map((s) => `${s.handedness}:${s.hand}`)).to.have.members(['left:true', 'right:true']);
    expect(status.inputSources[0].profiles).to.include('generic-hand');
  });

  it('moves the index fingertip to a point along a straight line over the requested frames', async () => {
    const start = await xr.fingertip('right');
    const target = { x: start.x - 0.15, y: start.y + 0.05, z: start.z - 0.2 };
    const move = await xr.moveFingertipTo('right', [target.x, target.y, target.z], { steps: 12 });
    expect(move.error).to.be.lessThan(0.001);
    expect(distance(await xr.fingertip('right'), target)).to.be.lessThan(0.001);
    expect(move.trace).to.have.length(13);
    const span = distance(start, target);
    for (const [i, point] of move.trace.entries()) {
      const expected = { x: start.x + ((target.x - start.x) * i) / 12, y: start.y + ((target.y - start.y) * i) / 12, z: start.z + ((target.z - start.z) * i) / 12 };
      expect(distance(point, expected), `frame ${i}`).to.be.lessThan(span * 0.02);
    }
  });

  it('pinches: selectstart then selectend on that hand', async () => {
    await page.evaluate(() => { (window as unknown as { inputEvents: string[] }).inputEvents.length = 0; });
    await xr.pinch('left');
    expect(await page.evaluate(() => (window as unknown as { inputEvents: string[] }).inputEvents)).to.deep.equal(['selectstart:left:hand', 'selectend:left:hand']);
  });

  it('aims a hand ray and, after switching, a controller ray at a point, and pulls the trigger', async () => {
    const handAim = await xr.aimAt('right', { x: 0.8, y: 1.2, z: -2 });
    expect(handAim.errorRadians).to.be.lessThan(0.01);
    await xr.setInputMode('controllers');
    const status = await xr.status();
    expect(status.inputSources.every((s) => !s.hand && s.profiles[0] === 'meta-quest-touch-plus')).to.equal(true);
    const aim = await xr.aimAt('right', { x: -1, y: 1, z: -3 });
    expect(aim.errorRadians).to.be.lessThan(0.01);
    await page.evaluate(() => { (window as unknown as { inputEvents: string[] }).inputEvents.length = 0; });
    await xr.trigger('right');
    expect(await page.evaluate(() => (window as unknown as { inputEvents: string[] }).inputEvents)).to.deep.equal(['selectstart:right:controller', 'selectend:right:controller']);
    probe.assertClean('xr fixture');
  });
});
