import { expect } from 'chai';
import { IdleWatch } from '../../../src/booth/idleWatch';
import { HiddenTimer } from '../../../src/booth/hiddenTimer';
import { DEFAULT_WIPE_TIMES, wipeTimes } from '../../../src/booth/wipeTimes';

describe('booth wipe timing', () => {
  function idle(o: { personal: boolean; resetMs?: number | null; needsReset?: boolean }) {
    const shown: (number | null)[] = [];
    const expired: string[] = [];
    const state = { personal: o.personal };
    const watch = new IdleWatch(
      {
        idleMs: 70_000,
        countdownMs: 20_000,
        resetMs: o.resetMs === undefined ? 120_000 : o.resetMs,
        holdsPersonalData: () => state.personal,
        needsReset: () => o.needsReset ?? true,
        onCountdown: (s) => shown.push(s),
        onExpire: (r) => expired.push(r),
      },
      0,
    );
    return { watch, shown, expired, state };
  }

  it('with personal data: a countdown from 20 s after 70 s quiet, then a wipe at 90 s', () => {
    const { watch, shown, expired } = idle({ personal: true });
    watch.tick(69_999);
    expect(shown).to.deep.equal([]);
    watch.tick(70_000);
    expect(watch.countdown()).to.equal(20);
    watch.tick(85_500);
    expect(watch.countdown()).to.equal(5);
    expect(expired).to.deep.equal([]);
    watch.tick(90_000);
    expect(expired).to.deep.equal(['idle']);
    expect(shown.at(-1)).to.equal(null);
  });

  it('"still here" (any input) hides the countdown and starts the quiet time again', () => {
    const { watch, expired } = idle({ personal: true });
    watch.tick(80_000);
    expect(watch.countdown()).to.equal(10);
    watch.activity(80_000);
    expect(watch.countdown()).to.equal(null);
    watch.tick(160_000);
    expect(expired).to.deep.equal([]);
    watch.tick(170_000);
    expect(expired).to.deep.equal(['idle']);
  });

  it('without personal data: no countdown, a reset after the reset time only when something would change', () => {
    const a = idle({ personal: false });
    a.watch.tick(119_000);
    a.watch.tick(120_000);
    expect(a.shown).to.deep.equal([]);
    expect(a.expired).to.deep.equal(['reset']);
    const b = idle({ personal: false, needsReset: false });
    b.watch.tick(500_000);
    expect(b.expired).to.deep.equal([]);
  });

  it('at home (no reset time) nothing happens without personal data', () => {
    const { watch, expired } = idle({ personal: false, resetMs: null });
    watch.tick(10_000_000);
    expect(expired).to.deep.equal([]);
  });

  it('data held after a quiet spell: the countdown starts where the time stands', () => {
    const { watch, state, expired } = idle({ personal: false, resetMs: null });
    watch.tick(75_000);
    state.personal = true;
    watch.tick(76_000);
    expect(watch.countdown()).to.equal(14);
    watch.tick(90_000);
    expect(expired).to.deep.equal(['idle']);
  });

  it('hidden longer than the time fires once; a short hide does not; a late return still fires', () => {
    let fired = 0;
    const t = new HiddenTimer(30_000, () => fired++);
    t.hidden(0);
    t.tick(29_000);
    t.visible(29_500);
    t.tick(100_000);
    expect(fired).to.equal(0);
    t.hidden(200_000);
    t.hidden(210_000);
    t.tick(230_000);
    t.tick(240_000);
    expect(fired).to.equal(1);
    t.hidden(300_000);
    t.visible(400_000); // timers were throttled while hidden
    expect(fired).to.equal(2);
    t.hidden(500_000);
    t.reset();
    t.tick(900_000);
    expect(fired).to.equal(2);
  });

  it('the issue\'s defaults: wipe within 90 s idle, 30 s headset off, 1 min page hidden, ≥ 10 min at home', () => {
    expect(DEFAULT_WIPE_TIMES.idle + DEFAULT_WIPE_TIMES.countdown).to.be.at.most(90_000);
    expect(DEFAULT_WIPE_TIMES.headset).to.equal(30_000);
    expect(DEFAULT_WIPE_TIMES.page).to.equal(60_000);
    expect(DEFAULT_WIPE_TIMES.homeIdle).to.be.at.least(600_000);
  });

  it('the test setting only shortens times; nonsense and longer values are ignored', () => {
    const t = wipeTimes('?booth=1&wipeTimes=idle:3,countdown:4,headset:2,page:x,homeIdle:99999,nope:1');
    expect(t).to.deep.equal({ ...DEFAULT_WIPE_TIMES, idle: 3000, countdown: 4000, headset: 2000 });
    expect(wipeTimes('')).to.deep.equal(DEFAULT_WIPE_TIMES);
  });
});
