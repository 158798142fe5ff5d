import { expect } from 'chai';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Axis } from '@babylonjs/core/Maths/math.axis';
import { BODY, POKE_STAND, reachTo, shoulders, standBefore, type Stance } from '../../../src/input/pokeReach';
import { vec3, type Vec3 } from '../../../src/input/vec3';
import { aktaForm, firstScreens } from '../world/support/kioskPoses';
import { EYE, seatedLift } from '../../../src/a11y/seatedFit';
import { KIOSK_PANEL } from '../../../src/ui/kioskPanel';
import { WELCOME_PANEL } from '../../../src/ui/welcomePanel';
import { panelBandOf } from '../../../src/ui/panelBands';
import type { KioskView } from '../../../src/world/hallView';
import { useTestHall } from '../world/support/hallScene';

const arr = (v: Vector3): Vec3 => [v.x, v.y, v.z];
/** An arm's length from the head (the seated headset test's reach). */
const ARM = 0.7;

/** The four corners of a kiosk panel in the hall. */
function corners(k: KioskView): Vec3[] {
  const world = k.panelAnchor.computeWorldMatrix(true);
  const { width: w, height: h } = KIOSK_PANEL;
  return [
    [-w / 2, h / 2],
    [w / 2, h / 2],
    [-w / 2, -h / 2],
    [w / 2, -h / 2],
  ].map(([x, y]) => arr(Vector3.TransformCoordinates(new Vector3(x, y, 0), world)));
}

/** Where the headset visitor arrives at a kiosk (as `TeleportSpots.goTo` places them). */
function arrival(k: KioskView, distance: number): Stance {
  return standBefore(arr(k.panelAnchor.getAbsolutePosition()), arr(k.panelAnchor.getDirection(Axis.Z)), distance);
}

describe('poke reach at a kiosk (issue 8: the panel within reach after a teleport, without a step)', () => {
  it('stands square on in front of a panel, facing it', () => {
    const at = standBefore([1, 1.25, 2], [0, -0.2, 1], 0.3);
    expect(at.x).to.be.closeTo(1, 1e-9);
    expect(at.z).to.be.closeTo(2.3, 1e-9);
    // Facing back along -Z: yaw pi.
    expect(Math.abs(at.yaw)).to.be.closeTo(Math.PI, 1e-9);
  });

  it('measures from the nearer shoulder, below and beside the eyes', () => {
    const [left, right] = shoulders([0, 1.6, 0], 0);
    expect(left[0]).to.be.closeTo(-BODY.shoulderHalfWidth, 1e-9);
    expect(right[0]).to.be.closeTo(BODY.shoulderHalfWidth, 1e-9);
    expect(right[1]).to.be.closeTo(1.6 - BODY.shoulderDrop, 1e-9);
    expect(reachTo([0, 1.6, 0], 0, [BODY.shoulderHalfWidth, 1.6 - BODY.shoulderDrop, 0.5])).to.be.closeTo(0.5, 1e-9);
  });

  describe('in the built hall', function () {
    this.timeout(60_000);
    const hall = useTestHall();

    const eyeHeights = (): { label: string; eye: number; stand: number }[] => {
      const bands = [...hall().view.kiosks.map((k) => panelBandOf(k.panelAnchor, KIOSK_PANEL.height)), panelBandOf(hall().view.welcome.panelAnchor, WELCOME_PANEL.height)];
      return [
        { label: 'standing', eye: EYE.standing, stand: POKE_STAND.standing },
        { label: 'seated', eye: EYE.seated + seatedLift(bands), stand: POKE_STAND.seated },
      ];
    };

    /** Every control of the screens a visitor pokes most: each kiosk's list of services, and the densest form with both keyboards. */
    const screens = async () => [...firstScreens(hall()), await aktaForm(hall(), 'childName'), await aktaForm(hall(), 'motherNik')];

    it('standing, puts every control of every kiosk within comfortable reach of the nearer shoulder, and out of the face', async () => {
      const [standing] = eyeHeights();
      const bad: string[] = [];
      for (const { kiosk, controls } of await screens()) {
        const at = arrival(kiosk, standing.stand);
        const eyes: Vec3 = [at.x, standing.eye, at.z];
        for (const c of controls) {
          const r = reachTo(eyes, at.yaw, c.pose.position);
          const d = vec3.length(vec3.sub(c.pose.position, eyes));
          if (r > BODY.reach || d < 0.3) bad.push(`${c.id}: ${r.toFixed(2)} m from the shoulder, ${d.toFixed(2)} m from the eyes`);
        }
      }
      expect(bad).to.deep.equal([]);
    });

    it('seated, puts every control within arm length of the eyes, as the seated headset test checks', async () => {
      const [, seated] = eyeHeights();
      const bad: string[] = [];
      for (const { kiosk, controls } of await screens()) {
        const at = arrival(kiosk, seated.stand);
        const d = controls.map((c) => ({ id: c.id, d: vec3.length(vec3.sub(c.pose.position, [at.x, seated.eye, at.z])) }));
        bad.push(...d.filter((x) => x.d > ARM).map((x) => `${x.id}: ${x.d.toFixed(2)} m`));
      }
      expect(bad).to.deep.equal([]);
    });

    it('keeps the whole panel in front of the eyes', () => {
      for (const { label, eye, stand } of eyeHeights()) {
        for (const k of hall().view.kiosks) {
          const at = arrival(k, stand);
          const forward: Vec3 = [Math.sin(at.yaw), 0, Math.cos(at.yaw)];
          for (const c of corners(k)) {
            const d: Vec3 = [c[0] - at.x, c[1] - eye, c[2] - at.z];
            expect(vec3.dot(d, forward), `${label} ${k.id}: corner ahead`).to.be.greaterThan(0.15);
          }
        }
      }
    });

    it('stands nearer the panel than the stand-here spot, which leaves the far corner out of reach', () => {
      for (const k of hall().view.kiosks) {
        const panel = k.panelAnchor.getAbsolutePosition();
        const spotYaw = Math.atan2(panel.x - k.standSpot.x, panel.z - k.standSpot.z);
        const fromSpot = Math.max(...corners(k).map((c) => reachTo([k.standSpot.x, EYE.standing, k.standSpot.z], spotYaw, c)));
        expect(fromSpot, `${k.id} from the spot`).to.be.greaterThan(BODY.reach);
        const at = arrival(k, POKE_STAND.standing);
        expect(Math.hypot(at.x - k.standSpot.x, at.z - k.standSpot.z), `${k.id}: still by the spot`).to.be.lessThan(0.5);
      }
    });
  });
});
