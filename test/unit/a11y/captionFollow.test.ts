import { expect } from 'chai';
import { CAPTION_FOLLOW, CaptionFollower, type CaptionPose } from '../../../src/a11y/captionFollow';

const head = (yaw: number, x = 0): CaptionPose => ({ yaw, x, y: 1.6, z: 0 });
const FRAME = 1 / 72;

describe('view-following caption (CaptionFollower)', () => {
  it('starts straight ahead of the head', () => {
    expect(new CaptionFollower().step(head(0.4), FRAME)).to.deep.equal(head(0.4));
  });

  it('does not move at all while the head moves a little (no jitter)', () => {
    const f = new CaptionFollower();
    f.step(head(0), FRAME);
    for (let i = 0; i < 200; i++) {
      const wobble = Math.sin(i / 3) * (CAPTION_FOLLOW.turn * 0.8);
      expect(f.step(head(wobble, Math.sin(i) * 0.1), FRAME)).to.deep.equal(head(0));
    }
  });

  it('after a real turn, eases towards the new heading without overshooting and arrives within about a second', () => {
    const f = new CaptionFollower();
    f.step(head(0), FRAME);
    const yaws: number[] = [];
    for (let i = 0; i < 72; i++) yaws.push(f.step(head(1), FRAME).yaw);
    for (let i = 1; i < yaws.length; i++) expect(yaws[i]).to.be.at.least(yaws[i - 1]);
    expect(Math.max(...yaws)).to.be.at.most(1);
    expect(yaws[0], 'not a jump').to.be.below(0.1);
    expect(yaws[yaws.length - 1], 'there after 1 s').to.be.above(0.94);
  });

  it('turns the short way round across ±π', () => {
    const f = new CaptionFollower();
    f.step(head(3.0), FRAME);
    const next = f.step(head(-2.9), FRAME);
    expect(next.yaw, 'moves towards +π, not back through 0').to.be.above(3.0);
  });

  it('reset puts the next caption straight ahead at once', () => {
    const f = new CaptionFollower();
    f.step(head(0), FRAME);
    f.reset();
    expect(f.step(head(2), FRAME)).to.deep.equal(head(2));
  });
});
