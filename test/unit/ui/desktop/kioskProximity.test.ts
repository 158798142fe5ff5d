import { expect } from 'chai';
import { dismissProximity, initialProximity, nextProximity, reopenProximity, type ProximityState } from '../../../../src/ui/desktop/kioskProximity';

const kiosks = [
  { id: 'pengaduan', x: 0, z: 0 },
  { id: 'status', x: 3, z: 0 },
];
/** Runs updates with the visitor at each point in turn. */
function walk(points: Array<[number, number]>, start: ProximityState = initialProximity(), enabled = true): ProximityState {
  return points.reduce((s, [x, z]) => nextProximity(s, { kiosks, visitor: { x, z }, enabled }), start);
}

describe('which kiosk sheet is open', () => {
  it('opens the kiosk the visitor stands still at', () => {
    expect(walk([[0.5, 0], [0.5, 0]]).open).to.equal('pengaduan');
  });

  it('opens nothing while the visitor glides past a kiosk', () => {
    expect(walk([[-1, 0.2], [-0.5, 0.2], [0, 0.2], [0.5, 0.2]]).open).to.equal(null);
  });

  it('opens nothing far from every kiosk', () => {
    expect(walk([[1.5, 3], [1.5, 3]]).open).to.equal(null);
  });

  it('keeps the sheet open a little beyond the opening radius, and closes it further away', () => {
    const open = walk([[0, 0], [0, 0]]);
    expect(walk([[1.8, 0.1]], open).open).to.equal('pengaduan');
    expect(walk([[0, 2.2]], open).open).to.equal(null);
  });

  it('picks the nearer kiosk when two are in reach', () => {
    expect(walk([[1.55, 0], [1.55, 0]]).open).to.equal('status');
  });

  it('never opens in VR', () => {
    expect(walk([[0, 0], [0, 0]], initialProximity(), false).open).to.equal(null);
    const open = walk([[0, 0], [0, 0]]);
    expect(walk([[0, 0]], open, false).open).to.equal(null);
  });

  it('stays closed after the visitor closed it, until they step away and come back', () => {
    const closed = dismissProximity(walk([[0, 0], [0, 0]]));
    expect(closed).to.include({ open: null, dismissed: 'pengaduan' });
    expect(walk([[0, 0], [0.1, 0], [0.1, 0]], closed).open).to.equal(null);
    const away = walk([[0, 2.5]], closed);
    expect(away.dismissed).to.equal(null);
    expect(walk([[0, 0.5], [0, 0.5]], away).open).to.equal('pengaduan');
  });

  it('reopens a closed sheet on request', () => {
    const closed = dismissProximity(walk([[0, 0], [0, 0]]));
    expect(reopenProximity(closed)).to.include({ open: 'pengaduan', dismissed: null });
  });
});
