import { expect } from 'chai';
import { LocalFloorMapping, multiply, rigidInverse } from '../../../src/xr/localFloorMapping';

/** Column-major pose: a yaw rotation (radians about +y) and a translation. */
function pose(yaw: number, t: [number, number, number]): number[] {
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  return [c, 0, -s, 0, 0, 1, 0, 0, s, 0, c, 0, t[0], t[1], t[2], 1];
}
const close = (a: readonly number[], b: readonly number[]) => a.forEach((x, i) => expect(x).to.be.closeTo(b[i], 1e-9));

describe('LocalFloorMapping', () => {
  it('inverts a rigid transform', () => {
    const m = pose(0.7, [1, 2, 3]);
    close(multiply(m, rigidInverse(m)), [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });

  it('only flips z while the session has not moved the visitor', () => {
    const mapping = new LocalFloorMapping();
    const head = pose(0, [0, 1.6, 0]);
    mapping.update(head, head);
    close(mapping.map([0.3, 1.2, 0.5], false), [0.3, 1.2, -0.5]);
  });

  it('maps a world point back to where it is in the headset frame after a teleport and a turn', () => {
    // The head stands at the base origin; the app moved the visitor 3 m along world +z and turned it 90°.
    const inBase = pose(0, [0, 1.6, 0]);
    const inCurrent = pose(Math.PI / 2, [0, 1.6, -3]);
    const mapping = new LocalFloorMapping();
    mapping.update(inBase, inCurrent);
    // The viewer itself maps to its base pose.
    close(mapping.map([0, 1.6, 3], false), [0, 1.6, 0]);
    // A point 1 m in front of the viewer (world forward after the turn) is 1 m in front in the base frame (-z).
    const forwardCurrent = [-1, 0, 0]; // R(90°)·(0,0,-1)
    close(mapping.map([forwardCurrent[0], 1.6, 3 - forwardCurrent[2]], false), [0, 1.6, -1]);
  });

  it('passes points through, z flipped, when there is no pose this frame', () => {
    const mapping = new LocalFloorMapping();
    mapping.update(null, null);
    close(mapping.map([1, 2, 3], false), [1, 2, -3]);
  });
});
