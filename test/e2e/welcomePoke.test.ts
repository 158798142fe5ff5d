import { enterVr } from './support/openHall';
import { useHall } from './support/hallHost';
import { pokeTargets } from './support/handPoke';
import { waitAtKiosk } from './hallQueries';

describe('the welcome panel in the headset with hands (IWER as a Quest 3)', function () {
  this.timeout(480_000);
  const hall = useHall({ open: { xr: { inputMode: 'hands' } }, setup: enterVr });

  it('poking a kiosk shortcut with the index finger takes the visitor to that kiosk', async () => {
    const { page } = hall();
    await pokeTargets(page, hall().xr!, 'right', ['welcome.go.kependudukan']);
    await waitAtKiosk(page, 'kependudukan', 60_000);
    hall().probe.assertClean('welcome poke');
  });
});
