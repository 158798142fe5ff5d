import { expect } from 'chai';
import { createI18n } from '../../../src/i18n/createI18n';
import { ComfortSettings } from '../../../src/a11y/comfortSettings';
import { COMFORT_ROW_IDS, comfortRows, pressComfortRow } from '../../../src/a11y/comfortRows';

const strict = (locale: 'id' | 'en') => createI18n({ locale, onMissing: (key) => { throw new Error(`missing ${key}`); } });
const names = (i18n: ReturnType<typeof strict>, s: ComfortSettings) => comfortRows(i18n, s.get()).map((r) => r.spoken);

describe('"Display & help" rows (comfortRows)', () => {
  it('names every row with its state, out of context, in Indonesian and English', () => {
    const s = new ComfortSettings();
    expect(names(strict('id'), s)).to.deep.equal([
      'Ukuran teks: 100 %',
      'Ukuran teks takarir: normal',
      'Takarir: di panel',
      'Kontras tinggi: mati',
      'Pilih dengan menatap/menahan (1,5 s): mati',
    ]);
    expect(names(strict('en'), s)).to.deep.equal([
      'Text size: 100 %',
      'Caption size: normal',
      'Captions: on the panel',
      'High contrast: off',
      'Select by dwelling (1.5 s): off',
    ]);
  });

  it('steps text size 100 → 125 → 150 → 100 % and the label follows', () => {
    const s = new ComfortSettings();
    const i18n = strict('id');
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      expect(pressComfortRow(s, COMFORT_ROW_IDS.textScale)).to.equal(true);
      seen.push(comfortRows(i18n, s.get())[0].label);
    }
    expect(seen).to.deep.equal(['Ukuran teks: 125 %', 'Ukuran teks: 150 %', 'Ukuran teks: 100 %']);
  });

  it('flips caption size, caption place, high contrast and dwell, each marked as chosen', () => {
    const s = new ComfortSettings();
    for (const id of [COMFORT_ROW_IDS.captionSize, COMFORT_ROW_IDS.captionPlace, COMFORT_ROW_IDS.highContrast, COMFORT_ROW_IDS.dwell]) pressComfortRow(s, id);
    expect(s.get()).to.include({ captionSize: 'large', captionPlace: 'view', highContrast: true, dwell: true });
    const rows = comfortRows(strict('en'), s.get());
    expect(rows.slice(1).map((r) => [r.label, r.selected])).to.deep.equal([
      ['Caption size: large', true],
      ['Captions: follow my view', true],
      ['High contrast: on', true],
      ['Select by dwelling (1.5 s): on', true],
    ]);
    pressComfortRow(s, COMFORT_ROW_IDS.dwell);
    expect(s.get().dwell).to.equal(false);
  });

  it('ignores a control that is not one of its rows', () => {
    const s = new ComfortSettings();
    expect(pressComfortRow(s, 'close')).to.equal(false);
    expect(pressComfortRow(s, 'language')).to.equal(false);
  });

  it('shows high contrast on and fixed while the system asks for more contrast, and the choice again after', () => {
    const s = new ComfortSettings();
    const contrast = (system: boolean, locale: 'id' | 'en' = 'id') => comfortRows(strict(locale), s.get(), system).find((r) => r.id === COMFORT_ROW_IDS.highContrast)!;
    expect(contrast(true)).to.include({ spoken: 'Kontras tinggi: aktif (pengaturan sistem)', selected: true, enabled: false });
    expect(contrast(true, 'en').spoken).to.equal('High contrast: on (system setting)');
    expect(contrast(false)).to.include({ spoken: 'Kontras tinggi: mati', selected: false, enabled: true });
  });
});
