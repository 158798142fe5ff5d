import { expect } from 'chai';
import { InteractionRegistry } from '../../../src/input/interactionRegistry';
import type { TargetSpec, Via } from '../../../src/input/targetTypes';

function button(id: string, z: number, activations: Via[], enabled = () => true): TargetSpec {
  return {
    id,
    kind: 'button',
    group: 'panel',
    label: () => `Label ${id}`,
    enabled,
    pose: () => ({ position: [0, 1.2, z], normal: [0, 0, -1], up: [0, 1, 0], size: [0.2, 0.1] }),
    onActivate: (via) => activations.push(via),
  };
}

describe('InteractionRegistry', () => {
  it('activates a target when a pointer is released over the target it pressed', () => {
    const reg = new InteractionRegistry(() => 42);
    const got: Via[] = [];
    reg.register(button('a', 2, got));
    reg.press('mouse', 'a');
    expect(reg.state('a').pressed).to.equal(true);
    reg.release('mouse', 'a', 'click');
    expect(got).to.deep.equal(['click']);
    expect(reg.events()).to.deep.equal([{ type: 'activate', id: 'a', via: 'click', t: 42 }]);
    expect(reg.state('a').pressed).to.equal(false);
  });

  it('does not activate when the pointer slid off before release', () => {
    const reg = new InteractionRegistry();
    const got: Via[] = [];
    reg.register(button('a', 2, got));
    reg.press('mouse', 'a');
    reg.release('mouse', null, 'click');
    expect(got).to.deep.equal([]);
    expect(reg.events()).to.have.length(0);
  });

  it('lets two hands press two targets at once', () => {
    const reg = new InteractionRegistry();
    const a: Via[] = [];
    const b: Via[] = [];
    reg.register(button('a', 2, a));
    reg.register(button('b', 3, b));
    reg.press('left', 'a');
    reg.press('right', 'b');
    reg.release('right', 'b', 'poke');
    reg.release('left', 'a', 'poke');
    expect(a).to.deep.equal(['poke']);
    expect(b).to.deep.equal(['poke']);
  });

  it('ignores disabled targets for presses and activation', () => {
    const reg = new InteractionRegistry();
    const got: Via[] = [];
    reg.register(button('a', 2, got, () => false));
    reg.press('mouse', 'a');
    reg.release('mouse', 'a', 'click');
    expect(reg.activate('a', 'key')).to.equal(false);
    expect(got).to.deep.equal([]);
  });

  it('picks the nearest front face along a ray and ignores faces seen from behind', () => {
    const reg = new InteractionRegistry();
    reg.register(button('far', 3, []));
    reg.register(button('near', 2, []));
    expect(reg.pickRay([0, 1.2, 0], [0, 0, 1])?.id).to.equal('near');
    expect(reg.pickRay([0, 1.2, 0], [0, 0, 1])?.distance).to.be.closeTo(2, 1e-9);
    expect(reg.pickRay([0, 1.2, 5], [0, 0, -1])).to.equal(null);
    expect(reg.pickRay([0.5, 1.2, 0], [0, 0, 1])).to.equal(null);
  });

  it('rejects a second target with the same id', () => {
    const reg = new InteractionRegistry();
    reg.register(button('a', 2, []));
    expect(() => reg.register(button('a', 2, []))).to.throw(/registered twice/);
  });

  it('forgets hover, press and focus of a removed target', () => {
    const reg = new InteractionRegistry();
    const remove = reg.register(button('a', 2, []));
    reg.hover('mouse', 'a');
    reg.press('mouse', 'a');
    reg.focus('a');
    remove();
    expect(reg.focused()).to.equal(null);
    expect(reg.state('a')).to.deep.equal({ hovered: false, pressed: false, focused: false });
  });

  it('keeps a bounded activation log', () => {
    const reg = new InteractionRegistry();
    reg.register(button('a', 2, []));
    for (let i = 0; i < 600; i++) reg.activate('a', 'key');
    expect(reg.events()).to.have.length(500);
  });

  it('clearEvents forgets every activation, and logs new ones afterwards', () => {
    const reg = new InteractionRegistry();
    reg.register(button('kiosk.key.7', 2, []));
    reg.activate('kiosk.key.7', 'poke');
    reg.clearEvents();
    expect(reg.events()).to.deep.equal([]);
    reg.activate('kiosk.key.7', 'poke');
    expect(reg.events().map((e) => e.id)).to.deep.equal(['kiosk.key.7']);
  });
});
