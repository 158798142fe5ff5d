import { expect } from 'chai';
import { AKTA_VALUES, FakePort, actionIds, apiError, fill, makeFlow, networkError, expectBlankVisit } from './flowHarness';

/** Akta Kelahiran up to the review screen with a valid form. */
async function toReview(port = new FakePort()) {
  const made = makeFlow('kependudukan', port);
  await made.flow.act('service:akta-kelahiran');
  await made.flow.act('next');
  await made.flow.act('accept');
  fill(made.flow, AKTA_VALUES);
  await made.flow.act('next');
  return { ...made, port };
}

describe('kiosk flow: an online request (Akta Kelahiran)', () => {
  it('starts on the kiosk services list with a greeting', () => {
    const { flow } = makeFlow('kependudukan');
    const v = flow.view();
    expect(v.screen).to.equal('services');
    expect(v.title).to.equal('Kependudukan');
    expect(v.say).to.equal('Selamat datang di kios Kependudukan. Pilih layanan yang Anda perlukan.');
    expect(actionIds(flow)).to.include.members(['service:akta-kelahiran', 'service:ktp-el-rekam', 'service:kia']);
    expect(actionIds(flow)).to.not.include('service:pbg');
  });

  it('walks requirements -> consent -> form -> review -> result with step numbers', async () => {
    const { flow } = makeFlow('kependudukan');
    await flow.act('service:akta-kelahiran');
    let v = flow.view();
    expect(v.screen).to.equal('requirements');
    expect(v.step).to.deep.equal({ index: 1, count: 5 });
    expect(v.subtitle).to.equal('Akta Kelahiran');
    const list = v.blocks.find((b) => b.kind === 'list');
    expect(list && list.kind === 'list' && list.items.join(' ')).to.contain('Surat keterangan kelahiran');
    const facts = v.blocks.find((b) => b.kind === 'facts');
    expect(facts && facts.kind === 'facts' && facts.rows.map((r) => r.value)).to.deep.equal(['Gratis', '3 hari kerja']);

    await flow.act('next');
    v = flow.view();
    expect(v.screen).to.equal('consent');
    expect(v.blocks.map((b) => (b.kind === 'text' ? b.text : '')).join(' ')).to.contain('UU 27/2022');
    const collected = v.blocks.find((b) => b.kind === 'list');
    expect(collected && collected.kind === 'list' && collected.items).to.include('NIK ibu');

    await flow.act('accept');
    v = flow.view();
    expect(v.screen).to.equal('form');
    expect(v.step).to.deep.equal({ index: 3, count: 5 });
    const nik = v.fields.find((f) => f.name === 'motherNik')!;
    expect(nik.input).to.equal('keypad');
    expect(v.fields.find((f) => f.name === 'childSex')!.options!.map((o) => o.label)).to.deep.equal(['Laki-laki', 'Perempuan']);
    expect(v.fields.find((f) => f.name === 'birthDate')!.input).to.equal('date');

    fill(flow, AKTA_VALUES);
    await flow.act('next');
    v = flow.view();
    expect(v.screen).to.equal('review');
    const review = v.blocks.find((b) => b.kind === 'facts');
    const rows = review && review.kind === 'facts' ? review.rows : [];
    expect(rows.find((r) => r.label === 'Jenis kelamin anak')?.value).to.equal('Laki-laki');
    expect(rows.find((r) => r.label === 'Tanggal lahir')?.value).to.equal('20 November 2026');
    expect(rows.find((r) => r.label === 'NIK ayah (bila ada)')?.value).to.equal('(kosong)');
  });

  it('submits normalized values with consent and an idempotency key, then shows code, queue, when and QR', async () => {
    const { flow, port } = await toReview();
    await flow.act('submit');
    const [call] = port.of('submitRequest');
    expect(call.key).to.equal('key-1');
    expect(call.body).to.deep.equal({
      serviceId: 'akta-kelahiran',
      values: { ...AKTA_VALUES, kkNumber: '7371012345670001', phone: '081234567890' },
      locale: 'id',
      consent: true,
    });
    const v = flow.view();
    expect(v.screen).to.equal('result');
    expect(v.step).to.deep.equal({ index: 5, count: 5 });
    const facts = v.blocks.find((b) => b.kind === 'facts');
    const rows = facts && facts.kind === 'facts' ? facts.rows : [];
    expect(rows[0]).to.include({ label: 'Kode pelacakan', value: 'K7QM-4ZTX', emphasis: true });
    expect(rows[1]).to.include({ label: 'Nomor antrean', value: 'A-001' });
    // Friday 27 Nov + 3 working days = Wednesday 2 Dec
    expect(rows[2]).to.deep.equal({ label: 'Perkiraan selesai', value: 'Rabu, 2 Desember 2026 (3 hari kerja)' });
    expect(v.blocks.some((b) => b.kind === 'text' && b.text.includes('3 hari kerja'))).to.equal(true);
    expect(v.blocks.find((b) => b.kind === 'qr')).to.deep.include({ url: '/status/K7QM-4ZTX' });
    expect(v.say).to.contain('K 7 Q M - 4 Z T X');
    expect(actionIds(flow)).to.deep.equal(['survey', 'done', 'back', 'cancel']);
  });

  it('keeps a result code-free of the next citizen after Done', async () => {
    const { flow } = await toReview();
    await flow.act('submit');
    await flow.act('done');
    expect(flow.view().screen).to.equal('services');
    expectBlankVisit(flow);
    await flow.act('service:akta-kelahiran');
    await flow.act('next');
    await flow.act('accept');
    expect(flow.view().fields.every((f) => f.value === '')).to.equal(true);
  });

  describe('validation', () => {
    it('blocks Next and marks every empty required field, not the optional one', async () => {
      const { flow, port } = makeFlow('kependudukan');
      await flow.act('service:akta-kelahiran');
      await flow.act('next');
      await flow.act('accept');
      await flow.act('next');
      const v = flow.view();
      expect(v.screen).to.equal('form');
      const errors = Object.fromEntries(v.fields.map((f) => [f.name, f.error?.code ?? null]));
      expect(errors).to.deep.equal({
        childName: 'required',
        childSex: 'required',
        birthDate: 'required',
        birthPlace: 'required',
        kkNumber: 'required',
        motherNik: 'required',
        fatherNik: null,
        phone: 'required',
      });
      expect(v.notice?.text).to.equal('Ada isian yang perlu diperbaiki.');
      expect(v.sayKey).to.equal('avatar.fixErrors');
      expect((port as FakePort).calls).to.deep.equal([]);
    });

    it('shows a translated NIK message at the field and sends nothing', async () => {
      const { flow, i18n, port } = makeFlow('kependudukan');
      await flow.act('service:akta-kelahiran');
      await flow.act('next');
      await flow.act('accept');
      fill(flow, { ...AKTA_VALUES, motherNik: '7371053212950002' });
      await flow.act('next');
      let field = flow.view().fields.find((f) => f.name === 'motherNik')!;
      expect(field.error?.code).to.equal('nik_date');
      expect(field.error?.message).to.contain('DDMMYY');
      i18n.setLocale('en');
      field = flow.view().fields.find((f) => f.name === 'motherNik')!;
      expect(field.error?.message).to.equal('Digits 7–12 of the NIK are not a valid birth date (DDMMYY, day +40 for women).');
      expect((port as FakePort).calls).to.deep.equal([]);
    });

    it('checks a field when it is left, but not while it is still empty', async () => {
      const { flow } = makeFlow('kependudukan');
      await flow.act('service:akta-kelahiran');
      await flow.act('next');
      await flow.act('accept');
      flow.blurField('phone');
      expect(flow.view().fields.find((f) => f.name === 'phone')!.error).to.equal(null);
      flow.setValue('phone', '0411 123456');
      flow.blurField('phone');
      expect(flow.view().fields.find((f) => f.name === 'phone')!.error?.code).to.equal('phone_format');
      flow.setValue('phone', '0411 1234567');
      expect(flow.view().fields.find((f) => f.name === 'phone')!.error, 'typing clears the old error').to.equal(null);
      flow.setValue('phone', '0812 3456 7890');
      flow.blurField('phone');
      expect(flow.view().fields.find((f) => f.name === 'phone')!.error).to.equal(null);
    });

    it('refuses to set a field the service does not have', async () => {
      const { flow } = makeFlow('kependudukan');
      await flow.act('service:akta-kelahiran');
      await flow.act('next');
      await flow.act('accept');
      expect(() => flow.setValue('religion', 'x')).to.throw(RangeError);
    });

    it('returns to the field the server refused, with its message', async () => {
      const port = new FakePort();
      port.script.submitRequest = [apiError(400, 'nik_format', 'values.motherNik')];
      const { flow } = await toReview(port);
      await flow.act('submit');
      const v = flow.view();
      expect(v.screen).to.equal('form');
      expect(v.fields.find((f) => f.name === 'motherNik')!.error?.code).to.equal('nik_format');
      expect(v.notice?.key).to.equal('flow.error.checkField');
      expect(v.fields.find((f) => f.name === 'childName')!.value).to.equal('Andi Baso');
    });

    it('shows a refusal that names no field on the review screen', async () => {
      const port = new FakePort();
      port.script.submitRequest = [apiError(400, 'service_not_online', 'serviceId', 'Layanan ini tidak dapat diajukan dengan cara ini.')];
      const { flow } = await toReview(port);
      await flow.act('submit');
      const v = flow.view();
      expect(v.screen).to.equal('review');
      expect(v.notice?.text).to.equal('Permohonan ditolak: Layanan ini tidak dapat diajukan dengan cara ini.');
      expect(v.say).to.equal('Ada masalah saat mengirim. Lihat pesannya di layar.');
    });
  });

  describe('network failure', () => {
    it('shows a translated message, keeps every typed value and offers a retry', async () => {
      const port = new FakePort();
      port.script.submitRequest = [networkError()];
      const { flow, i18n } = await toReview(port);
      await flow.act('submit');
      let v = flow.view();
      expect(v.screen).to.equal('review');
      expect(v.busy).to.equal(false);
      expect(v.notice).to.deep.include({ tone: 'error', key: 'flow.error.network' });
      expect(v.notice?.text).to.contain('Data Anda tetap tersimpan');
      expect(v.sayKey).to.equal('avatar.offline');
      expect(v.actions[0]).to.include({ id: 'submit', label: 'Coba kirim lagi' });
      i18n.setLocale('en');
      expect(flow.view().notice?.text).to.equal('No connection to the server. Your data is still here; try again in a moment.');
      await flow.act('edit');
      v = flow.view();
      expect(v.screen).to.equal('form');
      expect(Object.fromEntries(v.fields.map((f) => [f.name, f.value]))).to.deep.equal({ ...AKTA_VALUES, fatherNik: '' });
    });

    it('retries with the same idempotency key and body, so the request is filed once', async () => {
      const port = new FakePort();
      port.script.submitRequest = [networkError(), networkError()];
      const { flow, i18n } = await toReview(port);
      await flow.act('submit');
      await flow.act('submit');
      i18n.setLocale('en'); // switching language between retries must not change the body
      await flow.act('submit');
      const calls = port.of('submitRequest');
      expect(calls.map((c) => c.key)).to.deep.equal(['key-1', 'key-1', 'key-1']);
      expect(calls[2].body).to.deep.equal(calls[0].body);
      expect(flow.view().screen).to.equal('result');
    });

    it('also keeps the key when the citizen looks at the form and comes back unchanged', async () => {
      const port = new FakePort();
      port.script.submitRequest = [networkError()];
      const { flow } = await toReview(port);
      await flow.act('submit');
      await flow.act('edit');
      await flow.act('next');
      await flow.act('submit');
      expect(port.of('submitRequest').map((c) => c.key)).to.deep.equal(['key-1', 'key-1']);
    });

    it('uses a new key when the data changed after the failure', async () => {
      const port = new FakePort();
      port.script.submitRequest = [networkError()];
      const { flow } = await toReview(port);
      await flow.act('submit');
      await flow.act('edit');
      flow.setValue('childName', 'Andi Baso Daeng');
      await flow.act('next');
      await flow.act('submit');
      expect(port.of('submitRequest').map((c) => c.key)).to.deep.equal(['key-1', 'key-2']);
    });

    it('starts a new key series for the next citizen after a success', async () => {
      const port = new FakePort();
      const { flow } = await toReview(port);
      await flow.act('submit');
      await flow.act('done');
      await flow.act('service:akta-kelahiran');
      await flow.act('next');
      await flow.act('accept');
      fill(flow, AKTA_VALUES);
      await flow.act('next');
      await flow.act('submit');
      expect(port.of('submitRequest').map((c) => c.key)).to.deep.equal(['key-1', 'key-2']);
    });

    it('treats a 5xx as retryable with the same key and keeps the data', async () => {
      const port = new FakePort();
      port.script.submitRequest = [apiError(503, 'unavailable')];
      const { flow } = await toReview(port);
      await flow.act('submit');
      expect(flow.view().notice?.key).to.equal('flow.error.unexpected');
      await flow.act('submit');
      expect(port.of('submitRequest').map((c) => c.key)).to.deep.equal(['key-1', 'key-1']);
    });

    it('disables every action but Cancel while sending, and drops a late answer after Cancel', async () => {
      let release: (v: unknown) => void = () => {};
      const port = new FakePort();
      port.script.submitRequest = [new Promise((r) => (release = r))];
      const { flow } = await toReview(port);
      const sending = flow.act('submit');
      const v = flow.view();
      expect(v.busy).to.equal(true);
      expect(v.actions.filter((a) => a.enabled).map((a) => a.id)).to.deep.equal(['cancel']);
      expect(v.sayKey).to.equal('avatar.sending');
      flow.cancel();
      release({ trackingCode: 'K7QM-4ZTX', queueNumber: 'A-001', status: 'received', createdAt: '' });
      await sending;
      expect(flow.view().screen).to.equal('services');
      expectBlankVisit(flow);
    });
  });

  it('notifies subscribers with the new view on each change, until unsubscribed', async () => {
    const { flow } = makeFlow('kependudukan');
    const screens: string[] = [];
    const off = flow.onChange((v) => screens.push(v.screen));
    await flow.act('service:akta-kelahiran');
    await flow.act('next');
    off();
    await flow.act('accept');
    expect(screens).to.deep.equal(['requirements', 'consent']);
  });

  it('re-renders in English after a language switch', async () => {
    const { flow, i18n } = makeFlow('kependudukan');
    await flow.act('service:akta-kelahiran');
    i18n.setLocale('en');
    const v = flow.view();
    expect(v.title).to.equal('Requirements');
    expect(v.subtitle).to.equal('Birth certificate');
    expect(v.actions.map((a) => a.label)).to.deep.equal(['Start', 'Back', 'Cancel']);
  });

  it('ignores actions that the current screen does not offer', async () => {
    const { flow, port } = makeFlow('kependudukan');
    await flow.act('submit');
    await flow.act('service:pbg');
    expect(flow.view().screen).to.equal('services');
    expect((port as FakePort).calls).to.deep.equal([]);
  });
});

describe('kiosk flow: answers that mean "try again later"', () => {
  for (const [status, code] of [[429, 'rate_limited'], [409, 'idempotency_in_progress']] as const) {
    it(`keeps the key after ${status} ${code}`, async () => {
      const port = new FakePort();
      port.script.submitRequest = [apiError(status, code)];
      const { flow } = makeFlow('kependudukan', port);
      await flow.act('service:akta-kelahiran');
      await flow.act('next');
      await flow.act('accept');
      fill(flow, AKTA_VALUES);
      await flow.act('next');
      await flow.act('submit');
      expect(flow.view().notice?.key).to.equal('flow.error.unexpected');
      await flow.act('submit');
      expect(port.of('submitRequest').map((c) => c.key)).to.deep.equal(['key-1', 'key-1']);
      expect(flow.view().screen).to.equal('result');
    });
  }

  it('starts a new key after a plain refusal, since that body was never filed', async () => {
    const port = new FakePort();
    port.script.submitRequest = [apiError(400, 'service_not_online', 'serviceId')];
    const { flow } = makeFlow('kependudukan', port);
    await flow.act('service:akta-kelahiran');
    await flow.act('next');
    await flow.act('accept');
    fill(flow, AKTA_VALUES);
    await flow.act('next');
    await flow.act('submit');
    await flow.act('submit');
    expect(port.of('submitRequest').map((c) => c.key)).to.deep.equal(['key-1', 'key-2']);
  });
});
