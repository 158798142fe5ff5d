import { expect } from 'chai';
import { fieldControl, fieldDescribedBy, fieldIds } from '../../../../src/ui/desktop/fieldControl';
import type { ViewField } from '../../../../src/services';
import { makeFlow } from '../../services/flowHarness';

/** The form fields of a service, as the flow shows them. */
async function formFields(kiosk: Parameters<typeof makeFlow>[0], serviceId: string): Promise<ViewField[]> {
  const { flow } = makeFlow(kiosk);
  await flow.act(`service:${serviceId}`);
  await flow.act('next');
  await flow.act('accept');
  expect(flow.view().screen).to.equal('form');
  return flow.view().fields;
}

describe('fieldControl: which DOM control a flow field gets', () => {
  it('gives the Akta Kelahiran numbers a digit keyboard, the phone the phone pad, the birth date a date input and the sex radio buttons', async () => {
    const byName = new Map((await formFields('kependudukan', 'akta-kelahiran')).map((f) => [f.name, fieldControl(f)]));
    expect(byName.get('motherNik')).to.include({ element: 'input', type: 'text', inputMode: 'numeric', autocomplete: 'off' });
    expect(byName.get('kkNumber')).to.include({ element: 'input', inputMode: 'numeric' });
    expect(byName.get('phone')).to.include({ element: 'input', type: 'tel', inputMode: 'tel', autocomplete: 'off' });
    expect(byName.get('birthDate')).to.include({ element: 'input', type: 'date' });
    expect(byName.get('childSex')?.element).to.equal('radios');
    expect(byName.get('childName')).to.include({ element: 'input', type: 'text', autocomplete: 'off' });
    expect(byName.get('childName')?.inputMode).to.equal(undefined);
  });

  it('gives the complaint a radio group for the category, a text area for the description with its length limit', async () => {
    const fields = await formFields('pengaduan', 'pengaduan');
    const category = fields.find((f) => f.name === 'category')!;
    const description = fields.find((f) => f.name === 'description')!;
    expect(fieldControl(category)).to.include({ element: 'radios', required: true });
    expect(fieldControl(description)).to.include({ element: 'textarea', maxLength: 2000, spellcheck: true });
  });

  it('never turns on autocomplete: the kiosk is a shared device', async () => {
    for (const f of await formFields('kependudukan', 'akta-kelahiran')) expect(fieldControl(f).autocomplete).to.equal('off');
  });

  it('draws the nine IKM survey answers as radio groups of four and the suggestion as a text area', async () => {
    const { flow } = makeFlow('pengaduan');
    await flow.act('service:pengaduan');
    await flow.act('next');
    await flow.act('accept');
    flow.setValue('category', 'pungli');
    flow.setValue('location', 'Jl. Penghibur');
    flow.setValue('description', 'Ada pungutan di loket parkir pantai.');
    flow.setValue('anonymous', 'yes');
    await flow.act('next');
    await flow.act('submit');
    await flow.act('survey');
    const fields = flow.view().fields;
    const radios = fields.filter((f) => fieldControl(f).element === 'radios');
    expect(radios).to.have.length(9);
    for (const f of radios) expect(f.options).to.have.length(4);
    expect(fieldControl(fields[9])).to.include({ element: 'textarea', maxLength: 1000 });
  });

  it('points aria-describedby at the hint and the error that exist, and nowhere when neither does', () => {
    const ids = fieldIds('sheet-pengaduan', 'location');
    expect(ids.error).to.equal('sheet-pengaduan-location-error');
    expect(fieldDescribedBy({ hint: 'Jalan', error: null }, ids)).to.equal('sheet-pengaduan-location-hint');
    expect(fieldDescribedBy({ hint: 'Jalan', error: { code: 'required', message: 'Wajib diisi' } }, ids)).to.equal(
      'sheet-pengaduan-location-hint sheet-pengaduan-location-error',
    );
    expect(fieldDescribedBy({ error: null }, ids)).to.equal(null);
  });

  it('makes element ids out of any field name', () => {
    expect(fieldIds('sheet-status', 'a b.c').control).to.match(/^[A-Za-z0-9_-]+$/);
  });
});
