import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parseCatalogue } from '../../../../src/shared/catalogue';
import { FIELD_ERROR_MESSAGES, fieldErrorMessage, validateFields, type FieldErrorCode } from '../../../../src/shared/validation';

const catalogue = parseCatalogue(JSON.parse(readFileSync('scenes/catalogue.json', 'utf8')), 'scenes/catalogue.json');
const akta = catalogue.services.find((s) => s.id === 'akta-kelahiran')!;
const good = {
  childName: 'Andi Baso',
  childSex: 'male',
  birthDate: '2025-10-01',
  birthPlace: 'RSUD Daya, Makassar',
  kkNumber: '7371012345670001',
  motherNik: '7371054512950002',
  phone: '081234567890',
};

describe('validateFields', () => {
  it('accepts a complete Akta Kelahiran form, leaving the optional father NIK out', () => {
    expect(validateFields(akta, good)).to.deep.equal([]);
  });

  it('reports each bad field once, in form order', () => {
    const errors = validateFields(akta, { ...good, motherNik: '7371053212950002', childName: '', phone: '0411 123456' });
    expect(errors).to.deep.equal([
      { field: 'childName', code: 'required' },
      { field: 'motherNik', code: 'nik_date' },
      { field: 'phone', code: 'phone_format' },
    ]);
  });

  it('reports fields the service does not define', () => {
    expect(validateFields(akta, { ...good, religion: 'x' })).to.deep.equal([{ field: 'religion', code: 'unknown_field' }]);
  });

  it('does not treat inherited object keys as values', () => {
    const errors = validateFields(akta, Object.create({ childName: 'Inherited' }) as Record<string, unknown>);
    expect(errors.find((e) => e.field === 'childName')?.code).to.equal('required');
  });
});

describe('fieldErrorMessage', () => {
  it('has a distinct Indonesian and English message for every code', () => {
    for (const c of Object.keys(FIELD_ERROR_MESSAGES) as FieldErrorCode[]) {
      expect(fieldErrorMessage(c, 'id'), c).to.be.a('string').and.not.equal('');
      expect(fieldErrorMessage(c, 'en'), c).to.not.equal(fieldErrorMessage(c, 'id'));
    }
  });
  it('explains the NIK rule in the visitor language', () => {
    expect(fieldErrorMessage('nik_format', 'id')).to.contain('16 angka');
    expect(fieldErrorMessage('nik_format', 'en')).to.contain('16 digits');
  });
});
