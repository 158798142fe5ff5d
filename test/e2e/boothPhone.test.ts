import { expect } from 'chai';
import { useHall } from './support/hallHost';
import { targets } from './hallQueries';

describe('the welcome on a phone held upright (390x844)', function () {
  this.timeout(240_000);
  const hall = useHall({ open: { mobile: true, viewport: { width: 390, height: 844 } } });

  it('shows every kiosk shortcut of the welcome panel, Pajak Daerah and Pengaduan included, on the screen', async () => {
    const { page } = hall();
    const go = (await targets(page)).filter((t) => t.id.startsWith('welcome.go.'));
    expect(go.map((t) => t.id)).to.include.members(['welcome.go.pajak', 'welcome.go.pengaduan']);
    for (const t of go) {
      expect(t.screen, `${t.id} is on screen`).to.not.equal(null);
      const { x, y } = t.screen!;
      expect(x, `${t.id} x, with room for the button's half width`).to.be.within(30, 360);
      expect(y, `${t.id} y`).to.be.within(0, 844);
    }
    hall().probe.assertClean('phone portrait welcome');
  });
});
