import { expect } from 'chai';
import idLocale from '../../../static/locales/id.json';
import { AKTA_VALUES, FakePort, actionIds, fill, makeFlow } from './flowHarness';

/** Akta Kelahiran up to the review screen with a valid form. */
async function toReview(port: FakePort) {
  const made = makeFlow('kependudukan', port);
  await made.flow.act('service:akta-kelahiran');
  await made.flow.act('next');
  await made.flow.act('accept');
  fill(made.flow, AKTA_VALUES);
  await made.flow.act('next');
  return made;
}

/** Every text a view shows, joined. */
function shown(view: ReturnType<ReturnType<typeof makeFlow>['flow']['view']>): string {
  return JSON.stringify(view.blocks);
}

describe('kiosk flow: a submission kept on the device (offline-first port)', () => {
  it('ends on a result screen with the final code, its QR code, "queue number once sent" and what to do if the code fails', async () => {
    const port = new FakePort();
    port.script.submitRequest = [{ queued: true, trackingCode: 'MKS4-7QHB', submittedAt: '2026-11-27T02:00:00.000Z' }];
    const { flow } = await toReview(port);
    await flow.act('submit');
    const v = flow.view();
    expect(v.screen).to.equal('result');
    expect(v.title).to.equal(idLocale.offline.result.title);
    const facts = v.blocks.find((b) => b.kind === 'facts');
    expect(facts && facts.kind === 'facts' && facts.rows.map((r) => r.value)).to.deep.equal([
      'MKS4-7QHB',
      idLocale.offline.status.waiting,
      idLocale.offline.result.queueLater,
    ]);
    expect(shown(v)).to.contain(idLocale.offline.result.ifCodeFails);
    const qr = v.blocks.find((b) => b.kind === 'qr');
    expect(qr && qr.kind === 'qr' && qr.url).to.contain('/status/MKS4-7QHB');
    expect(v.say).to.contain('M K S 4 - 7 Q H B');
    expect(actionIds(flow)).to.include('survey');
  });

  it('says an appointment kept offline is confirmed or refused once it is sent', async () => {
    const port = new FakePort();
    port.script.bookAppointment = [{ queued: true, trackingCode: 'G3HJ-KMNQ', submittedAt: '2026-11-27T02:00:00.000Z' }];
    const { flow } = makeFlow('kependudukan', port);
    await flow.act('service:ktp-el-rekam');
    await flow.act('next');
    await flow.act('accept');
    fill(flow, { nik: '7371011508900003', fullName: 'Andi Baso', phone: '081234567890' });
    await flow.act('next');
    flow.setValue('slotLocation', 'mpp-makassar');
    flow.setValue('slotDate', '2026-11-30');
    await flow.settled();
    flow.setValue('slotTime', '09:00');
    await flow.act('next');
    await flow.act('submit');
    const v = flow.view();
    expect(v.screen).to.equal('result');
    expect(shown(v)).to.contain(idLocale.offline.result.slotLater);
  });

  it('shows a code waiting on this device as "waiting to be sent" at the status kiosk, with no personal data', async () => {
    const port = new FakePort();
    port.script.getStatus = [{ trackingCode: 'MKS4-7QHB', local: 'waiting' }];
    const { flow } = makeFlow('status', port);
    await flow.act('service:cek-status');
    flow.setValue('trackingCode', 'MKS4-7QHB');
    await flow.act('check');
    const v = flow.view();
    expect(v.screen).to.equal('statusResult');
    const facts = v.blocks.find((b) => b.kind === 'facts');
    expect(facts && facts.kind === 'facts' && facts.rows.map((r) => r.value)).to.deep.equal(['MKS4-7QHB', idLocale.offline.status.waiting]);
    expect(shown(v)).to.contain(idLocale.offline.status.waitingText);
  });

  it('tells the citizen an offline appointment was refused when the slot was full on delivery', async () => {
    const port = new FakePort();
    port.script.getStatus = [{ trackingCode: 'G3HJ-KMNQ', local: 'failed', reason: 'slot_full' }];
    const { flow } = makeFlow('status', port);
    await flow.act('service:cek-status');
    flow.setValue('trackingCode', 'G3HJ-KMNQ');
    await flow.act('check');
    const facts = flow.view().blocks.find((b) => b.kind === 'facts');
    expect(facts && facts.kind === 'facts' && facts.rows[1].value).to.equal(idLocale.offline.status.slotRefused);
  });
});
