import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { CatalogueError, parseCatalogue, type Catalogue } from '../../../../src/shared/catalogue';

const FILE = 'scenes/catalogue.json';
const raw = (): Record<string, any> => JSON.parse(readFileSync(FILE, 'utf8'));

/** Expects parseCatalogue to fail and returns the error, to check its message. */
function failure(data: unknown): CatalogueError {
  try {
    parseCatalogue(data, 'bad.json');
  } catch (error) {
    expect(error).to.be.instanceOf(CatalogueError);
    return error as CatalogueError;
  }
  throw new Error('parseCatalogue accepted invalid data');
}

describe('parseCatalogue', () => {
  let catalogue: Catalogue;
  before(() => {
    catalogue = parseCatalogue(raw(), FILE);
  });

  it('accepts the shipped catalogue', () => {
    expect(catalogue.version).to.equal(1);
    expect(catalogue.services.length).to.be.greaterThan(15);
  });

  it('offers every service the issue asks for, at the right kiosk', () => {
    const expected: Record<string, string> = {
      'akta-kelahiran': 'kependudukan', 'kartu-keluarga': 'kependudukan', 'akta-kematian': 'kependudukan', kia: 'kependudukan',
      'pindah-datang': 'kependudukan', 'pengaktifan-data': 'kependudukan', 'ktp-el-rekam': 'kependudukan',
      pbg: 'perizinan', 'nib-info': 'perizinan', 'pbb-cek': 'pajak', 'bphtb-info': 'pajak', 'home-care': 'kesehatan',
      'puskesmas-info': 'kesehatan', 'spmb-info': 'pendidikan', beasiswa: 'pendidikan', pengaduan: 'pengaduan',
      inovasi: 'informasi', 'cek-status': 'status',
    };
    for (const [id, kiosk] of Object.entries(expected)) {
      expect(catalogue.services.find((s) => s.id === id)?.kiosk, id).to.equal(kiosk);
    }
  });

  it('makes KTP-el recording an appointment that says why it must be in person', () => {
    const ktp = catalogue.services.find((s) => s.id === 'ktp-el-rekam')!;
    expect(ktp.completion).to.equal('appointment');
    expect(ktp.inPersonReason?.en).to.match(/in person/i);
  });

  it('looks PBB-P2 bills up by an 18-digit NOP field', () => {
    const pbb = catalogue.services.find((s) => s.id === 'pbb-cek')!;
    expect(pbb.completion).to.equal('lookup');
    expect(pbb.fields.map((f) => f.type)).to.deep.equal(['nop']);
  });

  it('keeps the complaint category choice in step with complaintCategories', () => {
    const complaint = catalogue.services.find((s) => s.completion === 'complaint')!;
    const options = complaint.fields.find((f) => f.name === 'category')!.options!;
    expect(options.map((o) => o.value)).to.deep.equal(catalogue.complaintCategories.map((c) => c.id));
    expect(catalogue.complaintCategories.map((c) => c.id)).to.include.members(['penerangan-jalan', 'sampah-drainase', 'pungli']);
  });

  it('lists the MPP in the Makassar Government Center among appointment locations', () => {
    const mpp = catalogue.appointmentLocations.find((l) => l.id === 'mpp-makassar')!;
    expect(mpp.address).to.contain('Makassar Government Center');
    expect(catalogue.appointmentLocations.length).to.be.at.least(3);
  });

  it('keeps Dukcapil services free of charge', () => {
    for (const s of catalogue.services.filter((x) => x.kiosk === 'kependudukan')) expect(s.feeRupiah, s.id).to.equal(0);
  });

  it('names the file, the JSON path and the expectation for a bad field type', () => {
    const data = raw();
    data.services[3].fields[1].type = 'email';
    const error = failure(data);
    expect(error.message).to.contain('bad.json');
    expect(error.message).to.contain('services[3].fields[1].type');
    expect(error.message).to.contain('one of text, longtext, nik');
    expect(error.path).to.equal('services[3].fields[1].type');
  });

  it('rejects a missing English name', () => {
    const data = raw();
    delete data.services[0].name.en;
    expect(failure(data).message).to.contain('services[0].name.en: expected a non-empty string, got nothing (missing)');
  });

  it('rejects a misspelt key instead of ignoring it', () => {
    const data = raw();
    data.services[2].requirments = [];
    expect(failure(data).path).to.equal('services[2].requirments');
  });

  it('rejects duplicate service ids and queue prefixes', () => {
    const dupId = raw();
    dupId.services[1].id = dupId.services[0].id;
    expect(failure(dupId).message).to.contain('services[1].id: expected an id not already used by services[0]');
    const dupPrefix = raw();
    dupPrefix.services[2].queuePrefix = dupPrefix.services[0].queuePrefix;
    expect(failure(dupPrefix).path).to.equal('services[2].queuePrefix');
  });

  it('rejects a choice field without options, and options on a non-choice field', () => {
    const noOptions = raw();
    const choiceIndex = noOptions.services[0].fields.findIndex((f: { type: string }) => f.type === 'choice');
    delete noOptions.services[0].fields[choiceIndex].options;
    expect(failure(noOptions).path).to.equal(`services[0].fields[${choiceIndex}].options`);
    const extra = raw();
    extra.services[0].fields[0].options = [];
    expect(failure(extra).path).to.equal('services[0].fields[0].options');
  });

  it('requires an in-person reason for appointment services', () => {
    const data = raw();
    const i = data.services.findIndex((s: { id: string }) => s.id === 'ktp-el-rekam');
    delete data.services[i].inPersonReason;
    expect(failure(data).path).to.equal(`services[${i}].inPersonReason`);
  });

  it('rejects a negative fee, a fractional duration and a wrong version', () => {
    const fee = raw();
    fee.services[0].feeRupiah = -1;
    expect(failure(fee).message).to.contain('services[0].feeRupiah: expected an integer >= 0, got number -1');
    const days = raw();
    days.services[0].durationDays = 1.5;
    expect(failure(days).path).to.equal('services[0].durationDays');
    const version = raw();
    version.version = 2;
    expect(failure(version).path).to.equal('version');
  });

  it('rejects non-object data at the root', () => {
    expect(failure(null).message).to.equal('bad.json: (root): expected an object, got null');
    expect(failure([]).message).to.contain('expected an object, got an array of 0');
  });

  it('returns a copy without unknown extras such as $schema', () => {
    const data = raw();
    data.$schema = './catalogue.md';
    expect(parseCatalogue(data, FILE)).to.not.have.property('$schema');
  });
});
