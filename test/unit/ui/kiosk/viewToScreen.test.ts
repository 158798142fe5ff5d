import { expect } from 'chai';
import { AKTA_VALUES, catalogue, fill, makeFlow } from '../../services/flowHarness';
import type { KioskFlow, ViewModel } from '../../../../src/services';
import type { KioskId } from '../../../../src/shared/catalogue';
import { viewToScreen, type KioskScreen } from '../../../../src/ui/kiosk/viewToScreen';
import { widgetFor } from '../../../../src/ui/kiosk/formLayout';
import { formText, inside, LANGUAGE, overlaps, PANEL } from './kioskTestKit';

async function aktaForm(): Promise<{ flow: KioskFlow; text: ReturnType<typeof formText> }> {
  const { flow, i18n } = makeFlow('kependudukan');
  await flow.act('service:akta-kelahiran');
  await flow.act('next');
  await flow.act('accept');
  return { flow, text: formText(i18n) };
}

const ids = (s: KioskScreen) => s.layout.controls.map((c) => c.control.id);

function expectTidy(s: KioskScreen, what: string): void {
  expect(s.layout.overflow, `${what}: overflow`).to.equal(false);
  const rects = [...s.layout.controls.map((c) => c.rect), ...(s.layout.qr ? [s.layout.qr.rect] : [])];
  rects.forEach((r, i) => {
    expect(inside(r, PANEL.width, PANEL.height), `${what}: control ${i} inside the panel`).to.equal(true);
    rects.slice(i + 1).forEach((o, j) => expect(overlaps(r, o), `${what}: controls ${i} and ${i + 1 + j} overlap`).to.equal(false));
  });
  for (const c of s.layout.controls) {
    expect(c.rect.h, `${what}: ${c.control.id} tall enough for a fingertip`).to.be.at.least(0.03);
    expect(c.rect.w, `${what}: ${c.control.id} wide enough for a fingertip`).to.be.at.least(0.03);
  }
  for (const t of s.layout.texts) expect(inside(t.rect, PANEL.width, PANEL.height), `${what}: text "${t.text}" inside`).to.equal(true);
}

describe('kiosk panel screens (viewToScreen)', () => {
  it('gives NIK, No. KK and phone the numeric keypad, names the keyboard, dates the steppers and choices big buttons', async () => {
    const { flow, text } = await aktaForm();
    const v = flow.view();
    const widgets = Object.fromEntries(v.fields.map((f) => [f.name, widgetFor(f)]));
    expect(widgets).to.deep.equal({
      childName: 'keyboard',
      childSex: 'choice',
      birthDate: 'date',
      birthPlace: 'keyboard',
      kkNumber: 'keypad',
      motherNik: 'keypad',
      fatherNik: 'keypad',
      phone: 'keypad',
    });
    const keypad = viewToScreen(v, { active: 'motherNik', face: 'lower' }, text, LANGUAGE, PANEL);
    expect(ids(keypad)).to.include.members(['key.0', 'key.1', 'key.9', 'key.back', 'key.clear', 'key.ok']);
    expect(ids(keypad)).to.not.include('key.plus');
    expect(ids(keypad)).to.not.include('key.q');
    const phone = viewToScreen(v, { active: 'phone', face: 'lower' }, text, LANGUAGE, PANEL);
    expect(ids(phone)).to.include('key.plus');
    const keyboard = viewToScreen(v, { active: 'childName', face: 'lower' }, text, LANGUAGE, PANEL);
    expect(ids(keyboard)).to.include.members(['key.q', 'key.p', 'key.a', 'key.z', 'key.space', 'key.shift', 'key.back', 'key.ok']);
    const date = viewToScreen(v, { active: 'birthDate', face: 'lower' }, text, LANGUAGE, PANEL);
    expect(ids(date)).to.include.members(['date.day.up', 'date.day.down', 'date.month.up', 'date.year.down', 'date.year10.down', 'key.ok']);
    const choice = viewToScreen(v, { active: 'childSex', face: 'lower' }, text, LANGUAGE, PANEL);
    expect(ids(choice)).to.include.members(['option.male', 'option.female']);
    expect(choice.layout.controls.find((c) => c.control.id === 'option.male')!.control.kind).to.equal('choice');
    // Every field is a tab the visitor can tap, and the active one is marked.
    expect(ids(choice).filter((id) => id.startsWith('field.'))).to.have.length(8);
    expect(choice.layout.controls.find((c) => c.control.id === 'field.childSex')!.control.selected).to.equal(true);
  });

  it('starts on the first empty required field and shows what was typed in the value box', async () => {
    const { flow, text } = await aktaForm();
    flow.setValue('childName', 'Andi');
    const s = viewToScreen(flow.view(), { active: null, face: 'lower' }, text, LANGUAGE, PANEL);
    expect(s.layout.controls.find((c) => c.control.selected)!.control.id).to.equal('field.childSex');
    const named = viewToScreen(flow.view(), { active: 'childName', face: 'lower' }, text, LANGUAGE, PANEL);
    expect(named.layout.texts.find((t) => t.role === 'fieldValue')!.text).to.equal('Andi|');
  });

  it('shows a field error right under the field, in the visitor language, and on its tab', async () => {
    const { flow, text } = await aktaForm();
    flow.setValue('motherNik', '1234');
    flow.blurField('motherNik');
    const v = flow.view();
    const s = viewToScreen(v, { active: 'motherNik', face: 'lower' }, text, LANGUAGE, PANEL);
    const value = s.layout.texts.find((t) => t.role === 'fieldValue')!;
    const error = s.layout.texts.find((t) => t.role === 'fieldError')!;
    expect(error.text).to.equal('NIK harus 16 angka.'.slice(0, 0) + v.fields.find((f) => f.name === 'motherNik')!.error!.message);
    expect(error.text).to.match(/NIK/);
    expect(value.rect.y - error.rect.y, 'directly under the value box').to.be.within(0, 0.06);
    expect(s.layout.frames![0].tone).to.equal('error');
    const tab = s.layout.controls.find((c) => c.control.id === 'field.motherNik')!.control;
    expect(tab.tone).to.equal('danger');
    expect(tab.spoken).to.contain(error.text);
  });

  it('shows the same error in English after a language switch', async () => {
    const { flow, i18n } = makeFlow('kependudukan');
    await flow.act('service:akta-kelahiran');
    await flow.act('next');
    await flow.act('accept');
    flow.setValue('phone', '12345');
    flow.blurField('phone');
    const id = viewToScreen(flow.view(), { active: 'phone', face: 'lower' }, formText(i18n), LANGUAGE, PANEL);
    i18n.setLocale('en');
    const en = viewToScreen(flow.view(), { active: 'phone', face: 'lower' }, formText(i18n), LANGUAGE, PANEL);
    const msg = (s: KioskScreen) => s.layout.texts.find((t) => t.role === 'fieldError')!.text;
    expect(msg(en)).to.not.equal(msg(id));
    expect(msg(en)).to.match(/phone|number/i);
    expect(ids(en)).to.include('key.ok');
    expect(en.layout.controls.find((c) => c.control.id === 'key.ok')!.control.label).to.equal('OK');
  });

  it('draws the result with the tracking code and queue number large and the status link as a QR code', async () => {
    const { flow, text } = await aktaForm();
    fill(flow, AKTA_VALUES);
    await flow.act('next');
    await flow.act('submit');
    const v = flow.view();
    expect(v.screen).to.equal('result');
    const s = viewToScreen(v, { active: null, face: 'lower' }, text, LANGUAGE, PANEL);
    const big = s.layout.texts.filter((t) => t.role === 'big').map((t) => t.text);
    expect(big).to.deep.equal(['K7QM-4ZTX', 'A-001']);
    for (const t of s.layout.texts.filter((x) => x.role === 'big')) expect(t.size).to.be.at.least(0.045);
    expect(s.layout.qr, 'a QR code').to.not.equal(undefined);
    expect(s.layout.qr!.rect.w).to.be.at.least(0.2);
    expect(s.layout.qr!.modules.length).to.be.at.least(21);
    expect(ids(s)).to.include.members(['survey', 'done', 'language']);
    expectTidy(s, 'result');
  });

  it('shows the officer line as a subtitle on every screen', async () => {
    const { flow, text } = await aktaForm();
    const screens: ViewModel[] = [flow.view()];
    flow.back();
    screens.push(flow.view());
    for (const v of screens) {
      const s = viewToScreen(v, { active: null, face: 'lower' }, text, LANGUAGE, PANEL);
      const speech = s.layout.texts.filter((t) => t.role === 'speech').map((t) => t.text).join(' ');
      expect(speech.replace(/…$/, '')).to.satisfy((x: string) => v.say.startsWith(x.split(' ').slice(0, 3).join(' ')));
    }
  });

  it('never overflows the panel: every kiosk, service and field, in both languages', async () => {
    const kiosks = [...new Set(catalogue.services.map((s) => s.kiosk))] as KioskId[];
    for (const locale of ['id', 'en'] as const) {
      for (const kiosk of kiosks) {
        const { flow, i18n } = makeFlow(kiosk);
        i18n.setLocale(locale);
        const text = formText(i18n);
        expectTidy(viewToScreen(flow.view(), { active: null, face: 'lower' }, text, LANGUAGE, PANEL), `${locale} ${kiosk} services`);
        for (const action of flow.view().actions.filter((a) => a.id.startsWith('service:'))) {
          const made = makeFlow(kiosk);
          made.i18n.setLocale(locale);
          const f = made.flow;
          await f.act(action.id);
          for (let step = 0; step < 6; step++) {
            const v = f.view();
            const faces = v.fields.length ? v.fields.flatMap((fl) => (['lower', 'symbols'] as const).map((face) => ({ active: fl.name, face }))) : [{ active: null, face: 'lower' as const }];
            for (const ui of faces) expectTidy(viewToScreen(v, ui, text, LANGUAGE, PANEL), `${locale} ${action.id} ${v.screen} ${ui.active ?? ''}`);
            const forward = v.actions.find((a) => a.role === 'primary' && a.enabled && ['next', 'accept', 'start'].includes(a.id));
            if (!forward) break;
            await f.act(forward.id);
          }
        }
      }
    }
  });

  it('fits the message-for-an-officer form (live panel "leave a message"), filled to its limit, and its receipt', async () => {
    for (const locale of ['id', 'en'] as const) {
      const { flow, i18n } = makeFlow('kependudukan');
      i18n.setLocale(locale);
      const text = formText(i18n);
      flow.leaveMessage();
      expectTidy(viewToScreen(flow.view(), { active: null, face: 'lower' }, text, LANGUAGE, PANEL), `${locale} message consent`);
      await flow.act('accept');
      fill(flow, { message: 'Mohon info persyaratan akta kelahiran untuk anak yang lahir di luar kota. '.repeat(13).slice(0, 1000), phone: '081234567890' });
      for (const active of ['message', 'phone']) {
        for (const face of ['lower', 'symbols'] as const) expectTidy(viewToScreen(flow.view(), { active, face }, text, LANGUAGE, PANEL), `${locale} message ${active} ${face}`);
      }
      await flow.act('next');
      expectTidy(viewToScreen(flow.view(), { active: null, face: 'lower' }, text, LANGUAGE, PANEL), `${locale} message review`);
      await flow.act('submit');
      const result = viewToScreen(flow.view(), { active: null, face: 'lower' }, text, LANGUAGE, PANEL);
      expectTidy(result, `${locale} message result`);
      expect(result.layout.qr, 'a QR code of the status link').to.not.equal(undefined);
    }
  });

  it('fits the appointment slot screen (location, date and time buttons) and the 10-question survey', async () => {
    for (const locale of ['id', 'en'] as const) {
      const { flow, i18n } = makeFlow('kependudukan');
      i18n.setLocale(locale);
      const text = formText(i18n);
      await flow.act('service:ktp-el-rekam');
      await flow.act('next');
      await flow.act('accept');
      fill(flow, { nik: '7371054512950002', fullName: 'Andi Baso', phone: '081234567890' });
      await flow.act('next');
      flow.setValue('slotLocation', 'mpp-makassar');
      flow.setValue('slotDate', '2026-11-30');
      await flow.settled();
      let v = flow.view();
      expect(v.screen).to.equal('slot');
      for (const f of v.fields) {
        const s = viewToScreen(v, { active: f.name, face: 'lower' }, text, LANGUAGE, PANEL);
        expectTidy(s, `${locale} slot ${f.name}`);
        expect(ids(s).filter((id) => id.startsWith('option.')), `${f.name} options as buttons`).to.have.length(f.options!.length);
      }
      const made = await aktaForm();
      fill(made.flow, AKTA_VALUES);
      await made.flow.act('next');
      await made.flow.act('submit');
      await made.flow.act('survey');
      v = made.flow.view();
      expect(v.screen).to.equal('survey');
      for (const f of v.fields) expectTidy(viewToScreen(v, { active: f.name, face: 'lower' }, made.text, LANGUAGE, PANEL), `${locale} survey ${f.name}`);
    }
  });
});
