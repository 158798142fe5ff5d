import { expect } from 'chai';
import type { KioskId } from '../../../src/shared/catalogue';
import type { ScreenId } from '../../../src/services/flowTypes';
import type { KioskFlow } from '../../../src/services/kioskFlow';
import { AKTA_VALUES, fill, makeFlow, expectBlankVisit } from './flowHarness';

type Walk = { kiosk: KioskId; service: string; to: (flow: KioskFlow) => Promise<void> };

const KTP = { nik: '7371010101900001', fullName: 'Andi Baso', phone: '081234567890' };
const COMPLAINT = { category: 'penerangan-jalan', location: 'Jl. Sultan Alauddin', description: 'Lampu jalan padam sejak seminggu.', anonymous: 'yes' };

/** Steps that bring a flow to each screen, per kind of service. */
const ONLINE: Record<string, (f: KioskFlow) => Promise<void>> = {
  requirements: async () => {},
  consent: async (f) => f.act('next'),
  form: async (f) => {
    await f.act('next');
    await f.act('accept');
    fill(f, AKTA_VALUES);
  },
  review: async (f) => {
    await ONLINE.form(f);
    await f.act('next');
  },
  result: async (f) => {
    await ONLINE.review(f);
    await f.act('submit');
  },
  survey: async (f) => {
    await ONLINE.result(f);
    await f.act('survey');
    f.setValue('ikm1', '4');
  },
  thanks: async (f) => {
    await ONLINE.result(f);
    await f.act('survey');
    for (let i = 1; i <= 9; i++) f.setValue(`ikm${i}`, '3');
    await f.act('sendSurvey');
  },
};

const APPOINTMENT: Record<string, (f: KioskFlow) => Promise<void>> = {
  form: async (f) => {
    await f.act('next');
    await f.act('accept');
    fill(f, KTP);
  },
  slot: async (f) => {
    await APPOINTMENT.form(f);
    await f.act('next');
    f.setValue('slotLocation', 'mpp-makassar');
    f.setValue('slotDate', '2026-11-30');
    await f.settled();
    f.setValue('slotTime', '09:00');
  },
  review: async (f) => {
    await APPOINTMENT.slot(f);
    await f.act('next');
  },
  result: async (f) => {
    await APPOINTMENT.review(f);
    await f.act('submit');
  },
};

/** [screen, how to get there, where Back leads]. */
const BACK_TABLE: [string, Walk, ScreenId][] = [
  ['requirements', { kiosk: 'kependudukan', service: 'akta-kelahiran', to: ONLINE.requirements }, 'services'],
  ['consent', { kiosk: 'kependudukan', service: 'akta-kelahiran', to: ONLINE.consent }, 'requirements'],
  ['form', { kiosk: 'kependudukan', service: 'akta-kelahiran', to: ONLINE.form }, 'consent'],
  ['review', { kiosk: 'kependudukan', service: 'akta-kelahiran', to: ONLINE.review }, 'form'],
  ['result', { kiosk: 'kependudukan', service: 'akta-kelahiran', to: ONLINE.result }, 'services'],
  ['survey', { kiosk: 'kependudukan', service: 'akta-kelahiran', to: ONLINE.survey }, 'result'],
  ['thanks', { kiosk: 'kependudukan', service: 'akta-kelahiran', to: ONLINE.thanks }, 'services'],
  ['slot (appointment)', { kiosk: 'kependudukan', service: 'ktp-el-rekam', to: APPOINTMENT.slot }, 'form'],
  ['review (appointment)', { kiosk: 'kependudukan', service: 'ktp-el-rekam', to: APPOINTMENT.review }, 'slot'],
  ['result (appointment)', { kiosk: 'kependudukan', service: 'ktp-el-rekam', to: APPOINTMENT.result }, 'services'],
  ['form (complaint)', { kiosk: 'pengaduan', service: 'pengaduan', to: async (f) => { await f.act('next'); await f.act('accept'); fill(f, COMPLAINT); } }, 'consent'],
  ['info', { kiosk: 'informasi', service: 'inovasi', to: async () => {} }, 'services'],
  ['form (lookup)', { kiosk: 'pajak', service: 'pbb-cek', to: async (f) => f.setValue('nop', '737101000100100010') }, 'services'],
  ['lookupResult', { kiosk: 'pajak', service: 'pbb-cek', to: async (f) => { f.setValue('nop', '737101000100100010'); await f.act('lookup'); } }, 'form'],
  ['form (status)', { kiosk: 'status', service: 'cek-status', to: async (f) => f.setValue('trackingCode', 'k7qm 4ztx') }, 'services'],
  ['statusResult', { kiosk: 'status', service: 'cek-status', to: async (f) => { f.setValue('trackingCode', 'k7qm 4ztx'); await f.act('check'); } }, 'form'],
];

/** Brings a new flow to a screen. */
async function arrive(walk: Walk): Promise<KioskFlow> {
  const { flow } = makeFlow(walk.kiosk);
  await flow.act(`service:${walk.service}`);
  await walk.to(flow);
  return flow;
}

describe('kiosk flow: back and cancel from every step', () => {
  it('Back on the services list stays there and offers no Back button', () => {
    const { flow } = makeFlow('kependudukan');
    flow.back();
    expect(flow.view().screen).to.equal('services');
    expect(flow.view().actions.some((a) => a.id === 'back')).to.equal(false);
  });

  for (const [name, walk, expected] of BACK_TABLE) {
    it(`Back from ${name} goes to ${expected}`, async () => {
      const flow = await arrive(walk);
      const before = flow.view();
      expect(before.screen, 'the walk reached its screen').to.equal(name.split(' ')[0]);
      expect(before.actions.map((a) => a.id)).to.include.members(['back', 'cancel']);
      await flow.act('back');
      expect(flow.view().screen).to.equal(expected);
      if (expected === 'services') expectBlankVisit(flow);
    });

    it(`Cancel from ${name} discards everything typed`, async () => {
      const flow = await arrive(walk);
      expect(flow.view().screen, 'the walk reached its screen').to.equal(name.split(' ')[0]);
      await flow.act('cancel');
      expect(flow.view().screen).to.equal('services');
      expectBlankVisit(flow);
      // The next visitor opening the same service finds every field empty.
      await flow.act(`service:${walk.service}`);
      const first = flow.view();
      if (first.screen === 'requirements') {
        await flow.act('next');
        await flow.act('accept');
      }
      expect(flow.view().fields.filter((f) => f.value !== '').map((f) => f.name)).to.deep.equal([]);
    });
  }

  it('keeps typed values when stepping back and forward within one visit', async () => {
    const flow = await arrive({ kiosk: 'kependudukan', service: 'akta-kelahiran', to: ONLINE.review });
    await flow.act('back');
    await flow.act('back');
    await flow.act('accept');
    expect(flow.view().fields.find((f) => f.name === 'motherNik')!.value).to.equal(AKTA_VALUES.motherNik);
  });

  it('keeps survey answers when going back to the result and forward again', async () => {
    const flow = await arrive({ kiosk: 'kependudukan', service: 'akta-kelahiran', to: ONLINE.survey });
    await flow.act('back');
    await flow.act('survey');
    expect(flow.view().fields.find((f) => f.name === 'ikm1')!.value).to.equal('4');
  });
});
