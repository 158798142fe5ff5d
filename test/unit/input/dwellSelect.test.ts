import { expect } from 'chai';
import { DwellSelect, GAZE_SOURCE } from '../../../src/input/dwellSelect';
import type { DwellProgress } from '../../../src/input/dwellTimer';
import { InteractionRegistry } from '../../../src/input/interactionRegistry';
import type { TargetSpec, Via } from '../../../src/input/targetTypes';
import type { Vec3 } from '../../../src/input/vec3';
import { buttonAt } from './support/targets';

/** A kiosk-like button that records how it was activated. */
function button(id: string, x: number, got: string[]): TargetSpec {
  return { ...buttonAt(id, [x, 1.5, 1], 0.2), onActivate: (via: Via) => got.push(`${id}:${via}`) };
}

/** A registry with two buttons, dwell selection on a fake clock, and what it drew. */
function setUp(opts: { on?: boolean; gaze?: { origin: Vec3; direction: Vec3 } | null } = {}) {
  const clock = { t: 0 };
  const reg = new InteractionRegistry(() => clock.t);
  const got: string[] = [];
  reg.register(button('a', 0, got));
  reg.register(button('b', 0.5, got));
  const state = { on: opts.on ?? true, gaze: opts.gaze ?? null, drawn: [] as DwellProgress[] };
  const dwell = new DwellSelect({
    registry: reg,
    on: () => state.on,
    dwells: (s) => s.startsWith('ray-') || s === GAZE_SOURCE,
    gaze: () => state.gaze,
    show: (p) => (state.drawn = p),
    now: () => clock.t,
  });
  dwell.attach();
  dwell.update(); // the visitor switched dwell on before pointing
  /** Advances the clock frame by frame (every 20 ms) up to `ms`. */
  const run = (ms: number) => {
    for (const end = clock.t + ms; clock.t < end; ) {
      clock.t += 20;
      dwell.update();
    }
  };
  return { reg, got, state, dwell, run };
}

describe('DwellSelect', () => {
  it('activates a control a ray rests on for 1.5 s, via "dwell", and shows the fill before', () => {
    const { reg, got, state, run } = setUp();
    reg.hover('ray-1', 'a');
    run(760);
    expect(state.drawn).to.have.length(1);
    expect(state.drawn[0]).to.include({ source: 'ray-1', id: 'a' });
    expect(state.drawn[0]!.fraction).to.be.within(0.45, 0.55);
    expect(got).to.deep.equal([]);
    run(760);
    expect(got).to.deep.equal(['a:dwell']);
    expect(reg.events().map((e) => e.via)).to.deep.equal(['dwell']);
    expect(state.drawn).to.deep.equal([]);
  });

  it('does nothing while the visitor has dwell off, however long the ray rests', () => {
    const { reg, got, state, run } = setUp({ on: false });
    reg.hover('ray-1', 'a');
    run(5000);
    expect(got).to.deep.equal([]);
    expect(state.drawn).to.deep.equal([]);
  });

  it('fires once per visit: the ray must leave and return to fire again', () => {
    const { reg, got, run } = setUp();
    reg.hover('ray-1', 'a');
    run(5000);
    expect(got).to.deep.equal(['a:dwell']);
    reg.hover('ray-1', 'b');
    run(200);
    reg.hover('ray-1', 'a');
    run(1600);
    expect(got).to.deep.equal(['a:dwell', 'a:dwell']);
  });

  it('ignores pointers that do not dwell (a poking fingertip)', () => {
    const { reg, got, run } = setUp();
    reg.hover('poke-left', 'a');
    run(3000);
    expect(got).to.deep.equal([]);
  });

  it('points with the head when there is no hand or controller, and lets go when dwell is switched off', () => {
    const { reg, got, state, run } = setUp();
    state.gaze = { origin: [0.5, 1.5, 0], direction: [0, 0, 1] };
    run(100);
    expect(reg.state('b').hovered).to.equal(true);
    run(1500);
    expect(got).to.deep.equal(['b:dwell']);
    state.on = false;
    run(20);
    expect(reg.state('b').hovered).to.equal(false);
  });

  it('switched on while a ray rests on a control (the dwell row itself), fires nothing until the ray leaves and returns', () => {
    const { reg, got, state, run } = setUp({ on: false });
    reg.hover('ray-1', 'a');
    run(100);
    state.on = true;
    run(3000);
    expect(got).to.deep.equal([]);
    reg.hover('ray-1', null);
    run(40);
    reg.hover('ray-1', 'a');
    run(1520);
    expect(got).to.deep.equal(['a:dwell']);
  });

  it('a control pinched while the ray rests on it does not fire again by dwell', () => {
    const { reg, got, run } = setUp();
    reg.hover('ray-1', 'a');
    run(1000);
    reg.press('ray-1', 'a');
    reg.release('ray-1', 'a', 'ray');
    run(3000);
    expect(got).to.deep.equal(['a:ray']);
  });
});
