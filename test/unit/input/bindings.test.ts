import { expect } from 'chai';
import { COMFORT_BAR_BINDINGS, KEY_BINDINGS, PANEL_BINDINGS, performControl, SNAP_TURN, STICK_BINDINGS } from '../../../src/input/bindings';
import type { HallActions } from '../../../src/input/hallActions';
import { StickActions } from '../../../src/input/stickActions';

/** Actions that record what they were asked to do. */
function recordingActions(): { actions: HallActions; done: string[] } {
  const done: string[] = [];
  const actions: HallActions = {
    snapTurn: (d) => done.push(`snapTurn ${d}`),
    teleportAim: (id, active) => done.push(`teleportAim ${id} ${active}`),
    walk: (f, r) => done.push(`walk ${f} ${r}`),
    toggleLocale: () => done.push('toggleLocale'),
    home: () => done.push('home'),
    travel: (p) => done.push(`travel ${p.x} ${p.z}`),
  };
  return { actions, done };
}

describe('input bindings table', () => {
  it('binds W A S D and the arrow keys to walking in the four directions', () => {
    const step = (code: string) => [KEY_BINDINGS[code].forward, KEY_BINDINGS[code].right];
    expect(['KeyW', 'ArrowUp'].map(step)).to.deep.equal([[1, 0], [1, 0]]);
    expect(['KeyS', 'ArrowDown'].map(step)).to.deep.equal([[-1, 0], [-1, 0]]);
    expect(['KeyA', 'ArrowLeft'].map(step)).to.deep.equal([[0, -1], [0, -1]]);
    expect(['KeyD', 'ArrowRight'].map(step)).to.deep.equal([[0, 1], [0, 1]]);
    expect(Object.values(KEY_BINDINGS).every((b) => b.action === 'walk')).to.equal(true);
  });

  it('binds the comfort bar controls to snap turn, home and the language switch', () => {
    const { actions, done } = recordingActions();
    for (const id of ['turnLeft', 'turnRight', 'home', 'language']) expect(performControl(COMFORT_BAR_BINDINGS, actions, id), id).to.equal(true);
    expect(done).to.deep.equal(['snapTurn -1', 'snapTurn 1', 'home', 'toggleLocale']);
  });

  it('leaves every other panel control to its panel (a kiosk "home" is not the comfort bar\'s)', () => {
    const { actions, done } = recordingActions();
    expect(performControl(PANEL_BINDINGS, actions, 'home')).to.equal(false);
    expect(performControl(PANEL_BINDINGS, actions, 'toString')).to.equal(false);
    expect(performControl(PANEL_BINDINGS, actions, 'language')).to.equal(true);
    expect(done).to.deep.equal(['toggleLocale']);
  });

  it('turns 45 degrees per snap and reads the xr-standard stick axes 2 and 3', () => {
    expect(SNAP_TURN).to.be.closeTo(Math.PI / 4, 1e-12);
    expect(STICK_BINDINGS.map((b) => [b.action, b.axis])).to.deep.equal([['snapTurn', 2], ['teleportAim', 3]]);
  });
});

describe('StickActions (thumbsticks through the table)', () => {
  it('snap turns once per flick, towards the flick, and again only after the stick rests', () => {
    const { actions, done } = recordingActions();
    const sticks = new StickActions(actions);
    for (const x of [0.9, 0.95, 0.5, 0.9, 0.1, -0.8]) sticks.read('right', [0, 0, x, 0]);
    expect(done).to.deep.equal(['snapTurn 1', 'snapTurn -1']);
  });

  it('aims a teleport while the stick is pushed forward and completes it on release', () => {
    const { actions, done } = recordingActions();
    const sticks = new StickActions(actions);
    for (const y of [-0.2, -0.9, -0.5, -0.1]) sticks.read('left', [0, 0, 0, y]);
    expect(done).to.deep.equal(['teleportAim left true', 'teleportAim left false']);
  });

  it('keeps each controller apart, ignores pads without stick axes, and forgets held sticks on reset', () => {
    const { actions, done } = recordingActions();
    const sticks = new StickActions(actions);
    sticks.read('a', [0, 0, 0.9, 0]);
    sticks.read('b', [0, 0, 0.9, 0]);
    sticks.read('hand', [0.9, 0.9]);
    sticks.reset();
    sticks.read('a', [0, 0, 0.9, 0]);
    expect(done).to.deep.equal(['snapTurn 1', 'snapTurn 1', 'snapTurn 1']);
  });

  it('follows a changed table: remapping is a change of data', () => {
    const { actions, done } = recordingActions();
    const sticks = new StickActions(actions, [{ action: 'snapTurn', axis: 0, sign: 'both', push: 0.5, rest: 0.2 }]);
    sticks.read('a', [-0.6, 0, 0.9, 0]);
    expect(done).to.deep.equal(['snapTurn -1']);
  });
});
