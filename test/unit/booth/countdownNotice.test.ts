import { expect } from 'chai';
import { CountdownNotice } from '../../../src/booth/countdownNotice';
import { countdownScreen, COUNTDOWN_SIZE } from '../../../src/booth/countdownPanel';
import { layoutPanel } from '../../../src/ui/panelLayout';
import { createI18n } from '../../../src/i18n/createI18n';
import type { Locale } from '../../../src/shared/catalogue/types';

describe('CountdownNotice (the idle countdown announced)', () => {
  function setup(locale: Locale) {
    const i18n = createI18n({ locale });
    const said: string[] = [];
    let stops = 0;
    const line = { textContent: '' as string | null, hidden: true };
    const notice = new CountdownNotice({ t: i18n.t, locale: () => i18n.locale, voice: { say: (text, l) => said.push(`${l}: ${text}`), stop: () => stops++ }, line });
    return { notice, said, line, stops: () => stops };
  }

  it('says once when it appears how long is left and how to get more time, and writes it on the page', () => {
    const { notice, said, line } = setup('id');
    notice.set(20);
    notice.set(19);
    notice.set(18);
    expect(said).to.deep.equal(['id: Tidak ada aktivitas. Data Anda akan dihapus dalam 20 detik. Perlu waktu lagi? Sentuh "Saya masih di sini" untuk tambah waktu.']);
    expect(line.hidden).to.equal(false);
    expect(line.textContent).to.contain('tambah waktu');
  });

  it('in English too', () => {
    const { notice, said } = setup('en');
    notice.set(20);
    expect(said).to.deep.equal(['en: No activity. Your data will be cleared in 20 seconds. Need more time? Press "I\'m still here" to get more time.']);
  });

  it('"still here" (or the wipe) hides it and stops the voice; the next countdown is said again', () => {
    const { notice, said, line, stops } = setup('id');
    notice.set(20);
    notice.set(null);
    expect(stops()).to.equal(1);
    expect(line).to.deep.equal({ textContent: '', hidden: true });
    notice.set(null);
    expect(stops(), 'hiding twice stops nothing more').to.equal(1);
    notice.set(20);
    expect(said).to.have.length(2);
  });
});

describe('countdown panel', () => {
  it('fits its text and a big "still here" button on the panel in both languages (nothing squeezed)', () => {
    for (const locale of ['id', 'en'] as const) {
      const { t } = createI18n({ locale });
      const layout = layoutPanel(countdownScreen(t, 20), COUNTDOWN_SIZE.width, COUNTDOWN_SIZE.height);
      expect(layout.overflow, locale).to.equal(false);
      const stay = layout.controls[0].rect;
      expect(Math.min(stay.w, stay.h), 'the button is a big target').to.be.at.least(0.05);
      expect(stay.y - stay.h / 2, 'the button lies on the panel').to.be.at.least(-COUNTDOWN_SIZE.height / 2);
    }
  });
});
