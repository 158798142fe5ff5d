import { expect } from 'chai';
import { InteractionRegistry } from '../../../src/input/interactionRegistry';
import { buttonAt } from './support/targets';
import { pickFloor, pickPointer, registerFloor } from '../../../src/input/floorTarget';

/** A 16 x 17 m floor around (0, 0, 1) and one panel facing -z at 1.2 m height, 2 m ahead. */
function hall(): InteractionRegistry {
  const reg = new InteractionRegistry();
  registerFloor(reg, { center: [0, 0, 1], width: 16, depth: 17 });
  reg.register(buttonAt('panel.ok', [0, 1.2, 2], 0.4));
  return reg;
}

describe('the floor as a registry target', () => {
  it('answers a downward ray with the floor point it meets', () => {
    const hit = pickPointer(hall(), [1, 1.6, 0], [0, -1, 1]);
    expect(hit.kind).to.equal('floor');
    if (hit.kind !== 'floor') return;
    expect(hit.point[0]).to.be.closeTo(1, 1e-9);
    expect(hit.point[1]).to.be.closeTo(0, 1e-9);
    expect(hit.point[2]).to.be.closeTo(1.6, 1e-9);
  });

  it('lets a control in front of the floor win, and misses outside the room', () => {
    expect(pickPointer(hall(), [0, 1.2, 0], [0, -0.01, 1])).to.include({ kind: 'target', id: 'panel.ok' });
    expect(pickPointer(hall(), [0, 1.6, 0], [0, 1, 0])).to.deep.equal({ kind: 'none' });
    expect(pickPointer(hall(), [20, 1.6, 0], [0, -1, 0])).to.deep.equal({ kind: 'none' });
  });

  it('sees through controls when a teleport aims at the floor only', () => {
    const p = pickFloor(hall(), [0, 1.2, 0], [0, -0.2, 1]);
    expect(p?.[2]).to.be.closeTo(6, 1e-9);
  });
});
