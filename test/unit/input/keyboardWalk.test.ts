import { expect } from 'chai';
import { KeyboardWalk } from '../../../src/input/keyboardWalk';

/** A window stand-in: an EventTarget that takes keyboard-like events. */
function fakeWindow() {
  const target = new EventTarget();
  const key = (type: 'keydown' | 'keyup', code: string) => {
    const e = Object.assign(new Event(type, { cancelable: true }), { code, altKey: false, ctrlKey: false, metaKey: false });
    target.dispatchEvent(e);
  };
  return { target: target as unknown as Window, key };
}

describe('KeyboardWalk', () => {
  it('walks forward for as long as W is held, at 1.8 m/s', () => {
    let now = 0;
    const w = fakeWindow();
    const walk = new KeyboardWalk(w.target, () => now);
    w.key('keydown', 'KeyW');
    now = 100;
    const [f, r] = walk.step();
    expect(f).to.be.closeTo(0.18, 1e-9);
    expect(r).to.equal(0);
  });

  it('counts a short tap that starts and ends between two frames', () => {
    let now = 0;
    const w = fakeWindow();
    const walk = new KeyboardWalk(w.target, () => now);
    now = 10;
    w.key('keydown', 'ArrowRight');
    now = 60;
    w.key('keyup', 'ArrowRight');
    now = 300;
    const [f, r] = walk.step();
    expect(f).to.equal(0);
    expect(r).to.be.closeTo(0.09, 1e-9);
    expect(walk.step()).to.deep.equal([0, 0]);
  });

  it('is no faster on a diagonal', () => {
    let now = 0;
    const w = fakeWindow();
    const walk = new KeyboardWalk(w.target, () => now);
    w.key('keydown', 'KeyW');
    w.key('keydown', 'KeyD');
    now = 100;
    const [f, r] = walk.step();
    expect(Math.hypot(f, r)).to.be.closeTo(0.18, 1e-9);
    expect(f).to.be.closeTo(r, 1e-9);
  });

  it('caps the step of one frame so a stalled tab does not fling the visitor', () => {
    let now = 0;
    const w = fakeWindow();
    const walk = new KeyboardWalk(w.target, () => now);
    w.key('keydown', 'KeyS');
    now = 5000;
    expect(walk.step()[0]).to.be.closeTo(-0.45, 1e-9);
  });
});
