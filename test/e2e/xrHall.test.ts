import { expect } from 'chai';
import { openHall, type HallSession } from './support/openHall';
import type { Vec3 } from './support/xrDriver';
import { events, floorDistance, mode, targets, viewer, waitForActivation, type HallTarget } from './hallQueries';

const v = (p: readonly number[]): Vec3 => ({ x: p[0], y: p[1], z: p[2] });
const along = (t: HallTarget, depth: number, lateral = 0): Vec3 => {
  const [nx, , nz] = t.normal;
  // Horizontal direction across the face (the panels stand upright enough for this).
  const len = Math.hypot(nx, nz) || 1;
  const right = [-nz / len, 0, nx / len];
  return v([0, 1, 2].map((i) => t.position[i] + t.normal[i] * depth + right[i] * lateral));
};

async function locale(hall: HallSession): Promise<string> {
  return hall.page.evaluate(() => (window as unknown as { serviceHall: { locale(): string } }).serviceHall.locale());
}

describe('the hall in a headset (IWER as a Meta Quest 3)', function () {
  let hall: HallSession;

  before(async () => {
    hall = await openHall({ xr: { inputMode: 'hands' } });
    await hall.page.getByRole('button', { name: /VR/ }).click();
    await hall.xr!.waitForSession();
    await hall.page.waitForFunction(() => (window as unknown as { serviceHall: { mode(): string } }).serviceHall.mode() === 'xr');
    await hall.xr!.frames(10);
  });
  after(async () => {
    await hall?.close();
  });

  it('enters VR through the button and reports targets in the local-floor frame', async () => {
    expect(await mode(hall.page)).to.equal('xr');
    const status = await hall.xr!.status();
    expect(status.sessionActive).to.equal(true);
    expect(status.inputSources.filter((s) => s.hand)).to.have.length(2);
    // The welcome panel is within arm's reach of where the session starts.
    const head = await viewer(hall.page);
    const lang = (await targets(hall.page)).find((t) => t.id === 'welcome.language')!;
    expect(floorDistance(head.position, lang.position)).to.be.lessThan(1.2);
  });

  it('presses a control when the index fingertip pokes it from the front', async () => {
    const xr = hall.xr!;
    const lang = (await targets(hall.page)).find((t) => t.id === 'welcome.language')!;
    expect(await locale(hall)).to.equal('id');
    const before = (await events(hall.page)).length;
    await xr.moveFingertipTo('right', along(lang, 0.1), { steps: 20 });
    await xr.moveFingertipTo('right', along(lang, -0.012), { steps: 15 });
    await xr.moveFingertipTo('right', along(lang, 0.1), { steps: 15 });
    const event = await waitForActivation(hall.page, 'welcome.language', before);
    expect(event.via).to.equal('poke');
    expect(await locale(hall), 'the language switched').to.equal('en');
  });

  it('presses nothing when a finger sweeps sideways through the same control', async () => {
    const xr = hall.xr!;
    const lang = (await targets(hall.page)).find((t) => t.id === 'welcome.language')!;
    const before = (await events(hall.page)).length;
    // Out to the side, past the panel's edge, then sideways across the whole panel through the key.
    await xr.moveFingertipTo('right', along(lang, 0.1, -0.75), { steps: 20 });
    await xr.moveFingertipTo('right', along(lang, 0.006, -0.75), { steps: 10 });
    await xr.moveFingertipAlong('right', [along(lang, -0.006, 0.75)], { stepsPerSegment: 60 });
    await xr.moveFingertipTo('right', along(lang, 0.1, 0.75), { steps: 15 });
    await xr.frames(5);
    expect((await events(hall.page)).slice(before)).to.deep.equal([]);
    expect(await locale(hall)).to.equal('en');
  });

  it('activates a distant kiosk control with a pinch-ray', async () => {
    const xr = hall.xr!;
    const head = await viewer(hall.page);
    const far = (await targets(hall.page))
      .filter((t) => /^kiosk\.[a-z]+\.service:/.test(t.id) && t.enabled)
      .map((t) => ({ t, d: floorDistance(head.position, t.position) }))
      .filter((x) => x.d > 2)
      .sort((a, b) => a.d - b.d)[0]?.t;
    expect(far, 'a kiosk control more than 2 m away').to.not.equal(undefined);
    const lang = (await targets(hall.page)).find((t) => t.id === 'welcome.language')!;
    // Hand back to a relaxed spot in front of the body, away from every panel.
    await xr.moveFingertipTo('right', along(lang, 0.35, 0.15), { steps: 15 });
    const aim = await xr.aimAt('right', v(far!.position), { steps: 20 });
    expect(aim.errorRadians).to.be.lessThan(0.02);
    const before = (await events(hall.page)).length;
    await xr.pinch('right', { holdFrames: 6 });
    const event = await waitForActivation(hall.page, far!.id, before);
    expect(event.via).to.equal('ray');
  });

  it('activates a control with a controller ray and trigger', async () => {
    const xr = hall.xr!;
    await xr.setInputMode('controllers');
    await xr.frames(10);
    const back = (await targets(hall.page)).find((t) => /^kiosk\.[a-z]+\.back$/.test(t.id) && t.enabled);
    expect(back, 'the kiosk opened by the pinch shows a back button').to.not.equal(undefined);
    await xr.aimAt('right', v(back!.position), { steps: 20 });
    const before = (await events(hall.page)).length;
    await xr.trigger('right', { holdFrames: 6 });
    const event = await waitForActivation(hall.page, back!.id, before);
    expect(event.via).to.equal('controller');
    hall.probe.assertClean('entering VR with hands and using a kiosk');
  });
});
