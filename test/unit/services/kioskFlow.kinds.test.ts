import { expect } from 'chai';
import { createKioskFlow } from '../../../src/services/kioskFlow';
import type { ServicePort } from '../../../src/services/servicePort';
import { createI18n } from '../../../src/i18n/createI18n';
import { FakePort, NOW, actionIds, apiError, catalogue, fill, makeFlow, networkError, expectBlankVisit } from './flowHarness';

const KTP = { nik: '7371010101900001', fullName: 'Andi Baso', phone: '081234567890' };

describe('kiosk flow: KTP-el recording books an appointment', () => {
  /** KTP-el up to the slot screen. */
  async function toSlot(port = new FakePort()) {
    const made = makeFlow('kependudukan', port);
    await made.flow.act('service:ktp-el-rekam');
    await made.flow.act('next');
    await made.flow.act('accept');
    fill(made.flow, KTP);
    await made.flow.act('next');
    return { ...made, port };
  }

  it('says plainly that it needs the citizen in person and offers to book', async () => {
    const { flow, i18n } = makeFlow('kependudukan');
    await flow.act('service:ktp-el-rekam');
    i18n.setLocale('en');
    const v = flow.view();
    expect(v.say).to.equal('e-ID (KTP-el) recording needs you in person: let me book you a slot.');
    expect(v.blocks.some((b) => b.kind === 'text' && b.text.includes('fingerprints'))).to.equal(true);
    expect(v.actions[0]).to.include({ id: 'next', label: 'Book a visit' });
  });

  it('offers locations and the next working days, then loads free times', async () => {
    const { flow, port } = await toSlot();
    let v = flow.view();
    expect(v.screen).to.equal('slot');
    const [location, date, time] = v.fields;
    expect(location.options!.map((o) => o.value)).to.include('mpp-makassar');
    // Friday 27 Nov: tomorrow is Saturday, so the first day offered is Monday 30 Nov; no weekends.
    expect(date.options!.slice(0, 3).map((o) => o.value)).to.deep.equal(['2026-11-30', '2026-12-01', '2026-12-02']);
    expect(date.options![0].label).to.equal('Senin, 30 November 2026');
    expect(date.options!).to.have.length(10);
    expect(time.hint).to.equal('Pilih lokasi dan tanggal dulu.');
    flow.setValue('slotLocation', 'mpp-makassar');
    flow.setValue('slotDate', '2026-11-30');
    expect(flow.view().fields[2].hint).to.equal('Memuat jadwal…');
    await flow.settled();
    expect(port.of('getSlots').at(-1)!.args).to.deep.equal(['mpp-makassar', '2026-11-30']);
    v = flow.view();
    expect(v.fields[2].options).to.deep.equal([
      { value: '08:00', label: '08:00 (penuh)', enabled: false },
      { value: '09:00', label: '09:00 (2 tempat)', enabled: true },
      { value: '10:00', label: '10:00 (1 tempat)', enabled: true },
    ]);
  });

  it('needs location, date and time before going on', async () => {
    const { flow } = await toSlot();
    await flow.act('next');
    const v = flow.view();
    expect(v.screen).to.equal('slot');
    expect(v.fields.map((f) => f.error?.code)).to.deep.equal(['required', 'required', 'required']);
    expect(v.notice?.key).to.equal('flow.error.chooseSlot');
  });

  it('books the slot with the typed data and shows when and where to come', async () => {
    const { flow, port } = await toSlot();
    flow.setValue('slotLocation', 'mpp-makassar');
    flow.setValue('slotDate', '2026-11-30');
    await flow.settled();
    flow.setValue('slotTime', '09:00');
    await flow.act('next');
    const review = flow.view();
    expect(review.screen).to.equal('review');
    const rows = review.blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : []));
    expect(rows.find((r) => r.label === 'Lokasi')?.value).to.equal('Mal Pelayanan Publik Kota Makassar');
    await flow.act('submit');
    const [call] = port.of('bookAppointment');
    expect(call.body).to.deep.equal({
      serviceId: 'ktp-el-rekam',
      locationId: 'mpp-makassar',
      date: '2026-11-30',
      time: '09:00',
      values: KTP,
      locale: 'id',
      consent: true,
    });
    expect(call.key).to.equal('key-1');
    const v = flow.view();
    expect(v.screen).to.equal('result');
    const result = v.blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : []));
    expect(result.map((r) => r.value)).to.include.members([
      'G3HJ-KMNP',
      'G-004',
      'Senin, 30 November 2026, pukul 09:00 WITA, Mal Pelayanan Publik Kota Makassar',
    ]);
    expect(result.find((r) => r.label === 'Alamat')?.value).to.contain('Makassar Government Center');
    expect(v.sayKey).to.equal('avatar.booked');
  });

  it('sends the citizen back to choose another time when the slot filled up meanwhile', async () => {
    const port = new FakePort();
    port.script.bookAppointment = [apiError(409, 'slot_full', 'time')];
    const { flow } = await toSlot(port);
    flow.setValue('slotLocation', 'mpp-makassar');
    flow.setValue('slotDate', '2026-11-30');
    await flow.settled();
    flow.setValue('slotTime', '10:00');
    await flow.act('next');
    await flow.act('submit');
    await flow.settled();
    const v = flow.view();
    expect(v.screen).to.equal('slot');
    expect(v.notice?.key).to.equal('flow.error.slotFull');
    expect(v.fields[2].value).to.equal('');
    expect(v.fields[0].value).to.equal('mpp-makassar');
    expect(port.of('getSlots')).to.have.length(2);
  });

  it('offers a reload when the times could not be loaded, and keeps the choices', async () => {
    const port = new FakePort();
    port.script.getSlots = [networkError()];
    const { flow } = await toSlot(port);
    flow.setValue('slotLocation', 'kecamatan-rappocini');
    flow.setValue('slotDate', '2026-12-01');
    await flow.settled();
    let v = flow.view();
    expect(v.notice?.key).to.equal('flow.error.network');
    expect(actionIds(flow)).to.include('reloadSlots');
    await flow.act('reloadSlots');
    await flow.settled();
    v = flow.view();
    expect(v.fields[2].options!.length).to.equal(3);
    expect(v.fields[0].value).to.equal('kecamatan-rappocini');
  });
});

describe('kiosk flow: a complaint', () => {
  /** The complaint form after consent. */
  async function toForm(port = new FakePort()) {
    const made = makeFlow('pengaduan', port);
    await made.flow.act('service:pengaduan');
    await made.flow.act('next');
    await made.flow.act('accept');
    return { ...made, port };
  }
  const BASE = { category: 'pungli', location: 'Kantor Kelurahan X', description: 'Diminta uang untuk surat pengantar.' };

  it('offers the Makassar categories as big buttons', async () => {
    const { flow } = await toForm();
    const category = flow.view().fields.find((f) => f.name === 'category')!;
    expect(category.input).to.equal('choice');
    expect(category.options!.map((o) => o.label)).to.deep.equal([
      'Lampu jalan',
      'Sampah dan drainase',
      'Pungutan liar (pungli)',
      'Prosedur lambat atau berbelit',
      'Perilaku petugas',
      'Lainnya',
    ]);
  });

  it('files an anonymous complaint without any contact and hides the contact fields', async () => {
    const { flow, port } = await toForm();
    fill(flow, { ...BASE, anonymous: 'yes' });
    expect(flow.view().fields.map((f) => f.name)).to.not.include('contactPhone');
    await flow.act('next');
    await flow.act('submit');
    const [call] = port.of('submitComplaint');
    expect(call.body).to.deep.equal({ ...BASE, anonymous: true, locale: 'id', consent: true });
    const v = flow.view();
    expect(v.screen).to.equal('result');
    expect(v.blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : [])).map((r) => r.value)).to.include('P2RT-8WXY');
    expect(v.sayKey).to.equal('avatar.complaintFiled');
  });

  it('asks for a name or phone when not anonymous, and sends the phone normalized', async () => {
    const { flow, port } = await toForm();
    fill(flow, { ...BASE, anonymous: 'no' });
    await flow.act('next');
    expect(flow.view().fields.find((f) => f.name === 'contactName')!.error?.code).to.equal('required');
    flow.setValue('contactPhone', '+62 811-4455-667');
    await flow.act('next');
    await flow.act('submit');
    expect(port.of('submitComplaint')[0].body).to.deep.include({ anonymous: false, contact: { phone: '08114455667' } });
  });

  it('needs a description of at least 10 characters', async () => {
    const { flow } = await toForm();
    fill(flow, { ...BASE, description: 'rusak', anonymous: 'yes' });
    await flow.act('next');
    expect(flow.view().fields.find((f) => f.name === 'description')!.error?.code).to.equal('too_short');
  });
});

describe('kiosk flow: PBB-P2 bill check by NOP', () => {
  it('rejects a NOP that is not 18 digits without calling anything', async () => {
    const { flow, port } = makeFlow('pajak');
    await flow.act('service:pbb-cek');
    expect(flow.view().screen).to.equal('form');
    flow.setValue('nop', '73.71.010.001.001-0001');
    await flow.act('lookup');
    expect(flow.view().fields[0].error?.code).to.equal('nop_format');
    expect((port as FakePort).calls).to.deep.equal([]);
  });

  it('shows the bill with rupiah and the due date', async () => {
    const { flow, port, i18n } = makeFlow('pajak');
    await flow.act('service:pbb-cek');
    flow.setValue('nop', '73.71.010.001.001-0001.0');
    await flow.act('lookup');
    expect((port as FakePort).of('lookupTaxBill')[0].args).to.deep.equal(['737101000100100010']);
    const v = flow.view();
    expect(v.screen).to.equal('lookupResult');
    const rows = v.blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : []));
    expect(rows.find((r) => r.label === 'Jumlah tagihan')?.value).to.equal('Rp 245.000');
    expect(rows.find((r) => r.label === 'Jatuh tempo')?.value).to.equal('30 September 2026');
    expect(rows.find((r) => r.label === 'Status pembayaran')?.value).to.equal('Belum dibayar');
    i18n.setLocale('en');
    const en = flow.view().blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : []));
    expect(en.find((r) => r.label === 'Amount due')?.value).to.equal('Rp 245,000');
  });

  it('says when no such NOP exists, keeping what was typed', async () => {
    const port = new FakePort();
    port.bill = null;
    const { flow } = makeFlow('pajak', port);
    await flow.act('service:pbb-cek');
    flow.setValue('nop', '737101000100100010');
    await flow.act('lookup');
    const v = flow.view();
    expect(v.screen).to.equal('form');
    expect(v.notice?.key).to.equal('lookup.notFound');
    expect(v.fields[0].value).to.equal('737101000100100010');
  });

  it('explains where to check when no bill source is connected', async () => {
    const port = new FakePort() as Partial<FakePort>;
    delete (port as { lookupTaxBill?: unknown }).lookupTaxBill;
    Object.defineProperty(port, 'lookupTaxBill', { value: undefined });
    const { flow } = makeFlow('pajak', port as ServicePort);
    await flow.act('service:pbb-cek');
    flow.setValue('nop', '737101000100100010');
    await flow.act('lookup');
    const v = flow.view();
    expect(v.screen).to.equal('lookupResult');
    expect(v.notice?.key).to.equal('lookup.unavailable');
    expect(v.sayKey).to.equal('avatar.lookupUnavailable');
    expect(v.blocks.some((b) => b.kind === 'text' && b.text.includes('30 September'))).to.equal(true);
  });

  it('keeps the NOP and says so when the network is down', async () => {
    const port = new FakePort();
    port.script.lookupTaxBill = [networkError()];
    const { flow } = makeFlow('pajak', port);
    await flow.act('service:pbb-cek');
    flow.setValue('nop', '737101000100100010');
    await flow.act('lookup');
    expect(flow.view().notice?.key).to.equal('flow.error.network');
    expect(flow.view().fields[0].value).to.equal('737101000100100010');
  });
});

describe('kiosk flow: status by tracking code', () => {
  it('normalizes a sloppily typed code and shows status, timeline and officer note', async () => {
    const { flow, port } = makeFlow('status');
    await flow.act('service:cek-status');
    flow.setValue('trackingCode', ' k7qm 4ztx ');
    await flow.act('check');
    expect((port as FakePort).of('getStatus')[0].args).to.deep.equal(['K7QM-4ZTX']);
    const v = flow.view();
    expect(v.screen).to.equal('statusResult');
    const rows = v.blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : []));
    expect(rows.find((r) => r.label === 'Status')?.value).to.equal('Diproses');
    expect(rows.find((r) => r.label === 'Layanan')?.value).to.equal('Akta Kelahiran');
    const timeline = v.blocks.find((b) => b.kind === 'timeline');
    expect(timeline && timeline.kind === 'timeline' && timeline.entries[1]).to.deep.equal({
      status: 'processing',
      label: 'Diproses',
      note: 'Berkas sedang diverifikasi',
      at: '26 Nov 2026, 11.30',
    });
    expect(v.say).to.equal('Status permohonan Anda: Diproses.');
  });

  it('shows the officer reply of a complaint', async () => {
    const port = new FakePort();
    port.status = { ...port.status, kind: 'complaint', serviceId: 'pengaduan', status: 'answered', reply: { text: 'Lampu sudah diganti.', at: '2026-11-27T01:00:00.000Z' } };
    const { flow } = makeFlow('status', port);
    await flow.act('service:cek-status');
    flow.setValue('trackingCode', 'P2RT-8WXY');
    await flow.act('check');
    expect(flow.view().blocks.some((b) => b.kind === 'text' && b.text === 'Balasan petugas (27 Nov 2026, 09.00): Lampu sudah diganti.')).to.equal(true);
  });

  it('rejects a code with look-alike letters before asking the server', async () => {
    const { flow, port } = makeFlow('status');
    await flow.act('service:cek-status');
    flow.setValue('trackingCode', 'ABCD-EFG1');
    await flow.act('check');
    expect(flow.view().fields[0].error?.message).to.contain('8 huruf/angka');
    expect((port as FakePort).calls).to.deep.equal([]);
  });

  it('says "not found" for an unknown code', async () => {
    const port = new FakePort();
    port.script.getStatus = [apiError(404, 'not_found', null)];
    const { flow } = makeFlow('status', port);
    await flow.act('service:cek-status');
    flow.setValue('trackingCode', 'K7QM-4ZTX');
    await flow.act('check');
    expect(flow.view().notice?.text).to.equal('Kode pelacakan tidak ditemukan. Periksa kembali kodenya.');
    expect(flow.view().screen).to.equal('form');
  });
});

describe('kiosk flow: information', () => {
  it('shows the innovations gallery with its sample-content note', async () => {
    const { flow, i18n } = makeFlow('informasi');
    await flow.act('service:inovasi');
    const v = flow.view();
    expect(v.screen).to.equal('info');
    expect(v.step).to.equal(null);
    const cards = v.blocks.find((b) => b.kind === 'cards');
    expect(cards && cards.kind === 'cards' && cards.cards.length).to.equal(12);
    expect(cards && cards.kind === 'cards' && cards.cards[0].title).to.equal("Home Care Dottoro'ta");
    expect(cards && cards.kind === 'cards' && cards.footnote).to.contain('contoh isi');
    i18n.setLocale('en');
    const en = flow.view().blocks.find((b) => b.kind === 'cards');
    expect(en && en.kind === 'cards' && en.cards[0].tag).to.equal('Health');
    expect(actionIds(flow)).to.deep.equal(['done', 'back', 'cancel']);
  });

  it('shows NIB information paragraphs and requirements without a form', async () => {
    const { flow } = makeFlow('perizinan');
    await flow.act('service:nib-info');
    const v = flow.view();
    expect(v.fields).to.deep.equal([]);
    expect(v.blocks.some((b) => b.kind === 'text' && b.text.includes('OSS'))).to.equal(true);
    expect(v.blocks.some((b) => b.kind === 'list')).to.equal(true);
  });
});

describe('kiosk flow: satisfaction survey', () => {
  /** A finished Pengaktifan Data request, on the survey screen. */
  async function toSurvey(port = new FakePort()) {
    const made = makeFlow('kependudukan', port);
    await made.flow.act('service:pengaktifan-data');
    await made.flow.act('next');
    await made.flow.act('accept');
    fill(made.flow, { nik: '7371010101900001', kkNumber: '7371012345670001', fullName: 'Andi', phone: '081234567890' });
    await made.flow.act('next');
    await made.flow.act('submit');
    await made.flow.act('survey');
    return { ...made, port };
  }

  it('asks the nine IKM questions on a 1–4 scale, cost from "very expensive" to "free"', async () => {
    const { flow } = await toSurvey();
    const v = flow.view();
    expect(v.fields).to.have.length(10);
    expect(v.fields[0].options!.map((o) => o.label)).to.deep.equal(['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik']);
    expect(v.fields[3].options!.map((o) => o.label)).to.deep.equal(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    expect(v.fields[9]).to.include({ name: 'suggestion', required: false, maxLength: 1000 });
  });

  it('sends answers with the tracking code and an optional suggestion', async () => {
    const { flow, port } = await toSurvey();
    [4, 4, 3, 4, 3, 4, 4, 3, 2].forEach((a, i) => flow.setValue(`ikm${i + 1}`, String(a)));
    flow.setValue('suggestion', '  Tambah kursi tunggu.  ');
    await flow.act('sendSurvey');
    const [call] = port.of('submitSurvey');
    expect(call.body).to.deep.equal({ trackingCode: 'K7QM-4ZTX', answers: [4, 4, 3, 4, 3, 4, 4, 3, 2], suggestion: 'Tambah kursi tunggu.' });
    expect(flow.view().screen).to.equal('thanks');
  });

  it('marks unanswered questions instead of sending half a survey', async () => {
    const { flow, port } = await toSurvey();
    flow.setValue('ikm1', '4');
    await flow.act('sendSurvey');
    const v = flow.view();
    expect(v.fields.filter((f) => f.error?.code === 'required').map((f) => f.name)).to.deep.equal(['ikm2', 'ikm3', 'ikm4', 'ikm5', 'ikm6', 'ikm7', 'ikm8', 'ikm9']);
    expect(port.of('submitSurvey')).to.deep.equal([]);
  });

  it('keeps answers offline and retries with the same key', async () => {
    const port = new FakePort();
    port.script.submitSurvey = [networkError()];
    const { flow } = await toSurvey(port);
    for (let i = 1; i <= 9; i++) flow.setValue(`ikm${i}`, '3');
    await flow.act('sendSurvey');
    expect(flow.view().screen).to.equal('survey');
    expect(flow.view().fields[0].value).to.equal('3');
    expect(flow.view().actions[0].label).to.equal('Coba kirim lagi');
    await flow.act('sendSurvey');
    expect(port.of('submitSurvey').map((c) => c.key)).to.deep.equal(['key-2', 'key-2']);
    expect(flow.view().screen).to.equal('thanks');
  });

  it('is optional: Skip clears the visit', async () => {
    const { flow } = await toSurvey();
    await flow.act('skipSurvey');
    expect(flow.view().screen).to.equal('services');
    expectBlankVisit(flow);
  });
});

describe('kiosk flow: every service of every kiosk', () => {
  it('opens its first screen in both languages with no missing text', async () => {
    for (const service of catalogue.services) {
      for (const locale of ['id', 'en'] as const) {
        const i18n = createI18n({ locale, onMissing: (key) => { throw new Error(`missing ${key}`); } });
        const flow = createKioskFlow({ kioskId: service.kiosk, catalogue, port: new FakePort(), text: i18n, now: () => NOW });
        await flow.act(`service:${service.id}`);
        let v = flow.view();
        expect(v.title, service.id).to.not.equal('');
        if (v.screen === 'requirements') {
          await flow.act('next');
          await flow.act('accept');
          v = flow.view();
          expect(v.screen, service.id).to.equal('form');
          expect(v.fields.length, service.id).to.be.greaterThan(0);
          await flow.act('next');
          expect(flow.view().fields.some((f) => f.error), `${service.id} checks its form`).to.equal(true);
        }
      }
    }
  });
});

describe('kiosk flow: out of office hours', () => {
  it('still serves at night and says that requests queue for the officers', async () => {
    const i18n = createI18n({ onMissing: (key) => { throw new Error(`missing ${key}`); } });
    const night = new Date('2026-11-27T14:30:00Z'); // 22:30 WITA
    const flow = createKioskFlow({ kioskId: 'kependudukan', catalogue, port: new FakePort(), text: i18n, now: () => night });
    const v = flow.view();
    expect(v.sayKey).to.equal('avatar.outOfHours');
    expect(v.blocks.some((b) => b.kind === 'text' && b.text.includes('hari kerja berikutnya'))).to.equal(true);
    expect(v.actions.some((a) => a.id === 'service:akta-kelahiran')).to.equal(true);
    const day = createKioskFlow({ kioskId: 'kependudukan', catalogue, port: new FakePort(), text: i18n, now: () => NOW });
    expect(day.view().sayKey).to.equal('avatar.greeting');
  });
});
