import { expect } from 'chai';
import { makeFlow } from '../../services/flowHarness';
import { typeDate, typedDateMask } from '../../../../src/ui/kiosk/dateTyping';
import { viewToScreen } from '../../../../src/ui/kiosk/viewToScreen';
import { formText, LANGUAGE, PANEL } from './kioskTestKit';

describe('typeDate (a date typed on the keypad as DDMMYYYY)', () => {
  it('builds digits up and turns the eighth into an ISO date', () => {
    let v = '';
    for (const d of '1205195') v = typeDate(v, { kind: 'type', text: d });
    expect(v).to.equal('1205195');
    expect(typeDate(v, { kind: 'type', text: '8' })).to.equal('1958-05-12');
  });

  it('keeps the digits of an impossible date so the field check can say so', () => {
    expect(typeDate('3002199', { kind: 'type', text: '0' })).to.equal('30021990');
    expect(typeDate('30021990', { kind: 'type', text: '1' })).to.equal('30021990');
  });

  it('deletes the last digit of a whole date, clears, and ignores what is not a digit', () => {
    expect(typeDate('1958-05-12', { kind: 'backspace' })).to.equal('1205195');
    expect(typeDate('1205', { kind: 'clear' })).to.equal('');
    expect(typeDate('1205', { kind: 'type', text: '+' })).to.equal('1205');
  });

  it('shows partly typed digits in a day/month/year mask', () => {
    expect(typedDateMask('1205')).to.equal('12/05/____');
    expect(typedDateMask('')).to.equal('__/__/____');
  });
});

describe('the date field on the kiosk panel', () => {
  async function dateScreen(lang: 'id' | 'en', birthDate = '') {
    const { flow, i18n } = makeFlow('kependudukan');
    if (lang === 'en') i18n.setLocale('en');
    await flow.act('service:akta-kelahiran');
    await flow.act('next');
    await flow.act('accept');
    if (birthDate) flow.setValue('birthDate', birthDate);
    return viewToScreen(flow.view(), { active: 'birthDate', face: 'lower' }, formText(i18n), LANGUAGE, PANEL);
  }

  it('names every stepper by what it does out of context, in reading order (column by column)', async () => {
    const s = await dateScreen('id');
    const steppers = s.layout.controls.filter((c) => c.control.id.startsWith('date.')).map((c) => c.control.spoken);
    expect(steppers).to.deep.equal(['Hari +1', 'Hari −1', 'Bulan +1', 'Bulan −1', 'Tahun +1', 'Tahun −1', 'Tahun +10', 'Tahun −10']);
    for (const c of s.layout.controls.filter((x) => x.control.id.startsWith('date.'))) {
      expect(c.control.spoken, 'the drawn label is part of the name').to.contain(c.control.label);
    }
  });

  it('has a digit keypad beside the steppers, and the date hint under the value', async () => {
    const s = await dateScreen('en');
    const ids = s.layout.controls.map((c) => c.control.id);
    expect(ids).to.include.members(['key.0', 'key.1', 'key.9', 'key.back', 'key.clear', 'key.ok']);
    expect(s.layout.texts.map((t) => t.text).join(' ')).to.contain('DDMMYYYY');
    expect(s.layout.overflow).to.equal(false);
  });

  it('reads the field tab with its label and the whole date ("Tanggal lahir: 12 Mei 1990")', async () => {
    const s = await dateScreen('id', '1990-05-12');
    const tab = s.layout.controls.find((c) => c.control.id === 'field.birthDate')!;
    expect(tab.control.spoken).to.match(/^Tanggal lahir: 12 Mei 1990$/);
  });
});
