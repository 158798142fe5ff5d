import { expect } from 'chai';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { TargetPose } from '../../../src/input/targetTypes';
import { aktaForm, firstScreens } from './support/kioskPoses';
import { useTestHall } from './support/hallScene';

/** The smallest target side and the least room between neighbours, metres. */
const MIN_SIDE = 0.02;
const MIN_GAP = 0.004;

const v3 = (p: readonly number[]): Vector3 => new Vector3(p[0], p[1], p[2]);

/** Controls smaller than MIN_SIDE, and neighbours closer than MIN_GAP (edge to edge on the panel). */
function crowded(controls: { id: string; pose: TargetPose }[]): string[] {
  const bad = controls.filter((c) => Math.min(...c.pose.size) < MIN_SIDE).map((c) => `${c.id} is ${Math.min(...c.pose.size).toFixed(3)} m`);
  for (const [i, a] of controls.entries()) {
    for (const b of controls.slice(i + 1)) {
      const d = v3(b.pose.position).subtract(v3(a.pose.position));
      const up = v3(a.pose.up);
      const right = Vector3.Cross(up, v3(a.pose.normal));
      const gapX = Math.abs(Vector3.Dot(d, right)) - (a.pose.size[0] + b.pose.size[0]) / 2;
      const gapY = Math.abs(Vector3.Dot(d, up)) - (a.pose.size[1] + b.pose.size[1]) / 2;
      if (Math.max(gapX, gapY) < MIN_GAP) bad.push(`${a.id} / ${b.id}: ${(Math.max(gapX, gapY) * 1000).toFixed(1)} mm`);
    }
  }
  return bad;
}

describe('target sizes at every kiosk (the real hall in a NullEngine scene)', function () {
  this.timeout(60000);
  const hall = useTestHall();

  it('every first screen: controls at least 2 cm on the smaller side, with room between neighbours', () => {
    const bad = firstScreens(hall()).flatMap((s) => crowded(s.controls));
    expect(bad).to.deep.equal([]);
  });

  it('the birth certificate form with its keyboard (the densest screen): 2 cm keys with room between them', async () => {
    for (const active of ['childName', 'motherNik']) {
      const { controls } = await aktaForm(hall(), active);
      expect(controls.length, active).to.be.greaterThan(20);
      expect(crowded(controls), `${active}: small or crowded`).to.deep.equal([]);
    }
  });
});
