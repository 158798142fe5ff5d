import { expect } from 'chai';
import { enterVr } from './support/openHall';
import { useHall } from './support/hallHost';
import { goToKiosk, pokeTargets } from './support/handPoke';
import { events, target } from './hallQueries';

describe('one hand, either hand (IWER as a Meta Quest 3, hands)', function () {
  this.timeout(480_000);
  const hall = useHall({ open: { xr: { inputMode: 'hands' } }, setup: enterVr });

  it('types an adult birth date (12 May 1958) on the keypad in at most 9 presses, with the left hand', async () => {
    const { page } = hall();
    const xr = hall().xr!;
    const panel = 'kiosk.kependudukan';
    await goToKiosk(page, xr, 'left', 'kependudukan');
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id && t.enabled), `${panel}.service:akta-kelahiran`);
    await pokeTargets(page, xr, 'left', [`${panel}.service:akta-kelahiran`, `${panel}.next`, `${panel}.accept`]);
    // The child's sex, one press; the birth date is the next field and takes the keys.
    await pokeTargets(page, xr, 'left', [`${panel}.field.childSex`, `${panel}.option.female`]);
    const before = (await events(page)).length;
    await pokeTargets(page, xr, 'left', [...'12051958'].map((d) => `${panel}.key.${d}`).concat(`${panel}.key.ok`));
    const presses = (await events(page)).slice(before).filter((e) => e.id.startsWith(panel));
    expect(presses.length, 'presses for the date').to.be.at.most(9);
    const tab = await target(page, `${panel}.field.birthDate`);
    expect(tab.label, 'the field names the date it holds').to.equal('Tanggal lahir: 12 Mei 1958');
    hall().probe.assertClean('a birth date on the keypad');
  });
});
