import { POKE_STAND } from '../../../src/input/pokeReach';
import { expect } from 'chai';
import { EYE, panelBand, REAL_BAND, SEATED_APPROACH, seatedLift } from '../../../src/a11y/seatedFit';
import { SeatedMode } from '../../../src/a11y/seatedMode';

const deg = (d: number) => (d * Math.PI) / 180;
/** The hall's panels: a kiosk panel (centre 1.25 m, 0.68 m tall, tilted 12°) and the welcome panel (1.12 m, 0.6 m, 28°). */
const HALL = [panelBand(1.25, 0.68, deg(12)), panelBand(1.12, 0.6, deg(28))];

describe('seated mode (XAUR: seated or standing, any height)', () => {
  it('lifts as far as the panels allow without putting one below 0.8 m of the real floor', () => {
    const lift = seatedLift(HALL);
    expect(lift).to.be.greaterThan(0);
    expect(lift).to.be.at.most(EYE.standing - EYE.seated);
    for (const p of HALL) {
      expect(p.bottom - lift, 'bottom above the real floor').to.be.at.least(REAL_BAND.min - 1e-9);
      expect(p.top - lift, 'top above the real floor').to.be.at.most(REAL_BAND.max + 1e-9);
    }
  });

  it('lifts by the whole difference in eye height when the panels sit high enough, and never lowers', () => {
    expect(seatedLift([{ bottom: 1.3, top: 1.9 }])).to.be.closeTo(EYE.standing - EYE.seated, 1e-9);
    expect(seatedLift([{ bottom: 0.7, top: 1.2 }])).to.equal(0);
  });

  it('switches on and off, lifting the visitor, telling listeners and recentring at the kiosk in use', () => {
    const lifts: number[] = [];
    const moves: string[] = [];
    let near: string | null = 'kependudukan';
    const mode = new SeatedMode({ panels: () => HALL, lift: (h) => lifts.push(h), nearestKiosk: () => near, goTo: (id) => moves.push(id), home: () => moves.push('home') });
    let changes = 0;
    mode.onChange(() => changes++);
    mode.setSeated(true);
    expect(mode.isSeated()).to.equal(true);
    expect(mode.approach()).to.equal(SEATED_APPROACH);
    expect(mode.pokeStand(), 'seated, a little farther from the panel in the headset').to.equal(POKE_STAND.seated);
    expect(mode.realFloor()).to.equal(lifts[0]);
    mode.setSeated(false);
    expect(lifts).to.deep.equal([seatedLift(HALL), 0]);
    expect(mode.approach()).to.equal(0);
    expect(mode.pokeStand()).to.equal(POKE_STAND.standing);
    near = null;
    mode.recentre();
    expect(moves).to.deep.equal(['kependudukan', 'kependudukan', 'home']);
    expect(changes).to.equal(2);
  });
});
