import { expect } from 'chai';
import { enterVr, type HallSession } from './support/openHall';
import { useHall } from './support/hallHost';
import type { Vec3 } from './support/xrDriver';
import { ARM_REACH, events, farthestControl, floorDistance, locale, mode, targets, viewer, waitForActivation, type HallTarget } from './hallQueries';
import { distantServiceControl, restHand } from './support/xrReach';

const v = (p: readonly number[]): Vec3 => ({ x: p[0], y: p[1], z: p[2] });
const along = (t: HallTarget, depth: number, lateral = 0): Vec3 => {
  const [nx, , nz] = t.normal;
  // Horizontal direction across the face (the panels stand upright enough for this).
  const len = Math.hypot(nx, nz) || 1;
  const right = [-nz / len, 0, nx / len];
  return v([0, 1, 2].map((i) => t.position[i] + t.normal[i] * depth + right[i] * lateral));
};

/** Direction of a target seen from the head, radians about up (the world turns around the head in VR). */
async function bearingTo(hall: HallSession, id: string): Promise<number> {
  const head = await viewer(hall.page);
  const t = (await targets(hall.page)).find((x) => x.id === id)!;
  return Math.atan2(t.position[0] - head.position[0], t.position[2] - head.position[2]);
}
const angleBetween = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

describe('the hall in a headset (IWER as a Meta Quest 3)', function () {
  // Every XR frame is rendered twice in software (SwiftShader) on a shared machine: a sweep of 100 frames can take minutes.
  this.timeout(360_000);
  // Each test starts on a fresh page at the start of the hall, in VR with hands, in Bahasa Indonesia.
  const hall = useHall({ open: { xr: { inputMode: 'hands' } }, setup: enterVr });

  it('enters VR through the button and reports targets in the local-floor frame', async () => {
    expect(await mode(hall().page)).to.equal('xr');
    const status = await hall().xr!.status();
    expect(status.sessionActive).to.equal(true);
    expect(status.inputSources.filter((s) => s.hand)).to.have.length(2);
    // The welcome panel is within arm's reach of where the session starts.
    const head = await viewer(hall().page);
    const lang = (await targets(hall().page)).find((t) => t.id === 'welcome.language')!;
    expect(floorDistance(head.position, lang.position)).to.be.lessThan(1.2);
  });

  it('presses a control when the index fingertip pokes it from the front', async () => {
    const xr = hall().xr!;
    const lang = (await targets(hall().page)).find((t) => t.id === 'welcome.language')!;
    expect(await locale(hall().page)).to.equal('id');
    const before = (await events(hall().page)).length;
    await xr.moveFingertipTo('right', along(lang, 0.1), { steps: 20 });
    await xr.moveFingertipTo('right', along(lang, -0.012), { steps: 15 });
    await xr.moveFingertipTo('right', along(lang, 0.1), { steps: 15 });
    const event = await waitForActivation(hall().page, 'welcome.language', before);
    expect(event.via).to.equal('poke');
    expect(await locale(hall().page), 'the language switched').to.equal('en');
  });

  it('presses nothing when a finger sweeps sideways through the same control', async () => {
    const xr = hall().xr!;
    const lang = (await targets(hall().page)).find((t) => t.id === 'welcome.language')!;
    const language = await locale(hall().page);
    const before = (await events(hall().page)).length;
    // Out to the side, past the panel's edge, then sideways across the whole panel through the key.
    await xr.moveFingertipTo('right', along(lang, 0.1, -0.75), { steps: 20 });
    await xr.moveFingertipTo('right', along(lang, 0.006, -0.75), { steps: 10 });
    await xr.moveFingertipAlong('right', [along(lang, -0.006, 0.75)], { stepsPerSegment: 60 });
    await xr.moveFingertipTo('right', along(lang, 0.1, 0.75), { steps: 15 });
    await xr.frames(5);
    expect((await events(hall().page)).slice(before)).to.deep.equal([]);
    expect(await locale(hall().page), 'the language did not switch').to.equal(language);
  });

  it('activates a distant kiosk control with a pinch-ray', async () => {
    const xr = hall().xr!;
    const far = await distantServiceControl(hall());
    await restHand(hall(), 'right');
    const aim = await xr.aimAt('right', v(far!.position), { steps: 20 });
    expect(aim.errorRadians).to.be.lessThan(0.02);
    const before = (await events(hall().page)).length;
    await xr.pinch('right', { holdFrames: 6 });
    const event = await waitForActivation(hall().page, far.id, before);
    expect(event.via).to.equal('ray');
    hall().probe.assertClean('a pinch-ray in VR');
  });

  it('activates a control with a controller ray and trigger', async () => {
    const xr = hall().xr!;
    await xr.setInputMode('controllers');
    await xr.frames(10);
    const far = await distantServiceControl(hall());
    await xr.aimAt('right', v(far.position), { steps: 20 });
    const before = (await events(hall().page)).length;
    await xr.trigger('right', { holdFrames: 6 });
    const event = await waitForActivation(hall().page, far.id, before);
    expect(event.via).to.equal('controller');
    // The kiosk answered: its panel now shows that service with a way back.
    const kiosk = far.id.split('.').slice(0, 2).join('.');
    await hall().page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), `${kiosk}.back`);
    hall().probe.assertClean('entering VR and using a kiosk with a controller');
  });

  it('teleports to a kiosk when a pinch-ray selects its stand-here spot on the floor', async () => {
    const xr = hall().xr!;
    // A spot on the visitor's left, pointed at with the left hand: the lectern on the right is not in the way.
    const head = await viewer(hall().page);
    const spot = (await targets(hall().page))
      .filter((t) => t.kind === 'teleport' && floorDistance(head.position, t.position) > 2)
      .sort((a, b) => a.position[0] - b.position[0])[0];
    await restHand(hall(), 'left');
    await xr.aimAt('left', v(spot.position), { steps: 20 });
    const before = (await events(hall().page)).length;
    await xr.pinch('left', { holdFrames: 6 });
    expect((await waitForActivation(hall().page, spot.id, before)).via).to.equal('ray');
    await xr.frames(10);
    const kiosk = spot.id.replace(/^spot\./, 'kiosk.');
    expect(await farthestControl(hall().page, kiosk), 'at that kiosk, every control within reach').to.be.lessThan(ARM_REACH);
  });

  it('turns 45° with the waist bar, so hands never need a thumbstick', async () => {
    const xr = hall().xr!;
    const before = await bearingTo(hall(), 'spot.status');
    const turn = (await targets(hall().page)).find((t) => t.id === 'comfort.turnRight' && t.enabled);
    expect(turn, 'the comfort bar is there in VR').to.not.equal(undefined);
    await xr.moveFingertipTo('left', along(turn!, 0.1), { steps: 15 });
    await xr.moveFingertipTo('left', along(turn!, -0.012), { steps: 12 });
    await xr.moveFingertipTo('left', along(turn!, 0.1), { steps: 12 });
    await xr.frames(5);
    expect(angleBetween(await bearingTo(hall(), 'spot.status'), before), 'the hall turned around the visitor').to.be.closeTo(Math.PI / 4, 0.05);
  });

  it('snap-turns with a thumbstick flick and teleports with a thumbstick push', async () => {
    const xr = hall().xr!;
    await xr.setInputMode('controllers');
    await xr.frames(10);
    const before = await bearingTo(hall(), 'spot.status');
    await xr.setThumbstick('right', 1, 0);
    await xr.frames(4);
    await xr.setThumbstick('right', 0, 0);
    await xr.frames(4);
    expect(angleBetween(await bearingTo(hall(), 'spot.status'), before), 'one flick turns 45°').to.be.closeTo(Math.PI / 4, 0.05);

    // Aim at the floor 1.5 m ahead, push the stick forward, let go: the hall moves 1.5 m towards the visitor.
    const head = await viewer(hall().page);
    const ahead = { x: head.position[0] + Math.sin(head.yaw) * 1.5, y: 0, z: head.position[2] + Math.cos(head.yaw) * 1.5 };
    const landmark = (await targets(hall().page)).find((t) => t.id === 'spot.status')!;
    await xr.aimAt('right', ahead, { steps: 15 });
    await xr.setThumbstick('right', 0, -1);
    await xr.frames(4);
    await xr.setThumbstick('right', 0, 0);
    await xr.frames(6);
    const moved = (await targets(hall().page)).find((t) => t.id === 'spot.status')!;
    expect(moved.position[0]).to.be.closeTo(landmark.position[0] - (ahead.x - head.position[0]), 0.15);
    expect(moved.position[2]).to.be.closeTo(landmark.position[2] - (ahead.z - head.position[2]), 0.15);
  });
});
