import { expect } from 'chai';
import { FakePort, actionIds, apiError, fill, makeFlow, networkError } from './flowHarness';

/** "Leave a message" from the live panel: the kiosk's built-in message-for-an-officer form (issue 11). */
describe('kiosk flow: leave a message for an officer', () => {
  /** The message form of the kependudukan kiosk, after consent. */
  async function toForm(port = new FakePort()) {
    const made = makeFlow('kependudukan', port);
    made.flow.leaveMessage();
    expect(made.flow.view().screen).to.equal('consent');
    await made.flow.act('accept');
    return { ...made, port };
  }

  it('is not listed among the services: the live panel opens it, from any screen, as a new visit', async () => {
    const { flow } = makeFlow('kependudukan');
    expect(actionIds(flow)).to.not.include('service:pesan-kependudukan');
    await flow.act('service:akta-kelahiran');
    await flow.act('next');
    flow.leaveMessage();
    const v = flow.view();
    expect(v.screen).to.equal('consent');
    expect(v.serviceId).to.equal('pesan-kependudukan');
    expect(v.blocks.some((b) => b.kind === 'text' && b.text.includes('Pesan untuk petugas'))).to.equal(true);
  });

  it('types the message on the keyboard, takes an optional phone, and files a consultation ticket with a QR receipt', async () => {
    const { flow, port } = await toForm();
    const fields = flow.view().fields;
    expect(fields.map((f) => [f.name, f.input, f.required])).to.deep.equal([
      ['message', 'multiline', true],
      ['phone', 'keypad', false],
    ]);
    fill(flow, { message: 'Apakah akta bisa diurus tanpa surat nikah?', phone: '+62 812-3456-7890' });
    await flow.act('next');
    expect(flow.view().screen).to.equal('review');
    await flow.act('submit');
    const [call] = port.of('submitConsultation');
    expect(call.body).to.deep.equal({ unit: 'kependudukan', message: 'Apakah akta bisa diurus tanpa surat nikah?', phone: '081234567890', locale: 'id', consent: true });
    const v = flow.view();
    expect(v.screen).to.equal('result');
    expect(v.sayKey).to.equal('avatar.messageLeft');
    expect(v.blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : [])).map((r) => r.value)).to.include('M4SG-7QHB');
    expect(v.blocks.some((b) => b.kind === 'qr' && b.url.endsWith('/status/M4SG-7QHB'))).to.equal(true);
  });

  it('checks the message and the phone at their fields before sending anything', async () => {
    const { flow, port } = await toForm();
    fill(flow, { message: 'hai', phone: '12345' });
    await flow.act('next');
    const errors = Object.fromEntries(flow.view().fields.map((f) => [f.name, f.error?.code]));
    expect(errors).to.deep.equal({ message: 'too_short', phone: 'phone_format' });
    expect(port.of('submitConsultation')).to.have.length(0);
  });

  it('shows a refusal of the server at the field it names, and retries a network failure with the same key', async () => {
    const port = new FakePort();
    port.script.submitConsultation = [networkError(), apiError(400, 'phone_format', 'phone')];
    const { flow } = await toForm(port);
    fill(flow, { message: 'Mohon info jam buka hari Sabtu.', phone: '081234567890' });
    await flow.act('next');
    await flow.act('submit');
    await flow.act('submit');
    const [first, second] = port.of('submitConsultation');
    expect(second.key).to.equal(first.key);
    const v = flow.view();
    expect(v.screen).to.equal('form');
    expect(v.fields.find((f) => f.name === 'phone')!.error?.code).to.equal('phone_format');
  });
});
