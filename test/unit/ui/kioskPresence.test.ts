import { expect } from 'chai';
import { KioskPresence, LEAVE_RADIUS, NEAR_RADIUS } from '../../../src/ui/kioskPresence';
import { CLOSE_RADIUS, OPEN_RADIUS } from '../../../src/ui/desktop/kioskProximity';

describe('KioskPresence (the one proximity and greeting rule)', () => {
  function setup() {
    const visitor = { x: 5, z: 0 };
    const said: string[] = [];
    const avatar = { frames: 0, greetings: 0, update: () => avatar.frames++, greet: () => avatar.greetings++ };
    const presence = new KioskPresence({ kiosks: [{ id: 'pajak', standSpot: { x: 0, z: 0 }, avatar }], visitor: () => visitor, onPresence: (id, near) => said.push(`${id} ${near}`) });
    presence.attach();
    const at = (x: number) => {
      visitor.x = x;
      presence.update(0.016);
    };
    return { presence, avatar, said, at };
  }

  it('greets a visitor who arrives, once, and lets them go only past the leave radius', () => {
    const { presence, avatar, said, at } = setup();
    for (const x of [3, 1.5, 1.0, 1.9, 1.2, 2.1]) at(x);
    expect(avatar.greetings).to.equal(1);
    expect(said).to.deep.equal(['pajak true', 'pajak false']);
    expect(presence.isNear('pajak')).to.equal(false);
    expect(avatar.frames).to.equal(6);
  });

  it('is the rule the desktop sheet uses too', () => {
    expect([OPEN_RADIUS, CLOSE_RADIUS]).to.deep.equal([NEAR_RADIUS, LEAVE_RADIUS]);
    expect(LEAVE_RADIUS).to.be.greaterThan(NEAR_RADIUS);
  });
});
