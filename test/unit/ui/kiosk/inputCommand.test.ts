import { expect } from 'chai';
import { makeFlow } from '../../services/flowHarness';
import type { KioskFlow } from '../../../../src/services';
import { handleInput, type FormUiState, type InputCommand } from '../../../../src/ui/kiosk/inputCommand';
import { viewToScreen } from '../../../../src/ui/kiosk/viewToScreen';
import { formText, LANGUAGE, PANEL } from './kioskTestKit';

/** Drives the flow the way KioskPanel does: press a control id of the drawn screen. */
function panelDriver(flow: KioskFlow, text: ReturnType<typeof formText>) {
  let ui: FormUiState = { active: null, face: 'lower' };
  const draw = () => viewToScreen(flow.view(), ui, text, LANGUAGE, PANEL);
  return {
    ui: () => ui,
    draw,
    async press(id: string): Promise<void> {
      const screen = draw();
      const cmd: InputCommand | undefined = screen.commands.get(id);
      if (!screen.layout.controls.some((c) => c.control.id === id)) throw new Error(`no control ${id} on ${flow.view().screen}: ${screen.layout.controls.map((c) => c.control.id).join(' ')}`);
      if (!cmd) return flow.act(id);
      const out = handleInput(cmd, flow.view(), ui, '2026-11-27');
      ui = out.ui;
      if (out.set) flow.setValue(out.set.name, out.set.value);
      if (out.blur) flow.blurField(out.blur);
    },
    async type(chars: string): Promise<void> {
      for (const c of chars) await this.press(c === ' ' ? 'key.space' : `key.${c}`);
    },
  };
}

async function aktaDriver() {
  const { flow, i18n } = makeFlow('kependudukan');
  await flow.act('service:akta-kelahiran');
  await flow.act('next');
  await flow.act('accept');
  return { flow, i18n, panel: panelDriver(flow, formText(i18n)) };
}

const value = (flow: KioskFlow, name: string) => flow.view().fields.find((f) => f.name === name)!.value;

describe('typing on the kiosk panel (handleInput on a real flow)', () => {
  it('types a name with shift for one capital, deletes, and moves on with Done', async () => {
    const { flow, panel } = await aktaDriver();
    await panel.press('key.shift');
    await panel.type('Andi');
    expect(value(flow, 'childName')).to.equal('Andi');
    await panel.press('key.back');
    await panel.type('i');
    expect(value(flow, 'childName')).to.equal('Andi');
    await panel.press('key.ok');
    expect(panel.ui().active).to.equal('childSex');
  });

  it('types a NIK on the keypad into the tapped field, and an invalid one gets its error at OK', async () => {
    const { flow, panel } = await aktaDriver();
    await panel.press('field.motherNik');
    await panel.type('1234');
    expect(value(flow, 'motherNik')).to.equal('1234');
    expect(flow.view().fields.find((f) => f.name === 'motherNik')!.error).to.equal(null);
    await panel.press('key.ok');
    const nik = flow.view().fields.find((f) => f.name === 'motherNik')!;
    expect(nik.error?.code).to.equal('nik_format');
    // OK moves on to the next field; the tab of the wrong one stays red.
    expect(panel.ui().active).to.equal('fatherNik');
    expect(panel.draw().layout.controls.find((c) => c.control.id === 'field.motherNik')!.control.tone).to.equal('danger');
    await panel.press('field.motherNik');
    await panel.press('key.clear');
    await panel.type('7371054512950002');
    await panel.press('key.ok');
    expect(flow.view().fields.find((f) => f.name === 'motherNik')!.error).to.equal(null);
  });

  it('picks a choice with one press and moves to the next field', async () => {
    const { flow, panel } = await aktaDriver();
    await panel.press('field.childSex');
    await panel.press('option.female');
    expect(value(flow, 'childSex')).to.equal('female');
    expect(panel.ui().active).to.equal('birthDate');
  });

  it('sets a date with the steppers, or today with OK alone', async () => {
    const { flow, panel } = await aktaDriver();
    await panel.press('field.birthDate');
    await panel.press('date.day.down');
    expect(value(flow, 'birthDate')).to.equal('2026-11-26');
    await panel.press('date.year10.down');
    await panel.press('date.month.up');
    expect(value(flow, 'birthDate')).to.equal('2016-12-26');
    await panel.press('date.day.up');
    await panel.press('key.ok');
    expect(value(flow, 'birthDate')).to.equal('2016-12-27');
    const other = await aktaDriver();
    await other.panel.press('field.birthDate');
    await other.panel.press('key.ok');
    expect(value(other.flow, 'birthDate')).to.equal('2026-11-27');
  });

  it('types an adult birth date as DDMMYYYY in nine presses, OK included, and moves on', async () => {
    const { flow, panel } = await aktaDriver();
    await panel.press('field.birthDate');
    const before = panel.ui().active;
    let presses = 0;
    for (const d of '12051958') {
      await panel.press(`key.${d}`);
      presses++;
    }
    await panel.press('key.ok');
    presses++;
    expect(before).to.equal('birthDate');
    expect(presses).to.be.at.most(9);
    expect(value(flow, 'birthDate')).to.equal('1958-05-12');
    expect(flow.view().fields.find((f) => f.name === 'birthDate')!.error).to.equal(null);
    expect(panel.ui().active).to.equal('birthPlace');
  });

  it('checks an impossible typed date at OK, and a stepper after typing starts from the typed date', async () => {
    const { flow, panel } = await aktaDriver();
    await panel.press('field.birthDate');
    await panel.type('31021990');
    expect(value(flow, 'birthDate')).to.equal('31021990');
    await panel.press('key.ok');
    expect(flow.view().fields.find((f) => f.name === 'birthDate')!.error).to.not.equal(null);
    await panel.press('field.birthDate');
    for (let i = 0; i < 6; i++) await panel.press('key.back');
    expect(value(flow, 'birthDate')).to.equal('31');
    await panel.type('011990');
    expect(value(flow, 'birthDate')).to.equal('1990-01-31');
    await panel.press('date.month.up');
    expect(value(flow, 'birthDate')).to.equal('1990-02-28');
    await panel.press('key.7');
    expect(value(flow, 'birthDate'), 'a digit on a whole date starts a new one').to.equal('7');
  });

  it('leaves nothing typed on the panel after cancel', async () => {
    const { flow, panel } = await aktaDriver();
    await panel.press('field.motherNik');
    await panel.type('7371054512950002');
    const before = panel.draw().layout.texts.map((t) => t.text).join(' ');
    expect(before).to.contain('7371054512950002');
    await panel.press('cancel');
    expect(flow.view().screen).to.equal('services');
    await flow.act('service:akta-kelahiran');
    await flow.act('next');
    await flow.act('accept');
    const after = panel.draw();
    const shown = [...after.layout.texts.map((t) => t.text), ...after.layout.controls.map((c) => `${c.control.label} ${c.control.spoken ?? ''}`)].join(' ');
    expect(shown).to.not.contain('7371');
    expect(flow.view().fields.every((f) => f.value === '')).to.equal(true);
  });
});
