import { expect } from 'chai';
import type { FieldDef, FieldType } from '../../../../src/shared/catalogue';
import { checkNik, nikBirthInfo, normalizeFieldValue, validateField } from '../../../../src/shared/validation';

const field = (type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  name: 'x',
  type,
  label: { id: 'X', en: 'X' },
  required: true,
  ...extra,
});
const code = (type: FieldType, value: unknown, extra: Partial<FieldDef> = {}) => validateField(field(type, extra), value)?.code ?? null;

describe('validateField', () => {
  describe('NIK', () => {
    const valid = [
      '7371010101900001', // Makassar, man born 1 Jan 1990
      '7371054512850002', // woman born 5 Dec 1985 (45 = 5 + 40)
      '1101017108990001', // Aceh, woman born 31 Aug 1999
      '9601012902000001', // Papua Barat Daya, man born 29 Feb 2000
      '7371 0101 0190 0001', // typed with spaces
    ];
    for (const nik of valid) {
      it(`accepts ${nik}`, () => expect(code('nik', nik)).to.equal(null));
    }
    const invalid: [string, string][] = [
      ['737101010190000', 'nik_format'], // 15 digits
      ['73710101019000011', 'nik_format'], // 17 digits
      ['73710101019000a1', 'nik_format'], // a letter
      ['1001010101900001', 'nik_format'], // province 10 does not exist
      ['9701010101900001', 'nik_format'], // province 97 does not exist
      ['0001010101900001', 'nik_format'],
      ['7300010101900001', 'nik_format'], // regency 00
      ['7371010101900000', 'nik_format'], // serial 0000
      ['7371010001900001', 'nik_date'], // day 00
      ['7371013201900001', 'nik_date'], // day 32
      ['7371014001900001', 'nik_date'], // day 40 (women start at 41)
      ['7371017201900001', 'nik_date'], // day 72
      ['7371010113900001', 'nik_date'], // month 13
      ['7371010100900001', 'nik_date'], // month 00
      ['7371013102900001', 'nik_date'], // 31 February
      ['7371012902990001', 'nik_date'], // 29 Feb 1999 / 2099: no leap year
      ['7371017104900001', 'nik_date'], // woman, 31 April
    ];
    for (const [nik, expected] of invalid) {
      it(`rejects ${nik} with ${expected}`, () => expect(code('nik', nik)).to.equal(expected));
    }
    it('reads birth date and sex from the NIK', () => {
      expect(nikBirthInfo('7371054512850002')).to.deep.equal({ day: 5, month: 12, yy: 85, sex: 'female' });
      expect(nikBirthInfo('7371010101900001')?.sex).to.equal('male');
      expect(nikBirthInfo('123')).to.equal(null);
      expect(checkNik('7371010101900001')).to.equal(null);
    });
  });

  describe('No. KK', () => {
    it('accepts 16 digits, with or without spaces', () => {
      expect(code('kk', '7371012345670001')).to.equal(null);
      expect(code('kk', '7371 0123 4567 0001')).to.equal(null);
    });
    for (const bad of ['737101234567000', '73710123456700012', '737101234567000X', 'KK7371012345670001']) {
      it(`rejects ${bad}`, () => expect(code('kk', bad)).to.equal('kk_format'));
    }
  });

  describe('NOP', () => {
    it('accepts 18 digits, plain or in the SPPT notation', () => {
      expect(code('nop', '737101000100100010')).to.equal(null);
      expect(code('nop', '73.71.010.001.001-0001.0')).to.equal(null);
    });
    for (const bad of ['73710100010010001', '7371010001001000100', '73710100010010001A', '73.71.010.001.001-0001']) {
      it(`rejects ${bad}`, () => expect(code('nop', bad)).to.equal('nop_format'));
    }
  });

  describe('phone', () => {
    for (const good of ['081234567890', '0812-3456-7890', '0812 3456 789', '+62 812 3456 7890', '+6281234567890', '0811234567']) {
      it(`accepts ${good}`, () => expect(code('phone', good)).to.equal(null));
    }
    for (const bad of ['0411123456', '62812345678', '+62 0812 3456 7890', '08123', '08123456789012', '+1 812 3456 7890', '0812abc4567', '(0812) 3456 7890']) {
      it(`rejects ${bad}`, () => expect(code('phone', bad)).to.equal('phone_format'));
    }
    it('normalises +62 8… to 08…', () => {
      expect(normalizeFieldValue(field('phone'), '+62 812-3456-7890')).to.equal('081234567890');
    });
  });

  describe('date', () => {
    for (const good of ['2024-02-29', '1990-01-01', '2025-12-31']) {
      it(`accepts ${good}`, () => expect(code('date', good)).to.equal(null));
    }
    for (const bad of ['2023-02-29', '2025-13-01', '2025-04-31', '2025-1-1', '01-01-2025', '2025/01/01', 'yesterday', '2025-00-10']) {
      it(`rejects ${bad}`, () => expect(code('date', bad)).to.equal('date_format'));
    }
  });

  describe('choice', () => {
    const options = [
      { value: 'male', label: { id: 'Laki-laki', en: 'Male' } },
      { value: 'female', label: { id: 'Perempuan', en: 'Female' } },
    ];
    it('accepts an offered value', () => expect(code('choice', 'female', { options })).to.equal(null));
    it('rejects a value not offered, and a label instead of a value', () => {
      expect(code('choice', 'other', { options })).to.equal('choice_invalid');
      expect(code('choice', 'Male', { options })).to.equal('choice_invalid');
    });
  });

  describe('number', () => {
    it('accepts whole numbers as text or number', () => {
      expect(code('number', '3')).to.equal(null);
      expect(code('number', 12)).to.equal(null);
    });
    it('rejects decimals, negatives and words', () => {
      for (const bad of ['1.5', '-2', 'three', -2, 1.5]) expect(code('number', bad), String(bad)).to.equal('number_format');
    });
  });

  describe('required and maxLength', () => {
    it('reports required for missing, empty and blank values', () => {
      for (const empty of [undefined, null, '', '   ']) expect(code('text', empty)).to.equal('required');
    });
    it('lets optional fields stay empty but still checks what was typed', () => {
      expect(code('nik', '', { required: false })).to.equal(null);
      expect(code('nik', undefined, { required: false })).to.equal(null);
      expect(code('nik', '123', { required: false })).to.equal('nik_format');
    });
    it('enforces maxLength on the trimmed text', () => {
      expect(code('text', 'abcde', { maxLength: 5 })).to.equal(null);
      expect(code('text', '  abcde  ', { maxLength: 5 })).to.equal(null);
      expect(code('text', 'abcdef', { maxLength: 5 })).to.equal('too_long');
    });
    it('enforces minLength so a complaint says enough', () => {
      expect(code('longtext', 'too few', { minLength: 10 })).to.equal('too_short');
      expect(code('longtext', 'ten chars!', { minLength: 10 })).to.equal(null);
    });
    it('rejects values that are not text', () => {
      expect(code('text', 42)).to.equal('invalid_type');
      expect(code('nik', { nik: '7371010101900001' })).to.equal('invalid_type');
    });
    it('names the field in the error', () => {
      expect(validateField(field('text', { name: 'childName' }), '')).to.deep.equal({ field: 'childName', code: 'required' });
    });
  });
});
