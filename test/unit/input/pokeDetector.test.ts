import { expect } from 'chai';
import { PokeDetector, type PokeTarget, type PokeUpdate } from '../../../src/input/pokeDetector';
import type { Vec3 } from '../../../src/input/vec3';

// A 4 cm key facing +z (the visitor stands at +z), centred at the origin.
const key: PokeTarget = { id: 'key', pose: { position: [0, 0, 0], normal: [0, 0, 1], up: [0, 1, 0], size: [0.04, 0.04] } };

/** Moves a fingertip from `from` to `to` in `steps` frames, collecting what the detector says. */
function sweep(d: PokeDetector, from: Vec3, to: Vec3, steps = 20): PokeUpdate[] {
  const out: PokeUpdate[] = [];
  for (let i = 0; i <= steps; i++) {
    const f = i / steps;
    out.push(d.update([from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f, from[2] + (to[2] - from[2]) * f], [key]));
  }
  return out;
}

const presses = (u: PokeUpdate[]) => u.filter((x) => x.press).map((x) => x.press);
const activations = (u: PokeUpdate[]) => u.filter((x) => x.release?.activate).map((x) => x.release!.id);

describe('PokeDetector', () => {
  it('presses when the fingertip pushes in from the front and activates when it comes back out', () => {
    const d = new PokeDetector();
    const pushIn = sweep(d, [0, 0, 0.1], [0, 0, -0.01]);
    expect(presses(pushIn)).to.deep.equal(['key']);
    const pullOut = sweep(d, [0, 0, -0.01], [0, 0, 0.1]);
    expect(activations(pullOut)).to.deep.equal(['key']);
  });

  it('accepts a push that arrives at an angle within the cone', () => {
    const d = new PokeDetector();
    const u = sweep(d, [-0.01, 0, 0.05], [0.005, 0, -0.01]);
    expect(presses(u)).to.deep.equal(['key']);
  });

  it('presses nothing when a finger sweeps sideways through the key', () => {
    const d = new PokeDetector();
    const u = [...sweep(d, [-0.2, 0, 0.002], [0.2, 0, -0.004], 60), ...sweep(d, [0.2, 0, -0.004], [0.2, 0, 0.1])];
    expect(presses(u)).to.deep.equal([]);
    expect(activations(u)).to.deep.equal([]);
  });

  it('presses nothing when a finger sweeps sideways behind the panel', () => {
    const d = new PokeDetector();
    const u = sweep(d, [-0.2, 0, -0.01], [0.2, 0, -0.01], 60);
    expect(presses(u)).to.deep.equal([]);
  });

  it('presses nothing when the finger comes from behind and exits through the front', () => {
    const d = new PokeDetector();
    const u = sweep(d, [0, 0, -0.1], [0, 0, 0.1]);
    expect(presses(u)).to.deep.equal([]);
    expect(activations(u)).to.deep.equal([]);
  });

  it('does not stay stuck when the hand starts inside the panel', () => {
    const d = new PokeDetector();
    sweep(d, [0, 0, -0.005], [0, 0, -0.006], 3);
    sweep(d, [0, 0, -0.006], [0, 0, 0.1]);
    const u = sweep(d, [0, 0, 0.1], [0, 0, -0.01]);
    expect(presses(u)).to.deep.equal(['key']);
  });

  it('still presses after the finger drifted sideways while hovering, then pushed straight in', () => {
    const d = new PokeDetector();
    sweep(d, [-0.015, 0, 0.02], [0.015, 0, 0.02], 10);
    const u = sweep(d, [0.015, 0, 0.02], [0.015, 0, -0.005]);
    expect(presses(u)).to.deep.equal(['key']);
  });

  it('cancels without activating when the pressed finger slides off the key', () => {
    const d = new PokeDetector();
    sweep(d, [0, 0, 0.1], [0, 0, -0.005]);
    const u = sweep(d, [0, 0, -0.005], [0.1, 0, -0.005]);
    expect(u.some((x) => x.release && !x.release.activate)).to.equal(true);
    expect(activations(u)).to.deep.equal([]);
  });

  it('reset returns the pressed target so a lost hand cancels its press', () => {
    const d = new PokeDetector();
    sweep(d, [0, 0, 0.1], [0, 0, -0.005]);
    expect(d.reset()).to.equal('key');
    expect(d.reset()).to.equal(null);
  });
});
